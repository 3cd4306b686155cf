"""Lesson files: a project and pages of words and tasks, read and checked without running
anything in them.

A lesson is a folder in assets/lessons/ (or one the user opens) holding ``lesson.json`` and,
usually, the project it starts from. Its id is the folder's name; its place in the list
comes from its ``order``. docs/lessons.md documents the format; in short::

    {"format": "backprop-lab-lesson", "version": 1, "order": 4,
     "title": {"en": "…", "zh_CN": "…"},
     "project": "project.bplab"            (or "example:worked-example")
     "pages": [ {"kind": "read" | "do" | "predict" | "look", "text": {"en": …, "zh_CN": …}, …} ]}

Every text is given in each of ``LANGUAGES``, as a string or a list of lines (Markdown).
Checks and answers are expressions (engine/lessons/expressions.py), never code. Every fault
is a LessonError naming the file and the line.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.lessons import jsonlines
from engine.lessons.actions import Action, ActionError, item_index, parse_actions
from engine.lessons.expressions import ExpressionError, parse

FORMAT = "backprop-lab-lesson"
VERSION = 1
LANGUAGES = ("en", "zh_CN")
KINDS = ("read", "do", "predict", "look")
#: what a Look page (or any page's ``look``) can point at
LOOK_TARGETS = ("neuron", "weight", "bias", "view")
VIEWS = ("diagram", "loss", "output", "health", "race", "landscape", "inspector", "step", "data",
         "hyperparameters")  # fmt: skip
MAX_BYTES = 1 << 20
MAX_PAGES = 200


class LessonError(ValueError):
    """A fault in a lesson file: ``path``, ``line`` (or None) and what is wrong."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = path, line, message
        where = f"{path}, line {line}" if line else path
        super().__init__(f"{where}: {message}")


Text = dict[str, str]  # language → Markdown


@dataclass(frozen=True)
class Choice:
    """One answer a "predict" page offers."""

    id: str
    label: Text


@dataclass(frozen=True)
class Page:
    """One page of a lesson; which fields matter depends on ``kind``."""

    kind: str
    text: Text
    task: Text | None = None  # do: the instruction
    done_when: str | None = None  # do: an expression that becomes true when it is done
    show: tuple[Action, ...] = ()  # do: what "Show me" does (and what a walk-through test does)
    question: Text | None = None  # predict
    answer: str | None = None  # predict: the engine's answer, an expression
    tolerance: float | None = None  # predict, numeric answers: |guess − answer| allowed
    relative: bool = False  # predict: the tolerance is relative to the answer
    choices: tuple[Choice, ...] = ()  # predict, choice answers
    reveal: tuple[Action, ...] = ()  # predict: what runs before the answer is computed
    look: tuple[str, str] | None = None  # (target kind, what): ("weight", "W2[1,1]")
    project: str | None = None  # a project to load when the page opens (in the folder)
    line: int | None = None  # where the page starts in lesson.json


@dataclass(frozen=True)
class Lesson:
    """A whole lesson, checked."""

    id: str
    folder: str
    order: int
    title: Text
    summary: Text
    project: str  # a path in the folder, or "example:NAME"
    pages: tuple[Page, ...] = field(default_factory=tuple)

    def project_path(self, project: str | None = None) -> str:
        """The file of the lesson's project (or of a page's own project)."""
        name = project or self.project
        if name.startswith("example:"):
            from assets import asset_path

            return str(asset_path("examples", name.split(":", 1)[1] + ".bplab"))
        return os.path.join(self.folder, name)


def load_lesson(path: str | os.PathLike) -> Lesson:
    """Read and check a lesson (its folder, or its lesson.json); LessonError on any fault."""
    p = Path(path)
    file = p / "lesson.json" if p.is_dir() else p
    folder = file.parent
    lesson_id = folder.name if file.name == "lesson.json" else file.stem
    where = str(file)
    try:
        if file.stat().st_size > MAX_BYTES:
            raise LessonError(where, None, f"is larger than {MAX_BYTES // 1024} KiB")
        text = file.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise LessonError(where, None, f"cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise LessonError(where, None, f"is not UTF-8 text (byte {exc.start})") from None
    try:
        doc, lines = jsonlines.parse(text)
    except json.JSONDecodeError as exc:
        raise LessonError(where, exc.lineno, f"is not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise LessonError(where, None, "is nested too deeply") from None
    return _Reader(where, lines).lesson(doc, lesson_id, str(folder))


class _Reader:
    """Checks a parsed lesson.json, naming the line of each fault."""

    def __init__(self, where: str, lines: dict):
        self.where, self.lines = where, lines

    def fail(self, path: tuple, message: str) -> LessonError:
        line = None
        while line is None and path is not None:
            line = self.lines.get(path)
            path = path[:-1] if path else None  # type: ignore[assignment]
        return LessonError(self.where, line, message)

    def obj(self, value: Any, path: tuple, what: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(path, f"{what} must be an object {{…}}")
        return value

    def text(self, value: Any, path: tuple, what: str) -> Text:
        value = self.obj(value, path, f"{what} (one text per language)")
        out: Text = {}
        for lang in LANGUAGES:
            t = value.get(lang)
            if isinstance(t, list) and all(isinstance(s, str) for s in t):
                t = "\n".join(t)
            if not isinstance(t, str) or not t.strip():
                raise self.fail((*path, lang) if lang in value else path,
                                f"{what} has no {lang!r} text (every text needs {', '.join(LANGUAGES)})")  # fmt: skip
            out[lang] = t
        extra = sorted(set(value) - set(LANGUAGES))
        if extra:
            raise self.fail((*path, extra[0]), f"{what}: unknown language {extra[0]!r}")
        return out

    def expression(self, value: Any, path: tuple, what: str) -> str:
        try:
            parse(value)
        except ExpressionError as exc:
            raise self.fail(path, f"{what} {exc}") from None
        return value

    def lesson(self, doc: Any, lesson_id: str, folder: str) -> Lesson:
        doc = self.obj(doc, (), "a lesson")
        if doc.get("format") != FORMAT:
            raise self.fail(("format",), f'is not a lesson (no "format": "{FORMAT}")')
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.fail(("version",), "version must be a whole number")
        if version > VERSION:
            raise self.fail(
                ("version",), f"was written for a newer Backprop Lab (version {version})"
            )
        order = doc.get("order")
        if not isinstance(order, int) or isinstance(order, bool):
            raise self.fail(("order",), "order must be a whole number (the lesson's place)")
        known = {"format", "version", "order", "title", "summary", "project", "pages"}
        self._no_unknown(doc, (), known, "the lesson")
        project = doc.get("project")
        if not isinstance(project, str) or not project:
            raise self.fail(
                ("project",), 'project must name a file in the lesson\'s folder or "example:NAME"'
            )
        self._check_project_name(project, ("project",), folder)
        pages = doc.get("pages")
        if not isinstance(pages, list) or not pages:
            raise self.fail(("pages",), "pages must be a non-empty list")
        if len(pages) > MAX_PAGES:
            raise self.fail(("pages",), f"has more than {MAX_PAGES} pages")
        return Lesson(
            id=lesson_id,
            folder=folder,
            order=order,
            title=self.text(doc.get("title"), ("title",), "title"),
            summary=self.text(doc.get("summary"), ("summary",), "summary"),
            project=project,
            pages=tuple(self.page(p, ("pages", i), folder) for i, p in enumerate(pages)),
        )

    def _no_unknown(self, obj: dict, path: tuple, known: set, what: str) -> None:
        extra = sorted(set(obj) - known)
        if extra:
            raise self.fail((*path, extra[0]), f"{what}: unknown key {extra[0]!r}")

    def _check_project_name(self, name: str, path: tuple, folder: str) -> None:
        if name.startswith("example:"):
            return
        if os.path.isabs(name) or ".." in Path(name).parts:
            raise self.fail(path, "a project must be a file inside the lesson's folder")
        if not name.endswith(".bplab"):
            raise self.fail(path, "a project is a .bplab file")

    def page(self, value: Any, path: tuple, folder: str) -> Page:
        page = self.obj(value, path, "a page")
        kind = page.get("kind")
        if kind not in KINDS:
            raise self.fail((*path, "kind"), f"kind must be one of {', '.join(KINDS)}")
        known = {"kind", "text", "look", "project"}
        known |= {
            "read": set(),
            "do": {"task", "done_when", "show"},
            "predict": {"question", "answer", "tolerance", "relative", "choices", "reveal"},
            "look": set(),
        }[kind]  # fmt: skip
        self._no_unknown(page, path, known, f"a {kind} page")
        fields: dict[str, Any] = {"kind": kind, "line": self.lines.get(path)}
        fields["text"] = self.text(page.get("text"), (*path, "text"), "the page's text")
        if "project" in page:
            name = page["project"]
            if not isinstance(name, str):
                raise self.fail((*path, "project"), "project must be a file name")
            self._check_project_name(name, (*path, "project"), folder)
            fields["project"] = name
        if "look" in page or kind == "look":
            fields["look"] = self.look(page.get("look"), (*path, "look"))
        if kind == "do":
            fields["task"] = self.text(page.get("task"), (*path, "task"), "the task")
            fields["done_when"] = self.expression(
                page.get("done_when"), (*path, "done_when"), "done_when"
            )
            if "show" in page:
                fields["show"] = self.actions(page["show"], (*path, "show"))
        if kind == "predict":
            fields.update(self.predict(page, path))
        return Page(**fields)

    def actions(self, value: Any, path: tuple) -> tuple[Action, ...]:
        try:
            return parse_actions(value)
        except ActionError as exc:
            raise self.fail(path, str(exc)) from None

    def look(self, value: Any, path: tuple) -> tuple[str, str]:
        if not isinstance(value, str) or " " not in value.strip():
            raise self.fail(path, 'look must say what to point at: "neuron L2N1", "weight W2[1,1]", '
                            '"bias b2[1]" or "view loss"')  # fmt: skip
        target, what = value.strip().split(None, 1)
        if target not in LOOK_TARGETS:
            raise self.fail(path, f"look: {target!r} is not one of {', '.join(LOOK_TARGETS)}")
        if target == "view" and what not in VIEWS:
            raise self.fail(path, f"look: no view {what!r}; the views are {', '.join(VIEWS)}")
        if target != "view":
            try:
                kind = item_index(what)[0]
            except ActionError as exc:
                raise self.fail(path, f"look: {exc}") from None
            if kind != target:
                raise self.fail(path, f"look {target}: {what} is not a {target}")
        return target, what

    def predict(self, page: dict, path: tuple) -> dict[str, Any]:
        out: dict[str, Any] = {
            "question": self.text(page.get("question"), (*path, "question"), "the question"),
            "answer": self.expression(page.get("answer"), (*path, "answer"), "answer"),
        }
        if "reveal" in page:
            out["reveal"] = self.actions(page["reveal"], (*path, "reveal"))
        choices = page.get("choices")
        if choices is not None:
            if not isinstance(choices, list) or len(choices) < 2:
                raise self.fail((*path, "choices"), "choices must list at least two answers")
            parsed = []
            for i, c in enumerate(choices):
                cp = (*path, "choices", i)
                c = self.obj(c, cp, "a choice")
                if not isinstance(c.get("id"), str) or not c["id"]:
                    raise self.fail(cp, "a choice needs an id (the value the answer gives)")
                parsed.append(
                    Choice(c["id"], self.text(c.get("label"), (*cp, "label"), "the choice"))
                )
            if len({c.id for c in parsed}) != len(parsed):
                raise self.fail((*path, "choices"), "two choices have the same id")
            out["choices"] = tuple(parsed)
            if "tolerance" in page:
                raise self.fail((*path, "tolerance"), "a choice question has no tolerance")
        else:
            tol = page.get("tolerance")
            if isinstance(tol, bool) or not isinstance(tol, int | float) or not tol >= 0:
                raise self.fail((*path, "tolerance"),
                                "a number question needs a tolerance ≥ 0 (or give choices)")  # fmt: skip
            out["tolerance"] = float(tol)
            relative = page.get("relative", False)
            if not isinstance(relative, bool):
                raise self.fail((*path, "relative"), "relative must be true or false")
            out["relative"] = relative
        return out
