from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_the_example_agent_runs_one_allowed_and_one_refused_call(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    audit = tmp_path / "audit.db"
    result = subprocess.run(
        [sys.executable, str(REPO / "examples" / "langchain_agent.py"), "--audit", str(audit)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO.parent,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert "read_file({'path': 'notes.txt'}) -> allow" in result.stdout
    assert "-> deny" in result.stdout and "[deny-path-traversal]" in result.stdout
    assert "../stolen.txt written: False" in result.stdout
    assert result.stderr == ""
    shown = subprocess.run(
        [sys.executable, "-m", "bastion.cli.main", "audit", "show", str(audit), "--calls", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    verdicts = [json.loads(line)["decision"]["verdict"] for line in shown.stdout.splitlines()]
    assert verdicts == ["allow", "deny"]
