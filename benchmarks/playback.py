"""Real-time playback runs, shared by the timing, cue latency, responsiveness and memory
measurements: the app (``app_session``) and the headless CLI, each with its own private
PulseAudio server (the app's recorded with parec). ``run_all`` starts several side by side
(the suite runs the blocked app beside the CLI, but the plain app alone).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, PulseServer, SinkRecording, base_env, stop_process


@dataclass
class Run:
    """One process to run: the app (``config`` for app_session) or the CLI (``cli_args``)."""

    name: str
    routine: Path
    config: dict[str, Any] = field(default_factory=dict)
    cli_args: list[str] | None = None
    control_s: float | None = None  # a bare heartbeat process (benchmarks.heartbeat) instead
    record_audio: bool = False
    timeout_s: float = 900.0


@dataclass
class Outcome:
    name: str
    ok: bool
    result: dict[str, Any]
    recording: SinkRecording | None = None
    stderr_tail: str = ""
    wall_s: float = 0.0


def _app_command(run: Run, folder: Path) -> list[str]:
    config = {**run.config, "routine": str(run.routine), "out": str(folder / "result.json")}
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return [sys.executable, "-m", "benchmarks.app_session", str(folder / "config.json")]


def _cli_command(run: Run) -> list[str]:
    return [
        sys.executable,
        "-m",
        "barretimer",
        "play",
        str(run.routine),
        "--headless",
        "--json",
    ] + (run.cli_args or [])


def _read_lines(stream: Any, out: list[tuple[float, str]]) -> None:
    for raw in stream:
        out.append((time.monotonic(), raw.decode("utf-8", "replace")))


def run_all(runs: list[Run], folder: Path, stagger_s: float = 3.0) -> dict[str, Outcome]:
    """Run everything at once (started ``stagger_s`` apart, so their speech rendering at the
    start does not coincide); wait for all; return what each measured."""
    outcomes: dict[str, Outcome] = {}
    with ExitStack() as stack:
        started: list[tuple[Run, Path, subprocess.Popen[bytes], float, list, Any]] = []
        for index, run in enumerate(runs):
            run_folder = folder / run.name
            run_folder.mkdir(parents=True, exist_ok=True)
            if run.control_s is not None:
                env = base_env(run_folder, audio="none")
                command = [sys.executable, "-m", "benchmarks.heartbeat"]
                command += [str(run_folder / "result.json"), str(run.control_s)]
                pulse = None
            elif run.cli_args is not None:
                env = base_env(run_folder, audio="file")
                command = _cli_command(run)
                pulse = None
            else:
                pulse = stack.enter_context(PulseServer(run_folder, record=run.record_audio))
                env = base_env(run_folder, runtime=pulse.runtime, audio="pulse")
                command = _app_command(run, run_folder)
            if index:
                time.sleep(stagger_s)
            stderr = (run_folder / "stderr.txt").open("wb")
            began = time.monotonic()
            process = subprocess.Popen(
                command,
                cwd=REPO,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
            )
            stack.callback(stop_process, process)
            lines: list[tuple[float, str]] = []
            reader = threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True)
            reader.start()
            started.append((run, run_folder, process, began, lines, pulse))
        for run, run_folder, process, began, lines, pulse in started:
            try:
                code = process.wait(max(1.0, run.timeout_s - (time.monotonic() - began)))
            except subprocess.TimeoutExpired:
                stop_process(process)
                code = -1
            wall = time.monotonic() - began
            time.sleep(0.2)  # the reader takes the last lines
            tail = (run_folder / "stderr.txt").read_text(errors="replace")[-2000:]
            if run.cli_args is not None and run.control_s is None:
                result = {"lines": lines, "started_mono": began, "exit_code": code}
            else:
                path = run_folder / "result.json"
                result = (
                    json.loads(path.read_text()) if path.exists() else {"errors": ["no result"]}
                )
                result["exit_code"] = code
            ok = code == 0 and not result.get("errors")
            recording = pulse.recording if pulse is not None else None
            outcomes[run.name] = Outcome(run.name, ok, result, recording, tail, wall)
        # Leaving the stack stops the PulseServers (and their parec); recordings stay on disk.
    return outcomes
