"""The complete example in docs/lessons.md is a working lesson: it passes `lessons --check`,
and a learner who follows it gets the post's w5 = 0.35891648 from the engine."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from engine.lessons import check_lesson

sys.path.insert(0, str(Path(__file__).parent))
from lesson_walk import walk  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs" / "lessons.md"


def test_the_documented_example_checks_and_walks(tmp_path):
    text = DOCS.read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", text, re.S).group(1)
    folder = tmp_path / "backprop-by-hand"
    folder.mkdir()
    (folder / "lesson.json").write_text(example, encoding="utf-8")
    lesson = check_lesson(str(folder))
    result = walk(lesson)
    assert abs(result.answers[2] - 0.35891648) < 1e-8  # Mazur's w5 after the update
    assert result.answers[3] in ("up", "down") and result.done == [1]
