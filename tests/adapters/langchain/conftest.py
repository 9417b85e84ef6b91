"""A small real agent: file tools on a temporary directory, a scripted fake chat model, and a loop.

The loop is what an agent framework does: call the model, run each tool call it asks for, hand the
tool messages back, until the model answers without tool calls. It runs as one LangChain run
(a `RunnableLambda`), so every model and tool call in it is a child run of the same conversation.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.runnables import RunnableConfig, RunnableLambda
from langchain_core.tools import BaseTool, StructuredTool

from bastion.adapters.langchain import AsyncBastionCallbackHandler, BastionCallbackHandler
from bastion.config import Config
from bastion.events import Decision, Message, ToolCall, ToolResult
from bastion.firewall import StageContext
from tests.conftest import POLICIES

SYSTEM_PROMPT = "You manage the user's notes."
# These tests were written for the pack's blanket rules (a destructive tool is denied, an open-world
# one asks), which the default pack keeps in this profile; test_matrix.py runs the pack as shipped.
PROFILE = "ask-side-effects"
ANNOTATIONS: dict[str, dict[str, Any]] = {
    "read_note": {"readOnlyHint": True},
    "write_note": {"readOnlyHint": False, "destructiveHint": False},
    "delete_note": {"destructiveHint": True},
    "send_money": {"openWorldHint": True, "destructiveHint": False},
}


class Recorder:
    """A stage after the policy stage: it keeps every event it sees and every decision."""

    name = "recorder"

    def __init__(self) -> None:
        self.events: list[Message | ToolCall | ToolResult] = []
        self.decisions: list[Decision] = []

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        self.events.append(event)
        if ctx.decision is not None:
            self.decisions.append(ctx.decision)


def make_tools(root: Path, ran: list[str], *, is_async: bool = True) -> list[BaseTool]:
    """Four tools on `root`; each appends its name to `ran` when it actually runs.

    With `is_async` each tool also has an async implementation, so `ainvoke` stays on LangChain's
    async path (a sync-only tool's `ainvoke` runs `invoke` in a worker thread).
    """

    def read_note(path: str) -> str:
        """Read a note."""
        ran.append("read_note")
        return (root / path).read_text(encoding="utf-8")

    def write_note(path: str, content: str) -> str:
        """Write a note."""
        ran.append("write_note")
        (root / path).write_text(content, encoding="utf-8")
        return f"wrote {len(content)} characters to {path}"

    def delete_note(path: str) -> str:
        """Delete a note."""
        ran.append("delete_note")
        (root / path).unlink()
        return f"deleted {path}"

    def send_money(iban: str, amount: float) -> str:
        """Transfer money to an IBAN."""
        ran.append("send_money")
        (root / "payments.log").write_text(f"{iban} {amount}\n", encoding="utf-8")
        return f"sent {amount} to {iban}"

    def tool_of(func: Callable[..., str]) -> BaseTool:
        async def coroutine(**arguments: Any) -> str:
            return func(**arguments)

        return StructuredTool.from_function(func=func, coroutine=coroutine if is_async else None)

    return [tool_of(f) for f in (read_note, write_note, delete_note, send_money)]


def call(tool_name: str, call_id: str, **arguments: Any) -> AIMessage:
    """A model turn that asks for one tool call."""
    return AIMessage(content="", tool_calls=[{"name": tool_name, "args": arguments, "id": call_id}])


def fake_model(*turns: AIMessage) -> FakeMessagesListChatModel:
    """A chat model that answers with `turns` in order, then says it is done."""
    return FakeMessagesListChatModel(responses=[*turns, AIMessage(content="All done.")])


def start(request: str) -> list[BaseMessage]:
    return [SystemMessage(SYSTEM_PROMPT), HumanMessage(request)]


def agent(model: FakeMessagesListChatModel, tools: Sequence[BaseTool]) -> RunnableLambda[Any, list[BaseMessage]]:
    """The agent loop as one LangChain run (sync face)."""
    by_name = {t.name: t for t in tools}

    def loop(request: str, config: RunnableConfig) -> list[BaseMessage]:
        messages = start(request)
        for _ in range(10):
            answer = model.invoke(messages, config)
            messages.append(answer)
            if not isinstance(answer, AIMessage) or not answer.tool_calls:
                return messages
            for tool_call in answer.tool_calls:
                messages.append(by_name[tool_call["name"]].invoke(tool_call, config))
        raise AssertionError("the agent did not finish in 10 turns")

    return RunnableLambda(loop, name="agent")


def async_agent(model: FakeMessagesListChatModel, tools: Sequence[BaseTool]) -> RunnableLambda[Any, list[BaseMessage]]:
    """The agent loop as one LangChain run (async face)."""
    by_name = {t.name: t for t in tools}

    async def loop(request: str, config: RunnableConfig) -> list[BaseMessage]:
        messages = start(request)
        for _ in range(10):
            answer = await model.ainvoke(messages, config)
            messages.append(answer)
            if not isinstance(answer, AIMessage) or not answer.tool_calls:
                return messages
            for tool_call in answer.tool_calls:
                messages.append(await by_name[tool_call["name"]].ainvoke(tool_call, config))
        raise AssertionError("the agent did not finish in 10 turns")

    return RunnableLambda(loop, name="agent")


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    root.mkdir()
    (root / "todo.txt").write_text("buy milk", encoding="utf-8")
    return root


@pytest.fixture
def ran() -> list[str]:
    return []


@pytest.fixture
def tools(notes: Path, ran: list[str]) -> list[BaseTool]:
    return make_tools(notes, ran)


@pytest.fixture
def config() -> Config:
    return Config(policies=POLICIES, profile=PROFILE)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def handler(config: Config, tools: list[BaseTool], recorder: Recorder) -> Iterator[BastionCallbackHandler]:
    with BastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, after_stages=[recorder]
    ) as handler:
        yield handler


@pytest.fixture
async def async_handler(
    config: Config, tools: list[BaseTool], recorder: Recorder
) -> AsyncIterator[AsyncBastionCallbackHandler]:
    async with AsyncBastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, after_stages=[recorder]
    ) as handler:
        yield handler
