"""Lessons: guided pages around a project, checked against the engine's real numbers.

- ``lesson.py``: the file format, read and checked (``load_lesson``, ``LessonError``);
- ``expressions.py``: the small language of checks and answers, and its vocabulary;
- ``jsonlines.py``: JSON with line numbers, so every fault names its line;
- this module: the shipped catalogue, the full check (``check_lesson``) and grading.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from engine.lessons.expressions import ExpressionError, State, evaluate
from engine.lessons.lesson import LANGUAGES, Lesson, LessonError, Page, load_lesson

__all__ = [
    "LANGUAGES",
    "ExpressionError",
    "Lesson",
    "LessonError",
    "Page",
    "State",
    "check_lesson",
    "grade",
    "load_lesson",
    "shipped_lessons",
]


def lessons_folder() -> Path:
    """Where the shipped lessons are (package data)."""
    from assets import asset_path

    return asset_path("lessons")


def shipped_lessons() -> list[Lesson]:
    """The lessons that ship with the app, in their order; LessonError on a broken one."""
    folder = lessons_folder()
    found = (
        sorted(p for p in folder.iterdir() if (p / "lesson.json").is_file())
        if folder.is_dir()
        else []
    )
    return sorted((load_lesson(p) for p in found), key=lambda les: (les.order, les.id))


def find_lesson(lesson_id: str) -> Lesson:
    """A shipped lesson by id; LessonError listing the ids when there is none."""
    lessons = shipped_lessons()
    for les in lessons:
        if les.id == lesson_id:
            return les
    ids = ", ".join(les.id for les in lessons)
    raise LessonError(lesson_id, None, f"no such lesson; the lessons are: {ids}")


def check_lesson(path: str) -> Lesson:
    """Everything ``lessons --check`` checks: the format and every expression (load_lesson),
    and that each project it names is there and loads."""
    from engine.errors import BackpropLabError
    from engine.project import load_project

    lesson = load_lesson(path)
    where = str(Path(lesson.folder) / "lesson.json")
    projects = [(lesson.project, None)] + [(p.project, p.line) for p in lesson.pages if p.project]
    for name, line in projects:
        file = lesson.project_path(name)
        try:
            load_project(file)
        except BackpropLabError as exc:
            raise LessonError(where, line, f"the project {name} cannot be used: {exc}") from None
    return lesson


def grade(page: Page, guess: Any, answer: Any) -> bool:
    """Whether the learner's guess matches the engine's answer on a predict page."""
    if page.choices:
        return str(guess) == str(answer)
    try:
        g, a = float(guess), float(answer)
    except (TypeError, ValueError):
        return False
    if not (math.isfinite(g) and math.isfinite(a)):
        return False
    tol = page.tolerance or 0.0
    if page.relative:
        tol *= abs(a)
    return abs(g - a) <= tol


def answer_of(page: Page, state: State) -> Any:
    """The engine's answer to a predict page in ``state`` (after its reveal has run)."""
    value = evaluate(page.answer or "", state)
    if page.choices and str(value) not in {c.id for c in page.choices}:
        ids = ", ".join(c.id for c in page.choices)
        raise ExpressionError(f"gave {value!r}, which is none of the choices ({ids})")
    return value


def page_text(text: dict[str, str], language: str) -> str:
    """A text in ``language`` ("zh_CN", "en"; "zh" and "zh_TW" fall back to zh_CN)."""
    if language in text:
        return text[language]
    if language.startswith("zh") and "zh_CN" in text:
        return text["zh_CN"]
    return text["en"]
