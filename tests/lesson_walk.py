"""Walk a lesson end to end against a real training worker, as a learner who follows every
page would: load its project, perform each Do page's "Show me" and wait for its check, and
answer each Predict page with the engine's own answer (and check a wrong one is marked wrong).

The actions are carried out by session.lesson_actions.ActionRunner, as the window's lesson
dock carries them out: one at a time, each until the worker's snapshots show it done. Used
by the tests of the shipped lessons; returns what each page gave, for their assertions.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from engine.lessons import Lesson, answer_of, grade
from engine.lessons.expressions import ExpressionError, State, evaluate
from engine.project import load_project
from session.lesson_actions import ActionRunner
from session.lesson_state import lesson_state
from session.worker import TrainingWorker

WAIT = 120.0


@dataclass
class Walk:
    """What the walk saw: the answer of each predict page by page index, the do pages done,
    the state after each page (its values: ``values[i]["train_loss"]``), the selections
    the lesson asked for, and how many actions were only accepted because the worker went
    quiet (``stalls``; 0 when every action was seen done)."""

    answers: dict[int, Any] = field(default_factory=dict)
    done: list[int] = field(default_factory=list)
    values: dict[int, dict[str, Any]] = field(default_factory=dict)
    states: dict[int, State] = field(default_factory=dict)
    selected: list[tuple[str, str]] = field(default_factory=list)
    stalls: int = 0
    seconds: float = 0.0


class _Session:
    def __init__(self, project_path: str):
        p = load_project(project_path)
        self.worker = TrainingWorker(
            p.spec, p.dataset, state=p.state, history=p.history, heatmap_resolution=8
        )
        self.thread = threading.Thread(target=self.worker.run, daemon=True)
        self.thread.start()
        self.snap = None
        self.dataset = p.dataset
        self.runner: ActionRunner | None = None
        self.wait(lambda snap: True)

    def _take(self) -> None:
        """The worker's events, then its newest snapshot, into the runner (as the window's
        controller hands them to the lesson dock)."""
        for event in self.worker.take_events():
            if event[0] == "dataset":
                self.dataset = event[1].spec
                if self.runner is not None:
                    self.runner.dataset(self.dataset)
            if event[0] == "error":
                raise AssertionError(f"the worker reported: {event[1]}")
        snap = self.worker.take_snapshot()
        if snap is not None:
            self.snap = snap
            if self.runner is not None:
                self.runner.snapshot(snap)

    def wait(self, pred, timeout=WAIT):
        """Until a snapshot satisfies ``pred``; the snapshot."""
        end = time.monotonic() + timeout
        seen = None
        while time.monotonic() < end:
            self._take()
            if self.snap is not None and self.snap is not seen:
                seen = self.snap
                if pred(self.snap):
                    return self.snap
            time.sleep(0.005)
        raise AssertionError("the worker did not get there in time")

    def state(self, before=None) -> State:
        return lesson_state(self.snap, self.dataset.name, before)

    def perform(self, actions, lesson: Lesson, walk: Walk, where: str) -> None:
        """Carry the actions out one by one, as the lesson dock does."""
        if not actions:
            return
        runner = ActionRunner(
            actions,
            self.worker.post,
            lesson.folder,
            self.snap,
            self.dataset,
            select=lambda kind, item: walk.selected.append((kind, item)),
            timeout=WAIT,
        )
        self.runner = runner
        try:
            while runner.busy:
                self._take()
                runner.poll()
                time.sleep(0.005)
        finally:
            self.runner = None
        assert runner.error is None, f"{where}: {runner.error}"
        walk.stalls += runner.stalls

    def close(self):
        self.worker.post("stop")
        self.thread.join(10)


def _holds(expression: str, session: _Session) -> bool:
    try:
        return bool(evaluate(expression, session.state()))
    except ExpressionError:
        return False  # not available yet (a phase not run yet, say)


def walk(lesson: Lesson, wrong_offset: float = 1.0) -> Walk:
    """Follow every page; AssertionError names the page that could not be completed."""
    out = Walk()
    t0 = time.perf_counter()
    session = _Session(lesson.project_path())
    try:
        for i, page in enumerate(lesson.pages):
            where = f"{lesson.id}, page {i + 1} (line {page.line})"
            if page.project:
                session.close()
                session = _Session(lesson.project_path(page.project))
            if page.kind == "do":
                session.perform(page.show, lesson, out, where)
                try:  # "Next" lights up when done_when becomes true, on a later snapshot too
                    check = page.done_when or ""
                    session.wait(lambda _s, e=check, s=session: _holds(e, s), 60.0)
                except AssertionError:
                    raise AssertionError(f"{where}: not done after Show me") from None
                out.done.append(i)
            elif page.kind == "predict":
                before = session.state()
                session.perform(page.reveal, lesson, out, where)
                answer = answer_of(page, session.state(before))
                assert grade(page, answer, answer), f"{where}: the engine's own answer is wrong"
                if page.choices:
                    wrong = next(c.id for c in page.choices if c.id != str(answer))
                else:
                    wrong = (
                        float(answer)
                        + wrong_offset
                        + 10 * (page.tolerance or 0)
                        + (abs(float(answer)) * (page.tolerance or 0) * 10 if page.relative else 0)
                    )
                assert not grade(page, wrong, answer), f"{where}: a wrong answer was marked right"
                out.answers[i] = answer
            elif page.look is not None and page.look[0] != "view":
                out.selected.append(page.look)
            state = session.state()
            out.states[i] = state
            out.values[i] = dict(state.values)
        out.seconds = time.perf_counter() - t0
        return out
    finally:
        session.close()
