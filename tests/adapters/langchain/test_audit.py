from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from langchain_core.tools import BaseTool

from bastion.adapters.langchain import AsyncBastionCallbackHandler, BastionCallbackHandler
from bastion.config import Config
from bastion.errors import ToolCallBlocked
from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import Firewall, StageContext
from bastion.store import RecordFilter, SqliteStore
from tests.adapters.langchain.conftest import ANNOTATIONS, PROFILE, agent, async_agent, call, fake_model
from tests.conftest import POLICIES

TURNS = (call("read_note", "c1", path="todo.txt"), call("delete_note", "c2", path="todo.txt"))
EXPECTED = [
    ("message", None, None),
    ("message", None, None),
    ("tool_call", "c1", "allow"),
    ("tool_result", "c1", None),
    ("tool_call", "c2", "deny"),
]


class Events:
    """A stage that keeps every event, to replay them the way another adapter would send them."""

    name = "events"

    def __init__(self) -> None:
        self.events: list[Message | ToolCall | ToolResult] = []

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        self.events.append(event)


async def _arecords(path: Path, session: str) -> list[dict[str, Any]]:
    async with SqliteStore(path, create=False) as store:
        assert (await store.verify()).is_ok
        return [r.body async for r in store.records(RecordFilter(session=session))]


def _records(path: Path, session: str) -> list[dict[str, Any]]:
    return asyncio.run(_arecords(path, session))


def _shape(bodies: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    return [(b["type"], b["event"].get("id"), b.get("decision", {}).get("verdict")) for b in bodies]


def _comparable(body: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in body.items() if k != "ts"}
    if "decision" in out:
        out["decision"] = {k: v for k, v in out["decision"].items() if k not in ("latency_us", "wait_us")}
    return out


def test_the_run_is_in_the_audit_file(tmp_path: Path, tools: list[BaseTool], ran: list[str]) -> None:
    audit = tmp_path / "audit.db"
    config = Config(policies=POLICIES, profile=PROFILE, audit=audit)
    with (
        BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS, session_id="audited") as h,
        pytest.raises(ToolCallBlocked),
    ):
        agent(fake_model(*TURNS), tools).invoke("Tidy up", {"callbacks": [h]})

    bodies = _records(audit, "audited")

    assert _shape(bodies) == EXPECTED
    assert bodies[1]["event"]["content"] == "Tidy up"
    assert bodies[4]["decision"]["policy_ids"] == ["deny-destructive-tool"]
    assert ran == ["read_note"]


async def test_the_async_run_is_in_the_audit_file(tmp_path: Path, tools: list[BaseTool], ran: list[str]) -> None:
    audit = tmp_path / "audit.db"
    config = Config(policies=POLICIES, profile=PROFILE, audit=audit)
    async with AsyncBastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, session_id="audited"
    ) as handler:
        with pytest.raises(ToolCallBlocked):
            await async_agent(fake_model(*TURNS), tools).ainvoke("Tidy up", {"callbacks": [handler]})

    assert _shape(await _arecords(audit, "audited")) == EXPECTED


def test_the_audit_trail_equals_that_of_the_same_events_sent_straight_to_the_firewall(
    tmp_path: Path, tools: list[BaseTool]
) -> None:
    events = Events()
    config = Config(policies=POLICIES, profile=PROFILE, audit=tmp_path / "langchain.db")
    with BastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, session_id="same", after_stages=[events]
    ) as handler:
        with pytest.raises(ToolCallBlocked):
            agent(fake_model(*TURNS), tools).invoke("Tidy up", {"callbacks": [handler]})
        catalog = handler.firewall.catalog

    async def send_straight() -> None:
        direct = Config(policies=POLICIES, profile=PROFILE, audit=tmp_path / "direct.db")
        async with Firewall.from_config(direct, catalog=catalog) as firewall:
            for event in events.events:
                await firewall.process(event)

    asyncio.run(send_straight())

    through_langchain = _records(tmp_path / "langchain.db", "same")
    straight = _records(tmp_path / "direct.db", "same")
    assert [_comparable(b) for b in through_langchain] == [_comparable(b) for b in straight]


async def test_the_async_handler_records_sync_only_tools_in_its_own_audit_store(
    tmp_path: Path, notes: Path, ran: list[str]
) -> None:
    from tests.adapters.langchain.conftest import make_tools

    audit = tmp_path / "audit.db"
    sync_only = make_tools(notes, ran, is_async=False)
    async with AsyncBastionCallbackHandler.from_config(
        Config(policies=POLICIES, profile=PROFILE, audit=audit),
        tools=sync_only,
        annotations=ANNOTATIONS,
        session_id="audited",
    ) as handler:
        with pytest.raises(ToolCallBlocked):
            await async_agent(fake_model(*TURNS), sync_only).ainvoke("Tidy up", {"callbacks": [handler]})

    assert _shape(await _arecords(audit, "audited")) == EXPECTED
    assert ran == ["read_note"]


def test_the_async_handler_serves_two_event_loops_with_one_audit_store(
    tmp_path: Path, tools: list[BaseTool], ran: list[str]
) -> None:
    audit = tmp_path / "audit.db"
    handler = AsyncBastionCallbackHandler.from_config(
        Config(policies=POLICIES, profile=PROFILE, audit=audit),
        tools=tools,
        annotations=ANNOTATIONS,
        session_id="audited",
    )

    async def one_run(call_id: str) -> None:
        model = fake_model(call("read_note", call_id, path="todo.txt"))
        await async_agent(model, tools).ainvoke(f"Read it ({call_id})", {"callbacks": [handler]})

    try:
        asyncio.run(one_run("first"))
        asyncio.run(one_run("second"))
    finally:
        handler.close()

    decisions = [(b["event"]["id"], b["decision"]["verdict"]) for b in _records(audit, "audited") if "decision" in b]
    assert decisions == [("first", "allow"), ("second", "allow")]
    assert ran == ["read_note", "read_note"]
