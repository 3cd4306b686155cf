"""The training worker's timeline: going back to an earlier step, and forgetting the later ones.

``TimelineCommands`` is mixed into ``TrainingWorker`` (session/worker.py), whose ``_apply``
finds ``_cmd_restore_timeline`` by name like its own commands.

Scrubbing the timeline only shows a state: ``restore_timeline(step)`` loads the state after
``step`` and keeps every later step on the timeline and in the loss history, so the learner
can go back and forth to compare. The later steps are dropped only when training or an edit
goes on from an earlier step (``_drop_future``, called by Play, the step commands and the
edits of the spec and the weights); the snapshot's message then says which were dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from engine.stepper import Stepper

if TYPE_CHECKING:
    from engine.training import Trainer
    from engine.translation import Translate
    from session.snapshot import HistoryBuffer
    from session.timeline import Timeline


class TimelineCommands:
    """Restore a timeline step; drop the steps after it when the run goes on from there."""

    # the worker's own, used here
    trainer: Trainer
    stepper: Stepper
    history: HistoryBuffer
    timeline: Timeline
    translate: Translate
    _playing: bool
    _message: str | None

    if TYPE_CHECKING:

        def _abort_partial_step(self) -> None: ...
        def _evaluate(self, append: bool = True) -> None: ...

    def _cmd_restore_timeline(self, step: int) -> None:
        """Show the state after ``step``: the later steps stay on the timeline (and in the
        history) to scrub back to, until training or an edit goes on from here."""
        state = self.timeline.get(int(step))
        self._playing = False
        self._abort_partial_step()
        self.trainer.load_state_dict(state)
        self.stepper = Stepper(self.trainer)
        self._message = None
        self._evaluate(append=False)

    def _drop_future(self) -> None:
        """Training or an edit goes on from an earlier step than the newest one: the steps
        after it (timeline and loss history) are no longer this run's, and the message says so.

        Not in the middle of a step: that step, gone back into phase by phase, is only done
        again (recording it replaces the old one).
        """
        step = self.trainer.step_count
        steps = self.timeline.steps()
        if self.stepper.mid_step or not steps or steps[-1] <= step:
            return
        self.timeline.truncate_after(step)
        h = self.history.view()
        self.history.truncate(int(np.searchsorted(h.step, step, side="right")))
        if steps[-1] == step + 1:
            text = self.translate(
                "TrainingWorker", "Step %1 was dropped: training goes on from step %3."
            )
        else:
            text = self.translate(
                "TrainingWorker", "Steps %1–%2 were dropped: training goes on from step %3."
            )
        self._message = (
            text.replace("%1", str(step + 1)).replace("%2", str(steps[-1])).replace("%3", str(step))
        )
