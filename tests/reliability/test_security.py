"""The package read as source: safe YAML only, nothing evaluated or unpickled, SQL with
parameters. Every SQL string built with a value in it is listed below with why it is safe;
a new one fails this test until someone reads it and adds it here."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "barretimer"
SOURCES = sorted(PACKAGE.rglob("*.py"))

UNSAFE_YAML = {
    "load", "load_all", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all",
    "Loader", "UnsafeLoader", "FullLoader", "CLoader", "CUnsafeLoader", "CFullLoader",
}  # fmt: skip
CODE_FROM_DATA = {"eval", "exec", "compile", "__import__"}
UNSAFE_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "cloudpickle", "jsonpickle"}

SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|ALTER|DROP|WHERE|VALUES)\b")
#: Interpolations into SQL that were read and found safe: (file, expression) -> why.
REVIEWED_SQL = {
    ("store/db.py", "int(timeout * 1000)"): "an int",
    ("store/recorder.py", "self._wait_for_lock_ms"): "an int read back from PRAGMA busy_timeout",
    ("store/db.py", "number + 1"): "an int: the schema version",
    ("store/csvio.py", "', '.join(SESSION_FIELDS)"): "constant column names",
    (
        "store/queries.py",
        "sql",
    ): "WHERE built from constant clauses; the values go in as ? parameters",
    ("store/queries.py", "order"): "ORDER BY taken from the constant _ORDER table by Sort key",
    (
        "store/queries.py",
        "', '.join(names)",
    ): "column names: the fields of the SessionRow dataclass",
    ("store/queries.py", "marks"): "'?, ?, ...': placeholders only",
    (
        "store/queries.py",
        "' WHERE ' + ' AND '.join(clauses)",
    ): "constant clauses with ? placeholders",
}
CONSTANT = re.compile(r"^_?[A-Z][A-Z0-9_]*$")  # a module constant, e.g. _SESSION_COLUMNS


def trees(files: list[Path]) -> Iterator[tuple[str, ast.AST]]:
    for path in files:
        name = path.relative_to(PACKAGE).as_posix() if path.is_relative_to(PACKAGE) else path.name
        yield name, ast.parse(path.read_text(encoding="utf-8"), str(path))


def dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else ""


def unsafe_yaml(files: list[Path]) -> list[str]:
    found = []
    for name, tree in trees(files):
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
                and node.attr in UNSAFE_YAML
            ):
                found.append(f"{name}:{node.lineno}: yaml.{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module == "yaml":
                found += [
                    f"{name}:{node.lineno}: from yaml import {a.name}"
                    for a in node.names
                    if a.name in UNSAFE_YAML
                ]
            if (
                isinstance(node, ast.Call)
                and dotted(node.func) in ("yaml.dump", "yaml.dump_all")
                and not any(k.arg == "Dumper" for k in node.keywords)
            ):
                found.append(f"{name}:{node.lineno}: yaml.dump without a safe Dumper")
    return found


def code_from_data(files: list[Path]) -> list[str]:
    found = []
    for name, tree in trees(files):
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in CODE_FROM_DATA
            ):
                found.append(f"{name}:{node.lineno}: {node.func.id}()")
            if isinstance(node, ast.Call) and dotted(node.func) in ("os.system", "os.popen"):
                found.append(f"{name}:{node.lineno}: {dotted(node.func)}()")
            if isinstance(node, ast.Call) and any(
                k.arg == "shell"
                and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                for k in node.keywords
            ):
                found.append(f"{name}:{node.lineno}: a shell command")
            if isinstance(node, ast.Import):
                found += [
                    f"{name}:{node.lineno}: import {a.name}"
                    for a in node.names
                    if a.name in UNSAFE_MODULES
                ]
            if isinstance(node, ast.ImportFrom) and node.module in UNSAFE_MODULES:
                found.append(f"{name}:{node.lineno}: from {node.module}")
    return found


def _sql_text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return ""


def _reviewed(name: str, expression: ast.AST) -> bool:
    text = ast.unparse(expression)
    if CONSTANT.match(text) or (
        isinstance(expression, ast.Call) and dotted(expression.func) == "int"
    ):
        return True
    return (name, text) in REVIEWED_SQL


def sql_with_values(files: list[Path]) -> tuple[list[str], set[tuple[str, str]]]:
    """SQL with a value formatted into it, and the reviewed interpolations seen."""
    found = []
    seen = set()
    for name, tree in trees(files):
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and SQL.search(_sql_text(node)):
                for part in node.values:
                    if isinstance(part, ast.FormattedValue):
                        seen.add((name, ast.unparse(part.value)))
                        if not _reviewed(name, part.value):
                            found.append(
                                f"{name}:{node.lineno}: {{{ast.unparse(part.value)}}} in SQL"
                            )
            if isinstance(node, ast.BinOp) and SQL.search(
                _sql_text(node.left) + _sql_text(node.right)
            ):
                if isinstance(node.op, ast.Mod):
                    found.append(f"{name}:{node.lineno}: % formatting of SQL")
                elif isinstance(node.op, ast.Add) and not all(
                    isinstance(side, ast.Constant) for side in (node.left, node.right)
                ):
                    seen.add((name, ast.unparse(node)))
                    if (name, ast.unparse(node)) not in REVIEWED_SQL:
                        found.append(f"{name}:{node.lineno}: SQL joined with {ast.unparse(node)}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and SQL.search(_sql_text(node.func.value))
            ):
                found.append(f"{name}:{node.lineno}: str.format of SQL")
    return found, seen


def test_the_package_has_sources_to_read() -> None:
    assert len(SOURCES) > 10 and (PACKAGE / "core" / "yamlsrc.py") in SOURCES


def test_only_safe_yaml_loading() -> None:
    assert unsafe_yaml(SOURCES) == []


def test_nothing_is_evaluated_or_unpickled() -> None:
    assert code_from_data(SOURCES) == []


def test_sql_gets_values_only_as_parameters() -> None:
    found, seen = sql_with_values(SOURCES)
    assert found == []
    # The list stays true: nothing in it that is no longer in the code.
    assert set(REVIEWED_SQL) <= seen, set(REVIEWED_SQL) - seen


@pytest.mark.parametrize(
    ("source", "check"),
    [
        ("db.execute(f\"SELECT * FROM sessions WHERE routine = '{name}'\")", "sql"),
        ("db.execute(\"SELECT * FROM sessions WHERE routine = '%s'\" % name)", "sql"),
        ('db.execute("DELETE FROM sessions WHERE id = {}".format(session_id))', "sql"),
        ('db.execute("SELECT * FROM sessions WHERE notes = " + notes)', "sql"),
        ("yaml.load(text, Loader=yaml.Loader)", "yaml"),
        ("yaml.unsafe_load(text)", "yaml"),
        ("from yaml import full_load", "yaml"),
        ("eval(expression)", "code"),
        ("import pickle", "code"),
        ("subprocess.run(command, shell=True)", "code"),
    ],
)
def test_the_checks_catch_what_they_look_for(source: str, check: str, tmp_path: Path) -> None:
    """Each check, shown a file with the mistake it looks for, finds it."""
    planted = tmp_path / "planted.py"
    planted.write_text(source + "\n")
    found = {
        "yaml": unsafe_yaml,
        "code": code_from_data,
        "sql": lambda files: sql_with_values(files)[0],
    }[check]([planted])
    assert found, source
