"""bastion's own stdio transport, driven over real pipes with raw JSON-RPC lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]
MISBEHAVING = Path(__file__).parent / "servers" / "misbehaving.py"


def exchange(lines: list[str], until_id: int) -> list[dict[str, Any]]:
    """Send raw lines to `bastion mcp` over stdio; return every JSON line it answers until the answer to `until_id`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bastion.cli.main", "mcp", "--policies", str(REPO / "policies"), "--",
         sys.executable, str(MISBEHAVING)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )  # fmt: skip
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    answers: list[dict[str, Any]] = []
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write("".join(line + "\n" for line in lines))
        process.stdin.flush()
        while not any(answer.get("id") == until_id for answer in answers):
            line = process.stdout.readline()
            assert line, "bastion mcp closed its stdout before answering"
            answers.append(json.loads(line))
        process.stdin.close()
        assert process.wait(timeout=30) == 0
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
    return answers


def request(message_id: int, method: str, params: dict[str, Any]) -> str:
    return json.dumps({"jsonrpc": "2.0", "id": message_id, "method": method, "params": params})


@pytest.mark.slow
def test_a_malformed_line_from_the_client_does_not_end_the_session() -> None:
    answers = exchange(
        [
            "this is not JSON-RPC",
            request(1, "initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                      "clientInfo": {"name": "raw", "version": "1"}}),
            json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}),
            request(2, "tools/call", {"name": "echo", "arguments": {}}),
        ],
        until_id=2,
    )  # fmt: skip
    by_id = {answer.get("id"): answer for answer in answers}
    assert by_id[1]["result"]["serverInfo"]["name"] == "bastion/misbehaving"
    assert by_id[2]["result"]["content"] == [{"type": "text", "text": "echo"}]
    assert by_id[2]["result"]["isError"] is False
