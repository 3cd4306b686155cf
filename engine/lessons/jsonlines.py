"""JSON with line numbers: a lesson's errors must name the line, and ``json`` keeps none.

``parse(text)`` returns the same value ``json.loads`` would (objects, arrays, strings,
numbers, true/false/null) and a table from each value's path — a tuple of keys and indexes,
``("pages", 2, "done_when")`` — to the 1-based line where that value starts. It accepts
strict JSON only (no NaN, no comments), with the same ``JSONDecodeError`` messages.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

Path = tuple[str | int, ...]

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_DECODE_STRING = json.decoder.scanstring  # type: ignore[attr-defined]
MAX_DEPTH = 64


def parse(text: str) -> tuple[Any, dict[Path, int]]:
    """(value, {path: line}) of a JSON document; JSONDecodeError where it is not JSON."""
    parser = _Parser(text)
    pos = parser.skip(0)
    value, pos = parser.value(pos, (), 0)
    pos = parser.skip(pos)
    if pos != len(text):
        raise json.JSONDecodeError("Extra data", text, pos)
    return value, parser.lines


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.lines: dict[Path, int] = {}
        self._breaks = [i for i, ch in enumerate(text) if ch == "\n"]

    def skip(self, pos: int) -> int:
        m = _WS.match(self.text, pos)
        return m.end() if m else pos

    def line_of(self, pos: int) -> int:
        return bisect.bisect_left(self._breaks, pos) + 1

    def value(self, pos: int, path: Path, depth: int) -> tuple[Any, int]:
        text = self.text
        if depth > MAX_DEPTH:
            raise json.JSONDecodeError("Nested too deeply", text, pos)
        if pos >= len(text):
            raise json.JSONDecodeError("Expecting value", text, pos)
        self.lines[path] = self.line_of(pos)
        ch = text[pos]
        if ch == "{":
            return self.obj(pos + 1, path, depth)
        if ch == "[":
            return self.array(pos + 1, path, depth)
        if ch == '"':
            return _DECODE_STRING(text, pos + 1, True)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                return val, pos + len(word)
        m = _NUMBER.match(text, pos)
        if m:
            s = m.group()
            return (float(s) if any(c in s for c in ".eE") else int(s)), m.end()
        raise json.JSONDecodeError("Expecting value", text, pos)

    def obj(self, pos: int, path: Path, depth: int) -> tuple[dict, int]:
        text = self.text
        out: dict[str, Any] = {}
        pos = self.skip(pos)
        if text.startswith("}", pos):
            return out, pos + 1
        while True:
            if not text.startswith('"', pos):
                raise json.JSONDecodeError(
                    "Expecting property name enclosed in double quotes", text, pos
                )
            key, pos = _DECODE_STRING(text, pos + 1, True)
            pos = self.skip(pos)
            if not text.startswith(":", pos):
                raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
            pos = self.skip(pos + 1)
            out[key], pos = self.value(pos, (*path, key), depth + 1)
            pos = self.skip(pos)
            if text.startswith("}", pos):
                return out, pos + 1
            if not text.startswith(",", pos):
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
            pos = self.skip(pos + 1)

    def array(self, pos: int, path: Path, depth: int) -> tuple[list, int]:
        text = self.text
        out: list[Any] = []
        pos = self.skip(pos)
        if text.startswith("]", pos):
            return out, pos + 1
        while True:
            item, pos = self.value(pos, (*path, len(out)), depth + 1)
            out.append(item)
            pos = self.skip(pos)
            if text.startswith("]", pos):
                return out, pos + 1
            if not text.startswith(",", pos):
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
            pos = self.skip(pos + 1)
