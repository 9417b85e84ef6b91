"""The proxy over in-memory MCP sessions: real SDK client, real SDK upstream server, real policies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import mcp_types as types
import pytest
from mcp import Client
from mcp.client.session import ClientRequestContext
from mcp.server import Server
from mcp.server.context import ServerRequestContext
from mcp.server.mcpserver import MCPServer
from mcp.shared.exceptions import MCPError

from bastion.adapters.mcp import DECISION_META_KEY, UPSTREAM_ERROR_META_KEY, BastionProxy, Upstream, refusal_text
from bastion.config import Config
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict
from bastion.firewall import StageContext
from bastion.store.sqlite import SqliteStore


def text_of(result: types.CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, types.TextContent))


class Recorder:
    """A stage that keeps every event it sees."""

    name = "recorder"

    def __init__(self) -> None:
        self.events: list[Message | ToolCall | ToolResult] = []

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        self.events.append(event)


def approver(answer: types.ElicitResult) -> Any:
    asked: list[str] = []

    async def elicit(ctx: ClientRequestContext, params: types.ElicitRequestParams) -> types.ElicitResult:
        assert isinstance(params, types.ElicitRequestFormParams)
        asked.append(params.message)
        return answer

    elicit.asked = asked  # type: ignore[attr-defined]
    return elicit


async def test_allowed_call_returns_the_upstream_result(notes: Any, notes_upstream: MCPServer, config: Config) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            result = await client.call_tool("read_note", {"title": "todo"})
    assert not result.is_error
    assert text_of(result) == "buy milk"
    assert result.meta is None
    assert notes.calls == ["read_note"]


async def test_denied_call_never_reaches_the_upstream_and_names_its_policy(
    notes: Any, notes_upstream: MCPServer, config: Config
) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            result = await client.call_tool("delete_note", {"title": "todo"})
    assert result.is_error
    assert "deny-destructive-tool" in text_of(result)
    assert "did not run" in text_of(result)
    assert result.meta is not None
    decision = Decision.model_validate(result.meta[DECISION_META_KEY])
    assert decision.verdict is Verdict.DENY
    assert decision.policy_ids == ["deny-destructive-tool"]
    assert notes.calls == []
    assert notes.notes == {"todo": "buy milk"}


async def test_tool_error_from_the_upstream_is_passed_on_unmarked(notes_upstream: MCPServer, config: Config) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            result = await client.call_tool("broken", {"title": "todo"})
    assert result.is_error
    assert "cannot read todo" in text_of(result)
    assert result.meta is None or DECISION_META_KEY not in result.meta


async def test_ask_runs_the_call_when_a_person_approves_through_elicitation(
    notes: Any, notes_upstream: MCPServer, config: Config
) -> None:
    elicit = approver(types.ElicitResult(action="accept", content={"approve": True}))
    recorder = Recorder()
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config, after_stages=[recorder])
        async with proxy, Client(proxy.server, mode="legacy", elicitation_callback=elicit) as client:
            result = await client.call_tool("mail_note", {"title": "todo", "to": "bob@example.com"})
    assert not result.is_error
    assert text_of(result) == "mailed todo to bob@example.com"
    assert notes.calls == ["mail_note"]
    assert len(elicit.asked) == 1
    assert "mail_note" in elicit.asked[0]
    assert "bob@example.com" in elicit.asked[0]
    call, approval, observed = recorder.events
    assert isinstance(call, ToolCall)
    assert approval == Message(
        session=call.session,
        role="system",
        content=f"bastion: call {call.call_id} to 'mail_note' was approved by a person",
    )
    assert isinstance(observed, ToolResult)


@pytest.mark.parametrize(
    "answer",
    [
        types.ElicitResult(action="decline"),
        types.ElicitResult(action="cancel"),
        types.ElicitResult(action="accept", content={"approve": False}),
    ],
)
async def test_ask_refuses_the_call_when_the_person_does_not_approve(
    answer: types.ElicitResult, notes: Any, notes_upstream: MCPServer, config: Config
) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy", elicitation_callback=approver(answer)) as client:
            result = await client.call_tool("mail_note", {"title": "todo", "to": "bob@example.com"})
    assert result.is_error
    assert "ask-open-world-side-effect" in text_of(result)
    assert "A person was asked" in text_of(result)
    assert notes.calls == []


async def test_ask_is_refused_when_the_client_cannot_elicit(
    notes: Any, notes_upstream: MCPServer, config: Config
) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            result = await client.call_tool("mail_note", {"title": "todo", "to": "bob@example.com"})
    assert result.is_error
    assert "cannot ask for it (no elicitation)" in text_of(result)
    assert result.meta is not None
    assert result.meta[DECISION_META_KEY]["verdict"] == "ask"
    assert notes.calls == []


async def test_tool_results_reach_the_firewall_before_the_client(notes_upstream: MCPServer, config: Config) -> None:
    recorder = Recorder()
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config, after_stages=[recorder], session_id="s1")
        async with proxy, Client(proxy.server, mode="legacy") as client:
            await client.call_tool("read_note", {"title": "todo"})
    call, result = recorder.events
    assert isinstance(call, ToolCall)
    assert call.session == "s1"
    assert call.tool_name == "read_note"
    assert result == ToolResult(session="s1", id=call.call_id, content="buy milk", is_error=False)


async def test_hide_forbidden_leaves_out_tools_denied_outright(notes_upstream: MCPServer, config: Config) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config, hide_forbidden=True)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            listed = [tool.name for tool in (await client.list_tools()).tools]
    # mail_note can still be approved, so it stays listed; delete_note never can.
    assert sorted(listed) == ["broken", "mail_note", "read_note", "write_note"]


async def test_tools_list_mirrors_the_upstream_tools_with_their_annotations(
    notes_upstream: MCPServer, config: Config
) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        direct = await upstream.list_tools()
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            listed = (await client.list_tools()).tools
    assert listed == direct
    assert next(t for t in listed if t.name == "delete_note").annotations == types.ToolAnnotations(
        read_only_hint=False, destructive_hint=True
    )


async def test_prompts_and_resources_pass_through(notes_upstream: MCPServer, config: Config) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            prompts = await client.list_prompts()
            prompt = await client.get_prompt("summarize", {"title": "todo"})
            resources = await client.list_resources()
            index = await client.read_resource("notes://index")
    assert [p.name for p in prompts.prompts] == ["summarize"]
    assert isinstance(prompt.messages[0].content, types.TextContent)
    assert prompt.messages[0].content.text == "Summarize the note todo."
    assert [str(r.uri) for r in resources.resources] == ["notes://index"]
    assert isinstance(index.contents[0], types.TextResourceContents)
    assert index.contents[0].text == "todo"


async def test_slow_upstream_call_times_out_with_a_clear_error_and_the_session_lives_on(config: Config) -> None:
    release = anyio.Event()
    server = MCPServer("slow")

    @server.tool()
    async def wait() -> str:
        """Wait until released."""
        await release.wait()
        return "released"

    @server.tool()
    def quick() -> str:
        """Answer at once."""
        return "quick"

    async with Upstream(server, mode="legacy", call_timeout=0.3) as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            slow = await client.call_tool("wait", {})
            after = await client.call_tool("quick", {})
        release.set()
    assert slow.is_error
    assert "did not answer tools/call 'wait' within 0.3 s" in text_of(slow)
    assert slow.meta is not None
    assert slow.meta[UPSTREAM_ERROR_META_KEY]["kind"] == "timeout"
    assert DECISION_META_KEY not in slow.meta
    assert text_of(after) == "quick"


async def test_upstream_error_response_reaches_the_client_as_that_error(
    notes_upstream: MCPServer, config: Config
) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            with pytest.raises(MCPError):
                await client.get_prompt("no-such-prompt", {})
            still = await client.call_tool("read_note", {"title": "todo"})
    assert text_of(still) == "buy milk"


async def test_unknown_tool_is_refused_without_reaching_the_upstream(
    notes: Any, notes_upstream: MCPServer, config: Config
) -> None:
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            result = await client.call_tool("format_disk", {})
    assert result.is_error
    assert "not in the tool catalog" in text_of(result)
    assert notes.calls == []


async def test_shadow_mode_runs_a_denied_call(notes: Any, notes_upstream: MCPServer, config: Config) -> None:
    shadow = config.model_copy(update={"shadow": True})
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, shadow)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            result = await client.call_tool("delete_note", {"title": "todo"})
    assert text_of(result) == "deleted todo"
    assert notes.calls == ["delete_note"]


def test_refusal_text_pairs_each_policy_with_its_reason() -> None:
    decision = Decision(
        session="s",
        id="c1",
        tool="write_file",
        verdict=Verdict.DENY,
        reasons=["a path argument lies outside the allowed roots"],
        policy_ids=["deny-path-outside-roots"],
    )
    assert refusal_text(decision) == (
        "bastion refused the call to tool 'write_file' (deny). policy deny-path-outside-roots: "
        "a path argument lies outside the allowed roots. The tool did not run."
    )


def changing_upstream(tools: list[types.Tool]) -> Server[Any]:
    """A low-level upstream whose `grow` tool adds a tool and tells its client the list changed."""

    async def list_tools(ctx: ServerRequestContext[Any, Any], params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(tools=list(tools))

    async def call_tool(
        ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        if params.name == "grow":
            tools.append(types.Tool(name="fresh", input_schema={"type": "object"}, annotations=READ_ONLY))
            await ctx.session.send_tool_list_changed()
            await ctx.session.send_resource_list_changed()
        return types.CallToolResult(content=[types.TextContent(text=f"ran {params.name}")])

    return Server("changing", on_list_tools=list_tools, on_call_tool=call_tool)


READ_ONLY = types.ToolAnnotations(read_only_hint=True)


async def test_upstream_notifications_reach_the_client_and_a_changed_tool_list_is_reloaded(config: Config) -> None:
    tools = [types.Tool(name="grow", input_schema={"type": "object"}, annotations=READ_ONLY)]
    received: list[str] = []
    both_arrived = anyio.Event()

    async def on_message(message: Any) -> None:
        if isinstance(message, types.ServerNotification):
            received.append(message.method)
            if len(received) == 2:
                both_arrived.set()

    async with Upstream(changing_upstream(tools), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config, session_id="s1")
        firewall = proxy.firewall_for(config.principal.id)
        async with proxy, Client(proxy.server, mode="legacy", message_handler=on_message) as client:
            await client.list_tools()
            assert text_of(await client.call_tool("grow", {})) == "ran grow"
            with anyio.fail_after(5):
                await both_arrived.wait()
            listed = [tool.name for tool in (await client.list_tools()).tools]
            fresh = await client.call_tool("fresh", {})
            # The policies were recompiled in the same firewall: the session kept its history.
            assert proxy.firewall_for(config.principal.id) is firewall
    assert sorted(received) == ["notifications/resources/list_changed", "notifications/tools/list_changed"]
    assert listed == ["grow", "fresh"]
    assert not fresh.is_error
    assert text_of(fresh) == "ran fresh"
    assert "fresh" in firewall.catalog
    assert firewall.session_slots("s1") is not None


async def test_ask_is_refused_on_the_2026_protocol_where_servers_cannot_send_requests(
    notes: Any, notes_upstream: MCPServer, config: Config
) -> None:
    elicit = approver(types.ElicitResult(action="accept", content={"approve": True}))
    async with Upstream(notes_upstream, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, elicitation_callback=elicit) as client:
            assert client.protocol_version == "2026-07-28"
            result = await client.call_tool("mail_note", {"title": "todo", "to": "bob@example.com"})
            read = await client.call_tool("read_note", {"title": "todo"})
    assert result.is_error
    assert "cannot ask for it" in text_of(result)
    assert elicit.asked == []
    assert notes.calls == ["read_note"]
    assert text_of(read) == "buy milk"


async def test_audit_log_records_every_call_and_the_policy_set_recompiled_for_new_tools(
    config: Config, tmp_path: Path
) -> None:
    tools = [types.Tool(name="grow", input_schema={"type": "object"}, annotations=READ_ONLY)]
    database = tmp_path / "audit.sqlite"
    audited = config.model_copy(update={"audit": database})
    changed = anyio.Event()

    async def on_message(message: Any) -> None:
        if isinstance(message, types.ToolListChangedNotification):
            changed.set()

    async with Upstream(changing_upstream(tools), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, audited, session_id="s1")
        async with proxy, Client(proxy.server, mode="legacy", message_handler=on_message) as client:
            await client.call_tool("grow", {})
            with anyio.fail_after(5):
                await changed.wait()
            await client.call_tool("fresh", {})
            await client.call_tool("format_disk", {})
    async with SqliteStore(database, create=False) as store:
        records = [record async for record in store.records()]
    policy_sets = [r for r in records if r.type == "policy_set"]
    calls = [r for r in records if r.type == "tool_call"]
    assert [(r.tool, r.verdict) for r in calls] == [("grow", "allow"), ("fresh", "allow"), ("format_disk", "deny")]
    assert len(policy_sets) == 2
    assert policy_sets[0].policy_version != policy_sets[1].policy_version
    assert calls[0].policy_version == policy_sets[0].policy_version
    assert calls[1].policy_version == policy_sets[1].policy_version
    assert [r.call_id for r in records if r.type == "tool_result"] == [calls[0].call_id, calls[1].call_id]
