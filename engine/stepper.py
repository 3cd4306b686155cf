"""Phase-by-phase training: one step as forward[1..L], loss, backward[L..1], update.

A ``Stepper`` wraps a ``Trainer`` and advances one *phase*, one *batch* (the rest of
the step) or one *epoch* at a time; each phase returns a ``TraceRecord``. It uses the
trainer's own begin_step / apply_update / end_step and the network's forward_pass /
backward_pass, run one layer per phase, so the parameters it leaves are bit-identical
to those of the fast path.

Stepping back restores the state saved at the start of the step and replays the
phases before the current one; the replay is deterministic, so stepping back and then
forward again gives a bit-identical state.
"""

from __future__ import annotations

from typing import Any

from engine.losses import loss_per_sample
from engine.network import LayerCache
from engine.trace import TraceRecord, host_copy, phase_names
from engine.training import Batch, Trainer


class Stepper:
    """Runs a trainer's steps phase by phase, leaving a trace record per phase."""

    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        self._last_step_start: dict[str, Any] | None = None  # to step back over a step's end
        self._reset_step_state()

    def _reset_step_state(self) -> None:
        self.position = 0  # index of the next phase within the current step
        self.records: list[TraceRecord] = []
        self._start_state: dict[str, Any] | None = None
        self._batch: Batch | None = None
        self._caches: list[LayerCache] = []
        self._delta: Any = None
        self._grads: dict[str, Any] = {}
        self._loss: float = 0.0

    # ----- where we are ------------------------------------------------------------
    @property
    def phases(self) -> list[str]:
        return phase_names(self.trainer.network.n_layers)

    @property
    def mid_step(self) -> bool:
        return self.position > 0

    @property
    def next_phase_name(self) -> str:
        return self.phases[self.position]

    @property
    def last_record(self) -> TraceRecord | None:
        return self.records[-1] if self.records else None

    @property
    def batch_indices(self):
        """Training-set rows of the batch being stepped through (None at a step boundary)."""
        return None if self._batch is None else self._batch.indices

    # ----- advancing ---------------------------------------------------------------
    def next_phase(self) -> TraceRecord:
        """Run the next phase of the current step (beginning a new step if at a boundary)."""
        with self.trainer.backend.quiet():
            return self._next_phase()

    def _next_phase(self) -> TraceRecord:
        tr = self.trainer
        net = tr.network
        host = tr.backend.to_host
        L = net.n_layers
        step_no = tr.step_count + 1
        if self.position == 0:
            self.records = []
            self._start_state = tr.state_dict()
            self._batch = tr.begin_step()
            self._caches = []
        phase = self.phases[self.position]
        batch = self._batch
        assert batch is not None
        if self.position < L:  # forward[k]
            k = self.position + 1
            c = net.forward_pass(batch.X, batch.masks, caches=self._caches, stop=k)[-1]
            arrays = {
                "a_prev": host_copy(host, c.a_prev),
                "W": host_copy(host, net.W(k)),
                "b": host_copy(host, net.b(k)),
                "z": host_copy(host, c.z),
                "a": host_copy(host, c.a),
                "out": host_copy(host, c.out),
            }
            if c.mask is not None:
                arrays["mask"] = host_copy(host, c.mask)
            rec = TraceRecord(phase, "forward", k, step_no, arrays)
        elif self.position == L:  # loss
            last = self._caches[-1]
            data_loss, grad_a, delta = net.output_delta(last, batch.Y)
            reg = net.regularization()
            total = net.total_loss(data_loss)
            self._delta = delta
            self._loss = tr.backend.to_scalar(total)
            per = loss_per_sample(tr.xp, tr.spec.loss, last.z, last.a, batch.Y)
            rec = TraceRecord(
                phase,
                "loss",
                None,
                step_no,
                {
                    "output": host_copy(host, last.a),
                    "target": host_copy(host, batch.Y),
                    "per_sample": host_copy(host, per),
                    "dL_da": host_copy(host, grad_a),
                    "delta": host_copy(host, delta),
                },
                {
                    "data_loss": tr.backend.to_scalar(data_loss),
                    "regularization": float(reg)
                    if isinstance(reg, float)
                    else tr.backend.to_scalar(reg),
                    "loss": self._loss,
                },
            )
        elif self.position < 2 * L + 1:  # backward[k], k = L..1
            k = 2 * L - self.position + 1
            cache = self._caches[k - 1]
            prev = self._caches[k - 2] if k > 1 else None
            delta = self._delta
            _, grad_a_prev, delta_prev = net.backward_pass(
                delta, self._caches, self._grads, start=k, stop=k
            )
            dW, db = self._grads[f"W{k}"], self._grads[f"b{k}"]
            arrays = {
                "delta": host_copy(host, delta),
                "dW": host_copy(host, dW),
                "db": host_copy(host, db),
                "a_prev": host_copy(host, cache.a_prev),
                "W": host_copy(host, net.W(k)),
            }
            if prev is not None:
                arrays["dL_da_prev"] = host_copy(host, grad_a_prev)
                arrays["delta_prev"] = host_copy(host, delta_prev)
                act = net.activations[k - 2]
                if act.derivative is not None:
                    arrays["da_dz_prev"] = host_copy(host, act.derivative(tr.xp, prev.z, prev.a))
            self._delta = delta_prev
            rec = TraceRecord(phase, "backward", k, step_no, arrays)
        else:  # update
            old = {name: host_copy(host, p) for name, p in net.params.items()}
            state_before = tr.optimizer.state_dict(host)  # host copies; no arithmetic
            steps = tr.apply_update(self._grads)
            state_after = tr.optimizer.state_dict(host)
            arrays = {}
            values = {"loss": self._loss}
            for name in tr.parameter_names():
                arrays[f"{name}.old"] = old[name]
                arrays[f"{name}.grad"] = host_copy(host, self._grads[name])
                s = steps.get(name)
                arrays[f"{name}.step"] = host_copy(host, s) if s is not None else old[name] * 0
                arrays[f"{name}.new"] = host_copy(host, net.params[name])
                for when, state in (("old", state_before), ("new", state_after)):
                    for buf, arr in state["state"].get(name, {}).items():
                        arrays[f"{name}.state.{buf}.{when}"] = arr
                if name in state_after["steps"]:
                    values[f"{name}.t"] = float(state_after["steps"][name])
            rec = TraceRecord(phase, "update", None, step_no, arrays, values)
        self.records.append(rec)
        self.position += 1
        if self.position == len(self.phases):  # the step is complete
            loss, records, start = self._loss, self.records, self._start_state
            self._reset_step_state()
            self.records = records  # still shown until the next step begins
            self._last_step_start = start
            tr.end_step(loss)
        return rec

    def finish_step(self) -> list[TraceRecord]:
        """Run the remaining phases of the current step (a whole traced step at a boundary)."""
        out = [self.next_phase()]
        while self.position != 0:
            out.append(self.next_phase())
        return out

    def step_epoch(self) -> float:
        """Finish the current step, then run the fast path to the end of the epoch."""
        tr = self.trainer
        if self.mid_step:
            self.finish_step()
        if tr.cursor >= tr.n_train or tr.perm is None:  # at an epoch boundary: a whole epoch
            return tr.run_epoch()
        start = tr.epoch
        loss = tr.last_loss
        while tr.epoch == start and not tr.stopped_early:
            loss = tr.step()
        return loss

    def previous_phase(self) -> TraceRecord | None:
        """Step back one phase within the current step; returns the record now current."""
        if not self.mid_step:
            last = self._last_step_start
            if last is None or self.trainer.step_count != last["step"] + 1:
                # nothing traced just before: fast steps (Play, next epoch) came after it
                self._last_step_start = None
                return None
            # just after a step's update: go back inside that step, before its update
            self.trainer.load_state_dict(last)
            self._last_step_start = None
            target = len(self.phases) - 1
            self._reset_step_state()
        else:
            target = self.position - 1
            self.abort_step()
        for _ in range(target):
            self.next_phase()
        return self.last_record

    def abort_step(self) -> None:
        """Undo the phases run so far in this step: back to the state at its start."""
        if self._start_state is not None:
            self.trainer.load_state_dict(self._start_state)
        self._reset_step_state()
