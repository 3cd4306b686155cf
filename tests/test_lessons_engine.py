"""The lesson engine: the file format checked with line numbers, the expression language that
can read the app's state and nothing else, grading, and the `lessons` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.lessons import LessonError, State, grade, load_lesson
from engine.lessons.expressions import ExpressionError, evaluate
from engine.lessons.lesson import Page
from engine.project import load_project
from session.lesson_state import lesson_state
from session.worker import TrainingWorker

ROOT = Path(__file__).resolve().parents[1]
T = {"en": "Text", "zh_CN": "文本"}


def lesson_doc(**pages_and_fields):
    doc = {
        "format": "backprop-lab-lesson",
        "version": 1,
        "order": 1,
        "title": {"en": "A lesson", "zh_CN": "一课"},
        "summary": {"en": "What it teaches", "zh_CN": "它教什么"},
        "project": "example:worked-example",
        "pages": [
            {"kind": "read", "text": {"en": ["Two", "lines"], "zh_CN": "两行"}},
            {
                "kind": "do",
                "text": T,
                "task": {"en": "Press Next phase", "zh_CN": "按下一阶段"},
                "done_when": 'phase == "backward[2]"',
                "show": "next_phase 4",
            },
            {
                "kind": "predict",
                "text": T,
                "question": {"en": "What will w5 be?", "zh_CN": "w5 会是多少？"},
                "answer": 'param("W2", 1, 1)',
                "tolerance": 0.0001,
                "reveal": "finish_step",
            },
            {"kind": "look", "text": T, "look": "weight W2[1,1]"},
        ],
    }
    doc.update(pages_and_fields)
    return doc


def write_lesson(tmp_path, doc, name="my-lesson") -> Path:
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    text = doc if isinstance(doc, str) else json.dumps(doc, indent=1, ensure_ascii=False)
    (folder / "lesson.json").write_text(text, encoding="utf-8")
    return folder


def test_a_good_lesson_loads_with_both_languages(tmp_path):
    lesson = load_lesson(write_lesson(tmp_path, lesson_doc()))
    assert lesson.id == "my-lesson" and [p.kind for p in lesson.pages] == [
        "read",
        "do",
        "predict",
        "look",
    ]
    assert lesson.pages[0].text["en"] == "Two\nlines" and lesson.pages[0].text["zh_CN"] == "两行"
    assert lesson.pages[2].tolerance == 0.0001 and str(lesson.pages[2].reveal[0]) == "finish_step"
    assert str(lesson.pages[1].show[0]) == "next_phase 4"
    assert lesson.pages[3].look == ("weight", "W2[1,1]")
    assert os.path.isfile(lesson.project_path())


@pytest.mark.parametrize(
    "change, line_of, message",
    [
        (
            lambda d: d["pages"][1].update(done_when="__import__('os').system('x')"),
            "done_when",
            "not a lesson function",
        ),
        (lambda d: d["pages"][2].update(answer="param.__class__"), "answer", "Attribute"),
        (lambda d: d["pages"][1]["task"].pop("zh_CN"), "task", "no 'zh_CN' text"),
        (lambda d: d["pages"][3].update(look="view nowhere"), "look", "no view 'nowhere'"),
        (lambda d: d["pages"][2].update(tolerance=-1), "tolerance", "tolerance ≥ 0"),
        (lambda d: d["pages"][0].update(colour="red"), "colour", "unknown key 'colour'"),
        (
            lambda d: d.update(project="../../etc/passwd.bplab"),
            "project",
            "inside the lesson's folder",
        ),
        (lambda d: d["pages"][1].update(done_when="nope > 1"), "done_when", "unknown name 'nope'"),
        (
            lambda d: d["pages"][1].update(show=["set lr 3", "rm -rf /"]),
            "show",
            "unknown action 'rm'",
        ),
        (lambda d: d["pages"][2].update(reveal="set optimizer lbfgs"), "reveal", "not one of"),
    ],
)
def test_every_fault_names_the_file_and_the_line(tmp_path, change, line_of, message):
    doc = lesson_doc()
    change(doc)
    folder = write_lesson(tmp_path, doc)
    text = (folder / "lesson.json").read_text(encoding="utf-8")
    expected = next(i for i, ln in enumerate(text.splitlines(), 1) if f'"{line_of}":' in ln)
    with pytest.raises(LessonError) as info:
        load_lesson(folder)
    assert info.value.path == str(folder / "lesson.json")
    assert info.value.line == expected and message in str(info.value), str(info.value)


def test_broken_json_names_its_line(tmp_path):
    folder = write_lesson(tmp_path, '{\n "format": "backprop-lab-lesson",\n "version": 1,,\n}')
    with pytest.raises(LessonError, match=r"line 3: is not valid JSON"):
        load_lesson(folder)


def test_expressions_read_the_state_and_compare_with_the_answer_time():
    state = State({"test_loss": 0.3, "phase": "loss"}, {}, State({"test_loss": 0.2}))
    assert evaluate("test_loss > was(test_loss)", state) is True
    assert evaluate('"up" if test_loss > was(test_loss) else "down"', state) == "up"
    assert evaluate("round(max(1, 2.5) * 2 - abs(-1))", state) == 4
    with pytest.raises(ExpressionError, match="not available"):
        evaluate("train_loss", state)
    with pytest.raises(ExpressionError, match="exponent"):
        evaluate("2 ** 10000", state)
    with pytest.raises(ExpressionError, match="numbers"):
        evaluate('"x" * 100000000', state)


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_fuzzed_expressions_only_ever_raise_expression_error(source):
    calls = []
    state = State({"lr": 0.1, "phase": ""}, {"param": lambda *a: calls.append(a) or 1.0})
    try:
        evaluate(source, state)
    except ExpressionError:
        pass
    assert all(isinstance(a, tuple) for a in calls)  # nothing but the vocabulary was called


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150)
@given(json_values, st.sampled_from(["pages", "title", "project", "order", "format"]))
def test_fuzzed_lesson_files_only_ever_raise_lesson_error(tmp_path_factory, junk, key):
    doc = lesson_doc()
    doc[key] = junk
    folder = write_lesson(tmp_path_factory.mktemp("fuzz"), doc)
    try:
        load_lesson(folder)
    except LessonError as exc:
        assert str(folder / "lesson.json") in str(exc)


def test_grading_numbers_and_choices():
    num = Page(kind="predict", text=T, answer="1", tolerance=0.01)
    assert grade(num, "0.355", 0.3589) and not grade(num, 0.4, 0.3589) and not grade(num, "x", 1)
    rel = Page(kind="predict", text=T, answer="1", tolerance=0.1, relative=True)
    assert grade(rel, 105, 100) and not grade(rel, 120, 100)
    from engine.lessons.lesson import Choice

    choice = Page(kind="predict", text=T, answer="1", choices=(Choice("up", T), Choice("down", T)))
    assert grade(choice, "up", "up") and not grade(choice, "down", "up")


def test_the_lesson_state_reads_a_real_step_of_the_worked_example():
    """A lesson's expressions read the worker's snapshot: the worked example's w5 after the
    update is the post's 0.35891648, and ∂E/∂w5 is 0.082167041."""
    from assets import asset_path

    project = load_project(asset_path("examples", "worked-example.bplab"))
    w = TrainingWorker(project.spec, project.dataset, state=project.state, heatmap_resolution=8)
    t = threading.Thread(target=w.run, daemon=True)
    t.start()
    try:

        def wait(pred):
            end = time.monotonic() + 20
            while time.monotonic() < end:
                s = w.take_snapshot()
                if s is not None and pred(s):
                    return s
                time.sleep(0.005)
            raise AssertionError("timed out")

        start = wait(lambda s: s.step == 0)
        before = lesson_state(start, "csv")
        assert evaluate('phase == ""', before) and evaluate("step == 0", before)
        for _ in range(4):  # forward[1], forward[2], loss, backward[2]
            w.post("step_phase")
        mid = wait(lambda s: s.trace and s.trace[-1].phase == "backward[2]")
        state = lesson_state(mid, "csv", before)
        assert evaluate('phase == "backward[2]"', state)
        assert abs(evaluate('grad("W2", 1, 1)', state) - 0.082167041) < 1e-8
        assert abs(evaluate("a(2, 1)", state) - 0.75136507) < 1e-8
        assert evaluate('param("W2", 1, 1)', state) == pytest.approx(0.40)
        w.post("step_batch")  # finish the step: the update
        after = lesson_state(wait(lambda s: s.step == 1), "csv", state)
        assert abs(evaluate('param("W2", 1, 1)', after) - 0.35891648) < 1e-8
        assert evaluate('was(param("W2", 1, 1)) - param("W2", 1, 1)', after) > 0
        with pytest.raises(ExpressionError, match="outside W2"):
            evaluate('param("W2", 3, 1)', after)
    finally:
        w.post("stop")
        t.join(10)


def run_cli(*args, cwd):
    env = {**os.environ}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )


def test_lessons_check_passes_a_good_lesson_and_names_the_line_of_a_bad_one(tmp_path):
    good = write_lesson(tmp_path, lesson_doc(), "good")
    r = run_cli("lessons", "--check", str(good), cwd=tmp_path)
    assert r.returncode == 0 and "ok" in r.stdout, r.stderr
    doc = lesson_doc()
    doc["pages"][1]["done_when"] = "open('x')"
    bad = write_lesson(tmp_path, doc, "bad")
    r = run_cli("lessons", "--check", str(bad), cwd=tmp_path)
    assert r.returncode == 2 and "lesson.json, line" in r.stderr and "open" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    doc = lesson_doc(project="missing.bplab")
    r = run_cli("lessons", "--check", str(write_lesson(tmp_path, doc, "noproject")), cwd=tmp_path)
    assert r.returncode == 2 and "missing.bplab" in r.stderr
