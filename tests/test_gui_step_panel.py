"""StepPanel driven by a real Stepper: its buttons reach the controller, its label follows the phases."""

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from engine.examples import mazur_example
from engine.spec import NetworkSpec
from engine.stepper import Stepper
from engine.trace import describe_phase
from engine.training import Trainer
from gui.step_panel import StepPanel
from session.snapshot import Snapshot
from session.timeline import Timeline

pytestmark = pytest.mark.gui


class StepperController:
    """The controller's step-through commands applied at once to a real Stepper (no thread)."""

    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        self.stepper = Stepper(trainer)
        self.timeline = Timeline()
        self.timeline.record(0, trainer.state_dict())
        self.calls: list[tuple] = []
        self.traced_sample = 0
        self.views: list = []

    def _after(self, name, *args):
        self.calls.append((name, *args))
        if not self.stepper.mid_step:
            self.timeline.record(self.trainer.step_count, self.trainer.state_dict())
        snap = self.snapshot()
        for view in self.views:
            view.show_snapshot(snap)

    def snapshot(self) -> Snapshot:
        tr, st = self.trainer, self.stepper
        return Snapshot(
            spec=tr.spec,
            params=tr.network.get_parameters(),
            step=tr.step_count,
            epoch=tr.epoch,
            metrics=None,
            history=None,
            running=False,
            trace=tuple(st.records),
            next_phase=st.next_phase_name if st.mid_step else None,
            traced_sample=self.traced_sample,
            timeline=self.timeline.steps(),
        )

    def step_phase(self):
        self.stepper.next_phase()
        self._after("step_phase")

    def step_back(self):
        self.stepper.previous_phase()
        self._after("step_back")

    def step_batch(self):
        self.stepper.finish_step()
        self._after("step_batch")

    def step_epoch(self):
        self.stepper.step_epoch()
        self.stepper.records = []
        self._after("step_epoch")

    def set_traced_sample(self, row):
        self.traced_sample = row
        self._after("set_traced_sample", row)

    def restore_timeline(self, step):
        self.stepper.abort_step()
        self.trainer.load_state_dict(self.timeline.get(step))
        self.timeline.truncate_after(step)
        self._after("restore_timeline", step)


@pytest.fixture
def mazur(qtbot):
    ex = mazur_example()
    ctl = StepperController(Trainer(ex.spec, ex.X, ex.y, params=ex.params))
    panel = StepPanel(ctl)
    qtbot.addWidget(panel)
    ctl.views.append(panel)
    panel.show_snapshot(ctl.snapshot())
    return ctl, panel


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_phase_label_follows_the_stepper_through_a_step(qtbot, mazur):
    ctl, panel = mazur
    assert panel.phase_title.text() == "Ready"
    for expected in ctl.stepper.phases:
        click(qtbot, panel.next_button)
        assert ctl.stepper.records[-1].phase == expected
        assert panel.phase_title.text() == describe_phase(expected)
        current = [lb for lb in panel._strip_labels if "e0a800" in lb.styleSheet()]
        assert [lb.property("phase") for lb in current] == [expected]
    assert "complete" in panel.phase_detail.text()
    assert ctl.trainer.step_count == 1
    click(qtbot, panel.prev_button)  # back inside step 1, before its update
    assert panel.phase_title.text() == describe_phase("backward[1]")
    assert ctl.trainer.step_count == 0
    assert "Next: Weight update" in panel.phase_detail.text()


def test_step_and_epoch_buttons_and_the_timeline(qtbot, mazur):
    ctl, panel = mazur
    click(qtbot, panel.step_button)
    click(qtbot, panel.epoch_button)  # one sample: an epoch is one step
    click(qtbot, panel.step_button)
    assert [c[0] for c in ctl.calls] == ["step_batch", "step_epoch", "step_batch"]
    assert ctl.trainer.step_count == 3
    assert panel.timeline_steps == (0, 1, 2, 3)
    assert panel.timeline_slider.maximum() == 3 and panel.timeline_slider.value() == 3
    w_after_1 = ctl.timeline.get(1)["params"]["W2"]
    panel.timeline_slider.setValue(1)  # as when the user lets go of the handle at step 1
    assert ctl.calls[-1] == ("restore_timeline", 1)
    assert np.array_equal(ctl.trainer.network.get_parameters()["W2"], w_after_1)
    assert panel.timeline_label.text() == "step 1"
    assert panel.timeline_slider.value() == 1 and panel.timeline_steps == (0, 1)
    n_calls = len(ctl.calls)
    panel.show_snapshot(ctl.snapshot())  # a redraw never sends a command back
    assert len(ctl.calls) == n_calls


def test_traced_sample_picker_and_batch_mean(qtbot):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(12, 2))
    spec = NetworkSpec.simple(2, (3,), 2, batch_size=4, dtype="float64")
    ctl = StepperController(Trainer(spec, X, (X[:, 0] > 0).astype(np.int64)))
    panel = StepPanel(ctl)
    qtbot.addWidget(panel)
    ctl.views.append(panel)
    click(qtbot, panel.next_button)
    assert panel.sample_spin.maximum() == 4 and panel.batch_size_label.text() == "of 4"
    panel.sample_spin.setValue(3)  # shown 1-based
    assert ctl.calls[-1] == ("set_traced_sample", 2)
    assert panel.sample_spin.value() == 3
    with qtbot.waitSignal(panel.batchMeanToggled) as sig:
        panel.mean_check.setChecked(True)
    assert sig.args == [True] and not panel.sample_spin.isEnabled()


def fully_visible(widget: QWidget, top: QWidget) -> bool:
    """Whether no ancestor of widget, up to top, clips any part of it (a scroll viewport included)."""
    rect, w = widget.rect(), widget
    while w is not top:
        rect = QRect(w.mapToParent(rect.topLeft()), rect.size())
        w = w.parentWidget()
        if not w.rect().contains(rect):
            return False
    return True


@pytest.mark.parametrize("size", [(790, 135), (560, 130)])
def test_buttons_stay_visible_in_a_short_dock(qtbot, size):
    """At a 1280×800 window the dock is about 790×135: long phase texts must not push the buttons out."""
    ex = mazur_example()
    ctl = StepperController(Trainer(ex.spec, ex.X, ex.y, params=ex.params))
    host = QWidget()  # stands in for the dock
    qtbot.addWidget(host)
    panel = StepPanel(ctl)
    QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
    host.layout().addWidget(panel)
    ctl.views.append(panel)
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    buttons = (panel.prev_button, panel.next_button, panel.step_button, panel.epoch_button)
    scroll = panel.findChild(QScrollArea)
    for _phase in ctl.stepper.phases:
        click(qtbot, panel.next_button)
        qtbot.wait(1)  # let the layouts settle
        for button in buttons:
            assert fully_visible(button, host), (button.text(), panel.phase_detail.text())
        # the rest scrolls: at the bottom of its range, the last row is in view
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        assert fully_visible(panel.timeline_slider, host)
        assert fully_visible(panel.mean_check, host)
        scroll.verticalScrollBar().setValue(0)
    assert ctl.trainer.step_count == 1  # every click reached the button
