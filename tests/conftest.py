"""Shared test set-up: Qt runs offscreen, and engine tests run on every array backend.

The ``backend`` fixture runs a test on NumPy (float64), then a second time on
array-api-strict — float64 on its CPU device and float32 on a non-CPU fake device —
which, like CuPy, refuses implicit conversion to NumPy and mixing with NumPy arrays.
That is how a CPU-only run proves the engine would run on CuPy.
"""

import os
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from engine.backend import Backend, get_backend  # noqa: E402

if os.environ.get("BACKPROP_LAB_REQUIRE_TORCH"):
    # CI installs CPU PyTorch: the cross-checks against torch must run, never skip
    import torch  # noqa: F401

try:  # fuzzing stays reproducible and free of timing flakes on a loaded CI machine
    from hypothesis import settings

    settings.register_profile("backprop-lab", derandomize=True, deadline=None, print_blob=True)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "backprop-lab"))
except ImportError:  # hypothesis comes with the test extra
    pass


@dataclass(frozen=True)
class BackendCase:
    backend: Backend
    dtype: str

    @property
    def id(self) -> str:
        return f"{self.backend.name}-{self.backend.device or 'cpu'}-{self.dtype}"

    @property
    def rtol(self) -> float:
        """Tolerance for comparing results with a float64 reference."""
        return 1e-9 if self.dtype == "float64" else 2e-4


def _cases() -> list:
    cases = [pytest.param(("numpy", None, "float64"), id="numpy-float64")]
    try:
        import array_api_strict  # noqa: F401

        cases += [
            pytest.param(("array_api_strict", None, "float64"), id="strict-cpu-float64"),
            pytest.param(("array_api_strict", "device1", "float32"), id="strict-device1-float32"),
        ]
    except ImportError:  # the test extra installs it; without it only NumPy runs
        pass
    return cases


@pytest.fixture(params=_cases())
def backend_case(request) -> BackendCase:
    name, device, dtype = request.param
    return BackendCase(get_backend(name, device), dtype)
