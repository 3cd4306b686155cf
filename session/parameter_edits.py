"""The worker's commands that edit parameters directly: one weight typed or dragged in the
diagram, or every parameter at once (imported weights). Mixed into TrainingWorker."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.errors import BackpropLabError

if TYPE_CHECKING:
    from engine.training import Trainer
    from session.timeline import Timeline


class SpecErrorLike(BackpropLabError, ValueError):
    """A command the worker cannot apply to the current data (shown as a message)."""


class ParameterEdits:
    """Set one weight, or all parameters, between steps; later steps are dropped first."""

    trainer: Trainer
    timeline: Timeline
    translate: Any

    if TYPE_CHECKING:  # provided by TrainingWorker and TimelineCommands

        def _abort_partial_step(self) -> None: ...
        def _drop_future(self) -> None: ...
        def _evaluate(self, append: bool = True) -> None: ...

    def _cmd_set_weight(self, name: str, index: tuple[int, ...], value: float) -> None:
        if not math.isfinite(value):
            raise SpecErrorLike(
                self.translate("TrainingWorker", "%1: the value must be a finite number.").replace(
                    "%1", f"{name}{list(index)}"
                )
            )
        self._abort_partial_step()
        params = self.trainer.network.get_parameters()
        if name not in params:
            raise SpecErrorLike(
                self.translate("TrainingWorker", "There is no parameter called %1.").replace(
                    "%1", repr(name)
                )
            )
        arr = params[name]
        try:
            arr[tuple(index)] = value
        except IndexError:
            raise SpecErrorLike(
                self.translate("TrainingWorker", "%1: index out of range for shape %2.")
                .replace("%1", f"{name}{list(index)}")
                .replace("%2", str(arr.shape))
            ) from None
        self._drop_future()
        self.trainer.network.set_parameters(params)
        self.timeline.record(self.trainer.step_count, self.trainer.state_dict())

    def _cmd_set_params(self, params: dict[str, np.ndarray]) -> None:
        self._abort_partial_step()
        self._drop_future()
        self.trainer.network.set_parameters(params)
        self.timeline.record(self.trainer.step_count, self.trainer.state_dict())
        self._evaluate()
