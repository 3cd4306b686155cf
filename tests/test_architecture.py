"""The layering rules: the engine and the session never import Qt, and run on a machine without it."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import engine
import session
from engine.backend import get_backend, select_backend
from engine.errors import BackendUnavailable

ROOT = Path(__file__).resolve().parents[1]

BLOCK_QT = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6', 'gui', 'cli'):
            raise ImportError('Qt is not installed on this machine: ' + name)
sys.meta_path.insert(0, Block())
"""


def _qt_free_modules() -> list[str]:
    return sorted(
        m.name
        for pkg, prefix in ((engine, "engine."), (session, "session."))
        for m in pkgutil.walk_packages(pkg.__path__, prefix)
    )


def test_every_engine_and_session_module_imports_without_qt():
    modules = _qt_free_modules()
    assert "engine.training" in modules and "session.worker" in modules
    code = (
        BLOCK_QT
        + "import importlib\n"
        + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    )
    code += "assert not any(k.startswith(('PySide6', 'pyqtgraph')) for k in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_engine_trains_in_a_process_where_qt_cannot_load():
    code = BLOCK_QT + (
        "import numpy as np\n"
        "from engine.spec import NetworkSpec\n"
        "from engine.training import Trainer\n"
        "X = np.array([[0., 0.], [0., 1.], [1., 0.], [1., 1.]]); y = np.array([0, 1, 1, 0])\n"
        "t = Trainer(NetworkSpec.simple(2, [3], 2), X, y); t.run_steps(5)\n"
        "print(t.step_count)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "5"


def test_import_contracts_hold():
    """import-linter's contracts from pyproject.toml: the layers gui|cli > session > engine, and
    no Qt, pyqtgraph or front end below the front ends."""
    pytest.importorskip("importlinter")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout and "BROKEN" not in result.stdout
    assert "Layers" in result.stdout


def test_gpu_request_without_a_gpu_falls_back_with_a_message():
    try:
        import cupy  # noqa: F401

        pytest.skip("CuPy is installed here")
    except ImportError:
        pass
    with pytest.raises(BackendUnavailable, match="CuPy"):
        get_backend("cupy")
    backend, message = select_backend("cupy")
    assert backend.name == "numpy"
    assert "Falling back to NumPy" in message
