"""What keeps a refusal from being lost: subclass checks, logging, valid histories, event streams."""

from __future__ import annotations

import asyncio
import logging
import shutil
from pathlib import Path
from typing import Any, ClassVar

import pytest
from langchain_core.messages import HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from bastion.adapters.langchain import AsyncBastionCallbackHandler, BastionCallbackHandler
from bastion.config import Config
from bastion.errors import AdapterError, ToolCallBlocked
from tests.adapters.langchain.matrix import (
    ANNOTATIONS,
    ScriptedModel,
    _graph_agent,
    make_tools,
    script,
    unanswered_calls,
)
from tests.conftest import POLICIES


@pytest.fixture(scope="module")
def policy_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("packs") / "policies"
    shutil.copytree(POLICIES, target)
    (target / "intent.cedar").unlink()
    return target


@pytest.fixture
def config(policy_only: Path) -> Config:
    return Config(policies=policy_only, profile="ask-side-effects")


@pytest.mark.parametrize("is_async", [False, True], ids=["sync-run", "async-run"])
def test_an_async_override_of_on_tool_start_still_refuses_and_then_runs(
    config: Config, tmp_path: Path, is_async: bool
) -> None:
    class Observing(AsyncBastionCallbackHandler):
        noted: ClassVar[list[str]] = []

        async def on_tool_start(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
            self.noted.append(args[0]["name"])
            await super().on_tool_start(*args, **kwargs)  # type: ignore[misc]

    tools = make_tools(tmp_path)
    with Observing.from_config(config, tools=tools, annotations=ANNOTATIONS) as handler:
        run: Any = {"callbacks": [handler]}
        if is_async:
            asyncio.run(tools[1].ainvoke({"path": "a.txt", "content": "x"}, run))
            with pytest.raises(ToolCallBlocked):
                asyncio.run(tools[2].ainvoke({"path": "../todo.txt"}, run))
        else:
            tools[1].invoke({"path": "a.txt", "content": "x"}, run)
            with pytest.raises(ToolCallBlocked):
                tools[2].invoke({"path": "../todo.txt"}, run)

    assert Observing.noted == ["write_note"]
    assert (tmp_path / "write_note").exists()
    assert not (tmp_path / "delete_note").exists()


def test_a_sync_override_of_an_async_observer_is_refused_when_the_class_is_defined() -> None:
    with pytest.raises(TypeError):

        class Observing(AsyncBastionCallbackHandler):
            def on_tool_end(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
                return None


def test_a_handler_that_would_not_raise_its_refusals_cannot_be_built(config: Config, tmp_path: Path) -> None:
    class Quiet(BastionCallbackHandler):
        raise_error = False

    class Deaf(BastionCallbackHandler):
        @property
        def ignore_agent(self) -> bool:
            return True

    tools = make_tools(tmp_path)
    for cls in (Quiet, Deaf):
        with pytest.raises(AdapterError):
            cls.from_config(config, tools=tools, annotations=ANNOTATIONS)


def test_a_refusal_raised_by_the_handler_prints_no_warning(
    config: Config, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    tools = make_tools(tmp_path)
    with (
        BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS) as handler,
        caplog.at_level(logging.DEBUG),
        pytest.raises(ToolCallBlocked),
    ):
        tools[2].invoke({"path": "../todo.txt"}, {"callbacks": [handler]})

    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert [r.name for r in caplog.records if "refused" in r.getMessage()] == ["bastion.langchain"]
    assert not (tmp_path / "delete_note").exists()


def test_another_handlers_warning_still_reaches_the_log(
    config: Config, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from langchain_core.callbacks import BaseCallbackHandler

    class Broken(BaseCallbackHandler):
        def on_tool_start(self, *args: Any, **kwargs: Any) -> None:
            raise ValueError("broken observer")

    tools = make_tools(tmp_path)
    with (
        BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS) as handler,
        caplog.at_level(logging.WARNING),
    ):
        tools[0].invoke({}, {"callbacks": [handler, Broken()]})

    assert any("broken observer" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("is_async", [False, True], ids=["invoke", "ainvoke"])
def test_a_checkpointed_thread_has_no_unanswered_call_after_a_refusal(
    config: Config, tmp_path: Path, is_async: bool
) -> None:
    tools = make_tools(tmp_path)
    with BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS) as handler:
        graph = _graph_agent(ScriptedModel(responses=script(is_parallel=True)), handler.tool_node(tools))
        graph = graph.builder.compile(checkpointer=InMemorySaver())  # type: ignore[attr-defined]
        thread: Any = {"configurable": {"thread_id": "t-1"}}
        inputs = {"messages": [HumanMessage("Note milk and tidy up")]}
        if is_async:
            asyncio.run(graph.ainvoke(inputs, thread))
        else:
            graph.invoke(inputs, thread)
        state = graph.get_state(thread)

    assert state.next == ()
    assert unanswered_calls(state.values["messages"]) == []
    assert not (tmp_path / "delete_note").exists()
    assert (tmp_path / "write_note").exists()


def test_a_refused_call_starts_no_tool_run_in_the_event_stream(config: Config, tmp_path: Path) -> None:
    tools = make_tools(tmp_path)
    with AsyncBastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS) as handler:
        graph = _graph_agent(ScriptedModel(responses=script(is_parallel=False)), handler.tool_node(tools))

        async def events() -> list[dict[str, Any]]:
            inputs = {"messages": [HumanMessage("Note milk and tidy up")]}
            stream: Any = graph.astream_events(inputs, {"callbacks": [handler]}, version="v2")
            return [e async for e in stream]

        seen = asyncio.run(events())

    tool_events = [(e["event"], e["name"]) for e in seen if e["event"].startswith("on_tool_")]
    assert tool_events == [("on_tool_start", "write_note"), ("on_tool_end", "write_note")]


def test_a_closed_handler_refuses_to_decide(config: Config, tmp_path: Path) -> None:
    tools = make_tools(tmp_path)
    handler = BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS)
    handler.close()

    with pytest.raises(AdapterError):
        tools[0].invoke({}, {"callbacks": [handler]})

    assert not (tmp_path / "read_inbox").exists()


def test_the_handler_alone_ends_a_checkpointed_run_and_leaves_the_refused_call_pending(
    config: Config, tmp_path: Path
) -> None:
    from langgraph.prebuilt import ToolNode

    tools = make_tools(tmp_path)
    with BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS) as handler:
        graph = _graph_agent(ScriptedModel(responses=script(is_parallel=False)), ToolNode(tools))
        graph = graph.builder.compile(checkpointer=InMemorySaver())  # type: ignore[attr-defined]
        thread: Any = {"configurable": {"thread_id": "t-2"}, "callbacks": [handler]}
        with pytest.raises(ToolCallBlocked):
            graph.invoke({"messages": [HumanMessage("Note milk and tidy up")]}, thread)
        state = graph.get_state(thread)

    # What docs/langchain.md says of this mode: the thread waits at the tools step with the
    # refused call unanswered; tool_node or the middleware answer it instead.
    assert state.next == ("tools",)
    assert unanswered_calls(state.values["messages"]) == ["c-denied"]
    assert not (tmp_path / "delete_note").exists()


class Decisions:
    """A stage after the decision: counts the decisions per call."""

    name = "decisions"

    def __init__(self) -> None:
        self.call_ids: list[str] = []

    async def process(self, event: Any, ctx: Any) -> None:
        if ctx.decision is not None:
            self.call_ids.append(ctx.decision.call_id)


@pytest.mark.parametrize("is_async", [False, True], ids=["invoke", "ainvoke"])
def test_middleware_guarded_tools_and_handler_together_decide_each_call_once(
    config: Config, tmp_path: Path, is_async: bool
) -> None:
    from langchain.agents import create_agent

    from bastion.adapters.langchain.middleware import BastionMiddleware

    tools = make_tools(tmp_path)
    decisions = Decisions()
    with AsyncBastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, after_stages=[decisions]
    ) as handler:
        agent = create_agent(
            ScriptedModel(responses=script(is_parallel=True)),
            handler.wrap_tools(tools),
            middleware=[BastionMiddleware(handler)],
        )
        inputs: Any = {"messages": [HumanMessage("Note milk and tidy up")]}
        run: Any = {"callbacks": [handler]}
        state = asyncio.run(agent.ainvoke(inputs, run)) if is_async else agent.invoke(inputs, run)

    assert sorted(decisions.call_ids) == ["c-allowed", "c-denied"]
    assert unanswered_calls(state["messages"]) == []
    assert (tmp_path / "write_note").exists()
    assert not (tmp_path / "delete_note").exists()
