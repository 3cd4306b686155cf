"""Timeline: the last N training states, kept within a memory budget, to go back to.

The worker records ``Trainer.state_dict()`` after each step (or at each step boundary
while stepping). Going back is ``trainer.load_state_dict(timeline.get(step))``: the
weights, the optimizer's moments, the counters, the shuffle and the random stream all
come back, so training continues exactly as it did the first time (bit for bit).

Each state is stored packed: its arrays' bytes in one ``bytes`` blob and the rest (the
nesting, counters, the random state) as one JSON string. Two flat objects per state,
whatever its shape, so the garbage collector has nothing to walk (tens of thousands of
nested dicts made every full collection slower as the timeline filled, and training with
it), and what ``nbytes`` counts is what is held: both objects' sizes plus the entry's
bookkeeping. Recording is O(1) (no scan of the states already held).

Memory: when a new record pushes ``nbytes`` over ``budget_bytes`` the oldest states are
dropped; the newest state is always kept, even alone over budget. With the default
64 MiB, float32 (the default dtype): a playground net (2-8-8-2 with Adam on 200 rows, about
3.5 KB a state packed) keeps over 15 000 steps; a 784-128-10 MNIST net keeps 75 steps with
SGD (0.89 MB a state: 0.41 MB of weights and the 60 000-row shuffle, 0.48 MB) and 39 with
Adam (1.7 MB: its two moment buffers add 0.81 MB). float64 doubles the weights' share.
The timeline never shares memory with the trainer: it copies on ``record`` and on ``get``.
"""

from __future__ import annotations

import json
import sys
from collections import OrderedDict
from typing import Any

import numpy as np

DEFAULT_BUDGET = 64 * 2**20
# what an entry costs besides its two objects: the OrderedDict's slot and links, the key,
# the (skeleton, blob, size) tuple, the allocator's rounding (measured with tracemalloc on
# the playground network: 4,704 bytes held per 4,150-byte packed state)
ENTRY_OVERHEAD = 600


def pack_state(state: Any) -> tuple[str, bytes]:
    """A state as (JSON skeleton, bytes of its arrays): two flat objects, a copy of it all."""
    chunks: list[bytes] = []
    skeleton = json.dumps(_encode(state, chunks), separators=(",", ":"))
    return skeleton, b"".join(chunks)


def _encode(v: Any, chunks: list[bytes]) -> Any:
    """``v`` with each array replaced by a marker of where its bytes go in ``chunks``.

    A plain function, not a closure: a recursive closure is a reference cycle, and each
    record would leave one behind for the garbage collector.
    """
    if isinstance(v, np.ndarray):
        offset = sum(len(c) for c in chunks)
        chunks.append(np.ascontiguousarray(v).tobytes())
        return {"@a": [offset, v.dtype.str, list(v.shape)]}
    if isinstance(v, dict):
        if all(isinstance(k, str) for k in v):
            return {k: _encode(x, chunks) for k, x in v.items()}
        return {"@d": [[_encode(k, chunks), _encode(x, chunks)] for k, x in v.items()]}
    if isinstance(v, list):
        return [_encode(x, chunks) for x in v]
    if isinstance(v, tuple):
        return {"@t": [_encode(x, chunks) for x in v]}
    if isinstance(v, np.generic):
        return v.item()
    return v


def unpack_state(skeleton: str, blob: bytes) -> Any:
    """The state ``pack_state`` packed; its arrays are fresh, writeable copies."""
    return _decode(json.loads(skeleton), blob)


def _decode(v: Any, blob: bytes) -> Any:
    if isinstance(v, dict):
        if "@a" in v:
            offset, dtype, shape = v["@a"]
            count = int(np.prod(shape)) if shape else 1
            flat = np.frombuffer(blob, dtype=np.dtype(dtype), count=count, offset=offset)
            return flat.reshape(shape).copy()
        if "@t" in v:
            return tuple(_decode(x, blob) for x in v["@t"])
        if "@d" in v:
            return {_decode(k, blob): _decode(x, blob) for k, x in v["@d"]}
        return {k: _decode(x, blob) for k, x in v.items()}
    if isinstance(v, list):
        return [_decode(x, blob) for x in v]
    return v


def packed_nbytes(skeleton: str, blob: bytes) -> int:
    """Bytes a packed state holds in memory: both objects and the entry's bookkeeping."""
    return sys.getsizeof(skeleton) + sys.getsizeof(blob) + ENTRY_OVERHEAD


def state_nbytes(value: Any) -> int:
    """Bytes of the arrays inside a (nested) state (their data only)."""
    if isinstance(value, np.ndarray):
        return int(value.nbytes)
    if isinstance(value, dict):
        return sum(state_nbytes(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(state_nbytes(v) for v in value)
    return 0


class Timeline:
    """Trainer states by step number, oldest dropped first once over the memory budget."""

    def __init__(self, budget_bytes: int = DEFAULT_BUDGET):
        if budget_bytes <= 0:
            raise ValueError(f"the timeline's memory budget must be positive, got {budget_bytes}")
        self.budget_bytes = int(budget_bytes)
        self._states: OrderedDict[int, tuple[str, bytes, int]] = OrderedDict()
        self._nbytes = 0

    def record(self, step: int, state: dict) -> None:
        """Keep a copy of ``state`` (a Trainer.state_dict()) as the state after ``step`` steps.

        Recording a step that is not after the newest one first drops every later step
        (after going back, the old future is gone). Re-recording a step replaces it.
        """
        step = int(step)
        if self._states and step <= next(reversed(self._states)):
            self.truncate_after(step)  # only when going back: recording on is O(1)
            if step in self._states:
                self._nbytes -= self._states.pop(step)[2]
        skeleton, blob = pack_state(state)
        size = packed_nbytes(skeleton, blob)
        self._states[step] = (skeleton, blob, size)
        self._nbytes += size
        while self._nbytes > self.budget_bytes and len(self._states) > 1:
            _, (_, _, old) = self._states.popitem(last=False)
            self._nbytes -= old

    def steps(self) -> tuple[int, ...]:
        """The step numbers that can be restored, oldest first."""
        return tuple(self._states)

    def get(self, step: int) -> dict:
        """A fresh copy of the state after ``step`` steps; KeyError names what is available."""
        step = int(step)
        if step not in self._states:
            have = self.steps()
            span = f"steps {have[0]}–{have[-1]}" if have else "nothing yet"
            raise KeyError(f"step {step} is not on the timeline (it holds {span})")
        skeleton, blob, _ = self._states[step]
        return unpack_state(skeleton, blob)

    def truncate_after(self, step: int) -> None:
        """Forget every state after ``step``."""
        while self._states and next(reversed(self._states)) > step:
            self._nbytes -= self._states.popitem(last=True)[1][2]

    def clear(self) -> None:
        """Forget everything (on reset, a new dataset or a new architecture)."""
        self._states.clear()
        self._nbytes = 0

    @property
    def nbytes(self) -> int:
        """Bytes held: the packed states and their bookkeeping (what the budget limits)."""
        return self._nbytes

    def __len__(self) -> int:
        return len(self._states)

    def __contains__(self, step: object) -> bool:
        return step in self._states
