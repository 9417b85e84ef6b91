from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool

from bastion.adapters.langchain import (
    AsyncBastionCallbackHandler,
    BastionCallbackHandler,
    GuardedTool,
    guard_tools,
    refusal_text,
)
from bastion.errors import AdapterError
from bastion.events import ToolResult, Verdict
from tests.adapters.langchain.conftest import Recorder, agent, async_agent, call, fake_model

ESCAPE = call("write_note", "c2", path="../escaped.txt", content="pwned")


def test_a_refused_call_becomes_a_tool_message_and_the_run_continues(
    handler: BastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str], recorder: Recorder
) -> None:
    model = fake_model(call("read_note", "c1", path="todo.txt"), ESCAPE, call("read_note", "c3", path="todo.txt"))

    messages = agent(model, handler.wrap_tools(tools)).invoke("Copy my list out", {"callbacks": [handler]})

    assert ran == ["read_note", "read_note"]
    assert not (notes.parent / "escaped.txt").exists()
    refusal = messages[5]
    assert isinstance(refusal, ToolMessage)
    assert (refusal.tool_call_id, refusal.status, refusal.name) == ("c2", "error", "write_note")
    assert refusal.content == refusal_text(recorder.decisions[1])
    assert refusal.artifact["bastion_decision"]["policy_ids"] == ["deny-path-traversal"]
    assert messages[-1].content == "All done."
    assert [d.verdict for d in recorder.decisions] == [Verdict.ALLOW, Verdict.DENY, Verdict.ALLOW]


async def test_a_refused_call_becomes_a_tool_message_and_the_run_continues_async(
    async_handler: AsyncBastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str], recorder: Recorder
) -> None:
    model = fake_model(call("read_note", "c1", path="todo.txt"), ESCAPE)

    messages = await async_agent(model, async_handler.wrap_tools(tools)).ainvoke("Copy", {"callbacks": [async_handler]})

    assert ran == ["read_note"]
    assert not (notes.parent / "escaped.txt").exists()
    refusal = messages[5]
    assert isinstance(refusal, ToolMessage)
    assert (refusal.tool_call_id, refusal.status) == ("c2", "error")
    assert messages[-1].content == "All done."
    assert [d.verdict for d in recorder.decisions] == [Verdict.ALLOW, Verdict.DENY]


def test_wrapped_tools_are_guarded_without_the_handler_on_the_run(
    handler: BastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str], recorder: Recorder
) -> None:
    named: Any = {"metadata": {"bastion_session": "conv-1"}}

    messages = agent(fake_model(ESCAPE), handler.wrap_tools(tools)).invoke("Save", named)

    assert ran == []
    assert not (notes.parent / "escaped.txt").exists()
    assert isinstance(messages[3], ToolMessage) and messages[3].status == "error"
    assert [d.session for d in recorder.decisions] == ["conv-1"]


def test_a_wrapped_tool_that_cannot_tell_its_conversation_refuses_to_run_and_says_what_to_pass(
    handler: BastionCallbackHandler, tools: list[BaseTool], ran: list[str], recorder: Recorder
) -> None:
    read_note = handler.wrap_tools(tools)[0]

    with pytest.raises(AdapterError) as error:
        read_note.invoke({"path": "todo.txt"})

    assert ran == []
    assert recorder.decisions == []
    assert "thread_id" in str(error.value) and "bastion_session" in str(error.value)


def test_wrapped_tools_share_the_session_of_the_run_the_handler_follows(
    handler: BastionCallbackHandler, tools: list[BaseTool], recorder: Recorder
) -> None:
    model = fake_model(call("read_note", "c1", path="todo.txt"), call("read_note", "c2", path="todo.txt"))

    agent(model, handler.wrap_tools(tools)).invoke("Read twice", {"callbacks": [handler]})

    first, second = recorder.decisions
    assert first.session == second.session
    assert [d.signals["session_calls"] for d in recorder.decisions] == [1, 2]


def test_a_call_is_decided_once_when_the_handler_is_on_the_run_and_on_the_tools(
    handler: BastionCallbackHandler, tools: list[BaseTool], recorder: Recorder
) -> None:
    wrapped = handler.wrap_tools(tools)

    agent(fake_model(call("read_note", "c1", path="todo.txt")), wrapped).invoke("Read", {"callbacks": [handler]})

    assert [d.call_id for d in recorder.decisions] == ["c1"]
    assert recorder.decisions[0].signals["session_calls"] == 1


def test_a_refusal_message_is_not_observed_as_a_tool_output(
    handler: BastionCallbackHandler, tools: list[BaseTool], recorder: Recorder
) -> None:
    agent(fake_model(ESCAPE), handler.wrap_tools(tools)).invoke("Save", {"callbacks": [handler]})

    assert [e.call_id for e in recorder.events if isinstance(e, ToolResult)] == []


def test_a_refusal_without_a_tool_call_id_is_plain_text(handler: BastionCallbackHandler, tools: list[BaseTool]) -> None:
    write_note = handler.wrap_tools(tools)[1]

    answer = write_note.invoke({"path": "../escaped.txt", "content": "x"}, {"metadata": {"bastion_session": "s"}})

    assert isinstance(answer, str)
    assert answer == (
        "bastion refused the call to tool 'write_note' (deny). policy deny-path-traversal: "
        "a path argument climbs out of its directory with '..'. The tool did not run."
    )


def test_a_guarded_tool_shows_the_model_what_the_inner_tool_shows(
    handler: BastionCallbackHandler, tools: list[BaseTool]
) -> None:
    wrapped = handler.wrap_tools(tools)

    assert [convert_to_openai_tool(t) for t in wrapped] == [convert_to_openai_tool(t) for t in tools]
    assert all(isinstance(t, GuardedTool) for t in wrapped)
    assert guard_tools(wrapped, handler) == wrapped


def test_wrapping_leaves_the_original_tools_unguarded(handler: BastionCallbackHandler, tools: list[BaseTool]) -> None:
    handler.wrap_tools(tools)

    assert all(t.callbacks is None for t in tools)


def test_tools_guarded_by_the_async_handler_decide_in_a_synchronous_run(
    config: Any, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    from tests.adapters.langchain.conftest import ANNOTATIONS

    with AsyncBastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS) as async_handler:
        model = fake_model(call("read_note", "c1", path="todo.txt"), ESCAPE)
        messages = agent(model, async_handler.wrap_tools(tools)).invoke("Copy", {"callbacks": [async_handler]})

    assert ran == ["read_note"]
    assert not (notes.parent / "escaped.txt").exists()
    assert isinstance(messages[5], ToolMessage) and messages[5].status == "error"


async def test_tools_guarded_by_the_async_handler_work_without_async_implementations(
    async_handler: AsyncBastionCallbackHandler, notes: Path, ran: list[str]
) -> None:
    from tests.adapters.langchain.conftest import make_tools

    wrapped = async_handler.wrap_tools(make_tools(notes, ran, is_async=False))

    named: Any = {"metadata": {"bastion_session": "conv-2"}}
    model = fake_model(call("read_note", "c1", path="todo.txt"), ESCAPE)

    messages = await async_agent(model, wrapped).ainvoke("Copy", named)

    assert ran == ["read_note"]
    assert isinstance(messages[5], ToolMessage) and messages[5].status == "error"


def test_an_unapproved_ask_names_its_policy_and_why_it_was_not_approved() -> None:
    from bastion.events import Decision

    decision = Decision(
        session="s",
        id="c1",
        tool="send_money",
        verdict=Verdict.ASK,
        reasons=["approval needed", "approval needed but no approver is configured"],
        policy_ids=["ask-open-world-side-effect"],
    )

    assert refusal_text(decision) == (
        "bastion refused the call to tool 'send_money' (ask). policy ask-open-world-side-effect: approval needed; "
        "approval needed but no approver is configured. The tool did not run."
    )
