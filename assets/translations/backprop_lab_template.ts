<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start, the keys, what each part shows (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorLegend</name>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTools</name>
    <message>
        <source>Race</source>
        <extracomment>the Race dock is at least this tall while a race is shown the docks may be this narrow (their rows of controls then scroll), so that they never widen the tab groups they join (Step through, Inspector) on a small screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race copies of the network with other values of one hyper-parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin as ghost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this loss curve on the plot as a faint ghost, to compare the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear ghosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every ghost curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loss curve to pin yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confused classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true %1 → predicted %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confused, of %1 classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class was taken for another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPrompts</name>
    <message>
        <source>Data not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %1 is not where it was saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate %1 to open the project with its data, or cancel to keep the current session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.npz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since %2 was saved (its SHA-256 differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on from the new data (the weights are kept, the shuffle starts afresh, and saving records the new data), or cancel to keep the current session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on new data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Your CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your .npz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardize (mean 0, sd 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min–max to [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target column(s) by name or index, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: text labels or whole numbers are classes, other numbers are predicted (regression). Choose Regression for whole numbers to predict, such as prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification, %1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: classification, %1 classes from whole numbers — choose Regression for numbers to predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training and %2 test samples, %3 features; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data the network learns from: a built-in set, or your own file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points are drawn (2 to 1 000 000), training and test together. Each dataset keeps its own count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the points are scattered across the class border or around the target, 0–50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many classes (blobs) or arms (spirals): 2 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the data used for training (1–100 %); the rest is the test set, which training never sees. Synthetic sets start at 50 %, the others at 80 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the points and the train/test split; the same seed gives the same data (0 to 2 147 483 647)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the inputs are rescaled before training, fitted on the training data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or folder the data is read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with the IDX files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .npz file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy archives (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blobs (3–5 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spirals (3–5 arms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-Gaussian (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iris (150 flowers, 4 measurements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits (1797 images 8×8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST (IDX files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST (IDX files)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionStrip</name>
    <message>
        <source>Over time</source>
        <extracomment>columns of an over-time image before it is thinned to half the least width of a layer&apos;s column, in pixels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each histogram over the run: time to the right, values upwards, darker where more of them are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column is a layer: the histogram of its weights W (top) and of its activations a = f(z) on up to 256 training examples (bottom). Weights that spread out, or activations piled at the ends of their range (saturated sigmoid or tanh) or at 0 (dead ReLUs), show here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W: the weights into each layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a: each layer&apos;s outputs a = f(z) on the training sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of the weights into layer %1: how many have each value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of layer %1&apos;s outputs a = f(z) on the training sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (for slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (vector, for print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per pixel of the screen: 2× is sharp on slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 units, scalable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureActions</name>
    <message>
        <source>Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a view as a PNG image (for slides) or an SVG drawing (for print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (decision map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save figure as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New session</source>
        <extracomment>the extension each export format&apos;s file gets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training thread did not answer; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Lab projects (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs more memory than is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Lab projects (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy weights, nn.Sequential names (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON weights, nn.Sequential names (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors weights, nn.Sequential names (*.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy code + weights (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch code + weights (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch training script + data (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras 3 model + data (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the trained network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many epochs the exported script trains (as Train would):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights, ours or a PyTorch state_dict (*.npz *.json *.safetensors);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Lab did not close cleanly last time. Restore the session it saved automatically?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunTip</name>
    <message>
        <source>New here? Start with &lt;b&gt;Play&lt;/b&gt; (Space) and watch the network learn. Then pause and press &lt;b&gt;Next phase&lt;/b&gt; (→) to see one training step a phase at a time. Then open the &lt;b&gt;worked example&lt;/b&gt;, whose every number is worked out by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this tip for good (F1 has it and more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ghosts</name>
    <message>
        <source>data</source>
        <extracomment>the ghosts&apos; colours: none of them the loss plot&apos;s own blue and vermillion at most this many differences are named in a label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghost: same settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear ghosts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryWindow</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a word or a symbol (δ, ∂L/∂w, epoch…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutButton</name>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or save this text as Markdown or LaTeX, for a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as LaTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as LaTeX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LaTeX (*.tex);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCurves</name>
    <message>
        <source>step: optimizer steps done</source>
        <extracomment>redraws a second at most while training plays (the health history grows ~5-10 rows a second) the update-to-weight ratio&apos;s healthy band, shaded around its rule-of-thumb value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient size&lt;/b&gt; ‖∂L/∂W‖ (RMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large the gradient of the loss with respect to each layer&apos;s weights is: the root mean square of its entries, √(mean of (∂L/∂w)²), on up to 256 training examples. Log scale: each labelled line is 10 times the one below. When the first layers&apos; curves sit 100 times or more below the last layer&apos;s, the gradient vanishes on its way back and those layers barely learn. A layer whose every unit is dead has gradient 0, which a log scale cannot show: its curve stops. ? opens the glossary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ (RMS): the typical size of one weight&apos;s gradient in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Update-to-weight ratio&lt;/b&gt; ‖ΔW‖/‖W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the last step changed each layer&apos;s weights, relative to their size: ‖ΔW‖ / ‖W‖, both the root of the sum of squares. The shaded band is the healthy range around 10⁻³ (a rule of thumb): far above it the learning rate is too large and the weights jump about; far below it, the learning rate is too small and the layer learns slowly. No point: no step yet, or the layer is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖ΔW‖/‖W‖: the last step&apos;s change of the layer&apos;s weights over their size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Saturated units&lt;/b&gt; %, |f′(z)| &lt; 0.05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of a sigmoid or tanh layer&apos;s (unit, example) pairs where the activation is flat: its slope |f′(z)| is below 0.05 (σ′ is at most 0.25, tanh′ at most 1). A saturated unit passes almost no gradient back, so gradients vanish. Large weights or inputs saturate units. Other activations have no curve here, nor a sigmoid output under cross-entropy (its gradient a − y does not go through σ′).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of (unit, example) pairs with |f′(z)| &lt; 0.05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sigmoid or tanh layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dead ReLU units&lt;/b&gt; %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of a ReLU layer&apos;s units that output 0 for every training example (up to 256 of them). A dead unit passes no gradient back, so its weights never change again. A learning rate too large, or biases far below 0, kill units; He initialization or Leaky ReLU help. Other activations have no curve here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the layer&apos;s ReLU units that output 0 for every example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no ReLU layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy band: each step changes the weights by about a thousandth of their size (10⁻³, from ~3·10⁻⁴ to ~3·10⁻³). Above it: try a smaller learning rate; below it: a larger one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy ≈ 10⁻³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 in layer %1: below any log scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each layer&apos;s gradient size, update size, saturation and dead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms of each layer&apos;s weights and activations, now and over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics appear after the first training step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Data: the dataset (built-in, your CSV, .npz or MNIST folder), its samples, noise, split and seed, with a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-parameters: loss, optimizer and learning rate, batch size, regularization, dropout, initializer, early stopping, backend and precision. Changes apply at the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: what the network answers. The decision map with the data for 2-D sets, a confusion matrix for other classification, predicted against actual values for regression. Hover a neuron to see its own picture here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: the training and test loss (and accuracy) as training goes on, on a log scale if you like; hover to read the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through: one training step phase by phase (forward, loss, backward, update), the sample traced, and the timeline of earlier steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector: the formula of the neuron, weight or bias you clicked, with this step&apos;s numbers; copy or save it as Markdown or LaTeX for a handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training health: how large the gradients and weights are, layer by layer, and neurons that died or saturated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race: several runs side by side (learning rates, optimizers), their loss curves and decision maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape: the loss as two weights change, with the path training took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Lab Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Play (Space) and watch the network learn: the edges, the decision map and the loss change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause, then press Next phase (→) to run one training step a phase at a time. Click a neuron or a weight: the inspector writes its formula with the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the worked example: a tiny network whose every number is worked out by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each part shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram: the network, weights as coloured edges (blue positive, orange negative, thicker is larger), each neuron&apos;s output over the plane; during a step, the numbers of the phase. Right-click its background to save it as a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary (Shift+F1): every term and symbol in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons: read, do, predict, then see</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperparameterPanel</name>
    <message>
        <source>Mean squared error (mse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of squares ½Σ (sse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy (bce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical cross-entropy (cce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier (uniform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform (Playground)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CuPy (GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CuPy (GPU, not available here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What training makes small. mse: mean of the squared errors (regression); sse: half their sum; bce: binary cross-entropy, two classes on one sigmoid unit; cce: categorical cross-entropy over softmax units, one per class. A dataset starts with its own; one you choose stays with that dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule that moves every weight against its gradient at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training samples per step, a whole number from 1 to the size of the training set. 1 = stochastic gradient descent (SGD, one sample a step); the whole training set = batch gradient descent (one step an epoch); in between = mini-batch. Larger batches give smoother but fewer steps per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 regularization rate λ₁ (0 or more, no unit): adds λ₁·Σ|w| to the loss, which pulls every weight towards exactly 0 at the same pace. 0 = off; typical 0.0001–0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 regularization rate λ₂ (0 or more, no unit): adds ½·λ₂·Σw² to the loss, which shrinks large weights the most (weight decay). 0 = off; typical 0.0001–0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that a hidden neuron is switched off for a training step, from 0 up to (not including) 1: 0.2 drops one neuron in five, the others are scaled up by 1/(1 − p). Never on the output layer, never when evaluating. 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights start. Xavier (Glorot): scaled by the layer&apos;s inputs and outputs, for tanh and sigmoid; He: scaled by the inputs, for ReLU; Uniform: TensorFlow Playground&apos;s ±0.5 with biases 0.1; Zeros: every neuron the same (which shows why the start must be random). Reset to see the new start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping, counted in epochs (a whole number, 1 or more): training stops when the test loss has not improved for this many epochs, and the best weights come back. Empty = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the arithmetic runs: NumPy on the processor, or CuPy on an NVIDIA graphics card (where CuPy is installed). The results are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating-point size of the weights and the arithmetic: float32 (about 7 significant digits, faster) or float64 (about 16 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed, a whole number (0 or more), for the initial weights, the order of the batches and dropout: the same seed trains exactly the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic gradient descent: one sample per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch GD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch gradient descent: the whole training set (%1) per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch gradient descent: %1 of the %2 training samples per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain batch means and totals instead of the traced sample&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a neuron or a weight in the diagram to see its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector: the current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector: a neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector: a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector: a bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and press Next phase to see this step&apos;s formulas with the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight W{k}[{i},{j}] = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias b{k}[{u}] = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron {u} of layer {k}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyTable</name>
    <message>
        <source>Play / Pause: train continuously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase of the training step (forward layer by layer, loss, backward layer by layer, update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: finish this batch&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train slower / faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the initial weights of the seed (the same weights every time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the data with a new data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo an edit of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, save, save a project (`.bplab`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the trained network (npz, json, ONNX, NumPy or PyTorch code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole network into view (with the diagram focused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: full screen, the diagram and the phase large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text / smaller text / text at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: every term and symbol in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Network loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toy surfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race&apos;s main directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two directions along which the race&apos;s paths moved most (PCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last two weights selected in the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the slice reaches either way of the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the span so that the race&apos;s paths fill the slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new slice through the weights as they are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main direction 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main direction 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slice taken here (step %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (step %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre: the weights at step %1, loss %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plane of the paths&apos; two main directions holds %1 % of their movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the first %1 training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss includes the regularization term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has moved on to step %1: Recompute here to centre on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System (%1)</source>
        <extracomment>the choices of View → Language: code → its name, always written in its own language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language; numbers and formulas stay the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerLegend</name>
    <message>
        <source>Each layer has one colour in every plot of this panel. Layer 1 is the first hidden layer (the weights W1 from the inputs into it); the last layer is the output layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 (output, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <source>Lesson</source>
        <extracomment>a lesson&apos;s view names → the window&apos;s dock keys what the race view draws on a page whose answer reads a race&apos;s numbers (its test loss…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the lesson again from its first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the app do this page&apos;s task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it and compare the app&apos;s answer with yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s project could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training is not ready yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not do it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s answer cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right! The app computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. The app computed %1; you said %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window has no %1 view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonList</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonMenu</name>
    <message>
        <source>Lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided lessons: read, do, predict, then see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson file someone wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (lesson.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best test loss: epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stopping would stop here (epoch %1), keeping epoch %2&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stopping stops here (epoch %1) and keeps epoch %2&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stop: epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test acc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backprop Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train continuously (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one phase of the step (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the next phase of the training step (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this batch&apos;s step (Shift+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train to the end of the epoch (Ctrl+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the initial weights of the seed (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data from a new data seed (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backprop Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every term and symbol in plain words (Shift+F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backprop Lab&lt;/b&gt;&lt;br&gt;Watch a neural network learn, or step through one training step phase by phase: the forward pass, the loss, the backward pass with every gradient, and the weight update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManyClassesWarning</name>
    <message>
        <source>Use regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the target as a number (one output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target column holds %1 different whole numbers. As classes, that is a classifier with %1 outputs, slow to train and hard to read. Are these numbers to predict (a price, a count)? Then choose regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>Edit weight %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert layer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert layer after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert layer after the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert layer before the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select bias of this neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of hidden layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a neuron from this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a neuron to this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of layer %1 are frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biases of layer %1 are frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: next is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (Play)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause to step through one training step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ = %1   y = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w·a (weight × input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂w (gradient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δw (weight change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of this layer are frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input value: the traced sample&apos;s, or the batch mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a neuron&apos;s weighted sum, before its activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a neuron&apos;s output, its activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prediction (the output layer&apos;s a) and the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss: how wrong the predictions are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how much the loss changes when the neuron&apos;s z changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an edge in the forward pass: the weight times the value it carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an edge in the backward pass: the weight&apos;s gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the update: how far each weight and bias moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue / orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive / a negative value; the stronger, the larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thick edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a large |value|; thin: close to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at a neuron&apos;s lower left: its bias b (click to inspect it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashes, padlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen weights or biases: training does not change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crossed-out neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped by dropout for the traced sample: it passes nothing forward and its δ is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow on an edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which way the numbers flow: right in the forward pass, left in the backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black frame or halo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the inspector explains (click to select)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the glossary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge colour: %1 from −%2 (orange) to +%2 (blue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue is positive, orange negative; a thicker edge is a larger |value|.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped for this sample (dropout p = %1): it passes nothing forward this step, and its δ is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped for %1 of the batch&apos;s %2 samples (dropout p = %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the diagram shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer before the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest visible link: edges with |w| below this are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each edge&apos;s value on it (small layers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-through values of one sample or the batch mean (the inspector&apos;s too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole network into view (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the symbols, colours and marks on the diagram mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide |w| &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hidden layer to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 needs at least one neuron; use “− layer” to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add neuron to layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove neuron from layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 activation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze weights of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze weights of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze biases of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze biases of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1[%2, %3] = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = f(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ = ∂L/∂z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δb (bias change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: the traced sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: batch mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ|W1| per pixel: where layer 1 looks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <source>Don&apos;t show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this kind of note for good (View → Notes shows it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this note until it comes up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping would have stopped at epoch %1 and kept the weights of epoch %2, the best test loss (the line on the loss plot).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead ReLUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size 1: SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole set per step: batch gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this note when it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all notes again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1: a number is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the number must be finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a whole number is needed, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be %2 %3, got %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source>Show test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix of the test data, accuracy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix of the training data, accuracy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1 over the plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron %1 of layer %2 over the plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output over the plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted against actual (first target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen: the diagram, the current phase and the inspector, large (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white, thick edges: for projectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <source>Optimizer</source>
        <extracomment>what the dialog offers to vary, in this order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-parameter to vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0.01, 0.1, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 to %2 values (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick 2 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 6 numbers, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaceDock</name>
    <message>
        <source>Target loss</source>
        <extracomment>the table and the maps are redrawn at most this often while a race runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table counts the steps each run took to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End every run where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make main network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected run&apos;s weights and settings become the main network&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No race yet. Training → Compare… trains copies of the network side by side from its current weights, each with another value of one hyper-parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train
accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test
accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to
loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training
time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>racing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved race: curves only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 runs, %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaceMaps</name>
    <message>
        <source>test accuracy</source>
        <extracomment>training points drawn over each small map</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast Play trains. At the slowest speed every training step is one frame (about 30 steps a second): the diagram, the loss curve and the output map show each step. Each notch to the right is about 3 times faster, up to full speed, where the window shows the newest state about 30 times a second. [ slower, ] faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train slower ([)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train faster (])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full speed: as fast as the computer trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step/frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps a second: %2 step(s) per frame, %3 frames a second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Each neuron adds up its inputs times their weights plus its bias (z), then applies its activation (a). The outputs become the next layer&apos;s inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s predictions are compared with the targets: the loss says how wrong they are, and δ = ∂L/∂z says how each output should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error flows backwards: each weight&apos;s gradient ∂L/∂w = δ · (the value it carried), and δ is passed down through the weights to the layer below (the chain rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight moves a little against its gradient (the optimizer&apos;s rule), so the loss should be smaller next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next phase to run a training step one phase at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one phase (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the next phase of this training step (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this training step, or run a whole one (Shift+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next epoch ▶▶|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train to the end of this pass over the data (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sample of the batch the formulas follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mean over the batch instead of one sample (gradients are batch totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an earlier training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (Play)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause to step through one training step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {s} done. Next: {p} of step {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {s} is complete: the weights have moved. Next: {p} of step {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {s}, phase {i} of {m}. Next: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an earlier training step (steps {a}–{b} are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoppedState</name>
    <message>
        <source>Restart training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the training process again, from the last state it saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training process is stopped: Training → Restart training starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToySurfacePanel</name>
    <message>
        <source>Long narrow valley</source>
        <extracomment>a learning rate and steps each surface shows well with: SGD stays stable, and at least one optimizer reaches the minimum (momentum along Rosenbrock&apos;s banana, for one) a path &quot;arrives&quot; once f is below this (the table of steps in the caption)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosenbrock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function the optimizers descend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate, the same for every optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f &lt; 0.001 after %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from (%2, %3), learning rate %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>%1: the value must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no parameter called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: index out of range for shape %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training process ended unexpectedly (exit code %1) and was not restarted again. Save and Export still work, from the last state it saved; Training → Restart training starts it again from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training process ended unexpectedly (exit code %1). It was restarted from step %2, the last state it had saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training process could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no race to promote from.</source>
        <extracomment>a race trains in chunks of about this long between two looks at the command queue a racing worker publishes a snapshot at most this often the runs&apos; decision maps are drawn again at most this often (each is a pass over the grid)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data changed since the race began: start a new race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is now the main network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a race (Compare…) to slice along its paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race&apos;s paths are too short yet: let it run on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 was dropped: training goes on from step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps %1–%2 were dropped: training goes on from step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error while applying %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped early; press Reset to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to step back to: go back further with the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has %1 inputs but the data has %2 features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer has %1 units but %2 on this data needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features can only be chosen for 2-D data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping: the test loss did not improve for %1 epochs; the best weights are restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1 (to unit %2 from unit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer&apos;s weights are frozen: training will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the weight must be a finite number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightPicker</name>
    <message>
        <source>Parameter</source>
        <extracomment>the grid&apos;s points along each axis (odd: the current weights are one of them) a landscape is computed on at most this many training rows while a race runs, its paths are refreshed this often (seconds) the &quot;now&quot; marker follows training at most this often (seconds)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path}, line {line}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training diverged at step {step}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss became {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: lower the learning rate, or use a smaller initialization. The weights have blown up: press Reset to start again from the initial weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text (a NUL byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text (undecodable bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty cell in column {column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-numeric cell {cell!r} in target column {column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-numeric cell {cell!r} in input column {column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN value {cell!r} in column {column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinite value {cell!r} in column {column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one column: there must be input column(s) and a target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data rows (only a header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>Softmax mixes all outputs, so δ goes through its whole Jacobian, not one slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mean over the batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mean over the batch of each sample&apos;s ∂L/∂a · ∂a/∂z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂a: how much the loss changes when this neuron&apos;s output changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ = 0 because this neuron was dropped for this sample (mask 0): no gradient flows back through a neuron that passed nothing forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂a collects the δ of every neuron this one feeds, each times the weight between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax with cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid with binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {which} the chain rule ∂L/∂a · ∂a/∂z collapses to a − y: the 1/a of the loss&apos;s derivative cancels against the activation&apos;s slope. The engine uses a − y directly, which is exact and never overflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(over the neurons it feeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this weight&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of a = f(z) over the batch = {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch mean: z = {z}, a = {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inputs x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outputs a of layer {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each incoming value ({prev}) times its weight, summed with the bias, then the activation {act}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean over the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped for {d} of the {n} samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This neuron was dropped for this sample (mask 0): the next layer sees 0 from it, and its δ will be 0, so none of its weights learns from this sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout: a mask of 0 switches the neuron off for this step; kept ones are scaled by 1/keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction a = {a}, target y = {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss of this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data loss L (mean over the batch of {n}) = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss measures how far the predictions are from the targets: {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this output&apos;s share of the loss, mean over the batch = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs are data, not learned: backpropagation stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: δ of this neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ = {d} (from the layer above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂b (batch total) = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: gradients of the incoming weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each incoming weight&apos;s gradient is this δ times the value that weight carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} more terms: {v}</source>
        <extracomment>a sum of more terms than this is written as its first three terms, the subtotal of the terms in between and its last term</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean over the batch of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample {r} of the batch of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one training sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output neuron {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron {u} of hidden layer {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next phase to run a training step phase by phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stepped yet</source>
        <extracomment>neurons listed one by one before &quot;… and m more&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next phase to run a training step phase by phase; click a neuron or a weight to see its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a neuron or a weight in the diagram to see its formula with the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {m} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every neuron: z = Σ w·a + b, then a = {act}(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a neuron to see its sum term by term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout: out = a × mask is what the next layer sees; a dropped neuron sends 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output {u}: prediction {a}, target {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data loss L = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularization {f} (weights only) = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total loss L = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an output neuron to see its share of the loss and its δ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ = ∂L/∂z of each neuron of layer {k}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest |∂L/∂W{k}| = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a weight to see its gradient by the chain rule, factor by factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ passed down to layer {j}: δ_prev = (δ · W) ⊙ mask ⊙ f′(z_prev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dropout mask of layer {j} is in δ_prev: a neuron dropped for a sample gets δ = 0 for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ passed down to layer {j}: δ_prev = (δ · W) ⊙ f′(z_prev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W{k}: largest change {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a weight to see its old value, gradient, step and new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every weight of every layer; biases are not regularized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 regularization adds ½λ₂·ΣW² over every weight to the loss, biases excluded; its derivative λ₂·w is added to each weight&apos;s gradient in the backward pass. Keras&apos;s l2(λ) adds λ·ΣW² without the ½, so it equals λ₂ = 2λ here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 regularization adds λ₁·Σ|W| over every weight to the loss, biases excluded; its derivative λ₁·sign(w) is added to each weight&apos;s gradient in the backward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The λ term is the derivative of the regularization {r} that the loss adds for every weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biases are not regularized: their gradient has no λ term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} is frozen: it keeps its value {v}</source>
        <extracomment>optimizer → {its state buffer (as torch.optim names it): the letter the text uses}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its gradient {g} was computed but is not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen parameters take part in the forward pass but never learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent: move against the gradient, by the learning rate η times its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule ({opt}): {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{opt} keeps a memory of past gradients (its state), so its step is not simply η·g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective learning rate is negative: the memory of earlier gradients points the other way than this batch&apos;s gradient and outweighs it, so this step moves {p} uphill for this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Adam&apos;s first step m̂ = g and v̂ = g², so m̂/√v̂ = g/|g| = ±1: every weight moves by about ±η = ±{lr}, whatever the size of its gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient includes the regularization term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biases are not regularized: g is the data gradient alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the first step: v starts as g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = {t} (this parameter&apos;s updates so far, this one included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input {j}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight {name}: {src} → {dst} — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias {name} of {who} — {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: gradient of this weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: gradient of this bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check by finite differences: (L({p} + h) − L({p} − h)) / 2h = {fd} (h = {h:g}); backprop {bp}; relative difference {rel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂{p} = Σ over the batch of δ · {a} (1/n is inside δ) = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch total of the samples&apos; shares: Σ of the {n} shares δ · {a} = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂{p} = Σ over the batch of δ = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch total ∂L/∂{p} = Σ of the {n} samples&apos; δ = {v}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>activation a and prediction ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a is a neuron&apos;s output, its activation a = f(z). The network&apos;s prediction ŷ (&quot;y hat&quot;) is the a of the output layer; books write ŷ, this app writes a in every layer, so ŷ = a of the last layer. y is the target, the answer the prediction should have given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss L (error E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number that says how far the predictions are from the targets; training makes it smaller. Matt Mazur&apos;s post calls it E (error), E_total for the sum over the outputs; this app calls it L. Both are the same thing: L of the worked example is E_total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted sum z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a neuron computes before its activation: every incoming value times its weight, summed, plus the bias: z = Σ wⱼaⱼ + b. Mazur&apos;s post calls it net (net_h1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight w and bias b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers training learns. W2[1,3] is the weight into neuron 1 of layer 2 from neuron 3 of layer 1 (rows: the neuron it goes into; columns: where it comes from; both counted from 1). b2[1] is the bias of neuron 1 of layer 2, a value added to its weighted sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient ∂L/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the loss changes when one weight changes a little: the slope of the loss along that weight. Gradient descent moves each weight against its gradient. The optimizer&apos;s rules call it g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ = ∂L/∂z: how much the loss changes when a neuron&apos;s weighted sum z changes. Backpropagation computes δ for the output layer from the loss, then layer by layer downwards; a weight&apos;s gradient is the δ of the neuron it feeds times the value it carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope of the activation f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z) = ∂a/∂z, how steeply the activation f rises at z. For the sigmoid σ′(z) = a(1 − a), for tanh 1 − a², for ReLU 1 where z &gt; 0 and 0 elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elementwise product ⊙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u ⊙ v multiplies two vectors entry by entry: (u ⊙ v)ᵢ = uᵢ·vᵢ. In δ_prev = (δ·W) ⊙ f′(z_prev) each neuron&apos;s share of the error is multiplied by its own slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e^(−z)), an activation that squashes any number into 0…1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logarithm log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log is the natural logarithm (base e, often written ln), as in PyTorch and NumPy: log(e) = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output activation for classes: aᵢ = e^(zᵢ) / Σⱼ e^(zⱼ). The outputs are positive and add up to 1, so they read as the probability of each class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-hot target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class written as a vector with 1 for the right class and 0 elsewhere: class 2 of 3 is (0, 1, 0). The network&apos;s outputs are compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-entropy (CCE, BCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loss for classification: −log of the probability the network gave the right class (CCE, with softmax), or −[y·log a + (1 − y)·log(1 − a)] for one yes/no output (BCE, with a sigmoid). Confident wrong answers cost a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squared error (MSE, SSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loss for numbers: MSE is the mean of (a − y)² over the batch and the outputs (as PyTorch&apos;s MSELoss); SSE is ½·Σ(a − y)² over the outputs, averaged over the batch (Mazur&apos;s E_total for one sample). The ½ cancels the 2 of the derivative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch, SGD and mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows used for one step; n is their number. A batch size of 1 is stochastic gradient descent (SGD), a batch of the whole training set is batch gradient descent, anything in between is mini-batch gradient descent. Every loss here is a mean over the batch, so each sample&apos;s δ carries a factor 1/n and a weight&apos;s gradient is the sum of the samples&apos; shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One update of the weights on one batch: forward pass, loss, backward pass, update. Δw is how far the step moves a weight (w ← w − Δw); t counts the optimizer&apos;s steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pass over the whole (shuffled) training set: as many steps as there are batches in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η (eta) sets the size of the steps: plain gradient descent moves a weight by η times its gradient. Too large and the loss jumps about or diverges; too small and training crawls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step a weight actually took divided by its gradient, Δw / g. For plain gradient descent it is η; Momentum, Adam and the others change it weight by weight. It is negative when the optimizer&apos;s memory of earlier gradients points the other way than this batch&apos;s gradient and outweighs it: the weight then moves uphill for this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum μ and velocity v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum keeps a velocity v per weight, v ← μ·v + g, and steps by η·v: steps gather speed along a steady slope and cancel out when the gradient flips. μ (mu) is the share of the old velocity kept, usually 0.9; μ = 0 is plain gradient descent. Nesterov steps by η·(g + μ·v), looking one step ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer state m, v, G, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an optimizer remembers per weight between steps. Momentum and Nesterov: the velocity v. Adagrad: G, the running sum of squared gradients. RMSprop: s, the running average of squared gradients. Adam: m, the running average of the gradients, and v, that of the squared gradients. The letters never stand for a weight w or a bias b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s β₁ and β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Adam remembers: m ← β₁·m + (1 − β₁)·g averages the gradients (β₁ = 0.9: about the last 10), v ← β₂·v + (1 − β₂)·g² their squares (β₂ = 0.999: about the last 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s bias correction m̂, v̂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m and v start at 0, so early on they are too small; m̂ = m / (1 − β₁ᵗ) and v̂ = v / (1 − β₂ᵗ) correct that. On the first step m̂ = g and v̂ = g², so m̂/√v̂ = g/|g| = ±1: every weight moves by about ±η, whatever the size of its gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stability term ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε (epsilon) is a tiny number added to a square root in a denominator (Adagrad, RMSprop, Adam), so that a weight whose gradients were tiny cannot take a huge step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularization strengths λ₁, λ₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 adds ½λ₂·ΣW² to the loss, so each weight&apos;s gradient gets + λ₂·w (PyTorch&apos;s weight_decay); L1 adds λ₁·Σ|W|, so the gradient gets + λ₁·sign(w). Biases are not regularized. Keras&apos;s l2(λ) adds λ·ΣW² without the ½: it equals λ₂ = 2λ here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularization (L1, L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A penalty on large weights added to the loss, so the network prefers simple solutions and overfits less. L2 pulls every weight towards 0 in proportion to its size; L1 pulls by a fixed amount and drives small weights to exactly 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropout and its mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During training each hidden neuron is switched off at random for a step (its mask is 0), and the kept ones are scaled up by 1/keep (their mask is 1/keep), so the next layer sees the same total on average. A dropped neuron passes nothing forward and gets no gradient back: its δ is 0. Evaluation and prediction use no dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue means positive, orange negative, for weights, outputs and gradients alike; stronger colour, larger size. A positive gradient moves its weight down (w ← w − η·g): a blue gradient makes the weight smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stops when the test loss has not improved for a number of epochs (the patience): going on would only fit the training set better, not new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training loss keeps falling while the test loss rises: the network learns the training set&apos;s noise instead of the pattern. More data, regularization, dropout and early stopping help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanishing gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ is multiplied by each layer&apos;s slope f′ on its way down; sigmoid slopes are at most 0.25, so in a deep network the lower layers get tiny gradients and hardly learn. ReLU and careful initialization help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient size ‖∂L/∂W‖ (RMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large the gradient of a whole layer is, in one number. W_k is the matrix of the weights into layer k; ‖∂L/∂W_k‖ is the size of their gradients, measured as the root mean square (RMS) of its entries, √(mean of (∂L/∂w)²): the typical size of one weight&apos;s gradient, comparable between layers of different sizes. The Training health dock draws it per layer on a log scale (each labelled line 10 times the one below): when the first layers&apos; curves lie 100 times or more below the last layer&apos;s, the gradient vanishes on its way back; far above, it explodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update-to-weight ratio ‖ΔW‖/‖W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the last step changed a layer&apos;s weights, relative to their size: ‖ΔW‖ / ‖W‖, where ΔW is the step&apos;s change of the layer&apos;s weights W and ‖·‖ is the root of the sum of squares (the Frobenius norm). A rule of thumb says about 10⁻³ is healthy: each step moves the weights by about a thousandth of their size; the Training health dock shades the band from about 3·10⁻⁴ to 3·10⁻³. Far above it the learning rate is too large and the weights jump about; far below it the layer learns slowly (a learning rate too small, or vanishing gradients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sigmoid or tanh unit is saturated where its weighted sum z lies far out on a flat end of the curve, so its slope f′(z) is nearly 0. The Training health dock counts a (unit, example) pair as saturated where |f′(z)| &lt; 0.05 (σ′ is at most 0.25, tanh′ at most 1) and draws the share of such pairs per layer. On the way back δ is multiplied by f′, so a saturated unit passes almost no gradient: it and the layers below it learn slowly. Large weights or large inputs saturate units; Xavier initialization and scaled inputs help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram (distribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A histogram shows how many values lie where: the range of the values is cut into bins, and each bar is as tall as the number of values in its bin. The Distributions tab of the Training health dock shows, per layer, the histogram of the weights W into it and that of its activations a = f(z) on up to 256 training examples. With &quot;Over time&quot; the histogram of each measurement becomes one column of an image, time to the right and the values upwards, darker where more values are (as TensorBoard shows a histogram over time): weights spreading out, activations piling up at the ends of the sigmoid&apos;s range (saturation) or at 0 (dead ReLUs) show as bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ReLU neuron whose z is negative for every sample outputs 0 and has slope 0 everywhere, so no gradient reaches its weights and it never recovers. Leaky ReLU keeps a small slope to avoid this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Vanishing gradients: the first layer&apos;s gradients are %1 times smaller than the last layer&apos;s, and have been for %2 steps, so the first layers barely learn. Each sigmoid or tanh layer on the way back multiplies the gradient by its slope f′ (at most 0.25 for the sigmoid). Try ReLU in the hidden layers, or Xavier (sigmoid, tanh) or He (ReLU) initialization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead ReLUs: %1 of the %2 units of layer %3 output 0 for every training example. A dead unit passes no gradient back, so it never learns again. Try a smaller learning rate, He initialization, or Leaky ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfitting: the test loss has been rising for %1 epochs while the training loss fell. The network learns the training examples, noise included, instead of the rule behind them. The best test loss, %2, was at epoch %3 (now %4). Early stopping with patience %6 (epochs without a better test loss) would have stopped at epoch %5 and kept the weights of epoch %3. Try regularization (L2, dropout), more training data or a smaller network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfitting: the test loss has been rising for %1 epochs while the training loss fell. The network learns the training examples, noise included, instead of the rule behind them. The best test loss, %2, was at epoch %3 (now %4). Early stopping (patience %6 epochs) stops training at epoch %5 and restores the weights of epoch %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate too large: the training loss jumped up %1 times between two evaluations. The steps overshoot the valley of the loss and land higher up the other side. Try a learning rate 3 to 10 times smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate too large: the training loss goes up and down instead of down (by %1 % of its size between evaluations). The steps jump from one side of the valley of the loss to the other. Try a learning rate 3 to 10 times smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plateau: the training loss has hardly moved for %1 steps (by less than %2 %). The first layer&apos;s gradients are %3 times smaller than the last layer&apos;s (Gradient size in the Training health dock): the first layers barely learn. Try ReLU in the hidden layers, Xavier or He initialization, or Adam; a plateau can also end by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plateau: the training loss has hardly moved for %1 steps (by less than %2 %). If the learning rate is small, try one 3 to 10 times larger; a plateau can also end by itself, and momentum or Adam cross flat stretches faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size 1: every step follows the gradient of a single example. This is stochastic gradient descent (SGD): cheap, noisy steps, %1 per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is the whole training set (%1 examples): every step follows the exact gradient of the training loss. This is batch gradient descent: smooth steps, but only one per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size %1 of %2 training examples: mini-batch gradient descent, %3 steps per epoch, each on the mean gradient of its batch; between SGD&apos;s noisy steps and batch gradient descent&apos;s exact ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each step: a weight moves by η times its gradient (or the gradient as the optimizer rescales it). A number above 0, usually 0.001 to 0.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the previous steps each step keeps, so steps gather speed along a steady slope; 0 is plain SGD. A fraction from 0 to below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the square root in the denominator, so that a weight whose gradients were tiny cannot take a huge step. A small number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <extracomment>the name in a spec, a project file and on the command line the name shown in the window (marked for translation under &quot;optimizers&quot;) the hyper-parameters it reads from its spec, in the order they are shown the update rule, in the symbols of ``hyperparameters`` names of the state arrays this optimizer keeps per parameter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of the running mean of squared gradients that divides each step; closer to 1 remembers longer. A fraction from 0 to below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of the running mean of the gradients (the first moment), the direction of each step; closer to 1 remembers longer. A fraction from 0 to below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of the running mean of squared gradients (the second moment), which scales each weight&apos;s step; closer to 1 remembers longer. A fraction from 0 to below 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phase</name>
    <message>
        <source>Forward pass, layer {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass, layer {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
