"""How engine and session text is translated without importing Qt.

Every function that returns words a learner reads takes a ``translate`` argument, a
``(context, text) → text`` callable. The window passes ``QCoreApplication.translate``;
the command line and the tests use ``untranslated``. Write the call as
``translate("context", "text")`` with literal strings, so that ``lupdate`` finds it.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    """No translation: the English source text."""
    return text
