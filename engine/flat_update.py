"""The optimizers' update over one flat buffer: every parameter moved by a few vector operations.

Where the backend has writable views (NumPy, CuPy), the network keeps its trainable
parameters in one buffer (``Network.flat``) and the trainer its gradients in another laid
out the same way (``Network.flat_grad``); the optimizer then keeps its state likewise, and
one update is a handful of operations over whole buffers instead of a handful per
parameter. On the host they run block by block (``BLOCK``) and in place, into buffers kept
from update to update. Each optimizer (engine/optimizers.py) supplies its rule twice:
``_step`` on one parameter (allocating; array-api-strict and device buffers) and ``_kernel``
in place on host blocks, with the same operations in the same order. Elementwise IEEE
arithmetic is correctly rounded, so every way gives the same bits (tests/test_training.py).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np

#: every this many updates of a parameter, its decaying state is flushed of subnormals
FLUSH_EVERY = 16
#: elements per block of a flat update on the CPU: a block's slices of the parameters, the
#: gradient, the state and the step (~0.8 MB in float32) stay in the core's cache across
#: the rule's dozen passes, which otherwise each stream megabytes through memory
BLOCK = 32768


@dataclass(eq=False)
class FlatGroup:
    """Parameters updated together as one flat buffer, with their optimizer state likewise."""

    names: tuple[str, ...]
    layout: list[tuple[str, int, int, tuple[int, ...]]]  # (name, offset, size, shape)
    state: dict[str, Any]  # buffer name → flat array
    t: int  # updates done
    tiny: float  # smallest normal number of the dtype
    stale: bool = True
    step: Any = None  # the last update's steps (host NumPy groups: reused every update)
    scratch: Any = None  # one block of working space (host NumPy groups)
    arrays: list[Any] = dataclasses.field(default_factory=list)  # state, in ``buffers`` order
    key: Any = None  # the list of names last updated with (known at once by identity)


class FlatUpdates:
    """The update of ``engine.optimizers.Optimizer``: over one flat buffer where it can, per
    parameter otherwise. The optimizer supplies ``buffers``, ``state``, ``steps``, ``step``,
    ``_step``, ``_constants`` and ``_kernel``."""

    xp: Any
    buffers: tuple[str, ...] = ()
    state: dict[str, dict[str, Any]]
    steps: dict[str, int]
    _flat: FlatGroup | None
    _last: Any

    def step(self, name: str, param: Any, grad: Any) -> Any:
        """One parameter's step, its state and count updated (the optimizer's)."""
        raise NotImplementedError

    def _step(self, st: dict[str, Any], t: int, param: Any, grad: Any) -> Any:
        """The rule on one array (the optimizer's)."""
        raise NotImplementedError

    def _constants(self, t: int) -> tuple:
        """The rule's scalars for update ``t`` (the optimizer's)."""
        raise NotImplementedError

    def _kernel(self, c: tuple, p: Any, g: Any, s: Any, tmp: Any, *state: Any) -> None:
        """The rule in place on host blocks (the optimizer's)."""
        raise NotImplementedError

    def update(
        self,
        names: list[str],
        params: dict[str, Any],
        grads: dict[str, Any],
        flat: Any = None,
        flat_grad: Any = None,
    ) -> None:
        """Move the named parameters in place by their steps (see ``last_steps``).

        With ``flat`` (the parameters packed in one buffer, ``params`` being views of it,
        see Network._pack) the rule runs once over the whole buffer: a few vector
        operations per step instead of a few per parameter; ``flat_grad``, the gradients
        packed the same way, saves gathering them. On the host it runs block by block
        (``BLOCK``), in place. Elementwise arithmetic is correctly rounded, so every way
        gives the same bits.
        """
        group = self._flat
        if flat is not None and group is not None and group.key is names:
            t = group.t + 1
        elif flat is not None and group is not None and group.names == tuple(names):
            group.key = names
            t = group.t + 1
        elif flat is not None and len({self.steps.get(n, 0) for n in names}) == 1:
            group = self._make_group(tuple(names), params)
            group.key = names
            t = group.t + 1
        else:  # per-parameter arrays (array-api-strict, or parameters at different step counts)
            self._flat = None
            self._last = {}
            for n in names:
                s = self.step(n, params[n], grads[n])
                params[n] -= s
                self._last[n] = s
            return
        xp = self.xp
        st = group.state
        g = flat_grad
        if g is None:
            g = xp.concatenate([xp.reshape(grads[n], (-1,)) for n in names])
        if isinstance(flat, np.ndarray) and isinstance(g, np.ndarray):
            s = self._update_blocks(group, t, flat, g)
        else:  # a device buffer: whole-buffer operations
            s = self._step(st, t, flat, g)
            flat -= s
            if t % FLUSH_EVERY == 0:
                for arr in st.values():  # in place, so the per-name views stay valid
                    arr[xp.abs(arr) < group.tiny] = 0
        group.t = t
        if t == 1 or group.stale:  # state arrays were just created: point the per-name views
            self._point_views(group)
        self._last = (group, s)

    def _update_blocks(self, group: FlatGroup, t: int, flat: Any, g: Any) -> Any:
        """The flat update on host NumPy arrays: ``_kernel`` block by block, in place; the step
        buffer it fills (reused from update to update)."""
        n = flat.shape[0]
        if group.step is None:  # the group's first host update: its buffers, once
            group.step = np.empty_like(flat)
            group.scratch = np.empty(min(BLOCK, n), dtype=flat.dtype)
            st = group.state
            for buf in self.buffers:
                if buf not in st:
                    st[buf] = np.zeros_like(flat)
                    group.stale = True
            group.arrays = [st[buf] for buf in self.buffers]
        s, tmp, state = group.step, group.scratch, group.arrays
        consts = self._constants(t)
        flush = t % FLUSH_EVERY == 0
        kernel = self._kernel
        if n <= BLOCK:  # one block (a small network): no slicing
            kernel(consts, flat, g, s, tmp, *state)
            np.subtract(flat, s, out=flat)
            if flush:
                for arr in state:
                    arr[np.abs(arr, out=tmp) < group.tiny] = 0
            return s
        for lo in range(0, n, BLOCK):
            hi = min(lo + BLOCK, n)
            p, sb, tb = flat[lo:hi], s[lo:hi], tmp[: hi - lo]
            blocks = [arr[lo:hi] for arr in state]
            kernel(consts, p, g[lo:hi], sb, tb, *blocks)
            np.subtract(p, sb, out=p)
            if flush:
                for arr in blocks:
                    arr[np.abs(arr, out=tb) < group.tiny] = 0
        return s

    def last_steps(self) -> dict[str, Any]:
        """{name: step} of the last update (views of the flat step where there was one)."""
        if isinstance(self._last, dict):
            return dict(self._last)
        group, s = self._last
        return {n: s[o : o + size].reshape(shape) for n, o, size, shape in group.layout}

    def _make_group(self, names: tuple[str, ...], params: dict[str, Any]) -> FlatGroup:
        """A flat group over these parameters, its state gathered from the per-name state."""
        xp = self.xp
        layout, offset = [], 0
        for n in names:
            shape = tuple(params[n].shape)
            size = int(np.prod(shape))
            layout.append((n, offset, size, shape))
            offset += size
        state: dict[str, Any] = {}
        for buf in self.buffers:
            parts = [self.state.get(n, {}).get(buf) for n in names]
            if all(p is not None for p in parts):
                state[buf] = xp.concatenate([xp.reshape(p, (-1,)) for p in parts])
        dtype = str(params[names[0]].dtype).split(".")[-1]
        group = FlatGroup(
            names, layout, state, self.steps.get(names[0], 0), float(np.finfo(dtype).tiny)
        )
        self._flat = group
        self._point_views(group)
        return group

    def _point_views(self, group: FlatGroup) -> None:
        """Per-name state as views of the flat state (for state_dict and traces)."""
        for n, o, size, shape in group.layout:
            self.state[n] = {k: v[o : o + size].reshape(shape) for k, v in group.state.items()}
            self.steps[n] = group.t
        group.stale = False
