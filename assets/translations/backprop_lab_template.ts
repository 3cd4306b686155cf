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
    <name>ColorLegend</name>
    <message>
        <source>weight</source>
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
        <source>Share of the data used for training (10–100 %); the rest is the test set, which training never sees. Synthetic sets start at 50 %, the others at 80 %.</source>
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
        <source>Every term and symbol in plain words (F1)</source>
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
        <source>Weights of this layer are frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet</source>
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
    <name>TrainingWorker</name>
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
        <extracomment>a race trains in chunks of about this long between two looks at the command queue a racing worker publishes a snapshot at most this often</extracomment>
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
        <source>Step %1 was dropped: training goes on from step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps %1–%2 were dropped: training goes on from step %3.</source>
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
        <source>dead ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ReLU neuron whose z is negative for every sample outputs 0 and has slope 0 everywhere, so no gradient reaches its weights and it never recovers. Leaky ReLU keeps a small slope to avoid this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>Learning rate</source>
        <extracomment>elements per block of a flat update on the CPU: a block&apos;s slices of the parameters, the gradient, the state and the step (~0.8 MB in float32) stay in the core&apos;s cache across the rule&apos;s dozen passes, which otherwise each stream megabytes through memory</extracomment>
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
