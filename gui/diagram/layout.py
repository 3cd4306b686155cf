"""Where every layer, node and edge end sits on the diagram: pure geometry, no Qt.

Layer 0 is the inputs, layers 1..L the dense layers (L = output). A layer is drawn as
one of three kinds:

* ``nodes``   — one round-cornered square per unit, large enough for a heatmap;
* ``compact`` — a layer wider than ``COMPACT_ABOVE`` units: a small cell per unit in
  columns of at most ``COMPACT_ROWS`` rows, so 128 units stay a readable block;
* ``image``   — inputs that form an image (MNIST): one picture, each pixel the end
  point of its input's edges.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

NODE = 40.0  # side of a full node
NODE_GAP = 16.0  # vertical gap between full nodes
BIAS_PAD = 1.0  # edges stop this far left of a node
CELL = 11.0  # side of a compact cell (including its gap)
COMPACT_ABOVE = 32  # layers wider than this are drawn compactly
COMPACT_ROWS = 32
IMAGE_SIDE = 196.0  # the input image's on-screen size (longest side)
LAYER_GAP = 170.0  # horizontal distance between layers
# at most this many edges are drawn per layer: the heaviest by |w| when there are more
MAX_EDGES_PER_LAYER = 160


@dataclass(frozen=True)
class LayerGeometry:
    """One layer's drawing: its kind, x, node size and each unit's centre (units × 2)."""

    index: int
    kind: str  # "nodes" | "compact" | "image"
    x: float
    node_size: float
    centers: np.ndarray  # (n_slots, 2): one row per drawn slot (see slot_of_unit)
    top: float
    bottom: float
    left: float
    right: float
    columns: int = 1
    image_shape: tuple[int, int] | None = None


def layer_geometry(
    index: int, n_slots: int, x: float, image_shape: tuple[int, int] | None = None
) -> LayerGeometry:
    """Geometry of one layer with n_slots drawn units, centred vertically on y = 0."""
    if image_shape is not None:
        h, w = image_shape
        px = IMAGE_SIDE / max(h, w)
        width, height = w * px, h * px
        left, top = x - width / 2, -height / 2
        rows, cols = np.divmod(np.arange(h * w), w)
        centers = np.stack([left + (cols + 0.5) * px, top + (rows + 0.5) * px], axis=1)
        return LayerGeometry(
            index, "image", x, px, centers, top, top + height, left, left + width, w, (h, w)
        )
    if n_slots > COMPACT_ABOVE:
        cols = math.ceil(n_slots / COMPACT_ROWS)
        rows = math.ceil(n_slots / cols)
        width, height = cols * CELL, rows * CELL
        left, top = x - width / 2, -height / 2
        r, c = np.divmod(np.arange(n_slots), cols)
        centers = np.stack([left + (c + 0.5) * CELL, top + (r + 0.5) * CELL], axis=1)
        return LayerGeometry(
            index, "compact", x, CELL - 2, centers, top, top + height, left, left + width, cols
        )
    pitch = NODE + NODE_GAP
    height = n_slots * pitch - NODE_GAP
    top = -height / 2
    ys = top + NODE / 2 + pitch * np.arange(n_slots)
    centers = np.stack([np.full(n_slots, x), ys], axis=1)
    return LayerGeometry(
        index, "nodes", x, NODE, centers, top, top + height, x - NODE / 2, x + NODE / 2
    )


def layer_xs(n_layers: int, first_width: float = NODE) -> list[float]:
    """x of each layer's centre: inputs at 0, then one LAYER_GAP apart (wider after an image)."""
    xs = [0.0]
    extra = max(0.0, first_width / 2 - NODE / 2)
    for k in range(1, n_layers + 1):
        xs.append(xs[-1] + LAYER_GAP + (extra if k == 1 else 0.0))
    return xs


def heaviest_edges(W: np.ndarray, k: int = MAX_EDGES_PER_LAYER) -> tuple[np.ndarray, np.ndarray]:
    """(rows, cols) of the k largest |W| entries, in row-major order; all entries if W has ≤ k."""
    out_n, in_n = W.shape
    if out_n * in_n <= k:
        rows, cols = np.divmod(np.arange(out_n * in_n), in_n)
        return rows, cols
    flat = np.abs(W).ravel()
    flat = np.nan_to_num(flat, nan=0.0)
    idx = np.argpartition(flat, flat.size - k)[flat.size - k :]
    idx.sort()
    return np.divmod(idx, in_n)


def edge_path_points(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    """Start, two control points and end of the S-shaped cubic curve of an edge."""
    mx = (x0 + x1) / 2
    return (x0, y0), (mx, y0), (mx, y1), (x1, y1)
