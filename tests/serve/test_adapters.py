"""One approval queue for every adapter: a LangChain run and an MCP session wait for a person's answer
given to a running `bastion serve`; an approved call runs, a denied one never does."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

import anyio
import mcp_types as types
import pytest
from langchain_core.tools import BaseTool
from mcp import Client

from bastion.adapters.langchain import AsyncBastionCallbackHandler, BastionCallbackHandler
from bastion.adapters.mcp import BastionProxy, Upstream
from bastion.approvals import ApprovalQueue
from bastion.approver import QueueApprover, SyncQueueApprover
from bastion.config import Config
from bastion.errors import ToolCallBlocked
from tests.adapters.langchain.conftest import ANNOTATIONS, agent, async_agent, call, fake_model, make_tools
from tests.adapters.mcp.conftest import Notes, notes_server
from tests.serve.conftest import LiveServer

PAYMENT = call("send_money", "c1", iban="DE02120300000000202051", amount=12.5)


def run_langchain(config: Config, tools: list[BaseTool], outcome: dict[str, Any]) -> None:
    approver = SyncQueueApprover.from_config(config, wait=20)
    try:
        with BastionCallbackHandler.from_config(
            config, tools=tools, annotations=ANNOTATIONS, approver=approver, session_id="lc-1"
        ) as handler:
            agent(fake_model(PAYMENT), tools).invoke("Pay", {"callbacks": [handler]})
    except ToolCallBlocked as exc:
        outcome["blocked"] = exc
    finally:
        approver.close()


@pytest.mark.parametrize("approve", [True, False])
def test_a_langchain_ask_answered_in_the_server_runs_only_when_approved(
    live: LiveServer, serve_config: Config, tmp_path: Path, approve: bool
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    ran: list[str] = []
    tools = make_tools(notes, ran)
    outcome: dict[str, Any] = {}
    worker = threading.Thread(target=run_langchain, args=(serve_config, tools, outcome))
    worker.start()
    try:
        (pending,) = live.pending()
        assert (pending["session"], pending["tool"]) == ("lc-1", "send_money")
        assert pending["arguments"] == {"iban": "DE02120300000000202051", "amount": 12.5}
        live.answer(pending["approval_id"], approve=approve, note="checked")
    finally:
        worker.join(timeout=30)
    assert not worker.is_alive()
    if approve:
        assert ran == ["send_money"]
        assert (notes / "payments.log").read_text(encoding="utf-8") == "DE02120300000000202051 12.5\n"
        assert "blocked" not in outcome
    else:
        assert ran == []
        assert not (notes / "payments.log").exists()
        reason = outcome["blocked"].decision.reasons[-1]
        assert reason == "the approver did not approve this call"


async def test_an_async_langchain_ask_waits_on_the_queue_and_runs_once_approved(
    live: LiveServer, serve_config: Config, tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    ran: list[str] = []
    tools = make_tools(notes, ran)
    approver = QueueApprover.from_config(serve_config, wait=20)
    answering = threading.Thread(target=lambda: live.answer(live.pending()[0]["approval_id"], approve=True))
    answering.start()
    async with AsyncBastionCallbackHandler.from_config(
        serve_config, tools=tools, annotations=ANNOTATIONS, approver=approver, session_id="lc-async"
    ) as handler:
        await async_agent(fake_model(PAYMENT), tools).ainvoke("Pay", {"callbacks": [handler]})
    await anyio.to_thread.run_sync(answering.join)
    await approver.aclose()
    assert ran == ["send_money"]
    assert (notes / "payments.log").exists()


def text_of(result: types.CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, types.TextContent))


@pytest.mark.parametrize("approve", [True, False])
async def test_an_mcp_ask_answered_in_the_server_runs_only_when_approved(serve_config: Config, approve: bool) -> None:
    notes = Notes(notes={"todo": "buy milk"})
    with LiveServer(serve_config) as live:
        approver = QueueApprover.from_config(serve_config, wait=20)
        async with Upstream(notes_server(notes), mode="legacy") as upstream:
            proxy = await BastionProxy.start(upstream, serve_config, approver=approver, session_id="mcp-1")
            async with proxy, Client(proxy.server, mode="legacy") as client:
                answered = threading.Thread(
                    target=lambda: live.answer(live.pending()[0]["approval_id"], approve=approve, note="ok")
                )
                answered.start()
                result = await client.call_tool("mail_note", {"title": "todo", "to": "bob@example.com"})
                await anyio.to_thread.run_sync(answered.join)
        await approver.aclose()
    if approve:
        assert not result.is_error
        assert notes.calls == ["mail_note"]
    else:
        assert result.is_error
        assert notes.calls == []
        assert "A person (carol) denied it" in text_of(result)
        assert "ok" in text_of(result)


async def test_an_mcp_ask_nobody_answers_is_refused_and_stays_pending(serve_config: Config) -> None:
    notes = Notes(notes={"todo": "buy milk"})
    approver = QueueApprover.from_config(serve_config, wait=0.3)
    async with Upstream(notes_server(notes), mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, serve_config, approver=approver, session_id="mcp-2")
        async with proxy, Client(proxy.server, mode="legacy") as client:
            result = await client.call_tool("mail_note", {"title": "todo", "to": "bob@example.com"})
    await approver.aclose()
    async with ApprovalQueue.from_config(serve_config) as queue:
        pending = await queue.pending()
    assert result.is_error
    assert notes.calls == []
    assert "none came within 0.3 s" in text_of(result)
    assert [(a.session, a.tool_name) for a in pending] == [("mcp-2", "mail_note")]


def test_the_approver_needs_an_audit_store(serve_config: Config) -> None:
    from bastion.errors import ConfigError

    with pytest.raises(ConfigError):
        QueueApprover.from_config(serve_config.model_copy(update={"audit": None}))


def test_the_mcp_wrapper_refuses_the_approval_queue_without_an_audit_store(
    capsys: pytest.CaptureFixture[str], pack: Path
) -> None:
    from bastion.cli.main import main

    code = main(["mcp", "--approval-queue", "--policies", str(pack), "--", sys.executable, "-c", "pass"])
    assert code == 2
    assert "the approval queue lives in the audit store" in capsys.readouterr().err


PAYMENTS = Path(__file__).parent / "servers" / "payments.py"


@pytest.mark.slow
@pytest.mark.parametrize("approve", [True, False])
async def test_bastion_mcp_with_the_approval_queue_runs_a_call_only_once_a_person_approves_it(
    serve_config: Config, tmp_path: Path, approve: bool
) -> None:
    from mcp import StdioServerParameters

    marker = tmp_path / "payments.log"
    command = [
        sys.executable, "-m", "bastion.cli.main", "mcp", "--policies", str(serve_config.policies),
        "--profile", "ask-side-effects",
        "--audit", str(serve_config.audit), "--approval-queue", "--approval-timeout", "30", "--session", "wrapped",
        "--", sys.executable, str(PAYMENTS), str(marker),
    ]  # fmt: skip
    params = StdioServerParameters(command=command[0], args=command[1:], env=dict(os.environ))
    with LiveServer(serve_config) as live:
        answering = threading.Thread(
            target=lambda: live.answer(live.pending(timeout=60)[0]["approval_id"], approve=approve, note="seen")
        )
        answering.start()
        try:
            async with Client(params, mode="legacy") as client:
                result = await client.call_tool("send_money", {"iban": "DE89", "amount": 1200})
        finally:
            await anyio.to_thread.run_sync(answering.join)
    if approve:
        assert not result.is_error, text_of(result)
        assert marker.read_text(encoding="utf-8") == "DE89 1200.0\n"
    else:
        assert result.is_error
        assert "A person (carol) denied it" in text_of(result)
        assert not marker.exists()
