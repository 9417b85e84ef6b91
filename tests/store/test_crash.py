from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bastion.store import SqliteStore

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _run_and_kill(store: Path, after_lines: int, run: str) -> list[tuple[str, str, str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "crash_writer.py"),
            str(store),
            str(ROOT / "policies"),
            str(ROOT / "examples" / "tools.json"),
            "8",
            run,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "ready"
        printed: list[str] = []
        while len(printed) < after_lines:
            line = process.stdout.readline()
            assert line, "the writer stopped before it was killed"
            printed.append(line)
        process.send_signal(signal.SIGKILL)
        # Lines printed before the kill are still in the pipe: each is a decision that had returned.
        printed += process.stdout.readlines()
    finally:
        process.kill()
        process.wait(timeout=30)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    return [tuple(line.split()) for line in printed if line.strip()]  # type: ignore[misc]


@pytest.mark.slow
async def test_every_decision_returned_before_sigkill_is_in_the_log_and_the_chain_holds(tmp_path: Path) -> None:
    store_path = tmp_path / "crash.db"
    rng = random.Random(20261125)
    returned: list[tuple[str, str, str]] = []
    # The same store is killed repeatedly at random points, then reopened by the next writer.
    for run, kill_after in enumerate([0, *(rng.randint(1, 400) for _ in range(3))]):
        returned += _run_and_kill(store_path, kill_after, f"run{run}")

        async with SqliteStore(store_path, create=False) as store:
            report = await store.verify()
            recorded = {(r.session, r.call_id, r.verdict) async for r in store.records() if r.type == "tool_call"}
            sessions = {session for session, _, _ in recorded}
            checkpoints = {session: await store.load_session(session) for session in sessions}

        assert report.is_ok, report.problem
        missing = [d for d in returned if d not in recorded]
        assert missing == []
        # Each record and its session's checkpoint commit together: every session resumes exactly
        # where its log ends, however abruptly the writer died.
        for session in sessions:
            slots = checkpoints[session]
            assert slots is not None
            calls = sum(1 for s, _, _ in recorded if s == session)
            assert slots["tokens"]["session_calls"] == calls
    assert len(returned) > 100
    assert {verdict for _, _, verdict in returned} == {"allow", "deny"}
