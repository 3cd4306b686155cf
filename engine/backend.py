"""Array backends: NumPy always, CuPy when a CUDA device answers, array-api-strict for tests.

The engine is written once against an array namespace ``xp``. Everything that must
differ between backends lives here: choosing the namespace, moving arrays to and
from the host, random numbers (always drawn on the host from one NumPy generator,
so that every backend sees the same numbers for the same seed) and one-hot encoding
(the one place that would otherwise need a scatter).
"""

from __future__ import annotations

import contextlib
import importlib
import types
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.errors import BackendUnavailable

BACKENDS = ("numpy", "cupy", "array_api_strict")


def _fast_numpy() -> Any:
    """NumPy as an array namespace, with the reductions the training step calls every step
    bound straight to their ufuncs and ``take``/``astype`` to the array's own methods
    (``np.sum`` adds microseconds of dispatch per call, which matters at 20 000 small steps
    a second). Same results, bit for bit."""
    names = {k: getattr(np, k) for k in dir(np) if not k.startswith("_")}

    def fast_sum(x: Any, axis: Any = None, keepdims: bool = False, out: Any = None) -> Any:
        return np.add.reduce(x, axis=axis, keepdims=keepdims, out=out)

    def fast_max(x: Any, axis: Any = None, keepdims: bool = False) -> Any:
        return np.maximum.reduce(x, axis=axis, keepdims=keepdims)  # type: ignore[call-overload]

    def fast_take(x: Any, indices: Any, axis: Any = None) -> Any:
        return x.take(indices, axis=axis)

    def fast_astype(x: Any, dtype: Any, copy: bool = True) -> Any:
        return x.astype(dtype, copy=copy)

    names.update(sum=fast_sum, max=fast_max, take=fast_take, astype=fast_astype)
    return types.SimpleNamespace(**names)


FAST_NUMPY = _fast_numpy()


@dataclass(frozen=True)
class Backend:
    """An array namespace plus the device its arrays live on."""

    name: str
    xp: Any
    device: Any = None

    def asarray(self, a: Any, dtype: str | None = None) -> Any:
        """Copy host data (NumPy array, list, scalar) onto this backend."""
        if self.name == "numpy":  # always a fresh array: the engine updates parameters in place
            return np.array(a, dtype=dtype, order="C", copy=True)
        host = np.asarray(a)
        if dtype is not None:
            host = host.astype(dtype, copy=False)
        if self.name == "array_api_strict":
            return self.xp.asarray(host, device=self.device)
        return self.xp.asarray(host)

    def to_host(self, a: Any) -> np.ndarray:
        """A NumPy copy (or view, for NumPy) of a backend array: the one explicit edge to the host."""
        if self.name == "numpy":
            return a
        if self.name == "cupy":
            return a.get()
        # array-api-strict: move to its CPU device, then a real copy through DLPack
        cpu = a.to_device(self.xp.Device("CPU_DEVICE")) if self.device is not None else a
        return np.from_dlpack(cpu).copy()

    def quiet(self) -> contextlib.AbstractContextManager:
        """Silence floating-point warnings: a diverging run is detected from its loss instead."""
        if self.name == "cupy":
            return contextlib.nullcontext()
        return np.errstate(all="ignore")

    @property
    def has_views(self) -> bool:
        """Whether slices of an array are writable views (NumPy, CuPy; not array-api-strict)."""
        return self.name in ("numpy", "cupy")

    def pack(self, arrays: list[Any]) -> tuple[Any, list[Any]]:
        """One contiguous buffer holding copies of ``arrays``, and views of it shaped like them.

        Only where ``has_views``: one update over the buffer then moves every array,
        which is what lets an optimizer run one vector operation instead of one per
        parameter.
        """
        xp = self.xp
        flat = xp.concatenate([xp.reshape(a, (-1,)) for a in arrays])
        views, offset = [], 0
        for a in arrays:
            size = int(np.prod(a.shape))
            views.append(flat[offset : offset + size].reshape(a.shape))
            offset += size
        return flat, views

    def dtype(self, name: str) -> Any:
        return getattr(self.xp, name)

    def one_hot(self, labels: np.ndarray, n_classes: int, dtype: str) -> Any:
        """One-hot rows for integer class labels (built on the host, then moved)."""
        labels = np.asarray(labels, dtype=np.int64).reshape(-1)
        out = np.zeros((labels.shape[0], n_classes), dtype=dtype)
        out[np.arange(labels.shape[0]), labels] = 1
        return self.asarray(out)

    def to_scalar(self, a: Any) -> float:
        """A 0-d backend array as a Python float (a device sync on GPUs)."""
        return float(self.to_host(a)) if self.name != "numpy" else float(a)


def get_backend(name: str = "numpy", device: str | None = None) -> Backend:
    """The backend called ``name``; BackendUnavailable if it cannot run here."""
    if name == "numpy":
        return Backend("numpy", FAST_NUMPY)
    if name == "cupy":
        try:
            cp = importlib.import_module("cupy")
            if cp.cuda.runtime.getDeviceCount() < 1:
                raise BackendUnavailable("CuPy is installed but no CUDA device answers")
        except BackendUnavailable:
            raise
        except Exception as exc:  # ImportError, CUDARuntimeError, driver errors
            raise BackendUnavailable(
                f"the GPU backend (CuPy) is not available: {exc}. "
                "Install it with `pip install backprop-lab[gpu]` on a machine with a CUDA device."
            ) from exc
        return Backend("cupy", cp)
    if name == "array_api_strict":
        try:
            xps = importlib.import_module("array_api_strict")
        except ImportError as exc:
            raise BackendUnavailable("array-api-strict is not installed") from exc
        dev = None if device in (None, "CPU_DEVICE") else xps.Device(device)
        return Backend("array_api_strict", xps, dev)
    raise BackendUnavailable(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")


def select_backend(name: str = "numpy") -> tuple[Backend, str | None]:
    """The asked-for backend, or NumPy with a message saying why it fell back."""
    try:
        return get_backend(name), None
    except BackendUnavailable as exc:
        return get_backend("numpy"), f"{exc} Falling back to NumPy."


def available_backends() -> list[str]:
    """Backends the user can pick on this machine (NumPy first)."""
    names = ["numpy"]
    try:
        get_backend("cupy")
        names.append("cupy")
    except BackendUnavailable:
        pass
    return names


class Random:
    """The engine's one source of randomness: a seeded NumPy generator on the host.

    Arrays are drawn on the host and moved to the backend, so that NumPy, CuPy and
    the strict backend get identical numbers for identical seeds.
    """

    def __init__(self, seed: int, stream: int = 0):
        self.generator = np.random.Generator(
            np.random.PCG64(np.random.SeedSequence([seed, stream]))
        )

    def uniform(self, low: float, high: float, shape: tuple[int, ...]) -> np.ndarray:
        return self.generator.uniform(low, high, size=shape)

    def normal(self, std: float, shape: tuple[int, ...]) -> np.ndarray:
        return self.generator.normal(0.0, std, size=shape)

    def permutation(self, n: int) -> np.ndarray:
        return self.generator.permutation(n)

    def bernoulli_keep(self, keep: float, shape: tuple[int, ...]) -> np.ndarray:
        """A 0/1 mask, 1 with probability ``keep``."""
        return (self.generator.random(size=shape) < keep).astype(np.float64)

    def get_state(self) -> dict:
        return dict(self.generator.bit_generator.state)

    def set_state(self, state: dict) -> None:
        self.generator.bit_generator.state = state
