"""The upstream's requests to the client pass through the firewall: recorded, decided by policy, relayed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import anyio
import mcp_types as types
import pytest
from mcp import Client
from mcp.client.session import ClientRequestContext
from mcp.server import Server
from mcp.server.context import ServerRequestContext
from mcp.shared.exceptions import MCPError

from bastion.adapters.mcp import BastionProxy, Upstream
from bastion.approvals import ApprovalQueue
from bastion.approver import QueueApprover
from bastion.config import Config
from bastion.store.sqlite import SqliteStore
from tests.adapters.mcp.conftest import REPO

READ_ONLY = types.ToolAnnotations(read_only_hint=True)

# Sampling is deprecated from the 2026-07-28 protocol on; the SDK's test server and client still use it
# on the earlier protocols, which is what bastion relays.
pytestmark = pytest.mark.filterwarnings("ignore::mcp.shared.exceptions.MCPDeprecationWarning")


def text_of(result: types.CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, types.TextContent))


def sampling_upstream() -> Server[Any]:
    """An upstream whose `summarize` tool asks the client's model for the summary (sampling)."""

    async def list_tools(ctx: ServerRequestContext[Any, Any], params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(
            tools=[types.Tool(name="summarize", input_schema={"type": "object"}, annotations=READ_ONLY)]
        )

    async def call_tool(
        ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        try:
            answer = await ctx.session.create_message(
                [types.SamplingMessage(role="user", content=types.TextContent(text="Summarize the quarterly report."))],
                max_tokens=50,
                related_request_id=ctx.request_id,
            )
        except MCPError as exc:
            return types.CallToolResult(content=[types.TextContent(text=f"sampling refused: {exc.message}")])
        assert isinstance(answer.content, types.TextContent)
        return types.CallToolResult(content=[types.TextContent(text=f"summary: {answer.content.text}")])

    return Server("sampler", on_list_tools=list_tools, on_call_tool=call_tool)


def client_model(prompts: list[str]) -> Any:
    async def sample(ctx: ClientRequestContext, params: types.CreateMessageRequestParams) -> types.CreateMessageResult:
        content = params.messages[0].content
        assert isinstance(content, types.TextContent)
        prompts.append(content.text)
        return types.CreateMessageResult(
            role="assistant", content=types.TextContent(text="revenue grew"), model="client-model"
        )

    return sample


async def test_a_sampling_request_reaches_the_client_and_is_in_the_audit_log(config: Config, tmp_path: Path) -> None:
    audited = config.model_copy(update={"audit": tmp_path / "audit.sqlite"})
    prompts: list[str] = []
    async with Upstream(sampling_upstream(), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, audited)
        async with proxy, Client(proxy.server, mode="legacy", sampling_callback=client_model(prompts)) as client:
            result = await client.call_tool("summarize", {})
    assert text_of(result) == "summary: revenue grew"
    assert prompts == ["Summarize the quarterly report."]
    async with SqliteStore(tmp_path / "audit.sqlite", create=False) as store:
        records = [record async for record in store.records()]
    calls = [(r.tool, r.verdict) for r in records if r.type == "tool_call"]
    assert calls == [("summarize", "allow"), ("sampling/createMessage", "allow")]
    sampled = next(r for r in records if r.type == "tool_call" and r.tool == "sampling/createMessage")
    assert "quarterly report" in str(sampled.body)
    assert any(r.type == "tool_result" and r.call_id == sampled.call_id for r in records)


async def test_a_policy_refuses_sampling_and_the_client_is_never_asked(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    shutil.copytree(REPO / "policies", policies)
    (policies / "no_sampling.cedar").write_text(
        '@id("deny-sampling")\n@reason("servers may not use the client\'s model")\n'
        'forbid (principal, action == Bastion::Action::"sampling/createMessage", resource);\n'
    )
    prompts: list[str] = []
    async with Upstream(sampling_upstream(), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, Config(policies=policies))
        async with proxy, Client(proxy.server, mode="legacy", sampling_callback=client_model(prompts)) as client:
            result = await client.call_tool("summarize", {})
            listed = [tool.name for tool in (await client.list_tools()).tools]
            direct = await client.call_tool("sampling/createMessage", {"messages": "hi"})
    assert prompts == []
    assert text_of(result).startswith("sampling refused: ")
    assert "deny-sampling" in text_of(result)
    assert listed == ["summarize"]
    assert direct.is_error
    assert "not a tool of the server" in text_of(direct)


def ask_on_sampling(tmp_path: Path) -> Path:
    """The default pack with a rule that puts every sampling request to a person."""
    policies = tmp_path / "policies"
    shutil.copytree(REPO / "policies", policies)
    (policies / "ask_sampling.cedar").write_text(
        '@id("ask-sampling")\n@reason("a person decides what the server may ask the client\'s model")\n'
        '@verdict("ask")\nforbid (principal, action == Bastion::Action::"sampling/createMessage", resource);\n'
    )
    return policies


def person(answer: types.ElicitResult, asked: list[str]) -> Any:
    async def elicit(ctx: ClientRequestContext, params: types.ElicitRequestParams) -> types.ElicitResult:
        assert isinstance(params, types.ElicitRequestFormParams)
        asked.append(params.message)
        return answer

    return elicit


@pytest.mark.parametrize("is_approved", [True, False])
async def test_an_ask_on_sampling_is_put_to_the_person_behind_the_client(tmp_path: Path, is_approved: bool) -> None:
    answer = (
        types.ElicitResult(action="accept", content={"approve": True})
        if is_approved
        else types.ElicitResult(action="decline")
    )
    prompts: list[str] = []
    asked: list[str] = []
    config = Config(policies=ask_on_sampling(tmp_path), audit=tmp_path / "audit.sqlite")
    async with Upstream(sampling_upstream(), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with (
            proxy,
            Client(
                proxy.server,
                mode="legacy",
                sampling_callback=client_model(prompts),
                elicitation_callback=person(answer, asked),
            ) as client,
        ):
            result = await client.call_tool("summarize", {})
    assert len(asked) == 1
    assert "Summarize the quarterly report." in asked[0]
    assert "a person decides what the server may ask" in asked[0]
    if is_approved:
        assert prompts == ["Summarize the quarterly report."]
        assert text_of(result) == "summary: revenue grew"
    else:
        assert prompts == []
        assert text_of(result).startswith("sampling refused: ")
        assert "ask-sampling" in text_of(result)
        assert "A person was asked and declined it." in text_of(result)
    async with SqliteStore(tmp_path / "audit.sqlite", create=False) as store:
        records = [record async for record in store.records()]
    outcome = "was approved by a person" if is_approved else "did not run: A person was asked and declined it."
    assert any(r.type == "message" and "'sampling/createMessage' " + outcome in str(r.body) for r in records)


async def test_an_ask_on_sampling_is_refused_when_nobody_can_be_asked(tmp_path: Path) -> None:
    prompts: list[str] = []
    async with Upstream(sampling_upstream(), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, Config(policies=ask_on_sampling(tmp_path)))
        async with proxy, Client(proxy.server, mode="legacy", sampling_callback=client_model(prompts)) as client:
            result = await client.call_tool("summarize", {})
    assert prompts == []
    assert "ask-sampling" in text_of(result)
    assert "no approval queue is configured (`--approval-queue`)" in text_of(result)
    assert "cannot ask for it (no elicitation)" in text_of(result)


@pytest.mark.parametrize("is_approved", [True, False])
async def test_an_ask_on_sampling_waits_on_the_approval_queue_when_one_is_configured(
    tmp_path: Path, is_approved: bool
) -> None:
    config = Config(policies=ask_on_sampling(tmp_path), audit=tmp_path / "audit.sqlite")
    prompts: list[str] = []
    asked: list[str] = []
    approver = QueueApprover.from_config(config, wait=30)

    async def answer_when_pending() -> None:
        async with ApprovalQueue.from_config(config) as queue:
            with anyio.fail_after(30):
                while not (pending := await queue.pending()):
                    await anyio.sleep(0.05)
            assert [a.tool_name for a in pending] == ["sampling/createMessage"]
            await queue.answer(pending[0].approval_id, is_approved=is_approved, note="checked", answered_by="carol")

    async with Upstream(sampling_upstream(), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config, approver=approver)
        async with (
            proxy,
            Client(
                proxy.server,
                mode="legacy",
                sampling_callback=client_model(prompts),
                elicitation_callback=person(types.ElicitResult(action="decline"), asked),
            ) as client,
            anyio.create_task_group() as group,
        ):
            group.start_soon(answer_when_pending)
            result = await client.call_tool("summarize", {})
    await approver.aclose()
    # The queue is the approver: the client's elicitation is never used for it.
    assert asked == []
    if is_approved:
        assert prompts == ["Summarize the quarterly report."]
        assert text_of(result) == "summary: revenue grew"
    else:
        assert prompts == []
        assert "A person (carol) denied it" in text_of(result)


def asking_upstream() -> Server[Any]:
    """An upstream whose `book` tool asks the user for a date (elicitation)."""

    async def list_tools(ctx: ServerRequestContext[Any, Any], params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[types.Tool(name="book", input_schema={"type": "object"})])

    async def call_tool(
        ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        schema: dict[str, Any] = {"type": "object", "properties": {"date": {"type": "string"}}, "required": ["date"]}
        try:
            answer = await ctx.session.elicit_form("Which date?", schema, related_request_id=ctx.request_id)
        except MCPError as exc:
            return types.CallToolResult(content=[types.TextContent(text=f"elicitation refused: {exc.message}")])
        return types.CallToolResult(content=[types.TextContent(text=f"booked {(answer.content or {}).get('date')}")])

    return Server("booker", on_list_tools=list_tools, on_call_tool=call_tool)


async def test_an_ask_on_an_elicitation_asks_the_person_first_and_then_relays_the_servers_question(
    tmp_path: Path,
) -> None:
    policies = tmp_path / "policies"
    shutil.copytree(REPO / "policies", policies)
    (policies / "ask_elicitation.cedar").write_text(
        '@id("ask-elicitation")\n@reason("a person decides what a server may ask the user")\n'
        '@verdict("ask")\nforbid (principal, action == Bastion::Action::"elicitation/create", resource);\n'
    )
    asked: list[str] = []

    async def person(context: ClientRequestContext, params: types.ElicitRequestParams) -> types.ElicitResult:
        assert isinstance(params, types.ElicitRequestFormParams)
        asked.append(params.message)
        if "approve" in params.requested_schema.get("properties", {}):
            return types.ElicitResult(action="accept", content={"approve": True})
        return types.ElicitResult(action="accept", content={"date": "2026-12-24"})

    async with Upstream(asking_upstream(), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, Config(policies=policies))
        async with proxy, Client(proxy.server, mode="legacy", elicitation_callback=person) as client:
            result = await client.call_tool("book", {})
    assert text_of(result) == "booked 2026-12-24"
    assert len(asked) == 2
    assert "wants to ask you for information: Which date?" in asked[0]
    assert "a person decides what a server may ask the user" in asked[0]
    assert asked[1] == "Which date?"
