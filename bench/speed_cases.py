"""Engine speed against its peers, measured in the same run (bench/engine.py's mnist-mlp, iris and
threads cases).

Every figure sits beside its peer from the same run: the machine may be shared, so the
contenders take turns (engine, hand-written NumPy, PyTorch; again and again) and the medians
are compared. The NumPy and PyTorch peers run on as many BLAS threads as the engine's thread
policy chose (engine/threads.py), so that the comparison is of the code, not of the threads.
"""

from __future__ import annotations

import collections
import math
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from engine.backend import FAST_NUMPY, Backend
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from engine.threads import set_blas_threads, usable_cores
from engine.training import Trainer

PHASES = ("batch", "forward", "loss", "backward", "update")


def _median(values: list[float], digits: int = 3) -> float:
    return round(float(statistics.median(values)), digits)


# ----- the engine, phase by phase ------------------------------------------------------------
def engine_phases(tr: Trainer, steps: int) -> dict[str, float]:
    """Milliseconds per step in each phase of Trainer._step, over ``steps`` steps."""
    net, opt, clock = tr.network, tr.optimizer, time.perf_counter
    spent = dict.fromkeys(PHASES, 0.0)
    tr.use_threads()
    with tr.backend.quiet():
        for _ in range(steps):
            t0 = clock()
            b = tr.begin_step()
            t1 = clock()
            caches = net.forward_pass(b.X, b.masks)
            t2 = clock()
            data_loss, _, delta = net.output_delta(caches[-1], b.Y)
            loss = tr.backend.to_scalar(net.total_loss(data_loss))
            t3 = clock()
            grads = net.backward_pass(delta, caches, out=net.grad_views)[0]
            t4 = clock()
            opt.update(net.flat_names, net.params, grads, net.flat, net.flat_grad)
            t5 = clock()
            tr.end_step(loss)
            for name, a, z in zip(PHASES, (t0, t1, t2, t3, t4), (t1, t2, t3, t4, t5), strict=True):
                spent[name] += z - a
    return {k: round(v / steps * 1000, 3) for k, v in spent.items()}


# ----- the hand-written NumPy peer -----------------------------------------------------------
class NumpyMLP:
    """A ReLU MLP with softmax cross-entropy and Adam as one would write it in plain NumPy:
    the peer that shows what the engine's generality costs."""

    def __init__(self, sizes: tuple[int, ...], lr: float, seed: int = 0, dtype=np.float32):
        rng = np.random.default_rng(seed)
        self.W = [
            (rng.normal(size=(o, i)) * math.sqrt(2.0 / i)).astype(dtype)
            for i, o in zip(sizes, sizes[1:], strict=False)
        ]
        self.b = [np.zeros(o, dtype) for o in sizes[1:]]
        self.params = [p for pair in zip(self.W, self.b, strict=True) for p in pair]
        self.m = [np.zeros_like(p) for p in self.params]
        self.v = [np.zeros_like(p) for p in self.params]
        self.t, self.lr = 0, lr

    def step(self, x: np.ndarray, y: np.ndarray, spent: dict[str, float] | None = None) -> float:
        clock = time.perf_counter
        t1 = clock()
        acts, zs = [x], []
        for k, (W, b) in enumerate(zip(self.W, self.b, strict=True)):
            z = acts[-1] @ W.T + b
            zs.append(z)
            if k < len(self.W) - 1:
                acts.append(np.maximum(z, 0))
        t2 = clock()
        z = zs[-1]
        e = np.exp(z - z.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        rows = np.arange(len(y))
        loss = float(-np.log(p[rows, y]).mean())
        delta = p
        delta[rows, y] -= 1
        delta /= len(y)
        t3 = clock()
        grads: list[Any] = [None] * len(self.params)
        for k in range(len(self.W) - 1, -1, -1):
            grads[2 * k] = delta.T @ acts[k]
            grads[2 * k + 1] = delta.sum(axis=0)
            if k:
                delta = (delta @ self.W[k]) * (zs[k - 1] > 0)
        t4 = clock()
        self.t += 1
        b1, b2, eps = 0.9, 0.999, 1e-8
        # Adam as its paper writes it for speed: the bias corrections folded into one step size
        lr_t = self.lr * math.sqrt(1 - b2**self.t) / (1 - b1**self.t)
        eps_t = eps * math.sqrt(1 - b2**self.t)
        for p_, g, m, v in zip(self.params, grads, self.m, self.v, strict=True):
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * (g * g)
            p_ -= lr_t * m / (np.sqrt(v) + eps_t)
        t5 = clock()
        if spent is not None:
            for name, a, z_ in zip(PHASES[1:], (t1, t2, t3, t4), (t2, t3, t4, t5), strict=True):
                spent[name] += z_ - a
        return loss


def numpy_epoch(model: NumpyMLP, X: np.ndarray, y: np.ndarray, batch: int, seed: int) -> float:
    """Seconds for one shuffled epoch of the NumPy peer."""
    perm = np.random.default_rng(seed).permutation(len(X))
    t0 = time.perf_counter()
    with np.errstate(all="ignore"):
        for i in range(0, len(X), batch):
            idx = perm[i : i + batch]
            model.step(X[idx], y[idx])
    return time.perf_counter() - t0


def numpy_phases(model: NumpyMLP, X: np.ndarray, y: np.ndarray, batch: int, steps: int) -> dict:
    perm = np.random.default_rng(1).permutation(len(X))
    spent = dict.fromkeys(PHASES, 0.0)
    for s in range(steps):
        t0 = time.perf_counter()
        idx = perm[(s * batch) % (len(X) - batch) :][:batch]
        xb, yb = X[idx], y[idx]
        spent["batch"] += time.perf_counter() - t0
        model.step(xb, yb, spent)
    return {k: round(v / steps * 1000, 3) for k, v in spent.items()}


# ----- the PyTorch peer ----------------------------------------------------------------------
class TorchMLP:
    """The same model in PyTorch (eager, CPU), on ``threads`` intra-op threads."""

    def __init__(self, sizes: tuple[int, ...], lr: float, threads: int):
        import torch

        self.threads = threads
        torch.manual_seed(0)
        layers: list[Any] = []
        for i, o in zip(sizes, sizes[1:], strict=False):
            layers += [torch.nn.Linear(i, o), torch.nn.ReLU()]
        self.torch = torch
        self.model = torch.nn.Sequential(*layers[:-1])
        self.opt = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.loss = torch.nn.CrossEntropyLoss()

    def epoch(self, X: Any, y: Any, batch: int) -> float:
        self.torch.set_num_threads(self.threads)
        perm = self.torch.randperm(len(X))
        t0 = time.perf_counter()
        for i in range(0, len(X), batch):
            idx = perm[i : i + batch]
            self.opt.zero_grad()
            self.loss(self.model(X[idx]), y[idx]).backward()
            self.opt.step()
        return time.perf_counter() - t0

    def phases(self, X: Any, y: Any, batch: int, steps: int) -> dict[str, float]:
        self.torch.set_num_threads(self.threads)
        perm, clock = self.torch.randperm(len(X)), time.perf_counter
        spent = dict.fromkeys(PHASES, 0.0)
        for s in range(steps):
            t0 = clock()
            idx = perm[(s * batch) % (len(X) - batch) :][:batch]
            xb, yb = X[idx], y[idx]
            t1 = clock()
            self.opt.zero_grad()
            out = self.model(xb)
            t2 = clock()
            loss = self.loss(out, yb)
            t3 = clock()
            loss.backward()
            t4 = clock()
            self.opt.step()
            t5 = clock()
            for name, a, z in zip(PHASES, (t0, t1, t2, t3, t4), (t1, t2, t3, t4, t5), strict=True):
                spent[name] += z - a
        return {k: round(v / steps * 1000, 3) for k, v in spent.items()}


def _has_torch() -> bool:
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


# ----- mnist-mlp ---------------------------------------------------------------------------
def mnist_mlp(vs_torch: bool, rounds: int = 3) -> dict:
    """One epoch of 784-512-512-10 on 60 000 rows: the engine, the NumPy peer and (with
    ``vs_torch``) PyTorch in turns, ``rounds`` times; medians, and where each one's time goes."""
    from bench.engine import _mnist_data, _mnist_spec

    X, y = _mnist_data()
    spec = _mnist_spec()
    sizes, batch, lr = spec.sizes, spec.batch_size, spec.optimizer.lr
    trainer = Trainer(spec, X, y)
    threads = trainer.use_threads()  # the policy's choice, before anything runs
    set_blas_threads(threads)
    ref = NumpyMLP(sizes, lr)
    peer = own = None
    if vs_torch and _has_torch():
        import torch

        peer = TorchMLP(sizes, lr, threads)
        Xt, yt = torch.from_numpy(X), torch.from_numpy(y)
        if torch.get_num_threads() != threads:  # also PyTorch on its own default threads
            own = TorchMLP(sizes, lr, torch.get_num_threads())
    times: dict[str, list[float]] = collections.defaultdict(list)
    engine_threads = []
    for r in range(rounds):
        t0 = time.perf_counter()
        trainer.run_epoch()
        times["engine"].append(time.perf_counter() - t0)
        engine_threads.append(trainer.thread_policy.threads)
        set_blas_threads(threads)
        times["numpy"].append(numpy_epoch(ref, X, y, batch, seed=r))
        if peer is not None:
            times["torch"].append(peer.epoch(Xt, yt, batch))
        if own is not None:
            times["torch_default_threads"].append(own.epoch(Xt, yt, batch))
    phases = {"engine": engine_phases(trainer, 100), "numpy": numpy_phases(ref, X, y, batch, 100)}
    out: dict[str, Any] = {
        "case": "mnist-mlp",
        "seconds_per_epoch": _median(times["engine"]),
        "numpy_seconds_per_epoch": _median(times["numpy"]),
        "ratio_vs_numpy": round(
            statistics.median(times["engine"]) / statistics.median(times["numpy"]), 3
        ),
        "blas_threads": threads,
        "engine_threads_by_round": engine_threads,
        "rounds": rounds,
    }
    if peer is not None:
        phases["torch"] = peer.phases(Xt, yt, batch, 100)
        out["torch_seconds_per_epoch"] = _median(times["torch"])
        out["ratio_vs_torch"] = round(
            statistics.median(times["engine"]) / statistics.median(times["torch"]), 3
        )
    if own is not None:
        out["torch_default_threads"] = own.threads
        out["torch_default_threads_seconds_per_epoch"] = _median(times["torch_default_threads"])
    out["epochs_s"] = {k: [round(t, 3) for t in v] for k, v in times.items()}
    out["phase_ms_per_step"] = phases
    return out


# ----- iris: the cost of a call --------------------------------------------------------------
class _Counted(np.ndarray):
    """An array that counts every NumPy function and ufunc call made on it (and its results)."""

    calls: collections.Counter = collections.Counter()

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        name = ufunc.__name__ if method == "__call__" else f"{ufunc.__name__}.{method}"
        _Counted.calls[name] += 1
        plain = tuple(i.view(np.ndarray) if isinstance(i, _Counted) else i for i in inputs)
        out = kwargs.get("out")
        if out:
            kwargs["out"] = tuple(o.view(np.ndarray) if isinstance(o, _Counted) else o for o in out)
        result = getattr(ufunc, method)(*plain, **kwargs)
        if out:
            return out[0] if len(out) == 1 else out
        return result.view(_Counted) if isinstance(result, np.ndarray) else result

    def __array_function__(self, func, types, args, kwargs):
        _Counted.calls[func.__name__] += 1
        return super().__array_function__(func, types, args, kwargs)

    def take(self, *args, **kwargs):  # the engine calls the methods of these two
        _Counted.calls["take"] += 1
        return super().take(*args, **kwargs)

    def astype(self, *args, **kwargs):
        _Counted.calls["astype"] += 1
        return super().astype(*args, **kwargs)


class _CountingBackend(Backend):
    """NumPy, with every array the engine makes counting the calls on it."""

    def asarray(self, a: Any, dtype: str | None = None) -> Any:
        return super().asarray(a, dtype).view(_Counted)

    def pack(self, arrays: list[Any]) -> tuple[Any, list[Any]]:
        flat, _ = super().pack(arrays)
        flat = flat.view(_Counted)
        views, offset = [], 0
        for a in arrays:
            size = int(np.prod(a.shape))
            views.append(flat[offset : offset + size].reshape(a.shape))
            offset += size
        return flat, views


def numpy_calls_per_step(make: Callable[[Backend], Trainer], steps: int = 50) -> tuple[float, dict]:
    """NumPy calls (functions and ufuncs, operators included) per fast-path step, and by name."""
    tr = make(_CountingBackend("numpy", FAST_NUMPY))
    tr.run_steps(20)
    _Counted.calls.clear()
    tr.run_steps(steps)
    by_name = {k: round(v / steps, 2) for k, v in _Counted.calls.most_common()}
    return round(sum(_Counted.calls.values()) / steps, 1), by_name


def iris_trainer(backend: Backend | str = "numpy") -> Trainer:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 120)
    X = rng.normal(size=(120, 4)) + y[:, None]
    spec = NetworkSpec(
        4,
        (LayerSpec(10, "relu"), LayerSpec(10, "relu"), LayerSpec(3, "softmax")),
        loss="cce",
        optimizer=OptimizerSpec("adam", 0.01),
        batch_size=120,
    ).validated()
    return Trainer(spec, X, y, backend=backend)


def iris(vs_torch: bool, windows: int = 20, per_window: int = 500) -> dict:
    """Steps per second of the iris network, windows taking turns with a hand-written NumPy
    peer (float32 like the engine's default); best and median window; NumPy calls per step."""
    tr = iris_trainer()
    X, y = (np.asarray(a) for a in tr._host_data[:2])
    ref = NumpyMLP(tr.spec.sizes, 0.01)
    Xf = X.astype(np.float32)
    tr.run_steps(200)
    rates: dict[str, list[float]] = collections.defaultdict(list)
    with np.errstate(all="ignore"):
        for _ in range(windows):
            t0 = time.perf_counter()
            tr.run_steps(per_window)
            rates["engine"].append(per_window / (time.perf_counter() - t0))
            rng = np.random.default_rng(0)
            t0 = time.perf_counter()
            for _ in range(per_window):
                idx = rng.permutation(len(Xf))
                ref.step(Xf[idx], y[idx])
            rates["numpy"].append(per_window / (time.perf_counter() - t0))
    calls, by_name = numpy_calls_per_step(iris_trainer)
    return {
        "case": "iris",
        "steps_per_second": round(max(rates["engine"])),
        "median_steps_per_second": round(statistics.median(rates["engine"])),
        "numpy_steps_per_second": round(max(rates["numpy"])),
        "numpy_median_steps_per_second": round(statistics.median(rates["numpy"])),
        "numpy_calls_per_step": calls,
        "calls_by_name": by_name,
    }


# ----- threads: the thread policy against 1 and all cores ------------------------------------
def digits_trainer() -> Trainer:
    """digits on 64-512-512-10 ReLU with dropout, batch 32, Adam (the app's float32)."""
    from engine.datasets import DatasetSpec, load_dataset

    ds = load_dataset(DatasetSpec(name="digits"))
    spec = NetworkSpec(
        64,
        (LayerSpec(512, "relu"), LayerSpec(512, "relu"), LayerSpec(10, "softmax")),
        loss="cce",
        init="he",
        optimizer=OptimizerSpec("adam", 1e-3),
        batch_size=32,
        dropout=0.2,
    ).validated()
    return Trainer(spec, ds.X_train, ds.y_train)


def _policy_epochs(cores: int, repeats: int, epochs: int = 2) -> dict[str, Any]:
    """Epoch seconds of the default policy, 1 thread and all cores, taking turns (``epochs``
    at a time, ``repeats`` turns); medians."""
    trainers = {"default": digits_trainer(), "one": digits_trainer(), "all": digits_trainer()}
    trainers["one"].thread_policy.fixed = 1
    trainers["all"].thread_policy.fixed = cores
    for tr in trainers.values():
        tr.run_epoch()  # warm-up, and the policy's first look
    times: dict[str, list[float]] = collections.defaultdict(list)
    used = []
    labels = list(trainers)
    for r in range(repeats):
        for label in labels[r % 3 :] + labels[: r % 3]:  # each in every place of the turn
            tr = trainers[label]
            t0 = time.perf_counter()
            for _ in range(epochs):
                tr.run_epoch()
            times[label].append((time.perf_counter() - t0) / epochs)
            # OpenBLAS's threads spin for a while after their last product: let them settle
            # before the next contender (one thread) runs beside them
            time.sleep(0.3)
        used.append(trainers["default"].thread_policy.threads)
    result: dict[str, Any] = {label: _median(t) for label, t in times.items()}
    result["fastest"] = {label: round(min(t), 3) for label, t in times.items()}
    result["default_threads"] = used
    best = min(result["default"], result["one"], result["all"])
    result["default_over_best"] = round(result["default"] / best, 3)
    # the fastest sample of each: what each can do between the other processes' bursts
    fastest = result["fastest"]
    result["default_over_best_fastest"] = round(fastest["default"] / min(fastest.values()), 3)
    return result


def threads(vs_torch: bool, repeats: int = 9) -> dict:
    """One epoch of digits (64-512-512-10, batch 32) with the default thread policy, 1 thread
    and all cores, on the machine as it is and with a CPU-bound competitor the bench starts;
    medians of ``repeats`` epochs each, taking turns. The default's bar: within 1.15 × the
    best of the three in both situations."""
    cores = usable_cores()
    out: dict[str, Any] = {"case": "threads", "cores": cores}
    for situation in ("idle", "competitor"):
        rival = None
        if situation == "competitor":
            rival = subprocess.Popen([sys.executable, "-c", "while True: pass"])
            time.sleep(1.5)  # running for a while before training looks at the machine
        try:
            out[situation] = _policy_epochs(cores, repeats)
        finally:
            if rival is not None:
                rival.kill()
                rival.wait()
    with open("/proc/loadavg") as f:
        out["loadavg"] = f.read().split()[:3]
    return out
