"""Quarantine and call rates through the MCP wrapper: real SDK client and upstream, real Cedar, real SQLite."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import mcp_types as types
import pytest
from mcp import Client
from mcp.server.mcpserver import MCPServer

from bastion.adapters.mcp import DECISION_META_KEY, BastionProxy, Upstream
from bastion.config import Config
from bastion.events import Decision, Verdict
from bastion.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def quarantine_config(tmp_path: Path) -> Config:
    pack = tmp_path / "policies"
    shutil.copytree(REPO / "policies", pack)
    (pack / "intent.cedar").unlink()  # conduct needs no embedding model
    return Config.from_mapping(
        {"policies": pack, "audit": tmp_path / "audit.db", "conduct": {"quarantine_refusals": 3}}
    )


def _text(result: types.CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, types.TextContent))


async def test_session_refused_three_times_is_quarantined_and_its_writes_never_reach_the_upstream(
    notes: Any, notes_upstream: MCPServer, quarantine_config: Config
) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, quarantine_config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            first = await client.call_tool("write_note", {"title": "a", "text": "one"})
            for _ in range(3):
                await client.call_tool("write_note", {"title": "todo", "text": "x", "force": True})
            held = await client.call_tool("write_note", {"title": "b", "text": "two"})
            read = await client.call_tool("read_note", {"title": "todo"})
    assert not first.is_error
    assert first.meta is None or DECISION_META_KEY not in first.meta
    assert held.is_error
    assert "ask-quarantined" in _text(held)
    assert held.meta is not None
    decision = Decision.model_validate(held.meta[DECISION_META_KEY])
    assert decision.verdict is Verdict.ASK
    assert decision.signals["quarantined"] is True
    assert decision.signals["calls_per_minute"] == 5  # write_note five times: once allowed, three refused, this one
    assert not read.is_error
    # The side effect is the proof: the held write never ran, the allowed one did.
    assert notes.calls == ["write_note", "read_note"]
    assert "b" not in notes.notes
    async with SqliteStore(quarantine_config.audit) as store:  # type: ignore[arg-type]
        (row,) = await store.quarantines()
        released = await store.release_quarantine(row["kind"], row["subject"], "tester")
    assert row["kind"] == "session"
    assert released == 1


async def test_quarantined_principal_is_held_in_a_new_connection_after_a_restart_until_released(
    notes: Any, notes_upstream: MCPServer, tmp_path: Path
) -> None:
    pack = tmp_path / "policies"
    shutil.copytree(REPO / "policies", pack)
    (pack / "intent.cedar").unlink()
    conduct = {"quarantine_refusals": 0, "principal_quarantine_refusals": 3}
    config = Config.from_mapping({"policies": pack, "audit": tmp_path / "audit.db", "conduct": conduct})
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            for _ in range(3):
                await client.call_tool("write_note", {"title": "todo", "text": "x", "force": True})
    # A new process and a new MCP session: the principal's checkpoint still holds the quarantine.
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            before = await client.call_tool("write_note", {"title": "b", "text": "two"})
    assert before.is_error
    assert "principal 'agent' quarantined" in _text(before)
    assert notes.calls == []
    async with SqliteStore(tmp_path / "audit.db") as store:
        assert [(q["kind"], q["subject"]) for q in await store.quarantines()] == [("principal", "agent")]
        assert await store.release_quarantine("principal", "agent", "tester") == 1
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            after = await client.call_tool("write_note", {"title": "b", "text": "two"})
    assert not after.is_error
    assert notes.calls == ["write_note"]
    assert notes.notes["b"] == "two"
