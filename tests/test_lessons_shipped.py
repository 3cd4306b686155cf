"""The twelve shipped lessons: each passes `lessons --check`, `lessons` lists them in order,
and each is walked end to end against a real training worker (tests/lesson_walk.py): every
Do page's Show me makes its check true, every Predict page's answer comes from the engine
and a wrong one is marked wrong. Lesson 4 gives the published numbers of Mazur's post;
lesson 5's premise (the classic XOR recipe at η = 0.1 has not learned in 1,000 epochs, at
η = 5 it has) holds."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import numpy as np
import pytest

from engine.lessons import check_lesson, lessons_folder, shipped_lessons
from engine.lessons.expressions import evaluate

sys.path.insert(0, str(Path(__file__).parent))
from lesson_walk import Walk, walk  # noqa: E402

IDS = (
    "a-neuron",
    "forward-pass",
    "loss",
    "backprop-by-hand",
    "learning-rate",
    "batch-size",
    "optimizers",
    "activations",
    "overfitting",
    "many-classes",
    "digits",
    "to-frameworks",
)


@functools.cache
def walked(lesson_id: str) -> Walk:
    """Each lesson is walked once per test run (the walk tests and the premise tests share it)."""
    return walk(check_lesson(str(lessons_folder() / lesson_id)))


def test_every_shipped_lesson_checks_and_the_list_is_in_order(capsys):
    from cli import main as cli_main

    lessons = shipped_lessons()
    assert tuple(les.id for les in lessons) == IDS
    assert [les.order for les in lessons] == list(range(1, 13))
    for les in lessons:
        check_lesson(les.folder)  # as `lessons --check` does: the format and the projects
        kinds = [p.kind for p in les.pages]
        assert 5 <= len(kinds) <= 12, (les.id, len(kinds))
        assert "predict" in kinds and "look" in kinds, les.id
        assert any(p.kind == "do" and p.show for p in les.pages), les.id
    assert cli_main(["lessons"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == list(IDS)
    assert cli_main(["lessons", "--language", "zh_CN"]) == 0
    assert "手算反向传播" in capsys.readouterr().out


def test_every_text_has_both_languages_and_the_chinese_uses_the_standard_terms():
    text = {"en": [], "zh_CN": []}  # every page's text, task and question (the reader checks
    for les in shipped_lessons():  # that each has both languages; names like Adam may match)
        for page in les.pages:
            for t in (les.title, les.summary, page.text, page.task, page.question):
                if t is not None:
                    for lang in text:
                        text[lang].append(t[lang])
    zh = "\n".join(text["zh_CN"] + [c.label["zh_CN"] for p in les.pages for c in p.choices])
    for term in ("反向传播", "前向传播", "损失函数", "梯度下降", "随机梯度下降", "小批量", "学习率",
                 "动量", "激活函数", "权重", "偏置", "过拟合", "正则化", "早停", "训练集", "测试集",
                 "准确率", "混淆矩阵", "决策边界"):  # fmt: skip
        assert term in zh, term
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in text["zh_CN"])


@pytest.mark.parametrize("lesson_id", IDS)
def test_each_lesson_walks_end_to_end(lesson_id):
    lesson = check_lesson(str(lessons_folder() / lesson_id))
    result = walked(lesson_id)
    predicts = [i for i, p in enumerate(lesson.pages) if p.kind == "predict"]
    dos = [i for i, p in enumerate(lesson.pages) if p.kind == "do"]
    assert sorted(result.answers) == predicts and result.done == dos
    assert result.stalls == 0  # every action was seen done, none only waited out
    assert len(result.values) == len(lesson.pages)


def test_lesson_4_gives_the_published_numbers_of_the_post():
    lesson = check_lesson(str(lessons_folder() / "backprop-by-hand"))
    result = walked("backprop-by-hand")
    by_answer = {lesson.pages[i].answer: v for i, v in result.answers.items()}
    published = {
        "a(1, 1)": 0.593269992,  # out_h1
        "a(2, 1)": 0.75136507,  # out_o1
        "train_loss": 0.298371109,  # E_total
        'grad("W2", 1, 1)': 0.082167041,  # ∂E/∂w5
        'grad("W1", 1, 1)': 0.000438568,  # ∂E/∂w1
        'param("W2", 1, 1)': 0.35891648,  # w5⁺
        'param("W1", 1, 1)': 0.149780716,  # w1⁺
    }
    assert set(by_answer) == set(published)
    for expr, number in published.items():
        assert abs(by_answer[expr] - number) < 1e-8, (expr, by_answer[expr], number)
    last = len(lesson.pages) - 1
    # E_total after the step: the post's 0.291027924 comes from its rounded new weights
    assert abs(result.values[last]["train_loss"] - 0.291027924) < 5e-7


def test_lesson_5_premise_the_classic_xor_recipe_needs_a_larger_learning_rate():
    lesson = check_lesson(str(lessons_folder() / "learning-rate"))
    race_page = next(i for i, p in enumerate(lesson.pages) if p.reveal)
    state = walked("learning-rate").states[race_page]
    assert [evaluate(f"race_value({i})", state) for i in (1, 2, 3)] == ["0.1", "1", "5"]
    assert evaluate("race_loss(1)", state) > 0.2  # η = 0.1: still on the plateau
    assert evaluate("race_loss(3)", state) < 0.01  # η = 5: learned

    # the same on the lesson's network trained on its own (no race): 1,000 full-batch epochs
    from engine.project import load_project

    project = load_project(lesson.project_path())
    assert project.dataset.name == "csv" and project.spec.batch_size == 4
    for lr, check in ((0.1, lambda loss: loss > 0.2), (5.0, lambda loss: loss < 0.01)):
        trainer, data = project.make_trainer()
        assert data.X_train.shape == (4, 2) and data.X_test.shape[0] == 0
        assert np.array_equal(np.sort(data.X_train.sum(axis=1)), [0, 1, 1, 2])
        trainer.set_spec(project.spec.with_optimizer(lr=lr))
        for _ in range(1000):
            trainer.run_epoch()
        assert check(trainer.evaluate().train_loss), lr
