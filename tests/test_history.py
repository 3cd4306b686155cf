"""The loss history stays bounded over a long run, and keeps the curve's shape and extremes."""

import numpy as np

from engine.training import Metrics
from session.snapshot import HistoryBuffer


def _metrics(loss: float) -> Metrics:
    return Metrics(train_loss=loss, test_loss=loss * 1.1, train_accuracy=0.5, test_accuracy=None)


def _curve(n: int) -> np.ndarray:
    loss = 1.0 / (1.0 + 0.01 * np.arange(n))
    loss[1234] = 50.0  # a spike early on
    loss[n // 2] = 1e-9  # the best point, mid-run
    loss[777] = np.nan  # a diverged evaluation
    return loss


def test_a_long_run_stays_bounded_and_keeps_its_extremes():
    n = 20_000
    loss = _curve(n)
    buf = HistoryBuffer(max_points=2_000)
    for i in range(n):
        buf.append(i * 10, i // 7, _metrics(loss[i]))
    h = buf.view()
    assert len(h) <= 2_000
    assert h.step[0] == 0  # the start stays
    assert np.all(np.diff(h.step) > 0)  # real points, in order
    assert np.nanmax(h.train_loss) == 50.0 and np.nanmin(h.train_loss) == 1e-9
    # the newest points are all there, unthinned
    tail = len(h) // 4
    np.testing.assert_array_equal(h.step[-tail:], np.arange(n - tail, n) * 10)
    # every kept row is a row that was appended, all fields together
    idx = (h.step / 10).astype(int)
    np.testing.assert_array_equal(h.train_loss, loss[idx])
    np.testing.assert_array_equal(h.epoch, idx // 7)
    np.testing.assert_allclose(h.test_loss, loss[idx] * 1.1)


def test_decimating_changes_the_generation_so_mirrors_resend():
    buf = HistoryBuffer(max_points=64)
    gen = buf.generation
    for i in range(64):
        buf.append(i, 0, _metrics(1.0 / (i + 1)))
    assert buf.generation == gen
    buf.append(64, 0, _metrics(0.001))
    assert buf.generation != gen and len(buf) < 64


def test_an_unbounded_history_from_an_old_save_is_thinned_on_load():
    n = 500_000
    loss = _curve(n)
    data = {
        "step": np.arange(n, dtype=float).tolist(),
        "epoch": np.zeros(n).tolist(),
        "train_loss": loss.tolist(),
        "test_loss": loss.tolist(),
        "train_accuracy": np.zeros(n).tolist(),
        "test_accuracy": np.zeros(n).tolist(),
    }
    buf = HistoryBuffer.from_dict(data)
    h = buf.view()
    assert len(h) <= HistoryBuffer.MAX_POINTS
    assert h.step[0] == 0 and h.step[-1] == n - 1
    assert np.nanmax(h.train_loss) == 50.0 and np.nanmin(h.train_loss) == 1e-9
