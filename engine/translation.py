"""How engine and session text is translated without importing Qt.

Every function that returns words a learner reads takes a ``translate`` argument, a
``(context, text) → text`` callable. The window passes ``QCoreApplication.translate``;
the command line and the tests use ``untranslated``. Write the call as
``translate("context", "text")`` with literal strings, so that ``lupdate`` finds it.

Words the engine declares but never shows itself (the optimizers' names and their
hyper-parameters' labels and help, in ``engine.optimizers``) are marked with
``QT_TRANSLATE_NOOP("context", "text")``; whoever shows them translates them then.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    """No translation: the English source text."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Mark ``text`` for translation under ``context`` and return it unchanged.

    For words the engine declares but does not show itself (an optimizer's name, a
    hyper-parameter's label and help): the window translates them when it shows them,
    ``QCoreApplication.translate(context, text)``. The upper-case name is Qt's own, the one
    ``lupdate`` looks for, so it must stay as it is (hence ``noqa: N802``); the engine
    cannot import Qt's version. Write both arguments as literal strings.
    """
    return text
