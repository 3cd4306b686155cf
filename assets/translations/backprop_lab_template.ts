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
    <message>
        <source>Edge colour: %1 from −%2 (orange) to +%2 (blue)</source>
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
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
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
        <source>%1 training and %2 test samples, %3 features; %4</source>
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
        <source>Export the trained network</source>
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
        <source>Weights (*.npz *.json);;All files (*)</source>
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
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
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
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α (smoothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε</source>
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
        <source>default</source>
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
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector</source>
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
    <name>NetworkDiagram</name>
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
        <source>Weights of this layer are frozen</source>
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
        <source>Output · %1</source>
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
        <source>Current phase</source>
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
        <source>Step-through values of one sample or the batch mean</source>
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
        <source>Hide |w| &lt;</source>
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
        <source>ŷ = %1   y = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: next is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, epoch %2</source>
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
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true class</source>
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
    <name>TrainingWorker</name>
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
        <source>Early stopping: the test loss did not improve for %1 epochs; the best weights are restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training process ended unexpectedly (exit code %1) and could not be restarted. Export what you need from the last values shown, then restart Backprop Lab.</source>
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
        <source>(mean over the batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax mixes all outputs, so δ goes through its whole Jacobian, not one slope.</source>
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
        <source>∂L/∂a collects the δ of every neuron this one feeds, each times the weight between them.</source>
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
        <source>mean over the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout: a mask of 0 switches the neuron off for this step; kept ones are scaled by 1/keep.</source>
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
        <source>+ regularization {r} = total {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss measures how far the predictions are from the targets: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂w = Σ over the batch of δ · {a} (1/n is inside δ) = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch total ∂L/∂w = Σ of the {n} samples&apos; shares = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ regularization: {terms}; ∂L/∂w = {d} + {r} = {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂b = Σ over the batch of δ = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch total ∂L/∂b = Σ of the {n} samples&apos; δ = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check by finite differences: (L({p} + h) − L({p} − h)) / 2h = {fd} (h = {h:g}); backprop {bp}; relative difference {rel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} is frozen: it keeps its value {v}</source>
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
        <source>gradient g = {g}, step s = {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective learning rate s / g = {r} (η = {lr})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{opt} keeps a running memory of past gradients, so its step is not simply η·g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient includes the regularization term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next phase to run a training step phase by phase.</source>
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
        <source>input {j}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron {j} of layer {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight {name}[{i},{j}]: {src} → {dst} — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: gradient of this weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias {name}[{u}] of {who} — {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: gradient of this bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stepped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next phase to run a training step phase by phase; click a neuron or a weight to see its numbers.</source>
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
        <source>output {u}: prediction {a}, target {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data loss L = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularization = {v}</source>
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
        <source>δ passed down to layer {j}: δ_prev = (δ · W) ⊙ f′(z_prev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a weight to see its gradient by the chain rule, factor by factor.</source>
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
        <source>Click a neuron or a weight in the diagram to see its formula with the numbers.</source>
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
