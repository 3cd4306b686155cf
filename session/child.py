"""The training process without translations: ``python -P -m session.child``.

The window runs ``gui/training_child.py`` instead, which installs its translators first.
"""

import sys

from session.process import serve

if __name__ == "__main__":
    sys.exit(serve())
