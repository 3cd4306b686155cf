"""Loss landscapes: the loss over a 2-D slice of weight space through the current weights.

A slice is the plane θ(α, β) = θ₀ + α·d₁ + β·d₂ through the current parameters θ₀, spanned
by two directions of the parameters' shape:

- **two chosen weights** (``weight_directions``): d₁ and d₂ are unit vectors on two entries
  (``("W1", (0, 1))``, …), so α and β are how far each weight moves from its value;
- **two random directions, filter-normalised** (``random_directions``), as in Li et al.
  2018, "Visualizing the Loss Landscape of Neural Nets": a Gaussian direction whose every
  row (a neuron's incoming weights, the "filter" of a dense layer) is rescaled to the
  norm of the same row of W, so that a step of 1 moves each neuron by its own scale and
  networks of different scales can be compared. **Biases**: ``biases="zero"`` (the
  default, as the paper's ``ignore='biasbn'``) leaves them out of the direction;
  ``biases="filter"`` counts each bias with its neuron's row, normalising [W_i | b_i]
  together to ‖[W_i | b_i]‖;
- **the main directions of a race's paths** (``path_directions``), as Li et al. draw
  trajectories: two random directions are nearly orthogonal to any path in a space of many
  weights, so a path projected on them barely moves. Here d₁ and d₂ are the first two
  principal directions of the paths' displacements θ − θ₀ (every recorded point of every
  run, stacked as rows): the top two right singular vectors of that matrix, orthonormal,
  so the plane through θ₀ they span holds as much of the paths' movement as any plane
  can (``explained``: the share of Σ‖θ − θ₀‖² it holds). α and β are then plain distances
  in weight space. Each direction's sign makes the point farthest along it positive.

The grid is evaluated in batches of grid points (``grid_losses``): layer 1 by linearity
(X·W(α,β)ᵀ = X·W₀ᵀ + α·X·D₁ᵀ + β·X·D₂ᵀ), each later layer by one batched matmul over the
stacked parameters of every point. Each value is ``Network.loss`` at those weights (data
loss plus regularization, no dropout) up to rounding; the origin's cell is computed by
``Network.loss`` itself, so it equals the current loss exactly. ``project`` places weight
vectors (a race's paths) on the slice by least squares in the two directions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.backend import Random
from engine.network import Network, param_names

#: random stream of the random directions (0: initial weights, 1: training)
LANDSCAPE_STREAM = 2
#: grid points are evaluated in batches of about this many activations per layer
BATCH_ELEMENTS = 1 << 21
BIASES = ("zero", "filter")
#: the paths' main directions come from at most this many of their points (thinned evenly)
PATH_PCA_ROWS = 600


@dataclass(frozen=True)
class Landscape:
    """The loss on a grid over a slice of weight space; row i is betas[i], column j alphas[j]."""

    alphas: np.ndarray  # (nx,) offsets along d1, 0 in the middle
    betas: np.ndarray  # (ny,) offsets along d2
    loss: np.ndarray  # (ny, nx) float64
    origin_loss: float  # Network.loss at the current weights: loss where alpha = beta = 0
    origin: np.ndarray  # θ₀, flat (W1, b1, W2, … in order), float64
    d1: np.ndarray  # the directions, flat likewise
    d2: np.ndarray
    labels: tuple[str, str]  # "W1[0, 1]", "direction 1" or "path direction 1"
    explained: float | None = None  # paths' slice: the share of their movement it holds

    def to_plain(self) -> dict[str, Any]:
        """Plain values and host arrays (for a worker's event)."""
        return {
            "alphas": self.alphas,
            "betas": self.betas,
            "loss": self.loss,
            "origin_loss": self.origin_loss,
            "origin": self.origin,
            "d1": self.d1,
            "d2": self.d2,
            "labels": list(self.labels),
            "explained": self.explained,
        }


# ----- flat parameter vectors -----------------------------------------------------------
def flat_parameters(network: Network) -> np.ndarray:
    """Every parameter in one float64 host vector, in order W1, b1, W2, …"""
    return flatten(network.get_parameters())


def flatten(params: dict[str, Any]) -> np.ndarray:
    """Host parameters (W1, b1, …) as one float64 vector, in ``param_names`` order."""
    names = param_names(len(params) // 2)
    return np.concatenate([np.asarray(params[n], dtype=np.float64).ravel() for n in names])


def unflatten(vector: np.ndarray, like: dict[str, Any]) -> dict[str, np.ndarray]:
    """A flat vector cut back into arrays shaped like ``like``'s (W1, b1, … order)."""
    out, offset = {}, 0
    for n in param_names(len(like) // 2):
        shape = tuple(like[n].shape)
        size = int(np.prod(shape))
        out[n] = np.asarray(vector[offset : offset + size]).reshape(shape)
        offset += size
    if offset != vector.shape[0]:
        raise ValueError(f"the vector has {vector.shape[0]} entries, the network {offset}")
    return out


# ----- directions -----------------------------------------------------------------------
def weight_directions(
    network: Network, first: tuple[str, Sequence[int]], second: tuple[str, Sequence[int]]
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], tuple[str, str]]:
    """Unit directions on two parameter entries, and their labels; ValueError naming a bad one."""
    params = network.get_parameters()
    dirs, labels, where = [], [], []
    for name, index in (first, second):
        if name not in params:
            raise ValueError(f"there is no parameter {name!r}; the network has {', '.join(params)}")
        idx = tuple(int(i) for i in index)
        shape = params[name].shape
        if len(idx) != len(shape) or any(not 0 <= i < s for i, s in zip(idx, shape, strict=True)):
            raise ValueError(f"{name}{list(idx)} is outside {name}'s shape {tuple(shape)}")
        d = {k: np.zeros(v.shape) for k, v in params.items()}
        d[name][idx] = 1.0
        dirs.append(d)
        where.append((name, idx))
        labels.append(f"{name}[{', '.join(map(str, idx))}]")
    if where[0] == where[1]:
        raise ValueError("the two weights of a slice must differ")
    return dirs[0], dirs[1], (labels[0], labels[1])


def random_directions(
    network: Network, seed: int = 0, biases: str = "zero"
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], tuple[str, str]]:
    """Two Gaussian directions, filter-normalised row by row (see the module's docstring)."""
    if biases not in BIASES:
        raise ValueError(f"biases: expected one of {', '.join(BIASES)}, got {biases!r}")
    params = network.get_parameters()
    rng = Random(seed, LANDSCAPE_STREAM)
    d1 = filter_normalized(params, rng, biases)
    d2 = filter_normalized(params, rng, biases)
    return d1, d2, ("direction 1", "direction 2")


def path_directions(
    network: Network, paths: Sequence[np.ndarray], max_rows: int | None = None
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], tuple[str, str], float]:
    """The first two principal directions of the paths' displacements from the current
    weights (see the module's docstring), their labels and the share of the displacements'
    sum of squares the plane holds; ValueError when the paths have not moved in two ways.
    Paths longer than ``max_rows`` points in all (default ``PATH_PCA_ROWS``) are thinned
    evenly, each keeping its last point."""
    origin = flat_parameters(network)
    rows = [np.asarray(p, dtype=np.float64).reshape(-1, origin.shape[0]) for p in paths if len(p)]
    if not rows:
        raise ValueError("there are no paths to take the directions from: race first")
    cap = PATH_PCA_ROWS if max_rows is None else int(max_rows)
    total_rows = sum(r.shape[0] for r in rows)
    if total_rows > cap:
        rows = [_thin(r, max(2, cap * r.shape[0] // total_rows)) for r in rows]
    moves = np.concatenate(rows) - origin
    s, vt = _top_singular(moves)
    total = float(np.sum(moves * moves))
    if not (total > 0 and s[1] > 1e-6 * s[0]):  # the Gram matrix squares rounding
        raise ValueError("the paths have not yet moved in two directions: let the race run on")
    dirs = []
    for v in vt:
        along = moves @ v
        far = int(np.argmax(np.abs(along)))
        dirs.append(v if along[far] >= 0 else -v)
    like = network.get_parameters()
    explained = min(1.0, float((s[0] ** 2 + s[1] ** 2) / total))
    labels = ("path direction 1", "path direction 2")
    return unflatten(dirs[0], like), unflatten(dirs[1], like), labels, explained


def _thin(rows: np.ndarray, n: int) -> np.ndarray:
    """``n`` of the rows, evenly spaced, the first and the last among them."""
    if rows.shape[0] <= n:
        return rows
    return rows[np.unique(np.linspace(0, rows.shape[0] - 1, n).round().astype(np.int64))]


def _top_singular(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The two largest singular values of m (k × P), zero where it has fewer, and their right
    singular vectors (2 × P); with many more columns than rows, from the small Gram matrix
    m·mᵀ (k × k) instead of a decomposition of m itself."""
    k, p = m.shape
    if p <= 4 * k:
        _, s, vt = np.linalg.svd(m, full_matrices=False)
    else:
        w, u = np.linalg.eigh(m @ m.T)  # ascending
        s = np.sqrt(np.maximum(w[::-1][:2], 0.0))
        vt = (m.T @ u[:, ::-1][:, :2]).T / np.where(s > 0, s, 1.0)[:, None]
    short = max(0, 2 - s.shape[0])
    return np.pad(s[:2], (0, short)), np.concatenate([vt[:2], np.zeros((short, p))])


def filter_normalized(
    params: dict[str, np.ndarray], rng: Random, biases: str = "zero"
) -> dict[str, np.ndarray]:
    """A random direction whose rows have the norms of the weights' rows (Li et al. 2018)."""
    out: dict[str, np.ndarray] = {}
    for k in range(1, len(params) // 2 + 1):
        w = np.asarray(params[f"W{k}"], dtype=np.float64)
        b = np.asarray(params[f"b{k}"], dtype=np.float64)
        if biases == "filter":
            rows = np.concatenate([w, b[:, None]], axis=1)
        else:
            rows = w
        d = rng.normal(1.0, rows.shape)
        norms = np.linalg.norm(d, axis=1, keepdims=True)
        target = np.linalg.norm(rows, axis=1, keepdims=True)
        d = np.divide(d * target, norms, out=np.zeros_like(d), where=norms > 0)
        if biases == "filter":
            out[f"W{k}"], out[f"b{k}"] = d[:, :-1].copy(), d[:, -1].copy()
        else:
            out[f"W{k}"], out[f"b{k}"] = d, np.zeros_like(b)
    return out


# ----- the grid -------------------------------------------------------------------------
def offsets(span: float, resolution: int) -> np.ndarray:
    """``resolution`` evenly spaced offsets from −span to span, exactly 0 in the middle."""
    if resolution < 3 or resolution % 2 == 0:
        raise ValueError(
            f"resolution: expected an odd number of at least 3 (so the current weights are a "
            f"grid point), got {resolution}"
        )
    if not span > 0:
        raise ValueError(f"span: expected a number above 0, got {span}")
    c = resolution // 2
    return span * (np.arange(resolution, dtype=np.float64) - c) / c


#: an axis's extent: a number s (from −s to s), or (low, high) with low ≤ 0 ≤ high
AxisSpan = float | tuple[float, float]


def axis_offsets(span: AxisSpan, resolution: int) -> np.ndarray:
    """One axis's ``resolution`` evenly spaced offsets: from −span to span (a number, 0 in the
    middle), or covering (low, high) (a pair: a slice fitted to paths that all head one way
    spends its grid where they go). 0, the current weights, is always exactly one of them."""
    if isinstance(span, int | float):
        return offsets(float(span), resolution)
    offsets(1.0, resolution)  # the same check of the resolution
    low, high = float(span[0]), float(span[1])
    if not (low <= 0.0 <= high and high - low > 0):
        raise ValueError(f"span: expected low ≤ 0 ≤ high with low < high, got ({low}, {high})")
    step = (high - low) / (resolution - 2)  # a cell to spare: 0 on the grid, both ends inside
    zero = math.ceil(-low / step)
    return (np.arange(resolution, dtype=np.float64) - zero) * step


def loss_landscape(
    network: Network,
    X: Any,
    Y: Any,
    d1: dict[str, np.ndarray],
    d2: dict[str, np.ndarray],
    span: float | tuple[AxisSpan, AxisSpan] = 1.0,
    resolution: int = 41,
    labels: tuple[str, str] = ("direction 1", "direction 2"),
    explained: float | None = None,
) -> Landscape:
    """The loss of ``network`` on inputs X, targets Y (backend arrays, as the trainer holds
    them) over the slice spanned by d1 and d2: ``span`` either way of the current weights, or
    per axis (``axis_offsets``)."""
    sx, sy = (span, span) if isinstance(span, int | float) else span
    alphas, betas = axis_offsets(sx, resolution), axis_offsets(sy, resolution)
    aa, bb = np.meshgrid(alphas, betas)  # row i: betas[i]; column j: alphas[j]
    with network.backend.quiet():
        values = grid_losses(network, X, Y, d1, d2, aa.ravel(), bb.ravel())
        origin_loss = network.loss(X, Y)
    grid = values.reshape(aa.shape)
    grid[int(np.flatnonzero(betas == 0)[0]), int(np.flatnonzero(alphas == 0)[0])] = origin_loss
    return Landscape(
        alphas,
        betas,
        grid,
        origin_loss,
        flat_parameters(network),
        flatten(d1),
        flatten(d2),
        labels,
        explained,
    )


def grid_losses(
    network: Network,
    X: Any,
    Y: Any,
    d1: dict[str, np.ndarray],
    d2: dict[str, np.ndarray],
    alphas: np.ndarray,
    betas: np.ndarray,
) -> np.ndarray:
    """Network.loss (data + regularization, no dropout) at θ₀ + αᵢ·d1 + βᵢ·d2 for each i, as a
    float64 host array; grid points are evaluated in batches."""
    be, xp = network.backend, network.xp
    dtype = network.spec.dtype
    n = int(X.shape[0])
    dev1 = {k: be.asarray(v, dtype) for k, v in d1.items()}
    dev2 = {k: be.asarray(v, dtype) for k, v in d2.items()}
    # every quantity linear in (α, β) as three flat rows: its value at θ₀, along d1, along d2
    first = tuple(  # layer 1's z: X·W(α,β)ᵀ + b(α,β) = z₀ + α·(X·D₁ᵀ + db₁) + β·(X·D₂ᵀ + db₂)
        xp.reshape(X @ p["W1"].T + p["b1"], (1, -1)) for p in (network.params, dev1, dev2)
    )
    # weights as Wᵀ (in × out), so that a layer is one batched matmul a·Wᵀ with no transpose
    linear = {
        name: tuple(
            xp.reshape(p[name].T if name.startswith("W") else p[name], (1, -1))
            for p in (network.params, dev1, dev2)
        )
        for name in network.params
    }
    width = max(network.spec.sizes[1:])
    per_point = max(n * width, max(int(np.prod(p.shape)) for p in network.params.values()))
    batch = max(1, BATCH_ELEMENTS // per_point)
    out = np.empty(len(alphas))
    for start in range(0, len(alphas), batch):
        a = be.asarray(alphas[start : start + batch].reshape(-1, 1), dtype)
        b = be.asarray(betas[start : start + batch].reshape(-1, 1), dtype)
        losses = _batch_losses(network, Y, first, linear, a, b)
        out[start : start + batch] = be.to_host(losses)
    return out


def _along(parts: tuple[Any, Any, Any], a: Any, b: Any) -> Any:
    """v₀ + α·v₁ + β·v₂ for each grid point: (G, size) from three (1, size) rows."""
    v = a * parts[1]
    v += b * parts[2]
    v += parts[0]
    return v


def _batch_losses(network: Network, Y: Any, first: tuple, linear: dict, a: Any, b: Any) -> Any:
    """The loss at each of a batch of grid points (a, b: shape (G, 1)), as a (G,) backend array."""
    xp, spec = network.xp, network.spec
    G, n = int(a.shape[0]), int(Y.shape[0])
    sizes = spec.sizes
    reg: Any = 0.0
    z: Any = None
    for k in range(1, network.n_layers + 1):
        w_name, b_name = network.layer_names[k - 1]
        W: Any = None  # the stack of Wᵀ, (G, in, out)
        if spec.l1 or spec.l2 or k > 1:
            W = xp.reshape(_along(linear[w_name], a, b), (G, sizes[k - 1], sizes[k]))
        if k == 1:
            z = xp.reshape(_along(first, a, b), (G, n, sizes[1]))
        else:
            act = network.activations[k - 2].forward(xp, z)
            z = act @ W
            z += xp.reshape(_along(linear[b_name], a, b), (G, 1, sizes[k]))
        if spec.l1:
            reg = reg + spec.l1 * xp.sum(xp.abs(W), axis=(1, 2))
        if spec.l2:
            reg = reg + 0.5 * spec.l2 * xp.sum(W * W, axis=(1, 2))
    data = _batched_loss(xp, spec.loss, network.activations[-1], z, Y)
    return data + reg if (spec.l1 or spec.l2) else data


def _batched_loss(xp: Any, loss: str, act: Any, z: Any, y: Any) -> Any:
    """engine.losses.loss_value for a stack of outputs z (G, n, k) against targets y (n, k)."""
    n, k = int(z.shape[1]), int(z.shape[2])
    if loss == "cce":
        shifted = z - xp.max(z, axis=2, keepdims=True)
        log_p = shifted - xp.log(xp.sum(xp.exp(shifted), axis=2, keepdims=True))
        return -xp.sum(y * log_p, axis=(1, 2)) / n
    if loss == "bce":
        per = xp.maximum(z, xp.zeros_like(z)) - z * y + xp.log1p(xp.exp(-xp.abs(z)))
        return xp.sum(per, axis=(1, 2)) / (n * k)
    if act.name == "softmax":
        e = xp.exp(z - xp.max(z, axis=2, keepdims=True))
        out = e / xp.sum(e, axis=2, keepdims=True)
    else:
        out = act.forward(xp, z)
    diff = out - y
    if loss == "mse":
        return xp.sum(diff * diff, axis=(1, 2)) / (n * k)
    return 0.5 * xp.sum(diff * diff, axis=(1, 2)) / n


# ----- paths on the slice -----------------------------------------------------------------
def project(landscape: Landscape, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Least-squares coordinates (α, β) on the slice of flat parameter vectors (k × P), and
    each vector's distance from the slice's plane (0 for a point on it)."""
    v = np.atleast_2d(np.asarray(vectors, dtype=np.float64))
    if v.shape[0] == 0:
        return np.zeros((0, 2)), np.zeros(0)
    if v.shape[1] != landscape.origin.shape[0]:
        raise ValueError(
            f"the vectors have {v.shape[1]} entries, the network {landscape.origin.shape[0]}"
        )
    basis = np.stack([landscape.d1, landscape.d2], axis=1)  # P × 2
    rel = (v - landscape.origin).T  # P × k
    coords, *_ = np.linalg.lstsq(basis, rel, rcond=None)
    off = np.linalg.norm(rel - basis @ coords, axis=0)
    return coords.T, off
