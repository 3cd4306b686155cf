"""No import circle inside ``engine``: neither between modules nor between its subpackages."""

from __future__ import annotations

import pytest

grimp = pytest.importorskip("grimp")  # comes with import-linter (the dev extra)


def _cycles(graph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _explain(graph, cycles: list[list[str]]) -> str:
    """Each circle as a chain of imports there and back, for the failure message."""
    lines = []
    for component in cycles:
        a, b = component[0], component[1]
        there = graph.find_shortest_chain(importer=a, imported=b)
        back = graph.find_shortest_chain(importer=b, imported=a)
        lines.append(" -> ".join(there) + " -> " + " -> ".join(back[1:]))
    return "\n".join(lines)


def _graph():
    """Every import inside ``engine`` (function-level and TYPE_CHECKING imports included)."""
    return grimp.build_graph("engine", cache_dir=None)


def test_no_import_cycle_between_engine_modules():
    graph = _graph()
    assert "engine.export.model" in graph.modules and "engine.weights_io" in graph.modules
    cycles = _cycles(graph)
    assert not cycles, "import circles in engine:\n" + _explain(graph, cycles)


def test_no_import_cycle_between_engine_subpackages():
    """With each subpackage (``engine.export``, ``engine.datasets``, …) taken as one node."""
    graph = _graph()
    packages = sorted(
        m for m in graph.modules if m != "engine" and graph.find_children(m) and m.count(".") == 1
    )
    assert "engine.export" in packages
    for package in packages:
        graph.squash_module(package)
    cycles = _cycles(graph)
    assert not cycles, "import circles between engine's parts:\n" + _explain(graph, cycles)


def test_the_cycle_finder_finds_a_circle():
    graph = grimp.ImportGraph()
    for module in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(module)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    assert _cycles(graph) == []
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert _cycles(graph) == [["pkg.a", "pkg.b", "pkg.c"]]
    assert "pkg.a -> pkg.b -> pkg.c -> pkg.a" in _explain(graph, _cycles(graph))
