"""The wire format between the window and the training process: values come back equal,
arrays bit for bit, and a message can only rebuild the listed data classes (no pickle)."""

from __future__ import annotations

import io
import json
import struct

import numpy as np
import pytest

from engine.datasets import DatasetSpec, load_dataset
from engine.spec import NetworkSpec
from engine.training import Metrics, Trainer
from session.snapshot import HistoryBuffer, Snapshot
from session.wire import WireError, decode, encode, read_message, write_message


def roundtrip(value):
    return decode(b"".join(bytes(p) for p in encode(value)))


def test_plain_values_keep_their_types():
    value = {
        "none": None,
        "flags": [True, False],
        "big": 2**100 + 7,
        "floats": (0.1, -0.0, float("inf"), float("-inf")),
        "text": 'ŷ = σ(z) — "quoted"',
        "nested": {"t": (1, (2, [3])), "@at-sign key": 1},
        3: "an int key",
        (1, 2): "a tuple key",
    }
    back = roundtrip(value)
    assert back == value
    assert type(back["floats"]) is tuple and type(back["nested"]["t"][1][1]) is list
    assert np.isnan(roundtrip(float("nan")))


@pytest.mark.parametrize("dtype", ["float64", "float32", "int64", "int32", "uint8", "bool", ">f8"])
def test_arrays_come_back_bit_for_bit(dtype):
    rng = np.random.default_rng(1)
    a = (rng.standard_normal((3, 4, 5)) * 100).astype(dtype)
    b = roundtrip({"a": a, "strided": a[:, ::2, 1:], "empty": a[:0], "scalar": a[0, 0, 0]})
    for key, want in (("a", a), ("strided", a[:, ::2, 1:]), ("empty", a[:0])):
        got = b[key]
        assert got.dtype == want.dtype and got.shape == want.shape
        assert got.tobytes() == np.ascontiguousarray(want).tobytes()
    assert type(b["scalar"]) is type(a[0, 0, 0]) and b["scalar"] == a[0, 0, 0]


def test_complex_arrays_travel_too():
    a = np.arange(6).reshape(2, 3) * (1 + 2j)
    np.testing.assert_array_equal(roundtrip(a), a)


def test_a_snapshot_of_a_trained_network_comes_back_equal():
    ds = load_dataset(DatasetSpec(name="circle", samples=120))
    spec = NetworkSpec.simple(2, (4,), 1, activation="tanh", loss="bce")
    tr = Trainer(spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    tr.run_steps(7)
    hist = HistoryBuffer()
    hist.append(tr.step_count, tr.epoch, tr.evaluate())
    snap = Snapshot(
        spec=spec,
        params=tr.network.get_parameters(),
        step=tr.step_count,
        epoch=tr.epoch,
        metrics=Metrics(0.5, None, 0.75, None),
        history=hist.view(),
        running=True,
        heatmaps=(np.zeros((2, 4, 4)), np.ones((4, 4, 4))),
        timeline=(0, 7),
        extra={"batch_indices": np.arange(10)},
    )
    back = roundtrip(("snapshot", snap, ds, tr.state_dict()))
    s2, ds2, state2 = back[1], back[2], back[3]
    assert isinstance(s2, Snapshot) and s2.spec == spec and s2.spec.to_dict() == spec.to_dict()
    assert s2.metrics == snap.metrics and s2.timeline == (0, 7) and s2.running is True
    for k, v in snap.params.items():
        np.testing.assert_array_equal(s2.params[k], v)
    np.testing.assert_array_equal(s2.history.train_loss, snap.history.train_loss)
    np.testing.assert_array_equal(ds2.X_train, ds.X_train)
    assert ds2.spec == ds.spec and ds2.class_names == ds.class_names
    # the preprocessing (a __slots__ class) still transforms as the original
    raw = ds.raw_test[:5]
    np.testing.assert_array_equal(ds2.preprocessing.transform(raw), ds.preprocessing.transform(raw))
    # the trainer state restores into a trainer that continues exactly as the original
    tr2 = Trainer(spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    tr2.load_state_dict(state2)
    assert tr2.run_steps(3) == tr.run_steps(3)


def test_unknown_classes_are_refused_both_ways():
    class Evil:
        pass

    with pytest.raises(WireError, match="Evil"):
        encode({"x": Evil()})
    with pytest.raises(WireError, match="object"):
        encode(np.array([Evil()], dtype=object))
    # a hand-made message naming a class outside the list, e.g. one pickle would import
    head = json.dumps({"@c": "Popen", "f": {"args": ["rm", "-rf", "/"]}}).encode()
    with pytest.raises(WireError, match="Popen"):
        decode(struct.pack("<I", len(head)) + head)


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"\x05\x00\x00\x00{}",
        struct.pack("<I", 2) + b"{]",
        struct.pack("<I", 29) + b'{"@a":[0,"<f8",[1000]]}     ',
        struct.pack("<I", 24) + b'{"@a":[0,"|O",[1]]}     ' + bytes(8),
    ],
)
def test_broken_messages_raise_a_wire_error(payload):
    with pytest.raises(WireError):
        decode(payload)


def test_a_stream_carries_messages_in_order_and_ends_cleanly():
    stream = io.BytesIO()
    for k in range(3):
        write_message(stream, ("event", ("n", k, np.full(k, k))))
    stream.seek(0)
    got = [read_message(stream)[1] for _ in range(3)]
    assert [g[1] for g in got] == [0, 1, 2]
    np.testing.assert_array_equal(got[2][2], [2, 2])
    with pytest.raises(EOFError):
        read_message(stream)
    # a stream cut inside a message
    stream = io.BytesIO()
    write_message(stream, "whole")
    data = stream.getvalue()
    assert read_message(io.BytesIO(data)) == "whole"
    with pytest.raises(EOFError, match="inside"):
        read_message(io.BytesIO(data[:-2]))


class _CountingStream(io.BytesIO):
    """A byte stream that counts its writes."""

    def __init__(self):
        super().__init__()
        self.writes = 0

    def write(self, data):
        self.writes += 1
        return super().write(data)


def test_a_snapshot_sized_message_goes_in_one_write_and_a_large_one_in_pieces():
    # each write of a big piece gives the GIL away, and the sending thread then waits for a
    # training thread to give it back: a snapshot (many arrays) must go in one write
    from session import wire

    maps = tuple(np.full((8, 64, 64), k, dtype=np.float32) for k in range(6))  # ~800 kB
    stream = _CountingStream()
    write_message(stream, ("snapshot", maps))
    assert stream.writes == 1
    big = np.arange(wire.JOIN_BYTES // 8 + 10, dtype=np.float64)  # over the limit: no copy
    write_message(stream, ("event", (big, big[:3])))
    assert stream.writes > 2
    stream.seek(0)
    back = read_message(stream)[1]
    assert len(back) == 6 and all(
        (m == k).all() and m.shape == (8, 64, 64) for k, m in enumerate(back)
    )
    event = read_message(stream)[1]
    np.testing.assert_array_equal(event[0], big)
    np.testing.assert_array_equal(event[1], [0.0, 1.0, 2.0])
