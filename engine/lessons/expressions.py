"""The expressions lessons use to check the app's state: a small language, never Python code.

A lesson says when a "Do" page is done (``phase == "backward[2]"``), or how the engine
computes the answer to a "Predict" page (``param("W2", 1, 1)``, ``test_loss > was(test_loss)``),
as an expression over a documented vocabulary (``VARIABLES``, ``FUNCTIONS``). It is parsed
with Python's ``ast`` into a tree and evaluated by walking that tree: only the node kinds
below are accepted (numbers, strings, the vocabulary's names and calls, arithmetic,
comparisons, ``and``/``or``/``not``, ``x if c else y``, lists), so nothing in a lesson file
can import, call, or reach anything outside the vocabulary.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

MAX_LENGTH = 500  # characters in one expression
MAX_NODES = 200


class ExpressionError(ValueError):
    """An expression that is not in the lesson language, or cannot be evaluated now."""


@dataclass(frozen=True)
class Word:
    """A name of the vocabulary: what it means, for docs/lessons.md and error messages."""

    name: str
    help: str
    args: tuple[int, ...] = ()  # accepted argument counts (functions only)


#: the app's state a lesson may read (session/lesson_state.py provides the values)
VARIABLES = {
    w.name: w
    for w in (
        Word(
            "phase",
            'the phase last shown: "forward[k]", "loss", "backward[k]", "update", '
            'or "" between steps',
        ),
        Word("next_phase", 'the phase Next phase shows next ("" at the end of a step)'),
        Word("step", "optimizer steps done"),
        Word("epoch", "whole epochs done"),
        Word("playing", "whether Play is on"),
        Word("lr", "the learning rate η"),
        Word(
            "optimizer",
            'the optimizer: "sgd", "momentum", "nesterov", "adagrad", "rmsprop" or "adam"',
        ),
        Word("loss_function", 'the loss: "mse", "sse", "bce" or "cce"'),
        Word("batch_size", "examples per step"),
        Word("l1", "the L1 strength λ₁"),
        Word("l2", "the L2 strength λ₂"),
        Word("dropout", "the dropout probability"),
        Word("layers", "layers with weights (hidden and output)"),
        Word("train_loss", "the training loss at the last evaluation"),
        Word("test_loss", "the test loss at the last evaluation"),
        Word("train_accuracy", "the training accuracy (0–1) at the last evaluation"),
        Word("test_accuracy", "the test accuracy (0–1) at the last evaluation"),
        Word("dataset", 'the dataset\'s name ("circle", "xor", "iris", "csv", …)'),
        Word("race_runs", "runs in the race (0 when none ran)"),
        Word("race_best", "the run (1-based) with the lowest final training loss"),
    )
}

#: functions a lesson may call; indexes are 1-based, as the window shows them
FUNCTIONS = {
    w.name: w
    for w in (
        Word("param", 'a weight param("W2", i, j) or a bias param("b2", i)', (2, 3)),
        Word("grad", "the last backward pass's ∂L/∂w (as param; batch mean)", (2, 3)),
        Word("z", "z of neuron i in layer k for the traced sample: z(k, i)", (2,)),
        Word("a", "the output a of neuron i in layer k (layer 0: inputs): a(k, i)", (2,)),
        Word("delta", "δ of neuron i in layer k (traced sample): delta(k, i)", (2,)),
        Word("units", "neurons in layer k (0: inputs)", (1,)),
        Word("activation", 'layer k\'s activation ("tanh", "relu", …)', (1,)),
        Word(
            "grad_rms",
            "the RMS of ∂L/∂W of layer k, as the health view shows it (else the last backward pass's)",
            (1,),
        ),
        Word("dead", "the share (0–1) of layer k's ReLU units that output 0 for every row", (1,)),
        Word(
            "saturated",
            "the share (0–1) of layer k's sigmoid/tanh outputs where |f′(z)| < 0.05",
            (1,),
        ),
        Word("race_loss", "run i's final training loss in the race", (1,)),
        Word("race_test_loss", "run i's final test loss in the race", (1,)),
        Word("race_value", "the value run i of the race tried (as text)", (1,)),
        Word("was", "the value of an expression when the learner answered", (1,)),
        Word("abs", "absolute value", (1,)),
        Word("min", "the smallest argument", tuple(range(1, 9))),
        Word("max", "the largest argument", tuple(range(1, 9))),
        Word("round", "round(x) or round(x, digits)", (1, 2)),
        Word("log", "natural logarithm", (1,)),
        Word("exp", "e to the power x", (1,)),
        Word("sqrt", "square root", (1,)),
    )
}

_BUILTIN: dict[str, Callable[..., Any]] = {
    "abs": abs,
    "min": min,
    "max": max,
    "round": round,
    "log": math.log,
    "exp": math.exp,
    "sqrt": math.sqrt,
}
_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.Mod: operator.mod,
}
_COMPARE = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}


class State:
    """What an expression reads: ``values`` (variables) and ``calls`` (the state-dependent
    functions), both by vocabulary name; ``before`` is the state ``was(…)`` reads."""

    def __init__(
        self,
        values: Mapping[str, Any],
        calls: Mapping[str, Callable[..., Any]] | None = None,
        before: State | None = None,
    ):
        self.values = values
        self.calls = calls or {}
        self.before = before


def parse(source: str) -> ast.Expression:
    """The checked tree of an expression; ExpressionError says what is not allowed and where."""
    if not isinstance(source, str):
        raise ExpressionError(f"expected an expression as text, got {type(source).__name__}")
    if len(source) > MAX_LENGTH:
        raise ExpressionError(f"is longer than {MAX_LENGTH} characters")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"is not a valid expression ({exc.msg})") from None
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        raise ExpressionError(f"has more than {MAX_NODES} parts")
    callees = {id(n.func) for n in nodes if isinstance(n, ast.Call)}
    for node in nodes:
        if id(node) not in callees:  # a called name is checked as a call
            _check_node(node)
    return tree


def _check_node(node: ast.AST) -> None:
    allowed = (
        ast.Expression, ast.Constant, ast.Name, ast.Load, ast.BinOp, ast.UnaryOp, ast.BoolOp,
        ast.Compare, ast.IfExp, ast.Call, ast.List, ast.Tuple, ast.And, ast.Or, ast.Not,
        ast.USub, ast.UAdd, *_BINARY, *_COMPARE,
    )  # fmt: skip
    if not isinstance(node, allowed):
        raise ExpressionError(f"uses {type(node).__name__}, which lessons cannot use")
    if isinstance(node, ast.Constant) and not isinstance(node.value, int | float | str | bool):
        raise ExpressionError(f"holds a {type(node.value).__name__} constant")
    if isinstance(node, ast.Name) and node.id not in VARIABLES:
        if node.id in FUNCTIONS:
            raise ExpressionError(f"{node.id} is a function: call it, {node.id}(…)")
        raise ExpressionError(f"unknown name {node.id!r}; the names are {', '.join(VARIABLES)}")
    if isinstance(node, ast.Call):
        func = node.func
        if not isinstance(func, ast.Name) or func.id not in FUNCTIONS:
            what = func.id if isinstance(func, ast.Name) else "that"
            raise ExpressionError(
                f"calls {what!r}, which is not a lesson function; they are {', '.join(FUNCTIONS)}"
            )
        if node.keywords:
            raise ExpressionError(f"{func.id}(…) takes no keyword arguments")
        if len(node.args) not in FUNCTIONS[func.id].args:
            counts = " or ".join(str(n) for n in FUNCTIONS[func.id].args[:3])
            raise ExpressionError(f"{func.id}(…) takes {counts} arguments, got {len(node.args)}")


def evaluate(source: str | ast.Expression, state: State) -> Any:
    """The value of an expression in ``state``; ExpressionError when it cannot be had now."""
    tree = parse(source) if isinstance(source, str) else source
    try:
        return _eval(tree.body, state)
    except ExpressionError:
        raise
    except (ArithmeticError, ValueError, TypeError, KeyError, IndexError) as exc:
        raise ExpressionError(f"cannot be evaluated now ({exc})") from None


def _eval(node: ast.AST, state: State) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in state.values:
            raise ExpressionError(f"{node.id} is not available now")
        return state.values[node.id]
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, state), _eval(node.right, state)
        numbers = all(isinstance(v, int | float) for v in (left, right))
        if not numbers and not (isinstance(node.op, ast.Add) and type(left) is type(right)):
            raise ExpressionError("arithmetic works on numbers (and + joins two texts)")
        if isinstance(node.op, ast.Pow) and abs(right) > 100:
            raise ExpressionError("an exponent beyond 100 is not allowed")
        return _BINARY[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, state)
        if isinstance(node.op, ast.Not):
            return not value
        return -value if isinstance(node.op, ast.USub) else +value
    if isinstance(node, ast.BoolOp):
        if isinstance(node.op, ast.And):
            return all(_eval(v, state) for v in node.values)
        return any(_eval(v, state) for v in node.values)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, state)
        for op, right_node in zip(node.ops, node.comparators, strict=True):
            right = _eval(right_node, state)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.IfExp):
        return _eval(node.body if _eval(node.test, state) else node.orelse, state)
    if isinstance(node, ast.List | ast.Tuple):
        return [_eval(e, state) for e in node.elts]
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name)
        name = node.func.id
        if name == "was":
            if state.before is None:
                raise ExpressionError("was(…) needs the state when the learner answered")
            return _eval(node.args[0], state.before)
        args = [_eval(a, state) for a in node.args]
        if name in _BUILTIN:
            return _BUILTIN[name](*args)
        if name not in state.calls:
            raise ExpressionError(f"{name}(…) is not available now")
        return state.calls[name](*args)
    raise ExpressionError(f"uses {type(node).__name__}, which lessons cannot use")
