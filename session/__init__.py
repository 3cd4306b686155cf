"""The training session, free of Qt: the worker that owns the engine objects, the training
process that runs it and its wire format, snapshots, the loss history and the timeline.

Front ends (``gui/``, ``cli/``) build it and give it a ``translate`` function; it never
imports Qt (an import-linter contract and tests/test_architecture.py check this).
"""
