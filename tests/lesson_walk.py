"""Walk a lesson end to end against a real training worker, as a learner who follows every
page would: load its project, perform each Do page's "Show me" and wait for its check, and
answer each Predict page with the engine's own answer (and check a wrong one is marked wrong).

Used by the tests of the shipped lessons; returns what each page gave, for their assertions.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from engine.lessons import Lesson, answer_of, grade
from engine.lessons.expressions import evaluate
from engine.project import load_project
from session.lesson_actions import commands_for
from session.lesson_state import lesson_state
from session.worker import TrainingWorker

WAIT = 120.0


@dataclass
class Walk:
    """What the walk saw: the answer of each predict page by page index, and the states."""

    answers: dict[int, Any] = field(default_factory=dict)
    done: list[int] = field(default_factory=list)


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
        self.settle()

    def latest(self):
        snap = self.worker.take_snapshot()
        if snap is not None:
            self.snap = snap
        for event in self.worker.take_events():
            if event[0] == "dataset":
                self.dataset = event[1].spec
            if event[0] == "error":
                raise AssertionError(f"the worker reported: {event[1]}")
        return self.snap

    def settle(self, pred=None, timeout=WAIT):
        """Wait until the worker is idle (a snapshot after every queued command) and ``pred``."""
        marker = object()
        self.worker.post("set_traced_sample", 0)  # a no-op command: its snapshot means "done"
        end = time.monotonic() + timeout
        seen = None
        while time.monotonic() < end:
            snap = self.latest()
            if snap is not None and snap is not seen and self.worker._commands.empty():
                seen = snap
                if pred is None or pred(snap):
                    return snap
            time.sleep(0.01)
        del marker
        raise AssertionError("the worker did not get there in time")

    def state(self, before=None):
        return lesson_state(self.settle(), self.dataset.name, before)

    def perform(self, actions, lesson: Lesson) -> None:
        for action in actions:
            snap = self.settle()
            for name, args in commands_for(action, snap.spec, self.dataset, lesson.folder):
                self.worker.post(name, *args)
            self.settle()

    def close(self):
        self.worker.post("stop")
        self.thread.join(10)


def walk(lesson: Lesson, wrong_offset: float = 1.0) -> Walk:
    """Follow every page; AssertionError names the page that could not be completed."""
    out = Walk()
    session = _Session(lesson.project_path())
    try:
        for i, page in enumerate(lesson.pages):
            where = f"{lesson.id}, page {i + 1} (line {page.line})"
            if page.project:
                session.close()
                session = _Session(lesson.project_path(page.project))
            if page.kind == "do":
                session.perform(page.show, lesson)
                state = session.state()
                assert evaluate(page.done_when or "", state), f"{where}: not done after Show me"
                out.done.append(i)
            elif page.kind == "predict":
                before = session.state()
                session.perform(page.reveal, lesson)
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
        return out
    finally:
        session.close()
