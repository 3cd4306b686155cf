<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Where to start, the keys, what each part shows (F1)</source>
        <translation>从哪里开始、快捷键、各部分显示什么 (F1)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>ColorLegend</name>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>CompareTools</name>
    <message>
        <source>Race</source>
        <extracomment>the Race dock is at least this tall while a race is shown</extracomment>
        <translation>对比赛跑</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>损失曲面</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Race copies of the network with other values of one hyper-parameter</source>
        <translation>让网络的多个副本赛跑，每个副本取某一超参数的不同值</translation>
    </message>
    <message>
        <source>Pin as ghost</source>
        <translation>保留为残影</translation>
    </message>
    <message>
        <source>Keep this loss curve on the plot as a faint ghost, to compare the next run</source>
        <translation>把这条损失曲线作为淡色残影留在图上，用来与下一次运行比较</translation>
    </message>
    <message>
        <source>Clear ghosts</source>
        <translation>清除残影</translation>
    </message>
    <message>
        <source>Remove every ghost curve</source>
        <translation>移除所有残影曲线</translation>
    </message>
    <message>
        <source>No loss curve to pin yet.</source>
        <translation>还没有可以保留的损失曲线。</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>Most confused classes</source>
        <translation>最易混淆的类别</translation>
    </message>
    <message>
        <source>true %1 → predicted %2: %3</source>
        <translation>真实 %1 → 预测 %2：%3</translation>
    </message>
    <message>
        <source>Most confused, of %1 classes:</source>
        <translation>最易混淆的类别（共 %1 个类别）：</translation>
    </message>
    <message>
        <source>no class was taken for another</source>
        <translation>没有类别被误认为其他类别</translation>
    </message>
</context>
<context>
    <name>DataPrompts</name>
    <message>
        <source>Data not found</source>
        <translation>找不到数据</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>定位…</translation>
    </message>
    <message>
        <source>Data changed</source>
        <translation>数据已改变</translation>
    </message>
    <message>
        <source>Train on from the new data (the weights are kept, the shuffle starts afresh, and saving records the new data), or cancel to keep the current session.</source>
        <translation>用新的数据继续训练（权重保持不变，打乱顺序重新开始，保存时会记录新的数据），或者取消以保留当前会话。</translation>
    </message>
    <message>
        <source>Train on new data</source>
        <translation>用新数据训练</translation>
    </message>
    <message>
        <source>Locate the data folder</source>
        <translation>定位数据文件夹</translation>
    </message>
    <message>
        <source>Data files (*.csv *.npz);;All files (*)</source>
        <translation>数据文件 (*.csv *.npz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Locate %1 to open the project with its data, or cancel to keep the current session.</source>
        <translation>找到 %1，以便连同数据一起打开项目，或者取消以保留当前会话。</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>定位 %1</translation>
    </message>
    <message>
        <source>The data of %1 is not where it was saved: %2</source>
        <translation>%1 的数据不在保存时的位置：%2</translation>
    </message>
    <message>
        <source>%1 changed since %2 was saved (its SHA-256 differs).</source>
        <translation>自 %2 保存以来，%1 已经改变（它的 SHA-256 不同）。</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Your CSV…</source>
        <translation>你的 CSV…</translation>
    </message>
    <message>
        <source>Your .npz…</source>
        <translation>你的 .npz…</translation>
    </message>
    <message>
        <source>MNIST folder…</source>
        <translation>MNIST 文件夹…</translation>
    </message>
    <message>
        <source>Fashion-MNIST folder…</source>
        <translation>Fashion-MNIST 文件夹…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Standardize (mean 0, sd 1)</source>
        <translation>标准化（均值 0，标准差 1）</translation>
    </message>
    <message>
        <source>Min–max to [0, 1]</source>
        <translation>最小–最大缩放到 [0, 1]</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不处理</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>last column</source>
        <translation>最后一列</translation>
    </message>
    <message>
        <source>Target column(s) by name or index, separated by commas</source>
        <translation>目标列：列名或序号，多个用逗号分隔</translation>
    </message>
    <message>
        <source>Auto (inferred)</source>
        <translation>自动（推断）</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Auto: text labels or whole numbers are classes, other numbers are predicted (regression). Choose Regression for whole numbers to predict, such as prices.</source>
        <translation>自动：文本标签或整数视为类别，其他数值视为要预测的量（回归）。如果要预测的是整数（例如价格），请选择“回归”。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据占比</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>数据随机种子</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>classification, %1 classes</source>
        <translation>分类，%1 个类别</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>inferred: classification, %1 classes from whole numbers — choose Regression for numbers to predict</source>
        <translation>推断为：分类，由整数得到 %1 个类别 —— 如果这些数是要预测的量，请选择“回归”</translation>
    </message>
    <message>
        <source>%1 training and %2 test samples, %3 features; %4</source>
        <translation>%1 个训练样本和 %2 个测试样本，%3 个特征；%4</translation>
    </message>
    <message>
        <source>The data the network learns from: a built-in set, or your own file or folder</source>
        <translation>网络学习所用的数据：内置数据集，或你自己的文件或文件夹</translation>
    </message>
    <message>
        <source>How many points are drawn (2 to 1 000 000), training and test together. Each dataset keeps its own count.</source>
        <translation>生成多少个点（2 到 1 000 000），训练集和测试集合计。每个数据集各自保留自己的数量。</translation>
    </message>
    <message>
        <source>How much the points are scattered across the class border or around the target, 0–50 %</source>
        <translation>点在类别边界两侧或目标值周围散布的程度，0–50 %</translation>
    </message>
    <message>
        <source>How many classes (blobs) or arms (spirals): 2 to 5</source>
        <translation>类别（团簇）数或螺旋臂数：2 到 5</translation>
    </message>
    <message>
        <source>Share of the data used for training (1–100 %); the rest is the test set, which training never sees. Synthetic sets start at 50 %, the others at 80 %.</source>
        <translation>用于训练的数据所占比例（1–100 %）；其余为测试集，训练过程从不使用它。合成数据集从 50 % 开始，其他数据集从 80 % 开始。</translation>
    </message>
    <message>
        <source>Draws the points and the train/test split; the same seed gives the same data (0 to 2 147 483 647)</source>
        <translation>决定生成的点以及训练/测试划分；相同的随机种子得到相同的数据（0 到 2 147 483 647）</translation>
    </message>
    <message>
        <source>How the inputs are rescaled before training, fitted on the training data only</source>
        <translation>训练前如何缩放输入，只在训练数据上拟合</translation>
    </message>
    <message>
        <source>The file or folder the data is read from</source>
        <translation>读取数据的文件或文件夹</translation>
    </message>
    <message>
        <source>Folder with the IDX files</source>
        <translation>包含 IDX 文件的文件夹</translation>
    </message>
    <message>
        <source>Open a .npz file</source>
        <translation>打开 .npz 文件</translation>
    </message>
    <message>
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy 归档文件 (*.npz)</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>打开 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>异或 (XOR)</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>两个高斯分布</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月形</translation>
    </message>
    <message>
        <source>Blobs (3–5 classes)</source>
        <translation>团簇（3–5 类）</translation>
    </message>
    <message>
        <source>Spirals (3–5 arms)</source>
        <translation>多臂螺旋（3–5 臂）</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <source>Multi-Gaussian (regression)</source>
        <translation>多高斯（回归）</translation>
    </message>
    <message>
        <source>Iris (150 flowers, 4 measurements)</source>
        <translation>鸢尾花（150 朵花，4 个测量值）</translation>
    </message>
    <message>
        <source>Digits (1797 images 8×8)</source>
        <translation>手写数字（1797 张 8×8 图像）</translation>
    </message>
    <message>
        <source>MNIST (IDX files)</source>
        <translation>MNIST（IDX 文件）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (IDX files)</source>
        <translation>Fashion-MNIST（IDX 文件）</translation>
    </message>
</context>
<context>
    <name>DistributionStrip</name>
    <message>
        <source>Over time</source>
        <extracomment>columns of an over-time image before it is thinned to half the least width of a layer&apos;s column, in pixels</extracomment>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>Show each histogram over the run: time to the right, values upwards, darker where more of them are</source>
        <translation>显示每个直方图在整个训练过程中的变化：时间向右，数值向上，颜色越深表示该处的值越多</translation>
    </message>
    <message>
        <source>Each column is a layer: the histogram of its weights W (top) and of its activations a = f(z) on up to 256 training examples (bottom). Weights that spread out, or activations piled at the ends of their range (saturated sigmoid or tanh) or at 0 (dead ReLUs), show here first.</source>
        <translation>每一列是一层：它的权重 W 的直方图（上方），以及它在最多 256 个训练样本上的激活值 a = f(z) 的直方图（下方）。权重逐渐散开、激活值堆积在取值范围两端（sigmoid 或 tanh 饱和）或堆积在 0（死亡 ReLU），都会最先在这里显现。</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>The weights into each layer</source>
        <translation>进入每一层的权重</translation>
    </message>
    <message>
        <source>Each layer&apos;s outputs a = f(z) on the training sample</source>
        <translation>每一层在训练样本上的输出 a = f(z)</translation>
    </message>
    <message>
        <source>W: the weights into each layer</source>
        <translation>W：进入每一层的权重</translation>
    </message>
    <message>
        <source>a: each layer&apos;s outputs a = f(z) on the training sample</source>
        <translation>a：每一层在训练样本上的输出 a = f(z)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Layer %1&apos;s column</source>
        <translation>第 %1 层的列</translation>
    </message>
    <message>
        <source>Histogram of the weights into layer %1: how many have each value</source>
        <translation>进入第 %1 层的权重的直方图：每个取值各有多少个权重</translation>
    </message>
    <message>
        <source>Histogram of layer %1&apos;s outputs a = f(z) on the training sample</source>
        <translation>第 %1 层在训练样本上的输出 a = f(z) 的直方图</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>PNG image (for slides)</source>
        <translation>PNG 图片（用于幻灯片）</translation>
    </message>
    <message>
        <source>SVG drawing (vector, for print)</source>
        <translation>SVG 矢量图（用于印刷）</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Pixels per pixel of the screen: 2× is sharp on slides</source>
        <translation>相对于屏幕像素的倍数：2× 在幻灯片上很清晰</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>%1 × %2 units, scalable</source>
        <translation>%1 × %2 单位，可缩放</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation>图片没有保存</translation>
    </message>
</context>
<context>
    <name>FigureActions</name>
    <message>
        <source>Export figure…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Save a view as a PNG image (for slides) or an SVG drawing (for print)</source>
        <translation>把一个视图保存为 PNG 图片（用于幻灯片）或 SVG 矢量图（用于印刷）</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>网络图</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>损失与准确率</translation>
    </message>
    <message>
        <source>Output (decision map)</source>
        <translation>输出（决策区域图）</translation>
    </message>
    <message>
        <source>Training health</source>
        <translation>训练健康状况</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>对比赛跑</translation>
    </message>
    <message>
        <source>Figure saved: %1</source>
        <translation>图片已保存：%1</translation>
    </message>
    <message>
        <source>Figure copied</source>
        <translation>图片已复制</translation>
    </message>
    <message>
        <source>Save figure as…</source>
        <translation>图片另存为…</translation>
    </message>
    <message>
        <source>Copy figure</source>
        <translation>复制图片</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New session</source>
        <extracomment>the extension each export format&apos;s file gets</extracomment>
        <translation>新建会话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import weights…</source>
        <translation>导入权重(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Backprop Lab</source>
        <translation>Backprop Lab</translation>
    </message>
    <message>
        <source>The training thread did not answer; nothing was saved.</source>
        <translation>训练线程没有响应；没有保存任何内容。</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Backprop Lab projects (*%1);;All files (*)</source>
        <translation>Backprop Lab 项目 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
    <message>
        <source>it needs more memory than is available</source>
        <translation>它需要的内存超出了可用内存</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Backprop Lab projects (*%1)</source>
        <translation>Backprop Lab 项目 (*%1)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>NumPy weights, nn.Sequential names (*.npz)</source>
        <translation>NumPy 权重，nn.Sequential 命名 (*.npz)</translation>
    </message>
    <message>
        <source>JSON weights, nn.Sequential names (*.json)</source>
        <translation>JSON 权重，nn.Sequential 命名 (*.json)</translation>
    </message>
    <message>
        <source>safetensors weights, nn.Sequential names (*.safetensors)</source>
        <translation>safetensors 权重，nn.Sequential 命名 (*.safetensors)</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>NumPy code + weights (*.py)</source>
        <translation>NumPy 代码 + 权重 (*.py)</translation>
    </message>
    <message>
        <source>PyTorch code + weights (*.py)</source>
        <translation>PyTorch 代码 + 权重 (*.py)</translation>
    </message>
    <message>
        <source>PyTorch training script + data (*.py)</source>
        <translation>PyTorch 训练脚本 + 数据 (*.py)</translation>
    </message>
    <message>
        <source>Keras 3 model + data (*.py)</source>
        <translation>Keras 3 模型 + 数据 (*.py)</translation>
    </message>
    <message>
        <source>Export the trained network</source>
        <translation>导出训练好的网络</translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>How many epochs the exported script trains (as Train would):</source>
        <translation>导出的脚本要训练多少轮（和在本程序中训练一样）：</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Import weights</source>
        <translation>导入权重</translation>
    </message>
    <message>
        <source>Weights, ours or a PyTorch state_dict (*.npz *.json *.safetensors);;All files (*)</source>
        <translation>权重，本程序格式或 PyTorch state_dict (*.npz *.json *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not import weights: %1</source>
        <translation>无法导入权重：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Save them first?</source>
        <translation>本会话有尚未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>恢复上一次会话？</translation>
    </message>
    <message>
        <source>Backprop Lab did not close cleanly last time. Restore the session it saved automatically?</source>
        <translation>Backprop Lab 上次没有正常关闭。要恢复它自动保存的会话吗？</translation>
    </message>
</context>
<context>
    <name>FirstRunTip</name>
    <message>
        <source>New here? Start with &lt;b&gt;Play&lt;/b&gt; (Space) and watch the network learn. Then pause and press &lt;b&gt;Next phase&lt;/b&gt; (→) to see one training step a phase at a time. Then open the &lt;b&gt;worked example&lt;/b&gt;, whose every number is worked out by hand.</source>
        <translation>第一次使用？先按&lt;b&gt;播放&lt;/b&gt; (Space)，观看网络如何学习。然后暂停，按&lt;b&gt;下一阶段&lt;/b&gt; (→)，一次一个阶段地查看一个训练步。接着打开&lt;b&gt;手算例题&lt;/b&gt;，它的每一个数都是用手算出来的。</translation>
    </message>
    <message>
        <source>Open the worked example</source>
        <translation>打开手算例题</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>帮助 (F1)</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this tip for good (F1 has it and more)</source>
        <translation>永久隐藏这条提示（按 F1 可以看到它以及更多内容）</translation>
    </message>
</context>
<context>
    <name>Ghosts</name>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>丢弃法</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>ghost: same settings</source>
        <translation>残影：设置相同</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>ghost: %1</source>
        <translation>残影：%1</translation>
    </message>
    <message>
        <source>Clear ghosts</source>
        <translation>清除残影</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>, and %1 more</source>
        <translation>，以及另外 %1 项</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>GlossaryWindow</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Search a word or a symbol (δ, ∂L/∂w, epoch…)</source>
        <translation>搜索词语或符号（δ、∂L/∂w、轮…）</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 / %2 个条目</translation>
    </message>
    <message>
        <source>No entry matches the search.</source>
        <translation>没有与搜索匹配的条目。</translation>
    </message>
</context>
<context>
    <name>HandoutButton</name>
    <message>
        <source>Handout</source>
        <translation>讲义</translation>
    </message>
    <message>
        <source>Copy or save this text as Markdown or LaTeX, for a worksheet</source>
        <translation>把这段文字复制或保存为 Markdown 或 LaTeX，用于练习题</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy as LaTeX</source>
        <translation>复制为 LaTeX</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>保存为 Markdown…</translation>
    </message>
    <message>
        <source>Save as LaTeX…</source>
        <translation>保存为 LaTeX…</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>LaTeX (*.tex);;All files (*)</source>
        <translation>LaTeX (*.tex);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>保存讲义</translation>
    </message>
</context>
<context>
    <name>HealthCurves</name>
    <message>
        <source>step: optimizer steps done</source>
        <extracomment>redraws a second at most while training plays (the health history grows ~5-10 rows a second) the update-to-weight ratio&apos;s healthy band, shaded around its rule-of-thumb value</extracomment>
        <translation>步：优化器已执行的步数</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient size&lt;/b&gt; ‖∂L/∂W‖ (RMS)</source>
        <translation>&lt;b&gt;梯度大小&lt;/b&gt; ‖∂L/∂W‖ (RMS)</translation>
    </message>
    <message>
        <source>How large the gradient of the loss with respect to each layer&apos;s weights is: the root mean square of its entries, √(mean of (∂L/∂w)²), on up to 256 training examples. Log scale: each labelled line is 10 times the one below. When the first layers&apos; curves sit 100 times or more below the last layer&apos;s, the gradient vanishes on its way back and those layers barely learn. A layer whose every unit is dead has gradient 0, which a log scale cannot show: its curve stops. ? opens the glossary.</source>
        <translation>损失对每一层权重的梯度有多大：取其各元素的均方根 √((∂L/∂w)² 的均值)，在最多 256 个训练样本上计算。对数刻度：每条带标注的线是下面一条的 10 倍。如果前面几层的曲线比最后一层低 100 倍或更多，说明梯度在反向传回的途中消失了，这些层几乎学不到东西。如果某一层的所有单元都已死亡，它的梯度为 0，对数刻度无法显示 0：它的曲线就此中断。按 ? 打开术语表。</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ (RMS): the typical size of one weight&apos;s gradient in the layer</source>
        <translation>‖∂L/∂W‖ (RMS)：该层中单个权重梯度的典型大小</translation>
    </message>
    <message>
        <source>&lt;b&gt;Update-to-weight ratio&lt;/b&gt; ‖ΔW‖/‖W‖</source>
        <translation>&lt;b&gt;更新量与权重之比&lt;/b&gt; ‖ΔW‖/‖W‖</translation>
    </message>
    <message>
        <source>How much the last step changed each layer&apos;s weights, relative to their size: ‖ΔW‖ / ‖W‖, both the root of the sum of squares. The shaded band is the healthy range around 10⁻³ (a rule of thumb): far above it the learning rate is too large and the weights jump about; far below it, the learning rate is too small and the layer learns slowly. No point: no step yet, or the layer is frozen.</source>
        <translation>上一步使每一层的权重改变了多少，相对于权重本身的大小：‖ΔW‖ / ‖W‖，两者都是平方和的平方根。阴影带是 10⁻³ 附近的健康区间（经验法则）：远高于它，说明学习率太大，权重来回跳动；远低于它，说明学习率太小，该层学得很慢。没有数据点：还没有执行任何一步，或者该层已被冻结。</translation>
    </message>
    <message>
        <source>‖ΔW‖/‖W‖: the last step&apos;s change of the layer&apos;s weights over their size</source>
        <translation>‖ΔW‖/‖W‖：上一步中该层权重的变化量与权重大小之比</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saturated units&lt;/b&gt; %, |f′(z)| &lt; 0.05</source>
        <translation>&lt;b&gt;饱和单元&lt;/b&gt; %，|f′(z)| &lt; 0.05</translation>
    </message>
    <message>
        <source>The share of a sigmoid or tanh layer&apos;s (unit, example) pairs where the activation is flat: its slope |f′(z)| is below 0.05 (σ′ is at most 0.25, tanh′ at most 1). A saturated unit passes almost no gradient back, so gradients vanish. Large weights or inputs saturate units. Other activations have no curve here, nor a sigmoid output under cross-entropy (its gradient a − y does not go through σ′).</source>
        <translation>sigmoid 或 tanh 层的（单元，样本）对中，激活函数处于平坦区的比例：其斜率 |f′(z)| 小于 0.05（σ′ 最大为 0.25，tanh′ 最大为 1）。饱和的单元几乎不向后传递梯度，于是梯度消失。过大的权重或输入会使单元饱和。其他激活函数在这里没有曲线；在交叉熵下的 sigmoid 输出层也没有（它的梯度 a − y 不经过 σ′）。</translation>
    </message>
    <message>
        <source>% of (unit, example) pairs with |f′(z)| &lt; 0.05</source>
        <translation>|f′(z)| &lt; 0.05 的（单元，样本）对所占的 %</translation>
    </message>
    <message>
        <source>(no sigmoid or tanh layer)</source>
        <translation>（没有 sigmoid 或 tanh 层）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dead ReLU units&lt;/b&gt; %</source>
        <translation>&lt;b&gt;死亡 ReLU 单元&lt;/b&gt; %</translation>
    </message>
    <message>
        <source>The share of a ReLU layer&apos;s units that output 0 for every training example (up to 256 of them). A dead unit passes no gradient back, so its weights never change again. A learning rate too large, or biases far below 0, kill units; He initialization or Leaky ReLU help. Other activations have no curve here.</source>
        <translation>ReLU 层中对每个训练样本（最多 256 个）都输出 0 的单元所占的比例。死亡的单元不向后传递任何梯度，所以它的权重再也不会改变。学习率过大或偏置远小于 0 会使单元死亡；He 初始化或 Leaky ReLU 有帮助。其他激活函数在这里没有曲线。</translation>
    </message>
    <message>
        <source>% of the layer&apos;s ReLU units that output 0 for every example</source>
        <translation>该层 ReLU 单元中对每个样本都输出 0 的单元所占的 %</translation>
    </message>
    <message>
        <source>(no ReLU layer)</source>
        <translation>（没有 ReLU 层）</translation>
    </message>
    <message>
        <source>Healthy band: each step changes the weights by about a thousandth of their size (10⁻³, from ~3·10⁻⁴ to ~3·10⁻³). Above it: try a smaller learning rate; below it: a larger one.</source>
        <translation>健康区间：每一步使权重改变其大小的约千分之一（10⁻³，从 ~3·10⁻⁴ 到 ~3·10⁻³）。高于该区间：试试更小的学习率；低于该区间：试试更大的学习率。</translation>
    </message>
    <message>
        <source>healthy ≈ 10⁻³</source>
        <translation>健康 ≈ 10⁻³</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>0 in layer %1: below any log scale</source>
        <translation>第 %1 层为 0：低于任何对数刻度</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Each layer&apos;s gradient size, update size, saturation and dead units</source>
        <translation>每一层的梯度大小、更新量大小、饱和与死亡单元</translation>
    </message>
    <message>
        <source>Histograms of each layer&apos;s weights and activations, now and over time</source>
        <translation>每一层权重和激活值的直方图，当前的以及随时间变化的</translation>
    </message>
    <message>
        <source>The statistics appear after the first training step.</source>
        <translation>这些统计数据在第一步训练之后出现。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Data: the dataset (built-in, your CSV, .npz or MNIST folder), its samples, noise, split and seed, with a preview.</source>
        <translation>数据：数据集（内置数据集、你的 CSV、.npz 或 MNIST 文件夹）、它的样本、噪声、划分和随机种子，并附有预览。</translation>
    </message>
    <message>
        <source>Hyper-parameters: loss, optimizer and learning rate, batch size, regularization, dropout, initializer, early stopping, backend and precision. Changes apply at the next step.</source>
        <translation>超参数：损失函数、优化器和学习率、批大小、正则化、丢弃法、初始化方法、早停、后端和精度。更改在下一步生效。</translation>
    </message>
    <message>
        <source>Output: what the network answers. The decision map with the data for 2-D sets, a confusion matrix for other classification, predicted against actual values for regression. Hover a neuron to see its own picture here.</source>
        <translation>输出：网络给出的答案。对二维（2-D）数据集显示决策区域图和数据，对其他分类任务显示混淆矩阵，对回归显示预测值与实际值的对比。把鼠标悬停在某个神经元上，可以在这里看到它自己的图。</translation>
    </message>
    <message>
        <source>Loss: the training and test loss (and accuracy) as training goes on, on a log scale if you like; hover to read the values.</source>
        <translation>损失：随着训练进行的训练损失和测试损失（以及准确率），可以选择对数刻度；悬停可以读取数值。</translation>
    </message>
    <message>
        <source>Step through: one training step phase by phase (forward, loss, backward, update), the sample traced, and the timeline of earlier steps.</source>
        <translation>逐步执行：逐个阶段地执行一个训练步（前向传播、损失、反向传播、更新），被追踪的样本，以及较早各步的时间轴。</translation>
    </message>
    <message>
        <source>Inspector: the formula of the neuron, weight or bias you clicked, with this step&apos;s numbers; copy or save it as Markdown or LaTeX for a handout.</source>
        <translation>检查器：你点击的神经元、权重或偏置的公式，带入这一步的数值；可以复制或保存为 Markdown 或 LaTeX，用作讲义。</translation>
    </message>
    <message>
        <source>Training health: how large the gradients and weights are, layer by layer, and neurons that died or saturated.</source>
        <translation>训练健康状况：逐层显示梯度和权重有多大，以及死亡或饱和的神经元。</translation>
    </message>
    <message>
        <source>Race: several runs side by side (learning rates, optimizers), their loss curves and decision maps.</source>
        <translation>对比赛跑：并排进行的多次运行（不同的学习率、优化器），它们的损失曲线和决策区域图。</translation>
    </message>
    <message>
        <source>Landscape: the loss as two weights change, with the path training took.</source>
        <translation>损失曲面：两个权重变化时的损失，以及训练走过的路径。</translation>
    </message>
    <message>
        <source>Backprop Lab Help</source>
        <translation>Backprop Lab 帮助</translation>
    </message>
    <message>
        <source>← Back to the help</source>
        <translation>← 返回帮助</translation>
    </message>
    <message>
        <source>Press Play (Space) and watch the network learn: the edges, the decision map and the loss change.</source>
        <translation>按“播放”(Space)，观看网络如何学习：边、决策区域图和损失都在变化。</translation>
    </message>
    <message>
        <source>Pause, then press Next phase (→) to run one training step a phase at a time. Click a neuron or a weight: the inspector writes its formula with the numbers.</source>
        <translation>暂停，然后按“下一阶段”(→)，一次一个阶段地执行一个训练步。点击一个神经元或权重：检查器会写出它带入数值的公式。</translation>
    </message>
    <message>
        <source>Open the worked example: a tiny network whose every number is worked out by hand.</source>
        <translation>打开手算例题：一个很小的网络，它的每一个数都是用手算出来的。</translation>
    </message>
    <message>
        <source>The diagram: the network, weights as coloured edges (blue positive, orange negative, thicker is larger), each neuron&apos;s output over the plane; during a step, the numbers of the phase. Right-click its background to save it as a figure.</source>
        <translation>网络图：网络本身，权重画成彩色的边（蓝色为正，橙色为负，越粗越大），每个神经元的输出在平面上的图像；在一个训练步中，显示该阶段的数值。右键点击它的背景，可以把它保存为图片。</translation>
    </message>
    <message>
        <source>Glossary (Shift+F1): every term and symbol in plain words</source>
        <translation>术语表 (Shift+F1)：用浅白的话解释每个术语和符号</translation>
    </message>
    <message>
        <source>Lessons: read, do, predict, then see</source>
        <translation>课程：阅读、动手、预测，然后观察</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>从哪里开始</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开它</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>What each part shows</source>
        <translation>各部分显示什么</translation>
    </message>
    <message>
        <source>More to read</source>
        <translation>延伸阅读</translation>
    </message>
</context>
<context>
    <name>HyperparameterPanel</name>
    <message>
        <source>Mean squared error (mse)</source>
        <translation>均方误差 (mse)</translation>
    </message>
    <message>
        <source>Sum of squares ½Σ (sse)</source>
        <translation>平方和 ½Σ (sse)</translation>
    </message>
    <message>
        <source>Binary cross-entropy (bce)</source>
        <translation>二元交叉熵 (bce)</translation>
    </message>
    <message>
        <source>Categorical cross-entropy (cce)</source>
        <translation>多类交叉熵 (cce)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>L1 rate</source>
        <translation>L1 系数</translation>
    </message>
    <message>
        <source>L2 rate</source>
        <translation>L2 系数</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>丢弃法（dropout）</translation>
    </message>
    <message>
        <source>Xavier (uniform)</source>
        <translation>Xavier（均匀分布）</translation>
    </message>
    <message>
        <source>Xavier (normal)</source>
        <translation>Xavier（正态分布）</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Uniform (Playground)</source>
        <translation>均匀分布（Playground）</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>早停耐心值</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>NumPy (CPU)</source>
        <translation>NumPy (CPU)</translation>
    </message>
    <message>
        <source>CuPy (GPU)</source>
        <translation>CuPy (GPU)</translation>
    </message>
    <message>
        <source>CuPy (GPU, not available here)</source>
        <translation>CuPy（GPU，此处不可用）</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>What training makes small. mse: mean of the squared errors (regression); sse: half their sum; bce: binary cross-entropy, two classes on one sigmoid unit; cce: categorical cross-entropy over softmax units, one per class. A dataset starts with its own; one you choose stays with that dataset.</source>
        <translation>训练要减小的量。mse：误差平方的均值（回归）；sse：误差平方和的一半；bce：二元交叉熵，两个类别共用一个 sigmoid 单元；cce：在 softmax 单元上的多类交叉熵，每个类别一个单元。每个数据集开始时使用它自己的损失函数；你为某个数据集选择的损失函数会一直跟随该数据集。</translation>
    </message>
    <message>
        <source>The rule that moves every weight against its gradient at each step</source>
        <translation>每一步让每个权重逆着其梯度移动的规则</translation>
    </message>
    <message>
        <source>Training samples per step, a whole number from 1 to the size of the training set. 1 = stochastic gradient descent (SGD, one sample a step); the whole training set = batch gradient descent (one step an epoch); in between = mini-batch. Larger batches give smoother but fewer steps per epoch.</source>
        <translation>每一步使用的训练样本数，取 1 到训练集大小之间的整数。1 = 随机梯度下降（SGD，每步一个样本）；整个训练集 = 批量梯度下降（每轮一步）；介于两者之间 = 小批量。批越大，每步越平稳，但每轮的步数越少。</translation>
    </message>
    <message>
        <source>L1 regularization rate λ₁ (0 or more, no unit): adds λ₁·Σ|w| to the loss, which pulls every weight towards exactly 0 at the same pace. 0 = off; typical 0.0001–0.01.</source>
        <translation>L1 正则化系数 λ₁（不小于 0，无单位）：在损失上加上 λ₁·Σ|w|，以相同的速度把每个权重拉向恰好为 0。0 = 关闭；常用值 0.0001–0.01。</translation>
    </message>
    <message>
        <source>L2 regularization rate λ₂ (0 or more, no unit): adds ½·λ₂·Σw² to the loss, which shrinks large weights the most (weight decay). 0 = off; typical 0.0001–0.01.</source>
        <translation>L2 正则化系数 λ₂（不小于 0，无单位）：在损失上加上 ½·λ₂·Σw²，对大权重的收缩最强（权重衰减）。0 = 关闭；常用值 0.0001–0.01。</translation>
    </message>
    <message>
        <source>Probability that a hidden neuron is switched off for a training step, from 0 up to (not including) 1: 0.2 drops one neuron in five, the others are scaled up by 1/(1 − p). Never on the output layer, never when evaluating. 0 = off.</source>
        <translation>在一个训练步中关闭某个隐藏神经元的概率，取值从 0 到 1（不含 1）：0.2 表示五个神经元中丢弃一个，其余的放大 1/(1 − p) 倍。从不用于输出层，评估时也从不使用。0 = 关闭。</translation>
    </message>
    <message>
        <source>How the weights start. Xavier (Glorot): scaled by the layer&apos;s inputs and outputs, for tanh and sigmoid; He: scaled by the inputs, for ReLU; Uniform: TensorFlow Playground&apos;s ±0.5 with biases 0.1; Zeros: every neuron the same (which shows why the start must be random). Reset to see the new start.</source>
        <translation>权重如何初始化。Xavier (Glorot)：按该层的输入数和输出数缩放，适用于 tanh 和 sigmoid；He：按输入数缩放，适用于 ReLU；Uniform：TensorFlow Playground 的 ±0.5，偏置为 0.1；全零：每个神经元都一样（这说明了为什么初始值必须是随机的）。按“重置”查看新的初始状态。</translation>
    </message>
    <message>
        <source>Early stopping, counted in epochs (a whole number, 1 or more): training stops when the test loss has not improved for this many epochs, and the best weights come back. Empty = off.</source>
        <translation>早停，以轮计（不小于 1 的整数）：当测试损失连续这么多轮没有改善时停止训练，并恢复最好的权重。留空 = 关闭。</translation>
    </message>
    <message>
        <source>Where the arithmetic runs: NumPy on the processor, or CuPy on an NVIDIA graphics card (where CuPy is installed). The results are the same.</source>
        <translation>运算在哪里进行：NumPy 在处理器上，CuPy 在 NVIDIA 显卡上（需要已安装 CuPy）。结果是一样的。</translation>
    </message>
    <message>
        <source>Floating-point size of the weights and the arithmetic: float32 (about 7 significant digits, faster) or float64 (about 16 digits)</source>
        <translation>权重和运算所用的浮点数大小：float32（约 7 位有效数字，更快）或 float64（约 16 位）</translation>
    </message>
    <message>
        <source>Random seed, a whole number (0 or more), for the initial weights, the order of the batches and dropout: the same seed trains exactly the same way</source>
        <translation>随机种子，一个整数（不小于 0），用于初始权重、批的顺序和丢弃法：相同的随机种子会以完全相同的方式训练</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Stochastic gradient descent: one sample per step</source>
        <translation>随机梯度下降：每步一个样本</translation>
    </message>
    <message>
        <source>batch GD</source>
        <translation>批量 GD</translation>
    </message>
    <message>
        <source>Batch gradient descent: the whole training set (%1) per step</source>
        <translation>批量梯度下降：每步使用整个训练集（%1）</translation>
    </message>
    <message>
        <source>mini-batch</source>
        <translation>小批量</translation>
    </message>
    <message>
        <source>Mini-batch gradient descent: %1 of the %2 training samples per step</source>
        <translation>小批量梯度下降：每步使用 %2 个训练样本中的 %1 个</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Batch mean</source>
        <translation>批均值</translation>
    </message>
    <message>
        <source>Explain batch means and totals instead of the traced sample&apos;s numbers</source>
        <translation>解释整个批的均值和总和，而不是被追踪样本的数值</translation>
    </message>
    <message>
        <source>Click a neuron or a weight in the diagram to see its numbers.</source>
        <translation>点击图中的神经元或权重，查看它的数值。</translation>
    </message>
    <message>
        <source>Inspector: the current phase</source>
        <translation>检查器：当前阶段</translation>
    </message>
    <message>
        <source>Inspector: a neuron</source>
        <translation>检查器：神经元</translation>
    </message>
    <message>
        <source>Inspector: a weight</source>
        <translation>检查器：权重</translation>
    </message>
    <message>
        <source>Inspector: a bias</source>
        <translation>检查器：偏置</translation>
    </message>
    <message>
        <source>Pause and press Next phase to see this step&apos;s formulas with the numbers.</source>
        <translation>暂停并按“下一阶段”，查看这一步带入数值的公式。</translation>
    </message>
    <message>
        <source>weight W{k}[{i},{j}] = {v}</source>
        <translation>权重 W{k}[{i},{j}] = {v}</translation>
    </message>
    <message>
        <source>bias b{k}[{u}] = {v}</source>
        <translation>偏置 b{k}[{u}] = {v}</translation>
    </message>
    <message>
        <source>neuron {u} of layer {k}</source>
        <translation>第 {k} 层的神经元 {u}</translation>
    </message>
</context>
<context>
    <name>KeyTable</name>
    <message>
        <source>Play / Pause: train continuously</source>
        <translation>播放 / 暂停：连续训练</translation>
    </message>
    <message>
        <source>Next phase of the training step (forward layer by layer, loss, backward layer by layer, update)</source>
        <translation>训练步的下一阶段（逐层前向传播、损失、逐层反向传播、更新）</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>上一阶段</translation>
    </message>
    <message>
        <source>Next step: finish this batch&apos;s step</source>
        <translation>下一步：完成这个批的这一步</translation>
    </message>
    <message>
        <source>Next epoch</source>
        <translation>下一轮</translation>
    </message>
    <message>
        <source>Train slower / faster</source>
        <translation>训练得更慢 / 更快</translation>
    </message>
    <message>
        <source>Reset to the initial weights of the seed (the same weights every time)</source>
        <translation>重置为该随机种子的初始权重（每次都是同样的权重）</translation>
    </message>
    <message>
        <source>Regenerate the data with a new data seed</source>
        <translation>用新的数据随机种子重新生成数据</translation>
    </message>
    <message>
        <source>Undo / redo an edit of the network</source>
        <translation>撤销 / 重做对网络的编辑</translation>
    </message>
    <message>
        <source>Open, save, save a project (`.bplab`)</source>
        <translation>打开、保存、另存为项目（`.bplab`）</translation>
    </message>
    <message>
        <source>Export the trained network (npz, json, ONNX, NumPy or PyTorch code)</source>
        <translation>导出训练好的网络（npz、json、ONNX、NumPy 或 PyTorch 代码）</translation>
    </message>
    <message>
        <source>Fit the whole network into view (with the diagram focused)</source>
        <translation>缩放以显示整个网络（网络图获得焦点时）</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, the diagram and the phase large</source>
        <translation>演示模式：全屏，网络图和当前阶段放大显示</translation>
    </message>
    <message>
        <source>Larger text / smaller text / text at 100 %</source>
        <translation>放大文字 / 缩小文字 / 文字 100 %</translation>
    </message>
    <message>
        <source>Help: this window</source>
        <translation>帮助：本窗口</translation>
    </message>
    <message>
        <source>Glossary: every term and symbol in plain words</source>
        <translation>术语表：用浅白的话解释每个术语和符号</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Network loss</source>
        <translation>网络的损失</translation>
    </message>
    <message>
        <source>Toy surfaces</source>
        <translation>示例曲面</translation>
    </message>
    <message>
        <source>Two random directions</source>
        <translation>两个随机方向</translation>
    </message>
    <message>
        <source>Two weights</source>
        <translation>两个权重</translation>
    </message>
    <message>
        <source>From diagram</source>
        <translation>取自网络图</translation>
    </message>
    <message>
        <source>The last two weights selected in the diagram</source>
        <translation>在网络图中最后选中的两个权重</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>How far the slice reaches either way of the centre</source>
        <translation>切片从中心向两侧延伸多远</translation>
    </message>
    <message>
        <source>Fit paths</source>
        <translation>适应路径</translation>
    </message>
    <message>
        <source>Choose the span so that the race&apos;s paths fill the slice</source>
        <translation>选择范围，使对比赛跑的路径充满切片</translation>
    </message>
    <message>
        <source>Recompute here</source>
        <translation>在此处重新计算</translation>
    </message>
    <message>
        <source>A new slice through the weights as they are now</source>
        <translation>按当前的权重重新取一个切片</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>change of %1</source>
        <translation>%1 的变化量</translation>
    </message>
    <message>
        <source>direction 1</source>
        <translation>方向 1</translation>
    </message>
    <message>
        <source>direction 2</source>
        <translation>方向 2</translation>
    </message>
    <message>
        <source>slice taken here (step %1)</source>
        <translation>切片取于此处（第 %1 步）</translation>
    </message>
    <message>
        <source>now (step %1)</source>
        <translation>现在（第 %1 步）</translation>
    </message>
    <message>
        <source>The race&apos;s main directions</source>
        <translation>对比赛跑路径的主方向</translation>
    </message>
    <message>
        <source>The two directions along which the race&apos;s paths moved most (PCA)</source>
        <translation>对比赛跑的路径移动最多的两个方向（主成分分析，PCA）</translation>
    </message>
    <message>
        <source>main direction 1</source>
        <translation>主方向 1</translation>
    </message>
    <message>
        <source>main direction 2</source>
        <translation>主方向 2</translation>
    </message>
    <message>
        <source>The plane of the paths&apos; two main directions holds %1 % of their movement.</source>
        <translation>路径的两个主方向张成的平面包含了它们 %1 % 的移动。</translation>
    </message>
    <message>
        <source>Centre: the weights at step %1, loss %2.</source>
        <translation>中心：第 %1 步时的权重，损失 %2。</translation>
    </message>
    <message>
        <source>Loss on the first %1 training rows.</source>
        <translation>在前 %1 行训练数据上的损失。</translation>
    </message>
    <message>
        <source>The loss includes the regularization term.</source>
        <translation>损失包含正则化项。</translation>
    </message>
    <message>
        <source>The network has moved on to step %1: Recompute here to centre on it.</source>
        <translation>网络已经前进到第 %1 步：按“在此处重新计算”以它为中心。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Random directions</source>
        <translation>随机方向</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The interface language; numbers and formulas stay the same</source>
        <translation>界面语言；数字和公式保持不变</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
</context>
<context>
    <name>LayerLegend</name>
    <message>
        <source>Each layer has one colour in every plot of this panel. Layer 1 is the first hidden layer (the weights W1 from the inputs into it); the last layer is the output layer.</source>
        <translation>在这个面板的每张图中，每一层都有自己的颜色。第 1 层是第一个隐藏层（从输入进入它的权重是 W1）；最后一层是输出层。</translation>
    </message>
    <message>
        <source>layer %1 (output, %2)</source>
        <translation>第 %1 层（输出，%2）</translation>
    </message>
    <message>
        <source>layer %1 (%2)</source>
        <translation>第 %1 层（%2）</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <source>Lesson</source>
        <extracomment>a lesson&apos;s view names → the window&apos;s dock keys</extracomment>
        <translation>课程</translation>
    </message>
    <message>
        <source>Start the lesson again from its first page</source>
        <translation>从第一页重新开始这节课程</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Let the app do this page&apos;s task</source>
        <translation>让程序来完成这一页的任务</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>演示给我看</translation>
    </message>
    <message>
        <source>Run it and compare the app&apos;s answer with yours</source>
        <translation>运行并把程序的答案与你的答案比较</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Point at it</source>
        <translation>指给我看</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>The lesson&apos;s project could not be loaded.</source>
        <translation>无法载入这节课程的项目。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>You have finished this lesson.</source>
        <translation>你已经完成了这节课程。</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>请先选择一个答案。</translation>
    </message>
    <message>
        <source>Type a number first.</source>
        <translation>请先输入一个数。</translation>
    </message>
    <message>
        <source>The training is not ready yet; try again in a moment.</source>
        <translation>训练还没有准备好；请稍后再试。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>The app could not do it: %1</source>
        <translation>程序无法完成：%1</translation>
    </message>
    <message>
        <source>The lesson&apos;s answer cannot be computed: %1</source>
        <translation>无法计算这节课程的答案：%1</translation>
    </message>
    <message>
        <source>Right! The app computed: %1</source>
        <translation>答对了！程序算出的是：%1</translation>
    </message>
    <message>
        <source>Not quite. The app computed %1; you said %2.</source>
        <translation>不太对。程序算出的是 %1；你的答案是 %2。</translation>
    </message>
    <message>
        <source>Done. Press Next.</source>
        <translation>完成。请按“下一页”。</translation>
    </message>
    <message>
        <source>This window has no %1 view.</source>
        <translation>这个窗口没有 %1 视图。</translation>
    </message>
</context>
<context>
    <name>LessonList</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>LessonMenu</name>
    <message>
        <source>Lessons…</source>
        <translation>课程…</translation>
    </message>
    <message>
        <source>Guided lessons: read, do, predict, then see</source>
        <translation>引导式课程：阅读、动手、预测，然后观察</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <source>Open a lesson file someone wrote</source>
        <translation>打开别人编写的课程文件</translation>
    </message>
    <message>
        <source>Lessons (lesson.json *.json);;All files (*)</source>
        <translation>课程 (lesson.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>This lesson cannot be opened</source>
        <translation>无法打开这节课程</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation>在对数坐标轴上显示损失</translation>
    </message>
    <message>
        <source>best test loss: epoch %1</source>
        <translation>最佳测试损失：第 %1 轮</translation>
    </message>
    <message>
        <source>early stopping would stop here (epoch %1), keeping epoch %2&apos;s weights</source>
        <translation>早停会在这里停止（第 %1 轮），保留第 %2 轮的权重</translation>
    </message>
    <message>
        <source>early stopping stops here (epoch %1) and keeps epoch %2&apos;s weights</source>
        <translation>早停在这里停止（第 %1 轮），保留第 %2 轮的权重</translation>
    </message>
    <message>
        <source>early stop: epoch %1</source>
        <translation>早停：第 %1 轮</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>train acc.</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test acc.</source>
        <translation>测试准确率</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backprop Lab</source>
        <translation>Backprop Lab</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>逐步执行</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Training health</source>
        <translation>训练健康状况</translation>
    </message>
    <message>
        <source>Loading the data</source>
        <translation>正在载入数据</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Train continuously (Space)</source>
        <translation>连续训练 (Space)</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>上一阶段</translation>
    </message>
    <message>
        <source>Go back one phase of the step (←)</source>
        <translation>退回这一步的上一个阶段 (←)</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <source>Run the next phase of the training step (→)</source>
        <translation>执行训练步的下一个阶段 (→)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Finish this batch&apos;s step (Shift+→)</source>
        <translation>完成这个批的这一步 (Shift+→)</translation>
    </message>
    <message>
        <source>Next epoch</source>
        <translation>下一轮</translation>
    </message>
    <message>
        <source>Train to the end of the epoch (Ctrl+→)</source>
        <translation>训练到这一轮结束 (Ctrl+→)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to the initial weights of the seed (Ctrl+R)</source>
        <translation>回到该随机种子的初始权重 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation>重新生成数据</translation>
    </message>
    <message>
        <source>New data from a new data seed (Ctrl+G)</source>
        <translation>用新的数据随机种子生成新数据 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>About Backprop Lab</source>
        <translation>关于 Backprop Lab</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Every term and symbol in plain words (Shift+F1)</source>
        <translation>用浅白的话解释每个术语和符号 (Shift+F1)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在载入 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backprop Lab&lt;/b&gt;&lt;br&gt;Watch a neural network learn, or step through one training step phase by phase: the forward pass, the loss, the backward pass with every gradient, and the weight update.</source>
        <translation>&lt;b&gt;Backprop Lab&lt;/b&gt;&lt;br&gt;观看神经网络如何学习，或者逐个阶段地执行一个训练步：前向传播、损失、计算出每个梯度的反向传播（反向过程），以及权重更新。</translation>
    </message>
</context>
<context>
    <name>ManyClassesWarning</name>
    <message>
        <source>Use regression</source>
        <translation>使用回归</translation>
    </message>
    <message>
        <source>Predict the target as a number (one output)</source>
        <translation>把目标当作一个数来预测（一个输出）</translation>
    </message>
    <message>
        <source>Keep the classes</source>
        <translation>保留这些类别</translation>
    </message>
    <message>
        <source>The target column holds %1 different whole numbers. As classes, that is a classifier with %1 outputs, slow to train and hard to read. Are these numbers to predict (a price, a count)? Then choose regression.</source>
        <translation>目标列中有 %1 个不同的整数。作为类别，这将是一个有 %1 个输出的分类器，训练慢，结果也难以解读。这些数是要预测的量吗（例如价格、数量）？如果是，请选择回归。</translation>
    </message>
    <message>
        <source>Keep %1 classes</source>
        <translation>保留 %1 个类别</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>Edit weight %1…</source>
        <translation>编辑权重 %1…</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Add neuron</source>
        <translation>添加神经元</translation>
    </message>
    <message>
        <source>Remove neuron</source>
        <translation>移除神经元</translation>
    </message>
    <message>
        <source>Insert layer before</source>
        <translation>在前面插入一层</translation>
    </message>
    <message>
        <source>Insert layer after</source>
        <translation>在后面插入一层</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>移除这一层</translation>
    </message>
    <message>
        <source>Insert layer after the inputs</source>
        <translation>在输入之后插入一层</translation>
    </message>
    <message>
        <source>Insert layer before the output</source>
        <translation>在输出之前插入一层</translation>
    </message>
    <message>
        <source>Freeze weights</source>
        <translation>冻结权重</translation>
    </message>
    <message>
        <source>Freeze biases</source>
        <translation>冻结偏置</translation>
    </message>
    <message>
        <source>Select bias of this neuron</source>
        <translation>选中这个神经元的偏置</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 个神经元</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 个输入</translation>
    </message>
    <message>
        <source>1 output</source>
        <translation>1 个输出</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 个神经元</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 个输入</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 个输出</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Input image</source>
        <translation>输入图像</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output · %1</source>
        <translation>输出 · %1</translation>
    </message>
    <message>
        <source>Activation of hidden layer %1</source>
        <translation>隐藏层 %1 的激活函数</translation>
    </message>
    <message>
        <source>Remove a neuron from this layer</source>
        <translation>从这一层移除一个神经元</translation>
    </message>
    <message>
        <source>Add a neuron to this layer</source>
        <translation>向这一层添加一个神经元</translation>
    </message>
    <message>
        <source>Weights of layer %1 are frozen</source>
        <translation>第 %1 层的权重已冻结</translation>
    </message>
    <message>
        <source>Biases of layer %1 are frozen</source>
        <translation>第 %1 层的偏置已冻结</translation>
    </message>
    <message>
        <source>Weights of this layer are frozen</source>
        <translation>这一层的权重已冻结</translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation>还没有网络</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>适应视图大小</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>添加隐藏层</translation>
    </message>
    <message>
        <source>There is no hidden layer to remove.</source>
        <translation>没有可以移除的隐藏层。</translation>
    </message>
    <message>
        <source>Remove hidden layer</source>
        <translation>移除隐藏层</translation>
    </message>
    <message>
        <source>Layer %1 needs at least one neuron; use “− layer” to remove it.</source>
        <translation>第 %1 层至少需要一个神经元；要移除这一层，请用“− 层”。</translation>
    </message>
    <message>
        <source>Add neuron to layer %1</source>
        <translation>向第 %1 层添加神经元</translation>
    </message>
    <message>
        <source>Remove neuron from layer %1</source>
        <translation>从第 %1 层移除神经元</translation>
    </message>
    <message>
        <source>Layer %1 activation: %2</source>
        <translation>第 %1 层的激活函数：%2</translation>
    </message>
    <message>
        <source>Freeze weights of layer %1</source>
        <translation>冻结第 %1 层的权重</translation>
    </message>
    <message>
        <source>Unfreeze weights of layer %1</source>
        <translation>解冻第 %1 层的权重</translation>
    </message>
    <message>
        <source>Freeze biases of layer %1</source>
        <translation>冻结第 %1 层的偏置</translation>
    </message>
    <message>
        <source>Unfreeze biases of layer %1</source>
        <translation>解冻第 %1 层的偏置</translation>
    </message>
    <message>
        <source>Use feature %1</source>
        <translation>使用特征 %1</translation>
    </message>
    <message>
        <source>Drop feature %1</source>
        <translation>去掉特征 %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>把 %1 设为 %2</translation>
    </message>
    <message>
        <source>W%1[%2, %3] = %4</source>
        <translation>W%1[%2, %3] = %4</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>a = f(z)</source>
        <translation>a = f(z)</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z</source>
        <translation>δ = ∂L/∂z</translation>
    </message>
    <message>
        <source>Δb (bias change)</source>
        <translation>Δb（偏置的变化量）</translation>
    </message>
    <message>
        <source>input: the traced sample</source>
        <translation>输入：被追踪的样本</translation>
    </message>
    <message>
        <source>input: batch mean</source>
        <translation>输入：批均值</translation>
    </message>
    <message>
        <source>Σ|W1| per pixel: where layer 1 looks</source>
        <translation>每个像素的 Σ|W1|：第 1 层关注哪里</translation>
    </message>
    <message>
        <source>Training (Play)</source>
        <translation>训练中（播放）</translation>
    </message>
    <message>
        <source>Pause to step through one training step.</source>
        <translation>暂停后可以逐步执行一个训练步。</translation>
    </message>
    <message>
        <source>this sample</source>
        <translation>这个样本</translation>
    </message>
    <message>
        <source>batch mean</source>
        <translation>批均值</translation>
    </message>
    <message>
        <source>step complete</source>
        <translation>这一步已完成</translation>
    </message>
    <message>
        <source>Ready: next is %1</source>
        <translation>就绪：接下来是%1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>接下来：%1</translation>
    </message>
    <message>
        <source>w·a (weight × input)</source>
        <translation>w·a（权重 × 输入）</translation>
    </message>
    <message>
        <source>∂L/∂w (gradient)</source>
        <translation>∂L/∂w（梯度）</translation>
    </message>
    <message>
        <source>Δw (weight change)</source>
        <translation>Δw（权重的变化量）</translation>
    </message>
    <message>
        <source>L = %1</source>
        <translation>L = %1</translation>
    </message>
    <message>
        <source>step %1, epoch %2</source>
        <translation>第 %1 步，第 %2 轮</translation>
    </message>
    <message>
        <source>loss of %1: %2</source>
        <translation>%1的损失：%2</translation>
    </message>
    <message>
        <source>ŷ = %1   y = %2</source>
        <translation>ŷ = %1   y = %2</translation>
    </message>
    <message>
        <source>Click for the glossary.</source>
        <translation>点击查看术语表。</translation>
    </message>
    <message>
        <source>an input value: the traced sample&apos;s, or the batch mean</source>
        <translation>一个输入值：被追踪样本的值，或者批均值</translation>
    </message>
    <message>
        <source>a neuron&apos;s weighted sum, before its activation</source>
        <translation>神经元在激活之前的加权和</translation>
    </message>
    <message>
        <source>a neuron&apos;s output, its activation</source>
        <translation>神经元的输出，即它的激活值</translation>
    </message>
    <message>
        <source>the prediction (the output layer&apos;s a) and the target</source>
        <translation>预测（输出层的 a）与目标</translation>
    </message>
    <message>
        <source>the loss: how wrong the predictions are</source>
        <translation>损失：预测错得有多远</translation>
    </message>
    <message>
        <source>how much the loss changes when the neuron&apos;s z changes</source>
        <translation>神经元的 z 变化时损失变化多少</translation>
    </message>
    <message>
        <source>on an edge in the forward pass: the weight times the value it carries</source>
        <translation>前向传播中边上的值：权重乘以它传递的值</translation>
    </message>
    <message>
        <source>on an edge in the backward pass: the weight&apos;s gradient</source>
        <translation>反向传播中边上的值：权重的梯度</translation>
    </message>
    <message>
        <source>in the update: how far each weight and bias moves</source>
        <translation>更新中：每个权重和偏置移动了多少</translation>
    </message>
    <message>
        <source>blue / orange</source>
        <translation>蓝色 / 橙色</translation>
    </message>
    <message>
        <source>a positive / a negative value; the stronger, the larger</source>
        <translation>正值 / 负值；颜色越深，数值越大</translation>
    </message>
    <message>
        <source>thick edge</source>
        <translation>粗边</translation>
    </message>
    <message>
        <source>a large |value|; thin: close to 0</source>
        <translation>|值| 较大；细边：接近 0</translation>
    </message>
    <message>
        <source>small square</source>
        <translation>小方块</translation>
    </message>
    <message>
        <source>at a neuron&apos;s lower left: its bias b (click to inspect it)</source>
        <translation>位于神经元的左下方：它的偏置 b（点击可检查它）</translation>
    </message>
    <message>
        <source>dashes, padlock</source>
        <translation>虚线、挂锁</translation>
    </message>
    <message>
        <source>frozen weights or biases: training does not change them</source>
        <translation>冻结的权重或偏置：训练不会改变它们</translation>
    </message>
    <message>
        <source>crossed-out neuron</source>
        <translation>打叉的神经元</translation>
    </message>
    <message>
        <source>dropped by dropout for the traced sample: it passes nothing forward and its δ is 0</source>
        <translation>在被追踪的样本上被丢弃法（dropout）丢弃：它不向前传递任何东西，它的 δ 为 0</translation>
    </message>
    <message>
        <source>arrow on an edge</source>
        <translation>边上的箭头</translation>
    </message>
    <message>
        <source>which way the numbers flow: right in the forward pass, left in the backward pass</source>
        <translation>数值流动的方向：前向传播时向右，反向传播时向左</translation>
    </message>
    <message>
        <source>black frame or halo</source>
        <translation>黑框或光晕</translation>
    </message>
    <message>
        <source>what the inspector explains (click to select)</source>
        <translation>检查器正在解释的对象（点击以选中）</translation>
    </message>
    <message>
        <source>Dropped for this sample (dropout p = %1): it passes nothing forward this step, and its δ is 0.</source>
        <translation>在这个样本上被丢弃（dropout p = %1）：这一步它不向前传递任何东西，它的 δ 为 0。</translation>
    </message>
    <message>
        <source>What the diagram shows</source>
        <translation>网络图显示的内容</translation>
    </message>
    <message>
        <source>Blue is positive, orange negative; a thicker edge is a larger |value|.</source>
        <translation>蓝色为正，橙色为负；边越粗，|值| 越大。</translation>
    </message>
    <message>
        <source>Dropped for %1 of the batch&apos;s %2 samples (dropout p = %3).</source>
        <translation>在批的 %2 个样本中有 %1 个被丢弃（dropout p = %3）。</translation>
    </message>
    <message>
        <source>more</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Edge colour: %1 from −%2 (orange) to +%2 (blue)</source>
        <translation>边的颜色：%1，从 −%2（橙色）到 +%2（蓝色）</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ 层</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output layer</source>
        <translation>在输出层之前添加一个隐藏层</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− 层</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>移除最后一个隐藏层</translation>
    </message>
    <message>
        <source>Weakest visible link: edges with |w| below this are hidden</source>
        <translation>最弱的可见连接：|w| 低于此值的边被隐藏</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Write each edge&apos;s value on it (small layers only)</source>
        <translation>在每条边上写出它的值（仅限小的层）</translation>
    </message>
    <message>
        <source>Step-through values of one sample or the batch mean (the inspector&apos;s too)</source>
        <translation>逐步执行时显示单个样本的值还是批均值（检查器也一样）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the whole network into view (F)</source>
        <translation>缩放以显示整个网络 (F)</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>What the symbols, colours and marks on the diagram mean</source>
        <translation>网络图上的符号、颜色和标记的含义</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Batch mean</source>
        <translation>批均值</translation>
    </message>
    <message>
        <source>Hide |w| &lt;</source>
        <translation>隐藏 |w| &lt;</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <source>Don&apos;t show again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <source>Hide this kind of note for good (View → Notes shows it again)</source>
        <translation>永久隐藏这类提示（在“视图 → 提示”中可以重新显示）</translation>
    </message>
    <message>
        <source>Hide this note until it comes up again</source>
        <translation>隐藏这条提示，直到它再次出现</translation>
    </message>
    <message>
        <source>Early stopping would have stopped at epoch %1 and kept the weights of epoch %2, the best test loss (the line on the loss plot).</source>
        <translation>早停本会在第 %1 轮停止，并保留第 %2 轮的权重，即测试损失最佳时的权重（损失图上的那条线）。</translation>
    </message>
    <message>
        <source>More in the glossary</source>
        <translation>详见术语表</translation>
    </message>
    <message>
        <source>show</source>
        <translation>展开</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <source>Dead ReLUs</source>
        <translation>死亡 ReLU</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>Learning rate too large</source>
        <translation>学习率过大</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>平台期</translation>
    </message>
    <message>
        <source>Batch size 1: SGD</source>
        <translation>批大小为 1：SGD</translation>
    </message>
    <message>
        <source>The whole set per step: batch gradient descent</source>
        <translation>每步用整个训练集：批量梯度下降</translation>
    </message>
    <message>
        <source>Mini-batch gradient descent</source>
        <translation>小批量梯度下降</translation>
    </message>
    <message>
        <source>Show this note when it applies</source>
        <translation>在适用时显示这条提示</translation>
    </message>
    <message>
        <source>Show all notes again</source>
        <translation>重新显示所有提示</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1: a number is needed</source>
        <translation>%1：需要一个数</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1：“%2”不是一个数</translation>
    </message>
    <message>
        <source>%1: the number must be finite</source>
        <translation>%1：这个数必须是有限值</translation>
    </message>
    <message>
        <source>%1: a whole number is needed, not %2</source>
        <translation>%1：需要一个整数，而不是 %2</translation>
    </message>
    <message>
        <source>%1: must be %2 %3, got %4</source>
        <translation>%1：必须 %2 %3，实际为 %4</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Confusion matrix of the test data, accuracy %1 %</source>
        <translation>测试数据的混淆矩阵，准确率 %1 %</translation>
    </message>
    <message>
        <source>Confusion matrix of the training data, accuracy %1 %</source>
        <translation>训练数据的混淆矩阵，准确率 %1 %</translation>
    </message>
    <message>
        <source>Input %1 over the plane</source>
        <translation>输入 %1 在平面上的取值</translation>
    </message>
    <message>
        <source>Neuron %1 of layer %2 over the plane</source>
        <translation>第 %2 层的神经元 %1 在平面上的输出</translation>
    </message>
    <message>
        <source>Network output over the plane</source>
        <translation>网络输出在平面上的取值</translation>
    </message>
    <message>
        <source>Predicted against actual (first target)</source>
        <translation>预测值与实际值对比（第一个目标）</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Full screen: the diagram, the current phase and the inspector, large (F11)</source>
        <translation>全屏：网络图、当前阶段和检查器，放大显示 (F11)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Text at 100 %</source>
        <translation>文字 100 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Black and white, thick edges: for projectors</source>
        <translation>黑白、粗边：适用于投影仪</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text at %1 %</source>
        <translation>文字 %1 %</translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <source>Compare runs</source>
        <extracomment>what the dialog offers to vary, in this order</extracomment>
        <translation>比较多次运行</translation>
    </message>
    <message>
        <source>Hyper-parameter to vary</source>
        <translation>要改变的超参数</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>e.g. 0.01, 0.1, 1</source>
        <translation>例如 0.01, 0.1, 1</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Target loss</source>
        <translation>目标损失</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>改变</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>开始赛跑</translation>
    </message>
    <message>
        <source>Choose %1 to %2 values (now %3).</source>
        <translation>请选择 %1 到 %2 个取值（当前 %3 个）。</translation>
    </message>
    <message>
        <source>Tick 2 to 6.</source>
        <translation>请勾选 2 到 6 项。</translation>
    </message>
    <message>
        <source>2 to 6 numbers, separated by commas.</source>
        <translation>2 到 6 个数，用逗号分隔。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>隐藏层激活函数</translation>
    </message>
    <message>
        <source>L1 rate</source>
        <translation>L1 系数</translation>
    </message>
    <message>
        <source>L2 rate</source>
        <translation>L2 系数</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>丢弃法（dropout）</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>初始化方法</translation>
    </message>
</context>
<context>
    <name>RaceDock</name>
    <message>
        <source>Target loss</source>
        <extracomment>the table and the maps are redrawn at most this often while a race runs</extracomment>
        <translation>目标损失</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The table counts the steps each run took to reach it</source>
        <translation>表格统计每次运行达到该损失所用的步数</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End every run where it is</source>
        <translation>让每次运行停在当前位置</translation>
    </message>
    <message>
        <source>Make main network</source>
        <translation>设为主网络</translation>
    </message>
    <message>
        <source>The selected run&apos;s weights and settings become the main network&apos;s</source>
        <translation>选中的运行的权重和设置成为主网络的权重和设置</translation>
    </message>
    <message>
        <source>Close race</source>
        <translation>关闭对比赛跑</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>against epochs</source>
        <translation>按轮</translation>
    </message>
    <message>
        <source>against steps</source>
        <translation>按步</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision maps</source>
        <translation>决策区域图</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>No race yet. Training → Compare… trains copies of the network side by side from its current weights, each with another value of one hyper-parameter.</source>
        <translation>还没有对比赛跑。“训练 → 比较…”会从网络的当前权重出发，并排训练它的多个副本，每个副本取某一超参数的不同值。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>已早停</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>训练
损失</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>测试
损失</translation>
    </message>
    <message>
        <source>Train
accuracy</source>
        <translation>训练
准确率</translation>
    </message>
    <message>
        <source>Test
accuracy</source>
        <translation>测试
准确率</translation>
    </message>
    <message>
        <source>Steps to
loss %1</source>
        <translation>达到损失 %1
的步数</translation>
    </message>
    <message>
        <source>Training
time</source>
        <translation>训练
用时</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>第 %1 轮，共 %2 轮</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>racing</source>
        <translation>赛跑中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>saved race: curves only</source>
        <translation>已保存的赛跑：仅有曲线</translation>
    </message>
    <message>
        <source>%1: %2 runs, %3 — %4</source>
        <translation>%1：%2 次运行，%3 —— %4</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>RaceMaps</name>
    <message>
        <source>Decision maps</source>
        <translation>决策区域图</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>最终损失</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <extracomment>training points drawn over each small map</extracomment>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>How fast Play trains. At the slowest speed every training step is one frame (about 30 steps a second): the diagram, the loss curve and the output map show each step. Each notch to the right is about 3 times faster, up to full speed, where the window shows the newest state about 30 times a second. [ slower, ] faster.</source>
        <translation>“播放”训练的速度。最慢时每个训练步占一帧（约每秒 30 步）：网络图、损失曲线和输出图会显示每一步。向右每移动一格约快 3 倍，直到全速，此时窗口每秒约 30 次显示最新状态。[ 变慢，] 变快。</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>更慢</translation>
    </message>
    <message>
        <source>Train slower ([)</source>
        <translation>训练得更慢 ([)</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>更快</translation>
    </message>
    <message>
        <source>Train faster (])</source>
        <translation>训练得更快 (])</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Full speed: as fast as the computer trains</source>
        <translation>全速：以计算机能达到的最快速度训练</translation>
    </message>
    <message>
        <source>1 step/frame</source>
        <translation>1 步/帧</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>%1 steps a second: %2 step(s) per frame, %3 frames a second</source>
        <translation>每秒 %1 步：每帧 %2 步，每秒 %3 帧</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Each neuron adds up its inputs times their weights plus its bias (z), then applies its activation (a). The outputs become the next layer&apos;s inputs.</source>
        <translation>每个神经元把各个输入乘以对应的权重后相加，再加上偏置（z），然后应用激活函数（a）。这些输出成为下一层的输入。</translation>
    </message>
    <message>
        <source>The network&apos;s predictions are compared with the targets: the loss says how wrong they are, and δ = ∂L/∂z says how each output should change.</source>
        <translation>把网络的预测与目标比较：损失表示预测错得有多远，δ = ∂L/∂z 表示每个输出应当如何变化。</translation>
    </message>
    <message>
        <source>The error flows backwards: each weight&apos;s gradient ∂L/∂w = δ · (the value it carried), and δ is passed down through the weights to the layer below (the chain rule).</source>
        <translation>误差向后流动：每个权重的梯度 ∂L/∂w = δ ·（它传递的值），δ 再经由权重传给下面一层（链式法则）。</translation>
    </message>
    <message>
        <source>Every weight moves a little against its gradient (the optimizer&apos;s rule), so the loss should be smaller next time.</source>
        <translation>每个权重都逆着它的梯度移动一点（按优化器的规则），这样下一次的损失应当更小。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Press Next phase to run a training step one phase at a time.</source>
        <translation>按“下一阶段”，一次一个阶段地执行训练步。</translation>
    </message>
    <message>
        <source>◀ Previous phase</source>
        <translation>◀ 上一阶段</translation>
    </message>
    <message>
        <source>Go back one phase (Left)</source>
        <translation>退回一个阶段 (Left)</translation>
    </message>
    <message>
        <source>Next phase ▶</source>
        <translation>下一阶段 ▶</translation>
    </message>
    <message>
        <source>Run the next phase of this training step (Right)</source>
        <translation>执行这个训练步的下一个阶段 (Right)</translation>
    </message>
    <message>
        <source>Next step ▶▶</source>
        <translation>下一步 ▶▶</translation>
    </message>
    <message>
        <source>Finish this training step, or run a whole one (Shift+Right)</source>
        <translation>完成这个训练步，或者完整执行一步 (Shift+Right)</translation>
    </message>
    <message>
        <source>Next epoch ▶▶|</source>
        <translation>下一轮 ▶▶|</translation>
    </message>
    <message>
        <source>Train to the end of this pass over the data (Ctrl+Right)</source>
        <translation>训练到本轮结束，即走完这一遍数据 (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Which sample of the batch the formulas follow</source>
        <translation>公式跟随批中的哪一个样本</translation>
    </message>
    <message>
        <source>of 1</source>
        <translation>/ 1</translation>
    </message>
    <message>
        <source>Batch mean</source>
        <translation>批均值</translation>
    </message>
    <message>
        <source>Show the mean over the batch instead of one sample (gradients are batch totals)</source>
        <translation>显示整个批的均值，而不是单个样本（梯度为整个批的总和）</translation>
    </message>
    <message>
        <source>Go back to an earlier training step</source>
        <translation>回到较早的训练步</translation>
    </message>
    <message>
        <source>step 0</source>
        <translation>第 0 步</translation>
    </message>
    <message>
        <source>Traced sample</source>
        <translation>被追踪的样本</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Training (Play)</source>
        <translation>训练中（播放）</translation>
    </message>
    <message>
        <source>Pause to step through one training step.</source>
        <translation>暂停后可以逐步执行一个训练步。</translation>
    </message>
    <message>
        <source>Step {s} done. Next: {p} of step {n}.</source>
        <translation>第 {s} 步已完成。接下来：第 {n} 步的{p}。</translation>
    </message>
    <message>
        <source>Step {s} is complete: the weights have moved. Next: {p} of step {n}.</source>
        <translation>第 {s} 步已完成：权重已经更新。接下来：第 {n} 步的{p}。</translation>
    </message>
    <message>
        <source>Step {s}, phase {i} of {m}. Next: {p}.</source>
        <translation>第 {s} 步，阶段 {i}/{m}。接下来：{p}。</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>/ {n}</translation>
    </message>
    <message>
        <source>Go back to an earlier training step (steps {a}–{b} are kept)</source>
        <translation>回到较早的训练步（保留了第 {a}–{b} 步）</translation>
    </message>
    <message>
        <source>step {s}</source>
        <translation>第 {s} 步</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>StoppedState</name>
    <message>
        <source>Restart training</source>
        <translation>重新启动训练</translation>
    </message>
    <message>
        <source>Start the training process again, from the last state it saved</source>
        <translation>从训练进程最后保存的状态重新启动它</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>The training process is stopped: Training → Restart training starts it again.</source>
        <translation>训练进程已停止：“训练 → 重新启动训练”可以再次启动它。</translation>
    </message>
</context>
<context>
    <name>ToySurfacePanel</name>
    <message>
        <source>Long narrow valley</source>
        <extracomment>a learning rate and steps each surface shows well with: SGD stays stable, and at least one optimizer reaches the minimum (momentum along Rosenbrock&apos;s banana, for one) a path &quot;arrives&quot; once f is below this (the table of steps in the caption)</extracomment>
        <translation>狭长山谷</translation>
    </message>
    <message>
        <source>Rosenbrock</source>
        <translation>Rosenbrock</translation>
    </message>
    <message>
        <source>Beale</source>
        <translation>Beale</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>The function the optimizers descend</source>
        <translation>优化器要下降的函数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Learning rate, the same for every optimizer</source>
        <translation>学习率，所有优化器都相同</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>escaped</source>
        <translation>逃出范围</translation>
    </message>
    <message>
        <source>f &lt; 0.001 after %1 steps</source>
        <translation>%1 步后 f &lt; 0.001</translation>
    </message>
    <message>
        <source>ends at (%1, %2)</source>
        <translation>终点 (%1, %2)</translation>
    </message>
    <message>
        <source>%1 from (%2, %3), learning rate %4.</source>
        <translation>%1，起点 (%2, %3)，学习率 %4。</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Start a race (Compare…) to slice along its paths.</source>
        <translation>先开始一次对比赛跑（比较…），才能沿它的路径取切片。</translation>
    </message>
    <message>
        <source>The race&apos;s paths are too short yet: let it run on.</source>
        <translation>对比赛跑的路径还太短：让它继续运行。</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly (exit code %1) and was not restarted again. Save and Export still work, from the last state it saved; Training → Restart training starts it again from there.</source>
        <translation>训练进程意外结束（退出码 %1），并且没有再次重新启动。保存和导出仍然可用，使用的是它最后保存的状态；“训练 → 重新启动训练”会从那里再次启动它。</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly (exit code %1). It was restarted from step %2, the last state it had saved.</source>
        <translation>训练进程意外结束（退出码 %1）。它已从第 %2 步，即它最后保存的状态，重新启动。</translation>
    </message>
    <message>
        <source>The training process could not start: %1</source>
        <translation>训练进程无法启动：%1</translation>
    </message>
    <message>
        <source>There is no race to promote from.</source>
        <extracomment>a race trains in chunks of about this long between two looks at the command queue a racing worker publishes a snapshot at most this often the runs&apos; decision maps are drawn again at most this often (each is a pass over the grid)</extracomment>
        <translation>没有对比赛跑，无法从中选出主网络。</translation>
    </message>
    <message>
        <source>The data changed since the race began: start a new race.</source>
        <translation>对比赛跑开始后数据已经改变：请开始新的对比赛跑。</translation>
    </message>
    <message>
        <source>Run %1 is now the main network.</source>
        <translation>运行 %1 现在是主网络。</translation>
    </message>
    <message>
        <source>Step %1 was dropped: training goes on from step %3.</source>
        <translation>第 %1 步已被舍弃：训练从第 %3 步继续。</translation>
    </message>
    <message>
        <source>Steps %1–%2 were dropped: training goes on from step %3.</source>
        <translation>第 %1–%2 步已被舍弃：训练从第 %3 步继续。</translation>
    </message>
    <message>
        <source>Internal error while applying %1: %2</source>
        <translation>应用 %1 时发生内部错误：%2</translation>
    </message>
    <message>
        <source>Training stopped early; press Reset to start again.</source>
        <translation>训练已早停；按“重置”重新开始。</translation>
    </message>
    <message>
        <source>Nothing to step back to: go back further with the timeline.</source>
        <translation>没有可以退回的步：请用时间轴退回更早的位置。</translation>
    </message>
    <message>
        <source>The network has %1 inputs but the data has %2 features.</source>
        <translation>网络有 %1 个输入，但数据有 %2 个特征。</translation>
    </message>
    <message>
        <source>The output layer has %1 units but %2 on this data needs %3.</source>
        <translation>输出层有 %1 个单元，但在这份数据上 %2 需要 %3 个。</translation>
    </message>
    <message>
        <source>Input features can only be chosen for 2-D data.</source>
        <translation>只有二维（2-D）数据才能选择输入特征。</translation>
    </message>
    <message>
        <source>%1: the value must be a finite number.</source>
        <translation>%1：值必须是有限的数。</translation>
    </message>
    <message>
        <source>There is no parameter called %1.</source>
        <translation>没有名为 %1 的参数。</translation>
    </message>
    <message>
        <source>%1: index out of range for shape %2.</source>
        <translation>%1：索引超出形状 %2 的范围。</translation>
    </message>
    <message>
        <source>Early stopping: the test loss did not improve for %1 epochs; the best weights are restored.</source>
        <translation>早停：测试损失已连续 %1 轮没有改善；已恢复最好的权重。</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Weight %1 (to unit %2 from unit %3)</source>
        <translation>权重 %1（从单元 %3 到单元 %2）</translation>
    </message>
    <message>
        <source>This layer&apos;s weights are frozen: training will not change it.</source>
        <translation>这一层的权重已冻结：训练不会改变它。</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1：%2 不是一个数</translation>
    </message>
    <message>
        <source>%1: the weight must be a finite number, not %2</source>
        <translation>%1：权重必须是有限的数，而不是 %2</translation>
    </message>
</context>
<context>
    <name>WeightPicker</name>
    <message>
        <source>Parameter</source>
        <extracomment>the grid&apos;s points along each axis (odd: the current weights are one of them) a landscape is computed on at most this many training rows while a race runs, its paths are refreshed this often (seconds)</extracomment>
        <translation>参数</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>Softmax mixes all outputs, so δ goes through its whole Jacobian, not one slope.</source>
        <translation>softmax 把所有输出混合在一起，所以 δ 要经过它的整个雅可比矩阵，而不只是一个斜率。</translation>
    </message>
    <message>
        <source>(mean over the batch)</source>
        <translation>(批均值)</translation>
    </message>
    <message>
        <source>(mean over the batch of each sample&apos;s ∂L/∂a · ∂a/∂z)</source>
        <translation>(批中每个样本的 ∂L/∂a · ∂a/∂z 的均值)</translation>
    </message>
    <message>
        <source>∂L/∂a: how much the loss changes when this neuron&apos;s output changes.</source>
        <translation>∂L/∂a：这个神经元的输出变化时，损失变化多少。</translation>
    </message>
    <message>
        <source>δ = 0 because this neuron was dropped for this sample (mask 0): no gradient flows back through a neuron that passed nothing forward.</source>
        <translation>δ = 0，因为这个神经元在这个样本上被丢弃了（mask 为 0）：一个在前向传播中什么也没有传出的神经元，也不会有梯度经它传回。</translation>
    </message>
    <message>
        <source>∂L/∂a collects the δ of every neuron this one feeds, each times the weight between them.</source>
        <translation>∂L/∂a 汇集了这个神经元所连接的每个神经元的 δ，各自乘以它们之间的权重。</translation>
    </message>
    <message>
        <source>softmax with cross-entropy</source>
        <translation>softmax 配交叉熵</translation>
    </message>
    <message>
        <source>sigmoid with binary cross-entropy</source>
        <translation>sigmoid 配二元交叉熵</translation>
    </message>
    <message>
        <source>For {which} the chain rule ∂L/∂a · ∂a/∂z collapses to a − y: the 1/a of the loss&apos;s derivative cancels against the activation&apos;s slope. The engine uses a − y directly, which is exact and never overflows.</source>
        <translation>对于 {which}，链式法则 ∂L/∂a · ∂a/∂z 化简为 a − y：损失导数中的 1/a 与激活函数的斜率相互抵消。引擎直接使用 a − y，这是精确的，而且永远不会溢出。</translation>
    </message>
    <message>
        <source>(over the neurons it feeds)</source>
        <translation>(对它所连接的神经元求和)</translation>
    </message>
    <message>
        <source>this weight&apos;s term</source>
        <translation>这个权重的项</translation>
    </message>
    <message>
        <source>mean of a = f(z) over the batch = {a}</source>
        <translation>a = f(z) 在批上的均值 = {a}</translation>
    </message>
    <message>
        <source>Batch mean: z = {z}, a = {a}</source>
        <translation>批均值：z = {z}，a = {a}</translation>
    </message>
    <message>
        <source>the inputs x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>the outputs a of layer {k}</source>
        <translation>第 {k} 层的输出 a</translation>
    </message>
    <message>
        <source>Each incoming value ({prev}) times its weight, summed with the bias, then the activation {act}.</source>
        <translation>每个传入的值（{prev}）乘以它的权重，求和后加上偏置，再经过激活函数 {act}。</translation>
    </message>
    <message>
        <source>{phase}: {who}</source>
        <translation>{phase}：{who}</translation>
    </message>
    <message>
        <source>mean over the batch</source>
        <translation>批均值</translation>
    </message>
    <message>
        <source>dropped for {d} of the {n} samples</source>
        <translation>在 {n} 个样本中有 {d} 个被丢弃</translation>
    </message>
    <message>
        <source>This neuron was dropped for this sample (mask 0): the next layer sees 0 from it, and its δ will be 0, so none of its weights learns from this sample.</source>
        <translation>这个神经元在这个样本上被丢弃了（mask 为 0）：下一层从它那里得到 0，它的 δ 也将是 0，所以它的权重都不会从这个样本中学到东西。</translation>
    </message>
    <message>
        <source>Dropout: a mask of 0 switches the neuron off for this step; kept ones are scaled by 1/keep.</source>
        <translation>丢弃法（dropout）：mask 为 0 会在这一步关闭该神经元；保留下来的神经元乘以 1/keep 放大。</translation>
    </message>
    <message>
        <source>prediction a = {a}, target y = {y}</source>
        <translation>预测 a = {a}，目标 y = {y}</translation>
    </message>
    <message>
        <source>loss of this sample</source>
        <translation>这个样本的损失</translation>
    </message>
    <message>
        <source>data loss L (mean over the batch of {n}) = {v}</source>
        <translation>数据损失 L（对 {n} 个样本的批求均值）= {v}</translation>
    </message>
    <message>
        <source>The loss measures how far the predictions are from the targets: {f}.</source>
        <translation>损失衡量预测与目标相差多远：{f}。</translation>
    </message>
    <message>
        <source>this output&apos;s share of the loss, mean over the batch = {v}</source>
        <translation>这个输出在损失中所占的份额，在批上的均值 = {v}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Inputs are data, not learned: backpropagation stops here.</source>
        <translation>输入是数据，不是学出来的：反向传播到这里为止。</translation>
    </message>
    <message>
        <source>{phase}: δ of this neuron</source>
        <translation>{phase}：这个神经元的 δ</translation>
    </message>
    <message>
        <source>δ = {d} (from the layer above)</source>
        <translation>δ = {d}（来自上一层）</translation>
    </message>
    <message>
        <source>∂L/∂b (batch total) = {v}</source>
        <translation>∂L/∂b（批总和）= {v}</translation>
    </message>
    <message>
        <source>{phase}: gradients of the incoming weights</source>
        <translation>{phase}：传入权重的梯度</translation>
    </message>
    <message>
        <source>Each incoming weight&apos;s gradient is this δ times the value that weight carried.</source>
        <translation>每个传入权重的梯度等于这个 δ 乘以该权重传递的值。</translation>
    </message>
    <message>
        <source>{k} more terms: {v}</source>
        <extracomment>a sum of more terms than this is written as its first three terms, the subtotal of the terms in between and its last term</extracomment>
        <translation>另外 {k} 项：{v}</translation>
    </message>
    <message>
        <source>mean over the batch of {n}</source>
        <translation>{n} 个样本的批均值</translation>
    </message>
    <message>
        <source>sample {r} of the batch of {n}</source>
        <translation>{n} 个样本的批中的第 {r} 个样本</translation>
    </message>
    <message>
        <source>the one training sample</source>
        <translation>唯一的训练样本</translation>
    </message>
    <message>
        <source>input {u}</source>
        <translation>输入 {u}</translation>
    </message>
    <message>
        <source>output neuron {u}</source>
        <translation>输出神经元 {u}</translation>
    </message>
    <message>
        <source>neuron {u} of hidden layer {k}</source>
        <translation>隐藏层 {k} 的神经元 {u}</translation>
    </message>
    <message>
        <source>Press Next phase to run a training step phase by phase.</source>
        <translation>按“下一阶段”，逐个阶段地执行一个训练步。</translation>
    </message>
    <message>
        <source>Nothing stepped yet</source>
        <extracomment>neurons listed one by one before &quot;… and m more&quot;</extracomment>
        <translation>还没有执行任何阶段</translation>
    </message>
    <message>
        <source>Press Next phase to run a training step phase by phase; click a neuron or a weight to see its numbers.</source>
        <translation>按“下一阶段”，逐个阶段地执行一个训练步；点击神经元或权重查看它的数值。</translation>
    </message>
    <message>
        <source>Click a neuron or a weight in the diagram to see its formula with the numbers.</source>
        <translation>点击图中的神经元或权重，查看带入数值的公式。</translation>
    </message>
    <message>
        <source>… and {m} more</source>
        <translation>… 以及另外 {m} 个</translation>
    </message>
    <message>
        <source>every neuron: z = Σ w·a + b, then a = {act}(z)</source>
        <translation>每个神经元：z = Σ w·a + b，然后 a = {act}(z)</translation>
    </message>
    <message>
        <source>Click a neuron to see its sum term by term.</source>
        <translation>点击一个神经元，逐项查看它的求和。</translation>
    </message>
    <message>
        <source>(dropped)</source>
        <translation>(已丢弃)</translation>
    </message>
    <message>
        <source>Dropout: out = a × mask is what the next layer sees; a dropped neuron sends 0.</source>
        <translation>丢弃法（dropout）：out = a × mask 是下一层看到的值；被丢弃的神经元传出 0。</translation>
    </message>
    <message>
        <source>output {u}: prediction {a}, target {y}</source>
        <translation>输出 {u}：预测 {a}，目标 {y}</translation>
    </message>
    <message>
        <source>data loss L = {v}</source>
        <translation>数据损失 L = {v}</translation>
    </message>
    <message>
        <source>regularization {f} (weights only) = {v}</source>
        <translation>正则化 {f}（仅权重）= {v}</translation>
    </message>
    <message>
        <source>total loss L = {v}</source>
        <translation>总损失 L = {v}</translation>
    </message>
    <message>
        <source>Click an output neuron to see its share of the loss and its δ.</source>
        <translation>点击一个输出神经元，查看它在损失中的份额和它的 δ。</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z of each neuron of layer {k}:</source>
        <translation>第 {k} 层每个神经元的 δ = ∂L/∂z：</translation>
    </message>
    <message>
        <source>largest |∂L/∂W{k}| = {v}</source>
        <translation>最大的 |∂L/∂W{k}| = {v}</translation>
    </message>
    <message>
        <source>Click a weight to see its gradient by the chain rule, factor by factor.</source>
        <translation>点击一个权重，按链式法则逐个因子查看它的梯度。</translation>
    </message>
    <message>
        <source>δ passed down to layer {j}: δ_prev = (δ · W) ⊙ mask ⊙ f′(z_prev)</source>
        <translation>δ 传到第 {j} 层：δ_prev = (δ · W) ⊙ mask ⊙ f′(z_prev)</translation>
    </message>
    <message>
        <source>The dropout mask of layer {j} is in δ_prev: a neuron dropped for a sample gets δ = 0 for it.</source>
        <translation>第 {j} 层的丢弃掩码包含在 δ_prev 中：在某个样本上被丢弃的神经元，在该样本上得到 δ = 0。</translation>
    </message>
    <message>
        <source>δ passed down to layer {j}: δ_prev = (δ · W) ⊙ f′(z_prev)</source>
        <translation>δ 传到第 {j} 层：δ_prev = (δ · W) ⊙ f′(z_prev)</translation>
    </message>
    <message>
        <source>W{k}: largest change {v}</source>
        <translation>W{k}：最大变化量 {v}</translation>
    </message>
    <message>
        <source>Click a weight to see its old value, gradient, step and new value.</source>
        <translation>点击一个权重，查看它的旧值、梯度、步长和新值。</translation>
    </message>
    <message>
        <source>(every weight of every layer; biases are not regularized)</source>
        <translation>（每一层的每个权重；偏置不参与正则化）</translation>
    </message>
    <message>
        <source>regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>总损失</translation>
    </message>
    <message>
        <source>L2 regularization adds ½λ₂·ΣW² over every weight to the loss, biases excluded; its derivative λ₂·w is added to each weight&apos;s gradient in the backward pass. Keras&apos;s l2(λ) adds λ·ΣW² without the ½, so it equals λ₂ = 2λ here.</source>
        <translation>L2 正则化在损失上加上对所有权重求和的 ½λ₂·ΣW²，不含偏置；在反向传播中，它的导数 λ₂·w 被加到每个权重的梯度上。Keras 的 l2(λ) 加的是不带 ½ 的 λ·ΣW²，所以它相当于这里的 λ₂ = 2λ。</translation>
    </message>
    <message>
        <source>L1 regularization adds λ₁·Σ|W| over every weight to the loss, biases excluded; its derivative λ₁·sign(w) is added to each weight&apos;s gradient in the backward pass.</source>
        <translation>L1 正则化在损失上加上对所有权重求和的 λ₁·Σ|W|，不含偏置；在反向传播中，它的导数 λ₁·sign(w) 被加到每个权重的梯度上。</translation>
    </message>
    <message>
        <source>The λ term is the derivative of the regularization {r} that the loss adds for every weight.</source>
        <translation>λ 项是损失为每个权重加上的正则化项 {r} 的导数。</translation>
    </message>
    <message>
        <source>Biases are not regularized: their gradient has no λ term.</source>
        <translation>偏置不参与正则化：它们的梯度没有 λ 项。</translation>
    </message>
    <message>
        <source>{s} is frozen: it keeps its value {v}</source>
        <extracomment>optimizer → {its state buffer (as torch.optim names it): the letter the text uses}</extracomment>
        <translation>{s} 已冻结：它保持原值 {v}</translation>
    </message>
    <message>
        <source>(its gradient {g} was computed but is not applied)</source>
        <translation>（它的梯度 {g} 已经算出，但没有应用）</translation>
    </message>
    <message>
        <source>Frozen parameters take part in the forward pass but never learn.</source>
        <translation>冻结的参数参与前向传播，但从不学习。</translation>
    </message>
    <message>
        <source>Gradient descent: move against the gradient, by the learning rate η times its size.</source>
        <translation>梯度下降：逆着梯度移动，移动量为学习率 η 乘以梯度的大小。</translation>
    </message>
    <message>
        <source>rule ({opt}): {f}</source>
        <translation>规则（{opt}）：{f}</translation>
    </message>
    <message>
        <source>{opt} keeps a memory of past gradients (its state), so its step is not simply η·g.</source>
        <translation>{opt} 保存了过去梯度的记忆（它的状态），所以它的一步并不只是 η·g。</translation>
    </message>
    <message>
        <source>effective learning rate</source>
        <translation>有效学习率</translation>
    </message>
    <message>
        <source>The effective learning rate is negative: the memory of earlier gradients points the other way than this batch&apos;s gradient and outweighs it, so this step moves {p} uphill for this batch.</source>
        <translation>有效学习率为负：对先前梯度的记忆与这个批的梯度方向相反，并且压过了它，所以对这个批而言，这一步让 {p} 往上坡走。</translation>
    </message>
    <message>
        <source>On Adam&apos;s first step m̂ = g and v̂ = g², so m̂/√v̂ = g/|g| = ±1: every weight moves by about ±η = ±{lr}, whatever the size of its gradient.</source>
        <translation>在 Adam 的第一步，m̂ = g 且 v̂ = g²，所以 m̂/√v̂ = g/|g| = ±1：无论梯度大小如何，每个权重都移动约 ±η = ±{lr}。</translation>
    </message>
    <message>
        <source>The gradient includes the regularization term.</source>
        <translation>梯度包含正则化项。</translation>
    </message>
    <message>
        <source>Biases are not regularized: g is the data gradient alone.</source>
        <translation>偏置不参与正则化：g 只是数据的梯度。</translation>
    </message>
    <message>
        <source>(the first step: v starts as g)</source>
        <translation>（第一步：v 的初值为 g）</translation>
    </message>
    <message>
        <source>t = {t} (this parameter&apos;s updates so far, this one included)</source>
        <translation>t = {t}（这个参数到目前为止的更新次数，包括这一次）</translation>
    </message>
    <message>
        <source>input {j}</source>
        <translation>输入 {j}</translation>
    </message>
    <message>
        <source>weight {name}: {src} → {dst} — {who}</source>
        <translation>权重 {name}：{src} → {dst} —— {who}</translation>
    </message>
    <message>
        <source>bias {name} of {who} — {w}</source>
        <translation>{who} 的偏置 {name} —— {w}</translation>
    </message>
    <message>
        <source>{phase}: gradient of this weight</source>
        <translation>{phase}：这个权重的梯度</translation>
    </message>
    <message>
        <source>{phase}: gradient of this bias</source>
        <translation>{phase}：这个偏置的梯度</translation>
    </message>
    <message>
        <source>check by finite differences: (L({p} + h) − L({p} − h)) / 2h = {fd} (h = {h:g}); backprop {bp}; relative difference {rel}</source>
        <translation>用有限差分检验：(L({p} + h) − L({p} − h)) / 2h = {fd}（h = {h:g}）；反向传播 {bp}；相对差异 {rel}</translation>
    </message>
    <message>
        <source>∂L/∂{p} = Σ over the batch of δ · {a} (1/n is inside δ) = {v}</source>
        <translation>∂L/∂{p} = Σ δ · {a}（对批求和，1/n 已包含在 δ 中）= {v}</translation>
    </message>
    <message>
        <source>batch total of the samples&apos; shares: Σ of the {n} shares δ · {a} = {v}</source>
        <translation>各样本份额的批总和：{n} 个份额之和 Σ δ · {a} = {v}</translation>
    </message>
    <message>
        <source>∂L/∂{p} = Σ over the batch of δ = {v}</source>
        <translation>∂L/∂{p} = Σ δ（对批求和）= {v}</translation>
    </message>
    <message>
        <source>batch total ∂L/∂{p} = Σ of the {n} samples&apos; δ = {v}</source>
        <translation>批总和 ∂L/∂{p} = Σ δ（{n} 个样本之和）= {v}</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>activation a and prediction ŷ</source>
        <translation>激活值 a 与预测 ŷ</translation>
    </message>
    <message>
        <source>a is a neuron&apos;s output, its activation a = f(z). The network&apos;s prediction ŷ (&quot;y hat&quot;) is the a of the output layer; books write ŷ, this app writes a in every layer, so ŷ = a of the last layer. y is the target, the answer the prediction should have given.</source>
        <translation>a 是神经元的输出，即它的激活值 a = f(z)。网络的预测 ŷ（读作“y hat”）就是输出层的 a；教科书写作 ŷ，本程序在每一层都写作 a，所以 ŷ = 最后一层的 a。y 是目标，即预测本应给出的答案。</translation>
    </message>
    <message>
        <source>loss L (error E)</source>
        <translation>损失 L（误差 E）</translation>
    </message>
    <message>
        <source>One number that says how far the predictions are from the targets; training makes it smaller. Matt Mazur&apos;s post calls it E (error), E_total for the sum over the outputs; this app calls it L. Both are the same thing: L of the worked example is E_total.</source>
        <translation>一个数，表示预测与目标相差多远；训练就是让它变小。Matt Mazur 的文章称之为 E（误差，error），对所有输出求和后记作 E_total；本程序称之为 L。两者是同一回事：那个手算例题中的 L 就是 E_total。</translation>
    </message>
    <message>
        <source>weighted sum z</source>
        <translation>加权和 z</translation>
    </message>
    <message>
        <source>What a neuron computes before its activation: every incoming value times its weight, summed, plus the bias: z = Σ wⱼaⱼ + b. Mazur&apos;s post calls it net (net_h1).</source>
        <translation>神经元在激活之前计算的量：每个传入的值乘以它的权重，求和，再加上偏置：z = Σ wⱼaⱼ + b。Mazur 的文章称之为 net（net_h1）。</translation>
    </message>
    <message>
        <source>weight w and bias b</source>
        <translation>权重 w 与偏置 b</translation>
    </message>
    <message>
        <source>The numbers training learns. W2[1,3] is the weight into neuron 1 of layer 2 from neuron 3 of layer 1 (rows: the neuron it goes into; columns: where it comes from; both counted from 1). b2[1] is the bias of neuron 1 of layer 2, a value added to its weighted sum.</source>
        <translation>训练要学习的数。W2[1,3] 是从第 1 层的神经元 3 进入第 2 层的神经元 1 的权重（行：进入的神经元；列：来自哪里；都从 1 开始计数）。b2[1] 是第 2 层神经元 1 的偏置，这个值会加到它的加权和上。</translation>
    </message>
    <message>
        <source>gradient ∂L/∂w</source>
        <translation>梯度 ∂L/∂w</translation>
    </message>
    <message>
        <source>How much the loss changes when one weight changes a little: the slope of the loss along that weight. Gradient descent moves each weight against its gradient. The optimizer&apos;s rules call it g.</source>
        <translation>某个权重稍微变化时损失变化多少：损失沿这个权重方向的斜率。梯度下降让每个权重逆着它的梯度移动。优化器的规则中把它记作 g。</translation>
    </message>
    <message>
        <source>delta δ</source>
        <translation>误差项 δ（delta）</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z: how much the loss changes when a neuron&apos;s weighted sum z changes. Backpropagation computes δ for the output layer from the loss, then layer by layer downwards; a weight&apos;s gradient is the δ of the neuron it feeds times the value it carried.</source>
        <translation>δ = ∂L/∂z：神经元的加权和 z 变化时损失变化多少。反向传播先根据损失算出输出层的 δ，再逐层向下计算；一个权重的梯度等于它所连接的（下游）神经元的 δ 乘以它传递的值。</translation>
    </message>
    <message>
        <source>slope of the activation f′</source>
        <translation>激活函数的斜率 f′</translation>
    </message>
    <message>
        <source>f′(z) = ∂a/∂z, how steeply the activation f rises at z. For the sigmoid σ′(z) = a(1 − a), for tanh 1 − a², for ReLU 1 where z &gt; 0 and 0 elsewhere.</source>
        <translation>f′(z) = ∂a/∂z，激活函数 f 在 z 处上升得有多陡。对于 sigmoid，σ′(z) = a(1 − a)；对于 tanh，为 1 − a²；对于 ReLU，z &gt; 0 处为 1，其他地方为 0。</translation>
    </message>
    <message>
        <source>elementwise product ⊙</source>
        <translation>逐元素乘积 ⊙</translation>
    </message>
    <message>
        <source>u ⊙ v multiplies two vectors entry by entry: (u ⊙ v)ᵢ = uᵢ·vᵢ. In δ_prev = (δ·W) ⊙ f′(z_prev) each neuron&apos;s share of the error is multiplied by its own slope.</source>
        <translation>u ⊙ v 把两个向量逐个元素相乘：(u ⊙ v)ᵢ = uᵢ·vᵢ。在 δ_prev = (δ·W) ⊙ f′(z_prev) 中，每个神经元分到的误差都乘以它自己的斜率。</translation>
    </message>
    <message>
        <source>sigmoid σ</source>
        <translation>sigmoid σ</translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e^(−z)), an activation that squashes any number into 0…1.</source>
        <translation>σ(z) = 1 / (1 + e^(−z))，一个把任何数压缩到 0…1 之间的激活函数。</translation>
    </message>
    <message>
        <source>logarithm log</source>
        <translation>对数 log</translation>
    </message>
    <message>
        <source>log is the natural logarithm (base e, often written ln), as in PyTorch and NumPy: log(e) = 1.</source>
        <translation>log 是自然对数（以 e 为底，常写作 ln），与 PyTorch 和 NumPy 相同：log(e) = 1。</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>An output activation for classes: aᵢ = e^(zᵢ) / Σⱼ e^(zⱼ). The outputs are positive and add up to 1, so they read as the probability of each class.</source>
        <translation>用于分类的输出激活函数：aᵢ = e^(zᵢ) / Σⱼ e^(zⱼ)。各输出都为正且总和为 1，所以可以看作每个类别的概率。</translation>
    </message>
    <message>
        <source>one-hot target</source>
        <translation>独热编码目标</translation>
    </message>
    <message>
        <source>A class written as a vector with 1 for the right class and 0 elsewhere: class 2 of 3 is (0, 1, 0). The network&apos;s outputs are compared with it.</source>
        <translation>把一个类别写成向量，正确类别处为 1，其他位置为 0：3 个类别中的类别 2 是 (0, 1, 0)。网络的输出与它进行比较。</translation>
    </message>
    <message>
        <source>cross-entropy (CCE, BCE)</source>
        <translation>交叉熵（CCE、BCE）</translation>
    </message>
    <message>
        <source>A loss for classification: −log of the probability the network gave the right class (CCE, with softmax), or −[y·log a + (1 − y)·log(1 − a)] for one yes/no output (BCE, with a sigmoid). Confident wrong answers cost a lot.</source>
        <translation>用于分类的损失：网络给正确类别的概率取 −log（CCE，配 softmax），或者对于单个是/否输出取 −[y·log a + (1 − y)·log(1 − a)]（BCE，配 sigmoid）。自信却答错的代价很高。</translation>
    </message>
    <message>
        <source>squared error (MSE, SSE)</source>
        <translation>平方误差（MSE、SSE）</translation>
    </message>
    <message>
        <source>A loss for numbers: MSE is the mean of (a − y)² over the batch and the outputs (as PyTorch&apos;s MSELoss); SSE is ½·Σ(a − y)² over the outputs, averaged over the batch (Mazur&apos;s E_total for one sample). The ½ cancels the 2 of the derivative.</source>
        <translation>用于数值的损失：MSE 是 (a − y)² 在批和所有输出上的均值（与 PyTorch 的 MSELoss 相同）；SSE 是对所有输出求和的 ½·Σ(a − y)²，再在批上取平均（对单个样本即 Mazur 的 E_total）。½ 正好抵消求导时出现的 2。</translation>
    </message>
    <message>
        <source>batch, SGD and mini-batch</source>
        <translation>批量、SGD 与小批量</translation>
    </message>
    <message>
        <source>The rows used for one step; n is their number. A batch size of 1 is stochastic gradient descent (SGD), a batch of the whole training set is batch gradient descent, anything in between is mini-batch gradient descent. Every loss here is a mean over the batch, so each sample&apos;s δ carries a factor 1/n and a weight&apos;s gradient is the sum of the samples&apos; shares.</source>
        <translation>一步所用的那些行（样本）；n 是它们的数目。批大小为 1 是随机梯度下降 (SGD)，批为整个训练集是批量梯度下降，介于两者之间的是小批量梯度下降。这里的每个损失都是在批上的均值，所以每个样本的 δ 都带有因子 1/n，一个权重的梯度是各样本份额之和。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>One update of the weights on one batch: forward pass, loss, backward pass, update. Δw is how far the step moves a weight (w ← w − Δw); t counts the optimizer&apos;s steps.</source>
        <translation>在一个批上对权重的一次更新：前向传播、损失、反向传播、更新。Δw 是这一步让权重移动的量（w ← w − Δw）；t 记录优化器执行的步数。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮（epoch）</translation>
    </message>
    <message>
        <source>One pass over the whole (shuffled) training set: as many steps as there are batches in it.</source>
        <translation>把整个（打乱顺序的）训练集过一遍：步数等于其中批的个数。</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>η (eta) sets the size of the steps: plain gradient descent moves a weight by η times its gradient. Too large and the loss jumps about or diverges; too small and training crawls.</source>
        <translation>η（eta）决定步子的大小：普通的梯度下降让权重移动 η 乘以它的梯度。太大，损失会来回跳动甚至发散；太小，训练会慢如蜗牛。</translation>
    </message>
    <message>
        <source>effective learning rate</source>
        <translation>有效学习率</translation>
    </message>
    <message>
        <source>The step a weight actually took divided by its gradient, Δw / g. For plain gradient descent it is η; Momentum, Adam and the others change it weight by weight. It is negative when the optimizer&apos;s memory of earlier gradients points the other way than this batch&apos;s gradient and outweighs it: the weight then moves uphill for this batch.</source>
        <translation>权重实际走的一步除以它的梯度，即 Δw / g。对于普通的梯度下降，它就是 η；动量、Adam 等优化器会对每个权重分别改变它。当优化器对先前梯度的记忆与这个批的梯度方向相反并且压过它时，有效学习率为负：此时对这个批而言，权重往上坡走。</translation>
    </message>
    <message>
        <source>momentum μ and velocity v</source>
        <translation>动量 μ 与速度 v</translation>
    </message>
    <message>
        <source>Momentum keeps a velocity v per weight, v ← μ·v + g, and steps by η·v: steps gather speed along a steady slope and cancel out when the gradient flips. μ (mu) is the share of the old velocity kept, usually 0.9; μ = 0 is plain gradient descent. Nesterov steps by η·(g + μ·v), looking one step ahead.</source>
        <translation>动量法为每个权重保存一个速度 v，v ← μ·v + g，并按 η·v 迈步：沿着持续的坡，步子越走越快；梯度反向时，步子相互抵消。μ（mu）是保留的旧速度所占的比例，通常为 0.9；μ = 0 就是普通的梯度下降。Nesterov 按 η·(g + μ·v) 迈步，相当于向前多看一步。</translation>
    </message>
    <message>
        <source>optimizer state m, v, G, s</source>
        <translation>优化器状态 m、v、G、s</translation>
    </message>
    <message>
        <source>What an optimizer remembers per weight between steps. Momentum and Nesterov: the velocity v. Adagrad: G, the running sum of squared gradients. RMSprop: s, the running average of squared gradients. Adam: m, the running average of the gradients, and v, that of the squared gradients. The letters never stand for a weight w or a bias b.</source>
        <translation>优化器在两步之间为每个权重记住的东西。动量法和 Nesterov：速度 v。Adagrad：G，梯度平方的累加和。RMSprop：s，梯度平方的滑动平均。Adam：m，梯度的滑动平均，以及 v，梯度平方的滑动平均。这些字母从不表示权重 w 或偏置 b。</translation>
    </message>
    <message>
        <source>Adam&apos;s β₁ and β₂</source>
        <translation>Adam 的 β₁ 与 β₂</translation>
    </message>
    <message>
        <source>How long Adam remembers: m ← β₁·m + (1 − β₁)·g averages the gradients (β₁ = 0.9: about the last 10), v ← β₂·v + (1 − β₂)·g² their squares (β₂ = 0.999: about the last 1000).</source>
        <translation>Adam 的记忆有多长：m ← β₁·m + (1 − β₁)·g 对梯度求平均（β₁ = 0.9：大约最近 10 个），v ← β₂·v + (1 − β₂)·g² 对梯度的平方求平均（β₂ = 0.999：大约最近 1000 个）。</translation>
    </message>
    <message>
        <source>Adam&apos;s bias correction m̂, v̂</source>
        <translation>Adam 的偏差修正 m̂、v̂</translation>
    </message>
    <message>
        <source>m and v start at 0, so early on they are too small; m̂ = m / (1 − β₁ᵗ) and v̂ = v / (1 − β₂ᵗ) correct that. On the first step m̂ = g and v̂ = g², so m̂/√v̂ = g/|g| = ±1: every weight moves by about ±η, whatever the size of its gradient.</source>
        <translation>m 和 v 从 0 开始，所以起初它们偏小；m̂ = m / (1 − β₁ᵗ) 和 v̂ = v / (1 − β₂ᵗ) 修正了这一点。在第一步，m̂ = g 且 v̂ = g²，所以 m̂/√v̂ = g/|g| = ±1：无论梯度大小如何，每个权重都移动约 ±η。</translation>
    </message>
    <message>
        <source>stability term ε</source>
        <translation>稳定项 ε</translation>
    </message>
    <message>
        <source>ε (epsilon) is a tiny number added to a square root in a denominator (Adagrad, RMSprop, Adam), so that a weight whose gradients were tiny cannot take a huge step.</source>
        <translation>ε（epsilon）是加在分母中平方根上的一个极小的数（Adagrad、RMSprop、Adam），使梯度一直很小的权重不会迈出巨大的一步。</translation>
    </message>
    <message>
        <source>regularization strengths λ₁, λ₂</source>
        <translation>正则化强度 λ₁、λ₂</translation>
    </message>
    <message>
        <source>L2 adds ½λ₂·ΣW² to the loss, so each weight&apos;s gradient gets + λ₂·w (PyTorch&apos;s weight_decay); L1 adds λ₁·Σ|W|, so the gradient gets + λ₁·sign(w). Biases are not regularized. Keras&apos;s l2(λ) adds λ·ΣW² without the ½: it equals λ₂ = 2λ here.</source>
        <translation>L2 在损失上加上 ½λ₂·ΣW²，所以每个权重的梯度多出 + λ₂·w（即 PyTorch 的 weight_decay）；L1 加上 λ₁·Σ|W|，所以梯度多出 + λ₁·sign(w)。偏置不参与正则化。Keras 的 l2(λ) 加的是不带 ½ 的 λ·ΣW²：它相当于这里的 λ₂ = 2λ。</translation>
    </message>
    <message>
        <source>regularization (L1, L2)</source>
        <translation>正则化（L1、L2）</translation>
    </message>
    <message>
        <source>A penalty on large weights added to the loss, so the network prefers simple solutions and overfits less. L2 pulls every weight towards 0 in proportion to its size; L1 pulls by a fixed amount and drives small weights to exactly 0.</source>
        <translation>加在损失上的对大权重的惩罚，使网络偏向简单的解，减少过拟合。L2 按每个权重的大小成比例地把它拉向 0；L1 以固定的量拉动，会把小权重变成恰好为 0。</translation>
    </message>
    <message>
        <source>dropout and its mask</source>
        <translation>丢弃法（dropout）及其掩码</translation>
    </message>
    <message>
        <source>During training each hidden neuron is switched off at random for a step (its mask is 0), and the kept ones are scaled up by 1/keep (their mask is 1/keep), so the next layer sees the same total on average. A dropped neuron passes nothing forward and gets no gradient back: its δ is 0. Evaluation and prediction use no dropout.</source>
        <translation>训练时，每个隐藏神经元在一步中随机地被关闭（它的掩码为 0），保留下来的神经元乘以 1/keep 放大（它们的掩码为 1/keep），这样下一层平均看到的总量不变。被丢弃的神经元不向前传递任何东西，也得不到传回的梯度：它的 δ 为 0。评估和预测时不使用丢弃法。</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Blue means positive, orange negative, for weights, outputs and gradients alike; stronger colour, larger size. A positive gradient moves its weight down (w ← w − η·g): a blue gradient makes the weight smaller.</source>
        <translation>蓝色表示正，橙色表示负，对权重、输出和梯度都一样；颜色越深，数值越大。正的梯度让它的权重减小（w ← w − η·g）：蓝色的梯度使权重变小。</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>Training stops when the test loss has not improved for a number of epochs (the patience): going on would only fit the training set better, not new data.</source>
        <translation>当测试损失连续若干轮（耐心值）没有改善时，停止训练：继续训练只会更好地拟合训练集，而不是新数据。</translation>
    </message>
    <message>
        <source>overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>The training loss keeps falling while the test loss rises: the network learns the training set&apos;s noise instead of the pattern. More data, regularization, dropout and early stopping help.</source>
        <translation>训练损失不断下降，而测试损失却上升：网络学到的是训练集中的噪声，而不是其中的规律。更多的数据、正则化、丢弃法和早停都有帮助。</translation>
    </message>
    <message>
        <source>vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <source>δ is multiplied by each layer&apos;s slope f′ on its way down; sigmoid slopes are at most 0.25, so in a deep network the lower layers get tiny gradients and hardly learn. ReLU and careful initialization help.</source>
        <translation>δ 在向下传递的途中要乘以每一层的斜率 f′；sigmoid 的斜率最大为 0.25，所以在深层网络中，较低的层只得到极小的梯度，几乎学不动。ReLU 和谨慎的初始化有帮助。</translation>
    </message>
    <message>
        <source>gradient size ‖∂L/∂W‖ (RMS)</source>
        <translation>梯度大小 ‖∂L/∂W‖ (RMS)</translation>
    </message>
    <message>
        <source>How large the gradient of a whole layer is, in one number. W_k is the matrix of the weights into layer k; ‖∂L/∂W_k‖ is the size of their gradients, measured as the root mean square (RMS) of its entries, √(mean of (∂L/∂w)²): the typical size of one weight&apos;s gradient, comparable between layers of different sizes. The Training health dock draws it per layer on a log scale (each labelled line 10 times the one below): when the first layers&apos; curves lie 100 times or more below the last layer&apos;s, the gradient vanishes on its way back; far above, it explodes.</source>
        <translation>一整层的梯度有多大，用一个数表示。W_k 是进入第 k 层的权重矩阵；‖∂L/∂W_k‖ 是这些权重的梯度的大小，用其各元素的均方根 (RMS) 来衡量，即 √((∂L/∂w)² 的均值)：单个权重梯度的典型大小，可以在大小不同的层之间比较。训练健康状况面板以对数刻度逐层绘制它（每条带标注的线是下面一条的 10 倍）：如果前面几层的曲线比最后一层低 100 倍或更多，说明梯度在反向传回的途中消失了；如果高出很多，则说明梯度爆炸。</translation>
    </message>
    <message>
        <source>update-to-weight ratio ‖ΔW‖/‖W‖</source>
        <translation>更新量与权重之比 ‖ΔW‖/‖W‖</translation>
    </message>
    <message>
        <source>How much the last step changed a layer&apos;s weights, relative to their size: ‖ΔW‖ / ‖W‖, where ΔW is the step&apos;s change of the layer&apos;s weights W and ‖·‖ is the root of the sum of squares (the Frobenius norm). A rule of thumb says about 10⁻³ is healthy: each step moves the weights by about a thousandth of their size; the Training health dock shades the band from about 3·10⁻⁴ to 3·10⁻³. Far above it the learning rate is too large and the weights jump about; far below it the layer learns slowly (a learning rate too small, or vanishing gradients).</source>
        <translation>上一步使一层的权重改变了多少，相对于权重本身的大小：‖ΔW‖ / ‖W‖，其中 ΔW 是这一步对该层权重 W 的改变量，‖·‖ 是平方和的平方根（Frobenius 范数）。经验法则认为 10⁻³ 左右是健康的：每一步让权重移动其大小的千分之一左右；训练健康状况面板把约 3·10⁻⁴ 到 3·10⁻³ 的区间画成阴影带。远高于它，说明学习率太大，权重来回跳动；远低于它，说明该层学得很慢（学习率太小，或梯度消失）。</translation>
    </message>
    <message>
        <source>saturated units</source>
        <translation>饱和单元</translation>
    </message>
    <message>
        <source>A sigmoid or tanh unit is saturated where its weighted sum z lies far out on a flat end of the curve, so its slope f′(z) is nearly 0. The Training health dock counts a (unit, example) pair as saturated where |f′(z)| &lt; 0.05 (σ′ is at most 0.25, tanh′ at most 1) and draws the share of such pairs per layer. On the way back δ is multiplied by f′, so a saturated unit passes almost no gradient: it and the layers below it learn slowly. Large weights or large inputs saturate units; Xavier initialization and scaled inputs help.</source>
        <translation>当 sigmoid 或 tanh 单元的加权和 z 落在曲线平坦的两端时，它就饱和了：其斜率 f′(z) 几乎为 0。训练健康状况面板把 |f′(z)| &lt; 0.05 的（单元，样本）对算作饱和（σ′ 最大为 0.25，tanh′ 最大为 1），并逐层绘制这种对所占的比例。反向传播时 δ 要乘以 f′，所以饱和的单元几乎不向后传递梯度：它以及它下面的层都学得很慢。过大的权重或输入会使单元饱和；Xavier 初始化和缩放后的输入有帮助。</translation>
    </message>
    <message>
        <source>histogram (distribution)</source>
        <translation>直方图（分布）</translation>
    </message>
    <message>
        <source>A histogram shows how many values lie where: the range of the values is cut into bins, and each bar is as tall as the number of values in its bin. The Distributions tab of the Training health dock shows, per layer, the histogram of the weights W into it and that of its activations a = f(z) on up to 256 training examples. With &quot;Over time&quot; the histogram of each measurement becomes one column of an image, time to the right and the values upwards, darker where more values are (as TensorBoard shows a histogram over time): weights spreading out, activations piling up at the ends of the sigmoid&apos;s range (saturation) or at 0 (dead ReLUs) show as bands.</source>
        <translation>直方图显示有多少个值落在哪里：把值的范围切成若干个区间，每根柱子的高度就是落在该区间内的值的个数。训练健康状况面板的“分布”标签页逐层显示进入该层的权重 W 的直方图，以及该层在最多 256 个训练样本上的激活值 a = f(z) 的直方图。勾选“随时间变化”后，每次测量的直方图成为一张图像中的一列，时间向右，数值向上，值越多颜色越深（TensorBoard 显示随时间变化的直方图也是这样）：权重逐渐散开、激活值堆积在 sigmoid 取值范围的两端（饱和）或堆积在 0（死亡 ReLU），都会显示为条带。</translation>
    </message>
    <message>
        <source>dead ReLU</source>
        <translation>死亡 ReLU</translation>
    </message>
    <message>
        <source>A ReLU neuron whose z is negative for every sample outputs 0 and has slope 0 everywhere, so no gradient reaches its weights and it never recovers. Leaky ReLU keeps a small slope to avoid this.</source>
        <translation>如果一个 ReLU 神经元的 z 对每个样本都为负，它就输出 0，而且处处斜率为 0，于是没有梯度能到达它的权重，它再也不会恢复。Leaky ReLU 保留一个小斜率来避免这种情况。</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Vanishing gradients: the first layer&apos;s gradients are %1 times smaller than the last layer&apos;s, and have been for %2 steps, so the first layers barely learn. Each sigmoid or tanh layer on the way back multiplies the gradient by its slope f′ (at most 0.25 for the sigmoid). Try ReLU in the hidden layers, or Xavier (sigmoid, tanh) or He (ReLU) initialization.</source>
        <translation>梯度消失：第一层的梯度只有最后一层的 1/%1，而且这种情况已经持续了 %2 步，所以前面几层几乎学不动。反向传播途中每经过一个 sigmoid 或 tanh 层，梯度都要乘以该层的斜率 f′（sigmoid 的斜率最大为 0.25）。试试在隐藏层中使用 ReLU，或者 Xavier（sigmoid、tanh）或 He（ReLU）初始化。</translation>
    </message>
    <message>
        <source>Dead ReLUs: %1 of the %2 units of layer %3 output 0 for every training example. A dead unit passes no gradient back, so it never learns again. Try a smaller learning rate, He initialization, or Leaky ReLU.</source>
        <translation>死亡 ReLU：第 %3 层的 %2 个单元中有 %1 个对每个训练样本都输出 0。死亡的单元不向后传递任何梯度，所以它再也不会学习。试试更小的学习率、He 初始化或 Leaky ReLU。</translation>
    </message>
    <message>
        <source>Overfitting: the test loss has been rising for %1 epochs while the training loss fell. The network learns the training examples, noise included, instead of the rule behind them. The best test loss, %2, was at epoch %3 (now %4). Early stopping with patience %6 (epochs without a better test loss) would have stopped at epoch %5 and kept the weights of epoch %3. Try regularization (L2, dropout), more training data or a smaller network.</source>
        <translation>过拟合：在训练损失下降的同时，测试损失已经上升了 %1 轮。网络记住的是训练样本（连同其中的噪声），而不是它们背后的规律。最佳测试损失 %2 出现在第 %3 轮（现在是第 %4 轮）。耐心值为 %6（测试损失没有变好的轮数）的早停本会在第 %5 轮停止，并保留第 %3 轮的权重。试试正则化（L2、丢弃法）、更多的训练数据或更小的网络。</translation>
    </message>
    <message>
        <source>Overfitting: the test loss has been rising for %1 epochs while the training loss fell. The network learns the training examples, noise included, instead of the rule behind them. The best test loss, %2, was at epoch %3 (now %4). Early stopping (patience %6 epochs) stops training at epoch %5 and restores the weights of epoch %3.</source>
        <translation>过拟合：在训练损失下降的同时，测试损失已经上升了 %1 轮。网络记住的是训练样本（连同其中的噪声），而不是它们背后的规律。最佳测试损失 %2 出现在第 %3 轮（现在是第 %4 轮）。早停（耐心值 %6 轮）会在第 %5 轮停止训练，并恢复第 %3 轮的权重。</translation>
    </message>
    <message>
        <source>Learning rate too large: the training loss jumped up %1 times between two evaluations. The steps overshoot the valley of the loss and land higher up the other side. Try a learning rate 3 to 10 times smaller.</source>
        <translation>学习率过大：训练损失在两次评估之间跳升了 %1 次。步子越过了损失的谷底，落在对面更高的地方。试试把学习率减小到原来的 1/3 到 1/10。</translation>
    </message>
    <message>
        <source>Learning rate too large: the training loss goes up and down instead of down (by %1 % of its size between evaluations). The steps jump from one side of the valley of the loss to the other. Try a learning rate 3 to 10 times smaller.</source>
        <translation>学习率过大：训练损失忽上忽下，而不是一路下降（两次评估之间的波动达到其大小的 %1 %）。步子从损失谷的一侧跳到另一侧。试试把学习率减小到原来的 1/3 到 1/10。</translation>
    </message>
    <message>
        <source>Plateau: the training loss has hardly moved for %1 steps (by less than %2 %). If the learning rate is small, try one 3 to 10 times larger; a plateau can also end by itself, and momentum or Adam cross flat stretches faster.</source>
        <translation>平台期：训练损失在 %1 步内几乎没有变化（变化不到 %2 %）。如果学习率较小，试试把它增大 3 到 10 倍；平台期也可能自行结束，而动量或 Adam 能更快地越过平坦的区域。</translation>
    </message>
    <message>
        <source>Plateau: the training loss has hardly moved for %1 steps (by less than %2 %). The first layer&apos;s gradients are %3 times smaller than the last layer&apos;s (Gradient size in the Training health dock): the first layers barely learn. Try ReLU in the hidden layers, Xavier or He initialization, or Adam; a plateau can also end by itself.</source>
        <translation>平台期：训练损失在 %1 步内几乎没有变化（变化不到 %2 %）。第一层的梯度比最后一层小 %3 倍（见训练健康状况面板中的“梯度大小”）：前面几层几乎学不到东西。试试在隐藏层使用 ReLU、Xavier 或 He 初始化，或者 Adam；平台期也可能自行结束。</translation>
    </message>
    <message>
        <source>Batch size 1: every step follows the gradient of a single example. This is stochastic gradient descent (SGD): cheap, noisy steps, %1 per epoch.</source>
        <translation>批大小为 1：每一步都沿着单个样本的梯度走。这就是随机梯度下降 (SGD)：每步计算量小但噪声大，每轮 %1 步。</translation>
    </message>
    <message>
        <source>The batch is the whole training set (%1 examples): every step follows the exact gradient of the training loss. This is batch gradient descent: smooth steps, but only one per epoch.</source>
        <translation>批是整个训练集（%1 个样本）：每一步都沿着训练损失的精确梯度走。这就是批量梯度下降：步子平稳，但每轮只有一步。</translation>
    </message>
    <message>
        <source>Batch size %1 of %2 training examples: mini-batch gradient descent, %3 steps per epoch, each on the mean gradient of its batch; between SGD&apos;s noisy steps and batch gradient descent&apos;s exact ones.</source>
        <translation>批大小为 %1（共 %2 个训练样本）：小批量梯度下降，每轮 %3 步，每步使用其批的平均梯度；介于 SGD 充满噪声的步子与批量梯度下降精确的步子之间。</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Size of each step: a weight moves by η times its gradient (or the gradient as the optimizer rescales it). A number above 0, usually 0.001 to 0.3.</source>
        <translation>每一步的大小：权重移动的量是学习率 η 乘以它的梯度（或者乘以经优化器重新缩放的梯度）。大于 0 的数，通常为 0.001 到 0.3。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Share of the previous steps each step keeps, so steps gather speed along a steady slope; 0 is plain SGD. A fraction from 0 to below 1.</source>
        <translation>每一步保留之前各步的比例，这样在持续的坡上步子会越走越快；0 就是普通的 SGD。取值从 0 到小于 1 的分数。</translation>
    </message>
    <message>
        <source>Stability term</source>
        <translation>稳定项</translation>
    </message>
    <message>
        <source>Added to the square root in the denominator, so that a weight whose gradients were tiny cannot take a huge step. A small number above 0.</source>
        <translation>加在分母的平方根上，使梯度一直很小的权重不会迈出巨大的一步。大于 0 的小数。</translation>
    </message>
    <message>
        <source>SGD</source>
        <extracomment>the name in a spec, a project file and on the command line the name shown in the window (marked for translation under &quot;optimizers&quot;) the hyper-parameters it reads from its spec, in the order they are shown the update rule, in the symbols of ``hyperparameters`` names of the state arrays this optimizer keeps per parameter</extracomment>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑系数</translation>
    </message>
    <message>
        <source>Decay of the running mean of squared gradients that divides each step; closer to 1 remembers longer. A fraction from 0 to below 1.</source>
        <translation>梯度平方的滑动平均的衰减率，每一步都除以这个平均值；越接近 1，记忆越长。取值从 0 到小于 1 的分数。</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Mean decay</source>
        <translation>均值衰减率</translation>
    </message>
    <message>
        <source>Decay of the running mean of the gradients (the first moment), the direction of each step; closer to 1 remembers longer. A fraction from 0 to below 1.</source>
        <translation>梯度滑动平均（一阶矩）的衰减率，它决定每一步的方向；越接近 1，记忆越长。取值从 0 到小于 1 的分数。</translation>
    </message>
    <message>
        <source>Square decay</source>
        <translation>平方衰减率</translation>
    </message>
    <message>
        <source>Decay of the running mean of squared gradients (the second moment), which scales each weight&apos;s step; closer to 1 remembers longer. A fraction from 0 to below 1.</source>
        <translation>梯度平方滑动平均（二阶矩）的衰减率，它缩放每个权重的步长；越接近 1，记忆越长。取值从 0 到小于 1 的分数。</translation>
    </message>
</context>
<context>
    <name>phase</name>
    <message>
        <source>Forward pass, layer {k}</source>
        <translation>第 {k} 层前向传播</translation>
    </message>
    <message>
        <source>Backward pass, layer {k}</source>
        <translation>第 {k} 层反向传播</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation>权重更新</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path}, line {line}: </source>
        <translation>{path}，第 {line} 行：</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>training diverged at step {step}: {what}.</source>
        <translation>训练在第 {step} 步发散：{what}。</translation>
    </message>
    <message>
        <source>the loss became {loss}</source>
        <translation>损失变成了 {loss}</translation>
    </message>
    <message>
        <source>Hint: lower the learning rate, or use a smaller initialization. The weights have blown up: press Reset to start again from the initial weights.</source>
        <translation>提示：降低学习率，或使用更小的初始化。权重已经爆炸：请按“重置”从初始权重重新开始。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text (a NUL byte)</source>
        <translation>这是一个二进制文件，不是 CSV 文本（含有 NUL 字节）</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text (undecodable bytes)</source>
        <translation>这是一个二进制文件，不是 CSV 文本（含有无法解码的字节）</translation>
    </message>
    <message>
        <source>empty cell in column {column!r}</source>
        <translation>列 {column!r} 中有空单元格</translation>
    </message>
    <message>
        <source>non-numeric cell {cell!r} in target column {column!r}</source>
        <translation>目标列 {column!r} 中有非数值单元格 {cell!r}</translation>
    </message>
    <message>
        <source>non-numeric cell {cell!r} in input column {column!r}</source>
        <translation>输入列 {column!r} 中有非数值单元格 {cell!r}</translation>
    </message>
    <message>
        <source>NaN value {cell!r} in column {column!r}</source>
        <translation>列 {column!r} 中有 NaN 值 {cell!r}</translation>
    </message>
    <message>
        <source>infinite value {cell!r} in column {column!r}</source>
        <translation>列 {column!r} 中有无穷大的值 {cell!r}</translation>
    </message>
    <message>
        <source>only one column: there must be input column(s) and a target column</source>
        <translation>只有一列：必须有输入列和一个目标列</translation>
    </message>
    <message>
        <source>no data rows (only a header)</source>
        <translation>没有数据行（只有表头）</translation>
    </message>
</context>
</TS>
