"""The layers hold: the import-linter contracts in pyproject.toml are kept."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_the_import_contracts_are_kept() -> None:
    # In a process of its own: import-linter reads pyproject.toml from the working folder.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, importlinter.cli as c; sys.exit(c.lint_imports(no_cache=True))",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
