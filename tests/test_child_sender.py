"""The training process's sender (session/process.py ``_Sender``): while playing it never waits
for the window, a snapshot the pipe could not take yet gives way to a newer one with its
history rows merged in, and events are never dropped and keep their order."""

from __future__ import annotations

import os
import threading

import numpy as np

from session.process import _Sender
from session.snapshot import HistoryBuffer
from session.wire import read_message


def rows(a: int, b: int) -> dict:
    return {
        "mode": "append",
        "rows": {f: np.arange(a, b, dtype=np.float64) for f in HistoryBuffer.FIELDS},
    }


def test_a_full_pipe_never_holds_training_and_nothing_is_lost():
    r, w = os.pipe()
    sender = _Sender(os.fdopen(w, "wb"))
    pad = np.zeros(60_000)  # 480 kB a snapshot: more than the pipe holds
    done = threading.Event()

    def play() -> None:  # nobody reads yet: these must all return at once
        sender.snapshot(("snapshot", {"n": 1, "pad": pad}, rows(0, 3)))  # in part
        sender.snapshot(("snapshot", {"n": 2, "pad": pad}, rows(3, 5)))  # waits, raw
        sender.snapshot(("snapshot", {"n": 3, "pad": pad}, rows(5, 9)))  # takes its place
        done.set()

    t = threading.Thread(target=play, daemon=True)
    t.start()
    assert done.wait(10), "a snapshot waited for the window while playing"
    got: list = []
    reader = threading.Thread(target=lambda: got.extend(_read_all(os.fdopen(r, "rb"))), daemon=True)
    reader.start()
    sender.event(("dataset", "circle"))  # never dropped; waits for room, after the snapshots
    sender.snapshot(("snapshot", {"n": 4, "pad": pad[:10]}, rows(9, 10)), wait=True)
    sender.close()
    reader.join(10)
    assert not reader.is_alive()
    kinds = [m[0] for m in got]
    assert kinds == ["snapshot", "snapshot", "event", "snapshot"], kinds
    assert [m[1]["n"] for m in got if m[0] == "snapshot"] == [1, 3, 4]
    # snapshot 2 was dropped, its rows are in snapshot 3's delta: every row arrives once
    steps = np.concatenate([m[2]["rows"]["step"] for m in got if m[0] == "snapshot"])
    np.testing.assert_array_equal(steps, np.arange(10))
    assert tuple(got[2][1]) == ("dataset", "circle")


def _read_all(stream) -> list:
    out = []
    with stream:
        while True:
            try:
                out.append(read_message(stream))
            except EOFError:
                return out
