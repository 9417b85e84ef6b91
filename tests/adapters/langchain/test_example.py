from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO


def test_the_example_agent_runs_one_allowed_and_one_refused_call() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, str(REPO / "examples" / "langchain_agent.py")],
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
