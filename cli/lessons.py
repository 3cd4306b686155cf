"""``lessons``: list the shipped lessons, or check a lesson file a teacher wrote."""

from __future__ import annotations

import argparse

from cli.common import EXIT_USAGE, CommandError, say

HELP = "list the lessons, or check a lesson file (--check PATH)"
DESCRIPTION = """\
Without options, list the lessons that ship with Backprop Lab: id, title and number of
pages, in their order. Open one with `backprop-lab --lesson ID`.

With --check PATH (a lesson folder or its lesson.json), check a lesson as the app reads it:
the format, every text in every language, every check and answer against the vocabulary of
docs/lessons.md, and that its projects load. A fault ends with one line naming the file and
the line, and exit status 2.

examples:
  backprop-lab lessons
  backprop-lab lessons --check my-lesson/
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``lessons``."""
    p.add_argument("--check", metavar="PATH", help="check this lesson folder or lesson.json")
    p.add_argument(
        "--language",
        choices=("en", "zh_CN"),
        default="en",
        help="the language of the titles listed (default en)",
    )


def run(args: argparse.Namespace) -> int:
    """List or check."""
    from engine.lessons import LessonError, check_lesson, page_text, shipped_lessons

    try:
        if args.check:
            lesson = check_lesson(args.check)
            say(
                args,
                f"{args.check}: ok: lesson {lesson.id!r}, {len(lesson.pages)} pages, "
                f"order {lesson.order}",
            )
            return 0
        lessons = shipped_lessons()
    except LessonError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    width = max((len(les.id) for les in lessons), default=2)
    for les in lessons:
        title = page_text(les.title, args.language)
        say(args, f"{les.id:<{width}}  {title}  ({len(les.pages)} pages)")
    return 0
