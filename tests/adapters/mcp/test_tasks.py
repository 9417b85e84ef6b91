"""MCP tasks through bastion, driven by the official TypeScript SDK client over stdio and streamable HTTP.

A task-augmented `tools/call` is decided like a plain one: a refused tool never runs (the task server
writes a marker file when its task runs, so the file's absence is the proof), the client gets a task of
bastion's own whose result is the refusal, and an allowed task's result reaches the audit log.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bastion.store.sqlite import SqliteStore
from tests.adapters.mcp.test_clients import EVERYTHING_JS, SERVERS, TS_SDK, everything, result_of, run_client, text
from tests.adapters.mcp.test_servers import REPO, listening

TASK_SERVER = SERVERS / "probe-server.mjs"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (EVERYTHING_JS.is_file() and TS_SDK.is_file()) or shutil.which("node") is None,
        reason="server-everything and the TypeScript SDK are not installed: run scripts/install-test-servers",
    ),
]


def bastion(policies: Path, *options: str, upstream: list[str]) -> list[str]:
    return [sys.executable, "-m", "bastion.cli.main", "mcp", "--policies", str(policies), *options, "--", *upstream]


@contextmanager
def target(transport: str, command: list[str]) -> Iterator[dict[str, Any]]:
    if transport == "stdio":
        yield {"stdio": command}
    else:
        with listening(command) as url:
            yield {"url": url}


def policies_without(tmp_path: Path, *, forbid: str | None = None) -> Path:
    policies = tmp_path / "policies"
    shutil.copytree(REPO / "policies", policies)
    if forbid is not None:
        (policies / "no_markers.cedar").write_text(
            f'@id("deny-{forbid}")\n@reason("no markers today")\n'
            f'forbid (principal, action == Bastion::Action::"{forbid}", resource);\n'
        )
    return policies


def messages(report: dict[str, Any], index: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = result_of(report, index)["messages"]
    return found


async def audited(path: Path) -> list[Any]:
    async with SqliteStore(path, create=False) as store:
        return [record async for record in store.records()]


@pytest.mark.parametrize("transport", ["stdio", "http"])
def test_a_task_augmented_call_runs_through_bastion_and_its_result_is_audited(tmp_path: Path, transport: str) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    audit = tmp_path / "audit.sqlite"
    command = bastion(
        policies_without(tmp_path), "--audit", str(audit), upstream=["node", str(TASK_SERVER), str(markers)]
    )
    steps = [
        {"op": "serverInfo"},
        {"op": "callToolTask", "name": "write_marker", "arguments": {"name": "ran.txt"}},
        {"op": "listTasks"},
    ]
    with target(transport, command) as where:
        report = run_client(where, steps)
    assert result_of(report, 0)["capabilities"]["tasks"] == {
        "list": {},
        "cancel": {},
        "requests": {"tools": {"call": {}}},
    }
    stream = messages(report, 1)
    assert stream[0]["type"] == "taskCreated"
    task_id = stream[0]["task"]["taskId"]
    assert not task_id.startswith("bastion-")
    assert stream[-1]["type"] == "result"
    assert text(stream[-1]["result"]) == "wrote ran.txt"
    assert (markers / "ran.txt").read_text() == "ran\n"
    assert [task["taskId"] for task in result_of(report, 2)["tasks"]] == [task_id]
    records = asyncio.run(audited(audit))
    call = next(r for r in records if r.type == "tool_call" and r.tool == "write_marker")
    assert call.verdict == "allow"
    assert any(
        r.type == "tool_result" and r.call_id == call.call_id and "wrote ran.txt" in str(r.body) for r in records
    )


@pytest.mark.parametrize("transport", ["stdio", "http"])
def test_a_refused_tool_never_runs_when_called_as_a_task(tmp_path: Path, transport: str) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    command = bastion(
        policies_without(tmp_path, forbid="write_marker"), upstream=["node", str(TASK_SERVER), str(markers)]
    )
    steps = [
        {"op": "callToolTask", "name": "write_marker", "arguments": {"name": "as-task.txt"}},
        {"op": "callTool", "name": "write_marker", "arguments": {"name": "plain.txt"}},
        {"op": "listTasks"},
        {"op": "wait", "ms": 1000},
    ]
    with target(transport, command) as where:
        report = run_client(where, steps)
    stream = messages(report, 0)
    assert stream[0]["type"] == "taskCreated"
    task_id = stream[0]["task"]["taskId"]
    assert task_id.startswith("bastion-")
    result = stream[-1]["result"]
    assert result["isError"] is True
    assert "bastion refused the call to tool 'write_marker' (deny)" in text(result)
    assert "deny-write_marker" in text(result)
    assert result["_meta"]["bastion/decision"]["verdict"] == "deny"
    assert result["_meta"]["io.modelcontextprotocol/related-task"] == {"taskId": task_id}
    assert result_of(report, 1)["isError"] is True
    assert [task["taskId"] for task in result_of(report, 2)["tasks"]] == [task_id]
    # The task server writes its marker 0.3 s after a task starts; a second later there is none.
    assert list(markers.iterdir()) == []


def test_the_reference_servers_task_asks_the_client_through_bastion_and_reports_as_it_does_directly(
    tmp_path: Path,
) -> None:
    # An ambiguous topic makes server-everything's task ask the user (elicitation queued for tasks/result),
    # which bastion decides as `elicitation/create` and relays to the client on the tasks/result request.
    steps = [
        {"op": "callToolTask", "name": "simulate-research-query", "arguments": {"topic": "python", "ambiguous": True}}
    ]
    options = {"elicitationAnswer": {"action": "accept", "content": {"interpretation": "snake"}}}
    direct = run_client({"stdio": everything()}, steps, dict(options))
    with target("stdio", bastion(policies_without(tmp_path), upstream=everything())) as where:
        through = run_client(where, steps, dict(options))
    direct_result, through_result = messages(direct, 0)[-1], messages(through, 0)[-1]
    assert through_result["type"] == "result", messages(through, 0)
    assert "input_required" in [m["task"]["status"] for m in messages(through, 0) if m["type"] == "taskStatus"]
    assert len(through["elicitation"]) == 1
    assert "multiple interpretations" in through["elicitation"][0]["message"]
    assert "# Research Report: python (snake)" in text(through_result["result"])
    # Task ids and timestamps differ between runs; the report is the same.
    assert text(through_result["result"]) == text(direct_result["result"])
