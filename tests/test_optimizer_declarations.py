"""Each optimizer class declares its name, display name, hyper-parameters and formula in one
place (engine/optimizers.py); the spec's list, defaults and validation are read from there.

(The panel reads them too: tests/test_gui_panels.py; the command line: tests/test_cli_options.py;
that the defaults are torch.optim's: tests/test_optimizers.py.)
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from engine.errors import SpecError
from engine.optimizers import (
    OPTIMIZER_CLASSES,
    OPTIMIZERS_BY_NAME,
    Optimizer,
    declarations_of,
    hyperparameter_fields,
    optimizer_class,
    spec_default,
    users_of,
)
from engine.spec import DEFAULT_EPS, OPTIMIZERS, NetworkSpec, OptimizerSpec

ROOT = Path(__file__).resolve().parents[1]


def test_the_registry_is_the_one_list_of_optimizers():
    assert tuple(OPTIMIZERS_BY_NAME) == (
        "sgd",
        "momentum",
        "nesterov",
        "adagrad",
        "rmsprop",
        "adam",
    )
    assert OPTIMIZERS == tuple(OPTIMIZERS_BY_NAME)  # engine.spec derives its list
    assert OPTIMIZER_CLASSES is OPTIMIZERS_BY_NAME  # the former name still works
    assert [c.display_name for c in OPTIMIZERS_BY_NAME.values()] == [
        "SGD",
        "Momentum",
        "Nesterov",
        "Adagrad",
        "RMSprop",
        "Adam",
    ]
    for name, cls in OPTIMIZERS_BY_NAME.items():
        assert issubclass(cls, Optimizer) and cls.name == name and optimizer_class(name) is cls
        assert cls.formula and cls.hyperparameters[0].field == "lr"
    with pytest.raises(KeyError, match="choose one of sgd, momentum, nesterov"):
        optimizer_class("lbfgs")


def test_each_optimizer_declares_the_fields_its_rule_reads():
    declared = {
        name: tuple((hp.field, hp.symbol) for hp in cls.hyperparameters)
        for name, cls in OPTIMIZERS_BY_NAME.items()
    }
    assert declared == {
        "sgd": (("lr", "η"),),
        "momentum": (("lr", "η"), ("momentum", "μ")),
        "nesterov": (("lr", "η"), ("momentum", "μ")),
        "adagrad": (("lr", "η"), ("eps", "ε")),
        "rmsprop": (("lr", "η"), ("alpha", "α"), ("eps", "ε")),
        "adam": (("lr", "η"), ("beta1", "β₁"), ("beta2", "β₂"), ("eps", "ε")),
    }
    for cls in OPTIMIZERS_BY_NAME.values():
        for hp in cls.hyperparameters:
            assert hp.symbol in cls.formula or hp.field == "lr" and "η" in cls.formula
            assert hp.label and hp.help.endswith(".") and "\n" not in hp.help


def test_every_spec_field_is_declared_and_every_declared_field_is_in_the_spec():
    spec_fields = [f.name for f in dataclasses.fields(OptimizerSpec) if f.name != "name"]
    assert sorted(hyperparameter_fields()) == sorted(spec_fields)


def test_a_field_optimizers_share_is_declared_alike_but_for_its_default():
    for field in hyperparameter_fields():
        decls = declarations_of(field)
        assert len(decls) == len(users_of(field)) >= 1
        assert len({dataclasses.replace(d, default=0.0) for d in decls}) == 1, field


def test_the_field_order_keeps_each_optimizers_own_order():
    order = hyperparameter_fields()
    assert order[0] == "lr" and len(set(order)) == len(order)
    for cls in OPTIMIZERS_BY_NAME.values():
        places = [order.index(hp.field) for hp in cls.hyperparameters]
        assert places == sorted(places), cls.name


def test_the_spec_defaults_are_the_declared_ones():
    spec = OptimizerSpec()
    for field in hyperparameter_fields():
        assert getattr(spec, field) == spec_default(field)
    assert (spec.lr, spec.momentum, spec.beta1, spec.beta2, spec.alpha) == (
        0.03,
        0.9,
        0.9,
        0.999,
        0.99,
    )
    assert spec.eps is None and spec_default("eps") is None  # optional: each optimizer's own
    assert DEFAULT_EPS == {"adagrad": 1e-10, "rmsprop": 1e-8, "adam": 1e-8}
    for name in DEFAULT_EPS:
        hp = optimizer_class(name).hyperparameter("eps")
        assert hp is not None and OptimizerSpec(name).effective_eps == hp.default
    assert OptimizerSpec("adam", eps=1e-3).effective_eps == 1e-3
    with pytest.raises(KeyError, match="no optimizer declares"):
        spec_default("rho")


def test_the_spec_is_validated_with_the_declared_ranges():
    base = NetworkSpec.simple(2, (3,), 2)
    for cls in OPTIMIZERS_BY_NAME.values():
        for hp in cls.hyperparameters:
            where = f"optimizer.{hp.field}"

            def with_value(value, hp=hp, cls=cls):
                return base.with_optimizer(name=cls.name, **{hp.field: value})

            assert getattr(with_value(hp.default).optimizer, hp.field) == hp.default
            with pytest.raises(SpecError) as info:
                with_value(hp.minimum - 1.0)
            assert info.value.field == where
            if hp.open_min:
                with pytest.raises(SpecError, match=f"^{where}: must be > "):
                    with_value(hp.minimum)
            else:
                with_value(hp.minimum)
            if hp.maximum is not None:
                with pytest.raises(SpecError, match=f"^{where}: must be "):
                    with_value(hp.maximum + 1.0)
                if hp.open_max:
                    with pytest.raises(SpecError, match=f"^{where}: must be < "):
                        with_value(hp.maximum)
            if hp.optional:
                assert getattr(with_value(None).optimizer, hp.field) is None
    with pytest.raises(SpecError, match="^optimizer.name: unknown optimizer 'lbfgs'"):
        base.with_optimizer(name="lbfgs")


def test_engine_optimizers_imports_no_other_engine_module_but_translation():
    """engine.spec imports engine.optimizers, so engine.optimizers must not import engine.spec:
    it imports only engine.translation and engine.flat_update (its update), which import no
    engine module."""
    import ast

    def engine_imports(path):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("engine")
        } | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
            if alias.name.startswith("engine")
        }

    imported = engine_imports(ROOT / "engine" / "optimizers.py")
    assert imported == {"engine.translation", "engine.flat_update"}
    assert engine_imports(ROOT / "engine" / "flat_update.py") == set()


def test_lupdate_finds_every_declared_name_label_and_help_under_optimizers(tmp_path):
    """The window translates them with QCoreApplication.translate("optimizers", text): each
    must be marked QT_TRANSLATE_NOOP("optimizers", "…") with literal text for lupdate."""
    import re

    here = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(here) if here.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "optimizers.ts"
    result = subprocess.run(
        [tool, str(ROOT / "engine" / "optimizers.py"), "-ts", str(ts)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    text = ts.read_text(encoding="utf-8")
    contexts = re.findall(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S)
    assert [name for name, _ in contexts] == ["optimizers"]
    found = {
        s.replace("&apos;", "'").replace("&quot;", '"').replace("&amp;", "&")
        for s in re.findall(r"<source>(.*?)</source>", contexts[0][1], re.S)
    }
    wanted = {cls.display_name for cls in OPTIMIZERS_BY_NAME.values()}
    wanted |= {
        t for f in hyperparameter_fields() for d in declarations_of(f) for t in (d.label, d.help)
    }
    assert wanted <= found, sorted(wanted - found)
