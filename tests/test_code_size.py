"""The size rule: no module over 400 lines, no function over 60 lines, with no exceptions.

A long module hides more than one thing and a long function more than one step; both are
split along a real seam (a window's constructor by pane).
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "barretimer"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _functions(tree: ast.AST, prefix: str = "") -> list[tuple[str, ast.AST]]:
    """Every function with its qualified name (``Class.method``, ``outer.inner``)."""
    found: list[tuple[str, ast.AST]] = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            name = f"{prefix}{node.name}"
            if not isinstance(node, ast.ClassDef):
                found.append((name, node))
            found += _functions(node, f"{name}.")
        else:
            found += _functions(node, prefix)
    return found


def _lines(node: ast.AST) -> int:
    end = getattr(node, "end_lineno", None) or 0
    start = getattr(node, "lineno", 0)
    decorators = getattr(node, "decorator_list", [])
    if decorators:
        start = min(start, *(d.lineno for d in decorators))
    return end - start + 1


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_no_module_is_over_the_limit() -> None:
    too_long = {
        _relative(path): count
        for path in _source_files()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines: {too_long}"


def test_no_function_is_over_the_limit() -> None:
    too_long: dict[str, int] = {}
    for path in _source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, node in _functions(tree):
            key = f"{_relative(path)}:{name}"
            if _lines(node) > MAX_FUNCTION_LINES:
                too_long[key] = _lines(node)
    assert not too_long, f"functions over {MAX_FUNCTION_LINES} lines: {too_long}"
