"""A routine save that fails at any step leaves the old file or the new one, never a mix, and
no temporary file; a routine that ships with barretimer is never written over.

Every system call the save makes (creating the temporary file, writing, flushing, syncing,
changing its mode, renaming, syncing the folder) is made to fail in turn: at call 1, then
call 2, and so on until a save gets through with no fault left to inject.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from barretimer import paths
from barretimer.core.library import routine_files
from barretimer.core.loader import load_routine_file, load_routine_text
from barretimer.core.model import Routine
from tests.reliability.helpers import SHIPPED, cli_env

writer = pytest.importorskip(
    "barretimer.core.writer", reason="the routine writer is not written yet"
)

OLD = "name: Old Routine\nsteps:\n  - {exercise: Wall sit, duration: 45}\n"


def new_routine() -> Routine:
    result = load_routine_text(
        "name: New Routine\ndescription: Saved over the old one.\nsteps:\n"
        "  - {exercise: Bridge hold, kind: hold, duration: 40, cue: Lift.}\n"
        "  - {exercise: Figure-four stretch, kind: stretch, duration: 30, sides: left-right}\n",
        "new.yaml",
    )
    assert result.ok and result.routine is not None
    return result.routine


class Injected(OSError):
    pass


class _FaultyFile:
    """The file object the writer gets from os.fdopen, with its writes counted as calls."""

    def __init__(self, inner: Any, faults: Faults) -> None:
        self._inner = inner
        self._faults = faults

    def write(self, data: Any) -> Any:
        self._faults.call("file.write")
        return self._inner.write(data)

    def flush(self) -> None:
        self._faults.call("file.flush")
        self._inner.flush()

    def __enter__(self) -> _FaultyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class Faults:
    """Counts the calls a save makes and makes call ``fail_at`` raise ``error``."""

    def __init__(
        self,
        fail_at: int,
        error: Callable[[str], BaseException],
        spare: Callable[[list[str]], bool] | None = None,
    ) -> None:
        self.fail_at = fail_at
        self.error = error
        self.spare = spare  # calls (given those made so far) that are left alone
        self.calls: list[str] = []
        self.injected: str | None = None

    def call(self, name: str) -> None:
        if self.spare is not None and self.spare([*self.calls, name]):
            return
        self.calls.append(name)
        if len(self.calls) == self.fail_at:
            self.injected = name
            raise self.error(name)

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def faulty(*args: Any, **kwargs: Any) -> Any:
            self.call(name)
            return function(*args, **kwargs)

        return faulty

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for name in ("open", "write", "fsync", "replace", "rename", "chmod", "close", "fchmod"):
            monkeypatch.setattr(os, name, self.wrap(f"os.{name}", getattr(os, name)))
        monkeypatch.setattr(tempfile, "mkstemp", self.wrap("tempfile.mkstemp", tempfile.mkstemp))
        real_fdopen = os.fdopen

        def fdopen(*args: Any, **kwargs: Any) -> _FaultyFile:
            self.call("os.fdopen")
            return _FaultyFile(real_fdopen(*args, **kwargs), self)

        monkeypatch.setattr(os, "fdopen", fdopen)


def injected_os_error(name: str) -> BaseException:
    return Injected(errno.EIO, f"injected fault in {name}")


def injected_interrupt(name: str) -> BaseException:
    return KeyboardInterrupt(f"Ctrl-C in {name}")


def closing_the_folder(calls: list[str]) -> bool:
    """The close of the folder handle, after the rename (see the test below)."""
    return calls[-1] == "os.close" and "os.replace" in calls


def save_with_fault(
    target: Path,
    fail_at: int,
    error: Callable[[str], BaseException],
    monkeypatch: pytest.MonkeyPatch,
    spare: Callable[[list[str]], bool] | None = closing_the_folder,
) -> tuple[Faults, BaseException | None]:
    routine = new_routine()
    faults = Faults(fail_at, error, spare)
    with monkeypatch.context() as patch:
        faults.install(patch)
        try:
            writer.save_routine(routine, target, protected=paths.shipped_routines_dir())
        except (writer.RoutineWriteError, KeyboardInterrupt) as raised:
            return faults, raised
    return faults, None


@pytest.mark.parametrize(
    "error", [injected_os_error, injected_interrupt], ids=["OSError", "Ctrl-C"]
)
@pytest.mark.parametrize("existing", [True, False], ids=["over-a-file", "new-file"])
def test_a_save_failing_at_any_step_leaves_old_or_new_never_partial(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: Callable[[str], BaseException],
    existing: bool,
) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    target = folder / "mine.yaml"
    if existing:
        target.write_text(OLD, encoding="utf-8")
    new_text = writer.routine_to_yaml(new_routine())
    seen_steps: set[str] = set()
    fail_at = 1
    while True:
        faults, raised = save_with_fault(target, fail_at, error, monkeypatch)
        leftovers = sorted(p.name for p in folder.iterdir() if p.name != target.name)
        assert leftovers == [], f"fault at call {fail_at} ({faults.injected}) left {leftovers}"
        content = target.read_text(encoding="utf-8") if target.exists() else None
        assert content in ((OLD if existing else None), new_text), (
            f"partial file after a fault in {faults.injected}"
        )
        if faults.injected is None:
            assert raised is None and content == new_text
            break
        seen_steps.add(faults.injected)
        if raised is None:
            # A fault after the rename (syncing the folder) may be shrugged off: the new
            # file is there.
            assert content == new_text, faults.injected
        else:
            assert isinstance(raised, (writer.RoutineWriteError, KeyboardInterrupt))
            if isinstance(raised, writer.RoutineWriteError):
                assert target.name in str(raised)  # the message says which file
        if existing and content is not None and content != new_text:
            target.write_text(OLD, encoding="utf-8")  # unchanged; the next trial starts from it
        elif content == new_text:
            if existing:
                target.write_text(OLD, encoding="utf-8")
            else:
                target.unlink()
        fail_at += 1
    # Every step of the write was hit by a fault at least once.
    assert {
        "tempfile.mkstemp",
        "os.fdopen",
        "file.write",
        "file.flush",
        "os.fsync",
        "os.replace",
    } <= seen_steps


def test_a_failure_closing_the_folder_after_the_rename_is_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text(OLD, encoding="utf-8")
    calls = Faults(10**6, injected_os_error)
    with monkeypatch.context() as patch:
        calls.install(patch)
        writer.save_routine(new_routine(), target, protected=paths.shipped_routines_dir())
    fail_at = len(calls.calls)  # the last call of a save is closing the folder
    assert calls.calls[-1] == "os.close"
    faults, raised = save_with_fault(target, fail_at, injected_os_error, monkeypatch, spare=None)
    assert faults.injected == "os.close"
    assert raised is None  # the file was saved: nothing to report
    assert target.read_text(encoding="utf-8") == writer.routine_to_yaml(new_routine())


def test_a_shipped_routine_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = SHIPPED[0]
    before = {p: p.read_bytes() for p in paths.shipped_routines_dir().iterdir() if p.is_file()}
    # straight at it, through a symbolic link in the user's folder, and through a relative path
    user_dir = paths.user_routines_dir()
    user_dir.mkdir(parents=True)
    link = user_dir / "linked.yaml"
    link.symlink_to(shipped)
    monkeypatch.chdir(shipped.parent)
    for target in (shipped, link, Path(shipped.name), shipped.parent / "brand-new.yaml"):
        with pytest.raises(writer.RoutineWriteError, match="ships with barretimer"):
            writer.save_routine(new_routine(), target, protected=paths.shipped_routines_dir())
    after = {p: p.read_bytes() for p in paths.shipped_routines_dir().iterdir() if p.is_file()}
    assert after == before


SAVE_LOOP = """
import sys
from barretimer import paths
from barretimer.core import writer
from barretimer.core.loader import load_routine_text
versions = [load_routine_text(t, "v.yaml").routine for t in sys.argv[2:]]
n = 0
while True:
    writer.save_routine(versions[n % len(versions)], sys.argv[1], protected=paths.shipped_routines_dir())
    n += 1
"""


@pytest.mark.slow
def test_a_process_killed_while_saving_leaves_a_whole_file(tmp_path: Path) -> None:
    """SIGKILL gives no chance to clean up: the file must still be whole (old or new), and a
    temporary file left behind is never taken for a routine."""
    texts = [
        f"name: Version {n}\nsteps:\n"
        + "".join(f"  - {{exercise: Step {i}, duration: {i + 5}}}\n" for i in range(40 * n))
        for n in (1, 2, 3)
    ]
    versions = {writer.routine_to_yaml(load_routine_text(t, "v.yaml").routine) for t in texts}  # type: ignore[arg-type]
    target = tmp_path / "mine.yaml"
    rng = random.Random(11)
    for _ in range(30):
        process = subprocess.Popen(
            [sys.executable, "-c", SAVE_LOOP, str(target), *texts],
            env=cli_env(),
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.3, 0.8))  # python start-up, then saves in a loop
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert process.stderr is not None
        assert process.stderr.read() == b""
        process.stderr.close()
        if target.exists():
            assert target.read_text(encoding="utf-8") in versions
            assert load_routine_file(target).ok
    assert routine_files(tmp_path) == [target]  # leftovers (".mine.yaml.*.tmp") are not listed
