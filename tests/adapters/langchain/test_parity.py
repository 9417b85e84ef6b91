"""The same tool calls through the MCP wrapper and through LangChain get the same decisions and trail.

The LangChain side uses the MCP server's own tools as LangChain tools (name, description, input
schema, annotations in `metadata`, as `langchain-mcp-adapters` builds them), called over a real
in-memory MCP client session; the MCP side is the bastion proxy in front of the same server.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import mcp_types as types
from langchain_core.tools import BaseTool, StructuredTool
from mcp import Client

from bastion.adapters.langchain import AsyncBastionCallbackHandler
from bastion.adapters.mcp import BastionProxy, Upstream
from bastion.config import Config
from bastion.errors import ToolCallBlocked
from bastion.events import Decision, Message
from tests.adapters.langchain.conftest import PROFILE, Recorder
from tests.adapters.mcp.conftest import Notes, notes_server
from tests.conftest import POLICIES

CALLS: list[tuple[str, dict[str, Any]]] = [
    ("read_note", {"title": "todo"}),
    ("write_note", {"title": "plan", "text": "ship it"}),
    ("delete_note", {"title": "todo"}),
    ("write_note", {"title": "../../etc/passwd", "text": "x"}),
    ("mail_note", {"title": "plan", "to": "someone@example.com"}),
]


def _text(result: types.CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, types.TextContent))


def _as_langchain_tool(client: Client, tool: types.Tool) -> BaseTool:
    async def call(**arguments: Any) -> str:
        return _text(await client.call_tool(tool.name, arguments))

    coroutine: Callable[..., Awaitable[str]] = call
    return StructuredTool(
        name=tool.name,
        description=tool.description or "",
        args_schema=tool.input_schema,
        coroutine=coroutine,
        metadata=tool.annotations.model_dump() if tool.annotations is not None else None,
    )


# These signals name the calls by id, and each adapter's call ids are its own.
_CALL_NAMING_SIGNALS = ("risk_turns", "principal_risk_turns")


def _comparable(decisions: list[Decision]) -> list[dict[str, Any]]:
    dumped = [d.model_dump(include={"tool_name", "verdict", "reasons", "policy_ids", "signals"}) for d in decisions]
    for decision in dumped:
        for name in _CALL_NAMING_SIGNALS:
            decision["signals"].pop(name, None)
    return dumped


async def test_the_same_calls_get_the_same_decisions_through_langchain_and_the_mcp_wrapper() -> None:
    config = Config(policies=POLICIES, profile=PROFILE)

    through_mcp = Recorder()
    mcp_notes = Notes(notes={"todo": "buy milk"})
    async with Upstream(notes_server(mcp_notes), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config, session_id="same", after_stages=[through_mcp])
        async with proxy, Client(proxy.server, mode="legacy") as client:
            for name, arguments in CALLS:
                await client.call_tool(name, arguments)

    through_langchain = Recorder()
    refused: list[str] = []
    langchain_notes = Notes(notes={"todo": "buy milk"})
    async with Client(notes_server(langchain_notes), mode="legacy") as client:
        listed = await client.list_tools()
        tools = {t.name: _as_langchain_tool(client, t) for t in listed.tools}
        async with AsyncBastionCallbackHandler.from_config(
            config, tools=list(tools.values()), session_id="same", after_stages=[through_langchain]
        ) as handler:
            for index, (name, arguments) in enumerate(CALLS):
                tool_call = {"name": name, "args": arguments, "id": f"c{index}", "type": "tool_call"}
                try:
                    await tools[name].ainvoke(tool_call, {"callbacks": [handler]})
                except ToolCallBlocked as blocked:
                    refused.append(blocked.decision.tool_name)

    assert [d.verdict.value for d in through_mcp.decisions] == ["allow", "allow", "deny", "deny", "ask"]
    assert _comparable(through_langchain.decisions) == _comparable(through_mcp.decisions)
    assert langchain_notes.calls == mcp_notes.calls == ["read_note", "write_note"]
    assert refused == ["delete_note", "write_note", "mail_note"]
    # Both record why the `ask` did not run, in their own words (no approver; no way to ask a person).
    for recorder in (through_mcp, through_langchain):
        [note] = [e for e in recorder.events if isinstance(e, Message)]
        assert note.role == "system"
        assert "to 'mail_note' did not run: " in note.content
    assert [type(e).__name__ for e in through_langchain.events] == [type(e).__name__ for e in through_mcp.events]
