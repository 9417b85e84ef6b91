from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.tools import BaseTool

from bastion.adapters.langchain import AsyncBastionCallbackHandler, BastionCallbackHandler
from bastion.events import Message, Verdict
from tests.adapters.langchain.conftest import Recorder, call

pytest.importorskip("langchain.agents")

from langchain.agents import create_agent

from bastion.adapters.langchain.middleware import BastionMiddleware


class ScriptedModel(FakeMessagesListChatModel):
    """The fake chat model, accepting the tool binding `create_agent` asks for."""

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Any:
        return self


def _model() -> ScriptedModel:
    return ScriptedModel(
        responses=[
            call("read_note", "c1", path="todo.txt"),
            call("write_note", "c2", path="../escaped.txt", content="pwned"),
            AIMessage(content="I could not copy it."),
        ]
    )


def test_the_middleware_turns_a_refusal_into_a_tool_message_in_create_agent(
    handler: BastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str], recorder: Recorder
) -> None:
    agent = create_agent(_model(), tools, system_prompt="You manage notes.", middleware=[BastionMiddleware(handler)])

    state = agent.invoke({"messages": [HumanMessage("Copy my list out")]}, {"callbacks": [handler]})

    messages = state["messages"]
    refusal = next(m for m in messages if isinstance(m, ToolMessage) and m.tool_call_id == "c2")
    assert refusal.status == "error"
    assert "deny-path-traversal" in str(refusal.content)
    assert messages[-1].content == "I could not copy it."
    assert ran == ["read_note"]
    assert not (notes.parent / "escaped.txt").exists()
    assert [(d.call_id, d.verdict) for d in recorder.decisions] == [("c1", Verdict.ALLOW), ("c2", Verdict.DENY)]
    observed = [(e.role, e.content) for e in recorder.events if isinstance(e, Message)]
    assert ("user", "Copy my list out") in observed
    assert len({e.session for e in recorder.events}) == 1


async def test_the_middleware_turns_a_refusal_into_a_tool_message_in_create_agent_async(
    async_handler: AsyncBastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str], recorder: Recorder
) -> None:
    agent = create_agent(_model(), tools, middleware=[BastionMiddleware(async_handler)])

    state = await agent.ainvoke({"messages": [HumanMessage("Copy my list out")]}, {"callbacks": [async_handler]})

    refusal = next(m for m in state["messages"] if isinstance(m, ToolMessage) and m.tool_call_id == "c2")
    assert refusal.status == "error"
    assert ran == ["read_note"]
    assert not (notes.parent / "escaped.txt").exists()
    assert [d.verdict for d in recorder.decisions] == [Verdict.ALLOW, Verdict.DENY]


def test_the_middleware_alone_still_guards_the_tools(
    handler: BastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str], recorder: Recorder
) -> None:
    agent = create_agent(_model(), tools, middleware=[BastionMiddleware(handler)])

    agent.invoke({"messages": [HumanMessage("Copy my list out")]})

    assert ran == ["read_note"]
    assert not (notes.parent / "escaped.txt").exists()
    assert [d.verdict for d in recorder.decisions] == [Verdict.ALLOW, Verdict.DENY]
