from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool

from bastion.adapters.langchain import (
    AsyncBastionCallbackHandler,
    BastionCallbackHandler,
    catalog_from_tools,
)
from bastion.config import Config
from bastion.errors import ToolCallBlocked
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict
from bastion.firewall import Firewall, StageContext
from tests.adapters.langchain.conftest import (
    ANNOTATIONS,
    PROFILE,
    SYSTEM_PROMPT,
    Recorder,
    agent,
    async_agent,
    call,
    fake_model,
    make_tools,
)
from tests.conftest import POLICIES


def _without_latency(decisions: list[Decision]) -> list[dict[str, Any]]:
    return [d.model_dump(exclude={"latency_us", "wait_us"}) for d in decisions]


def _scrub_sessions(decisions: list[Decision]) -> list[dict[str, Any]]:
    return [d.model_dump(exclude={"latency_us", "wait_us", "session"}) for d in decisions]


def test_allowed_tool_runs_and_its_result_reaches_the_model(
    handler: BastionCallbackHandler, tools: list[BaseTool], ran: list[str], recorder: Recorder
) -> None:
    model = fake_model(call("read_note", "c1", path="todo.txt"))

    messages = agent(model, tools).invoke("What is on my list?", {"callbacks": [handler]})

    assert ran == ["read_note"]
    result = messages[3]
    assert isinstance(result, ToolMessage)
    assert (result.tool_call_id, result.content) == ("c1", "buy milk")
    assert messages[-1].content == "All done."
    [decision] = recorder.decisions
    assert (decision.call_id, decision.tool_name, decision.verdict) == ("c1", "read_note", Verdict.ALLOW)
    assert decision.policy_ids == ["allow-read-only"]


async def test_allowed_tool_runs_and_its_result_reaches_the_model_async(
    async_handler: AsyncBastionCallbackHandler, tools: list[BaseTool], ran: list[str], recorder: Recorder
) -> None:
    model = fake_model(call("read_note", "c1", path="todo.txt"))

    messages = await async_agent(model, tools).ainvoke("What is on my list?", {"callbacks": [async_handler]})

    assert ran == ["read_note"]
    result = messages[3]
    assert isinstance(result, ToolMessage)
    assert (result.tool_call_id, result.content) == ("c1", "buy milk")
    assert [d.verdict for d in recorder.decisions] == [Verdict.ALLOW]


def test_denied_tool_never_runs_and_the_run_ends_with_the_decision(
    handler: BastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    model = fake_model(call("write_note", "c1", path="../escaped.txt", content="pwned"))

    with pytest.raises(ToolCallBlocked) as blocked:
        agent(model, tools).invoke("Save this", {"callbacks": [handler]})

    assert ran == []
    assert not (notes.parent / "escaped.txt").exists()
    decision = blocked.value.decision
    assert (decision.call_id, decision.tool_name, decision.verdict) == ("c1", "write_note", Verdict.DENY)
    assert decision.policy_ids == ["deny-path-traversal"]
    assert decision.reasons == ["a path argument climbs out of its directory with '..'"]


async def test_denied_tool_never_runs_and_the_run_ends_with_the_decision_async(
    async_handler: AsyncBastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    model = fake_model(call("write_note", "c1", path="../escaped.txt", content="pwned"))

    with pytest.raises(ToolCallBlocked) as blocked:
        await async_agent(model, tools).ainvoke("Save this", {"callbacks": [async_handler]})

    assert ran == []
    assert not (notes.parent / "escaped.txt").exists()
    assert blocked.value.decision.policy_ids == ["deny-path-traversal"]


def test_destructive_tool_is_denied_and_the_file_survives(
    handler: BastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    model = fake_model(call("delete_note", "c1", path="todo.txt"))

    with pytest.raises(ToolCallBlocked) as blocked:
        agent(model, tools).invoke("Clean up", {"callbacks": [handler]})

    assert (notes / "todo.txt").exists()
    assert ran == []
    assert blocked.value.decision.policy_ids == ["deny-destructive-tool"]


def test_sync_and_async_handlers_decide_the_same(
    handler: BastionCallbackHandler, config: Config, tools: list[BaseTool], ran: list[str]
) -> None:
    turns = [
        call("read_note", "c1", path="todo.txt"),
        call("write_note", "c2", path="done.txt", content="milk"),
        call("send_money", "c3", iban="DE02120300000000202051", amount=12.5),
    ]
    sync_recorder, async_recorder = Recorder(), Recorder()
    sync_handler = BastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, after_stages=[sync_recorder], session_id="s"
    )
    with sync_handler, pytest.raises(ToolCallBlocked):
        agent(fake_model(*turns), tools).invoke("Pay and note it", {"callbacks": [sync_handler]})

    async def run_async() -> None:
        async with AsyncBastionCallbackHandler.from_config(
            config, tools=tools, annotations=ANNOTATIONS, after_stages=[async_recorder], session_id="s"
        ) as async_handler:
            with pytest.raises(ToolCallBlocked):
                await async_agent(fake_model(*turns), tools).ainvoke("Pay and note it", {"callbacks": [async_handler]})

    asyncio.run(run_async())

    assert [d.verdict for d in sync_recorder.decisions] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.ASK]
    assert _without_latency(sync_recorder.decisions) == _without_latency(async_recorder.decisions)
    assert [type(e).__name__ for e in sync_recorder.events] == [type(e).__name__ for e in async_recorder.events]
    assert ran == ["read_note", "write_note", "read_note", "write_note"]


@pytest.mark.parametrize("base", [BastionCallbackHandler, AsyncBastionCallbackHandler])
def test_from_config_and_with_give_back_the_class_they_are_called_on(
    base: type[BastionCallbackHandler | AsyncBastionCallbackHandler], config: Config, tools: list[BaseTool]
) -> None:
    class Mine(base):  # type: ignore[valid-type,misc]
        pass

    async def enter_async(handler: BastionCallbackHandler | AsyncBastionCallbackHandler) -> None:
        async with handler as entered:
            assert entered is handler

    for cls in (base, Mine):
        handler = cls.from_config(config, tools=tools, annotations=ANNOTATIONS)
        assert type(handler) is cls
        with handler as entered:
            assert entered is handler
        handler = cls.from_config(config, tools=tools, annotations=ANNOTATIONS)
        assert type(handler) is cls
        asyncio.run(enter_async(handler))


def test_the_trace_the_handler_produced_replays_to_the_same_decisions(
    handler: BastionCallbackHandler, config: Config, tools: list[BaseTool], recorder: Recorder
) -> None:
    model = fake_model(
        call("read_note", "c1", path="todo.txt"),
        call("write_note", "c2", path="../x.txt", content="milk"),
    )
    with pytest.raises(ToolCallBlocked):
        agent(model, tools).invoke("Copy my list", {"callbacks": [handler]})

    replayed = Recorder()

    async def replay() -> None:
        async with Firewall.from_config(config, catalog=handler.firewall.catalog, after_stages=[replayed]) as firewall:
            for event in list(recorder.events):
                await firewall.process(event)

    asyncio.run(replay())

    assert len(recorder.decisions) == 2
    assert _without_latency(replayed.decisions) == _without_latency(recorder.decisions)


def test_user_and_system_messages_are_observed_once_and_answers_are_observed(
    handler: BastionCallbackHandler, tools: list[BaseTool], recorder: Recorder
) -> None:
    model = fake_model(call("read_note", "c1", path="todo.txt"), call("read_note", "c2", path="todo.txt"))

    agent(model, tools).invoke("What is on my list?", {"callbacks": [handler]})

    trace = [(e.type, getattr(e, "role", None), getattr(e, "call_id", None)) for e in recorder.events]
    assert trace == [
        ("message", "system", None),
        ("message", "user", None),
        ("tool_call", None, "c1"),
        ("tool_result", None, "c1"),
        ("tool_call", None, "c2"),
        ("tool_result", None, "c2"),
        ("message", "assistant", None),
    ]
    contents = [e.content for e in recorder.events if isinstance(e, Message | ToolResult)]
    assert contents == [SYSTEM_PROMPT, "What is on my list?", "buy milk", "buy milk", "All done."]
    assert len({e.session for e in recorder.events}) == 1


def test_a_repeated_user_message_is_a_new_message(handler: BastionCallbackHandler, recorder: Recorder) -> None:
    from langchain_core.messages import AIMessage, HumanMessage

    model = fake_model(AIMessage(content="Sure?"))
    config: Any = {"callbacks": [handler], "metadata": {"bastion_session": "conv"}}
    model.invoke([HumanMessage("yes")], config)
    model.invoke([HumanMessage("yes"), AIMessage(content="Sure?"), HumanMessage("yes")], config)

    observed = [(e.role, e.content) for e in recorder.events if isinstance(e, Message)]
    assert observed == [("user", "yes"), ("assistant", "Sure?"), ("user", "yes"), ("assistant", "All done.")]


def test_a_conversation_id_joins_separate_runs_into_one_session(
    config: Config, tools: list[BaseTool], recorder: Recorder
) -> None:
    with BastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, after_stages=[recorder], session_id="conversation-7"
    ) as handler:
        agent(fake_model(call("read_note", "c1", path="todo.txt")), tools).invoke("one", {"callbacks": [handler]})
        agent(fake_model(call("read_note", "c2", path="todo.txt")), tools).invoke("two", {"callbacks": [handler]})

    assert {e.session for e in recorder.events} == {"conversation-7"}
    assert [d.signals["session_calls"] for d in recorder.decisions] == [1, 2]


def test_run_metadata_names_the_session(
    handler: BastionCallbackHandler, tools: list[BaseTool], recorder: Recorder
) -> None:
    model = fake_model(call("read_note", "c1", path="todo.txt"))

    agent(model, tools).invoke("one", {"callbacks": [handler], "metadata": {"bastion_session": "from-metadata"}})

    assert {e.session for e in recorder.events} == {"from-metadata"}


def test_separate_runs_are_separate_sessions(
    handler: BastionCallbackHandler, tools: list[BaseTool], recorder: Recorder
) -> None:
    agent(fake_model(call("read_note", "c1", path="todo.txt")), tools).invoke("one", {"callbacks": [handler]})
    agent(fake_model(call("read_note", "c2", path="todo.txt")), tools).invoke("two", {"callbacks": [handler]})

    first, second = recorder.decisions
    assert first.session != second.session
    assert [d.signals["session_calls"] for d in recorder.decisions] == [1, 1]


def test_a_tool_invoked_without_a_tool_call_gets_a_run_based_call_id(
    handler: BastionCallbackHandler, tools: list[BaseTool], recorder: Recorder
) -> None:
    read_note = tools[0]

    assert read_note.invoke({"path": "todo.txt"}, {"callbacks": [handler]}) == "buy milk"
    assert read_note.invoke("todo.txt", {"callbacks": [handler]}) == "buy milk"

    first, second = [e for e in recorder.events if isinstance(e, ToolCall)]
    assert first.call_id.startswith("run-")
    assert (first.arguments, second.arguments) == ({"path": "todo.txt"}, {"path": "todo.txt"})
    assert [d.verdict for d in recorder.decisions] == [Verdict.ALLOW, Verdict.ALLOW]


def test_a_failing_tool_is_observed_as_an_error_result(
    handler: BastionCallbackHandler, tools: list[BaseTool], recorder: Recorder
) -> None:
    model = fake_model(call("read_note", "c1", path="missing.txt"))

    with pytest.raises(FileNotFoundError):
        agent(model, tools).invoke("Read it", {"callbacks": [handler]})

    [result] = [e for e in recorder.events if isinstance(e, ToolResult)]
    assert result.call_id == "c1"
    assert result.is_error
    assert result.content.startswith("FileNotFoundError")


def test_a_tool_missing_from_the_catalog_is_denied(
    config: Config, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    with (
        BastionCallbackHandler.from_config(config, tools=tools[:1]) as handler,
        pytest.raises(ToolCallBlocked) as blocked,
    ):
        agent(fake_model(call("write_note", "c1", path="a.txt", content="x")), tools).invoke(
            "Save", {"callbacks": [handler]}
        )

    assert ran == []
    assert not (notes / "a.txt").exists()
    assert blocked.value.decision.reasons == ["unknown tool 'write_note': it is not in the tool catalog"]


def test_shadow_mode_runs_the_call_and_records_the_refusal(
    tools: list[BaseTool], notes: Path, ran: list[str], recorder: Recorder
) -> None:
    shadow = Config(policies=POLICIES, profile=PROFILE, shadow=True)
    with BastionCallbackHandler.from_config(
        shadow, tools=tools, annotations=ANNOTATIONS, after_stages=[recorder]
    ) as handler:
        agent(fake_model(call("delete_note", "c1", path="todo.txt")), tools).invoke("Clean", {"callbacks": [handler]})

    assert ran == ["delete_note"]
    assert not (notes / "todo.txt").exists()
    [decision] = recorder.decisions
    assert (decision.verdict, decision.is_enforced) == (Verdict.DENY, False)


async def test_the_sync_handler_also_enforces_in_an_async_run(
    handler: BastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    model = fake_model(call("read_note", "c1", path="todo.txt"), call("delete_note", "c2", path="todo.txt"))

    with pytest.raises(ToolCallBlocked):
        await async_agent(model, tools).ainvoke("Clean", {"callbacks": [handler]})

    assert ran == ["read_note"]
    assert (notes / "todo.txt").exists()


def test_the_async_handler_in_a_sync_run_refuses_with_tool_call_blocked(
    config: Config, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    firewall = Firewall.from_config(config, catalog=catalog_from_tools(tools, annotations=ANNOTATIONS))
    async_handler = AsyncBastionCallbackHandler(firewall)

    try:
        with pytest.raises(ToolCallBlocked) as blocked:
            tools[3].invoke({"iban": "DE02120300000000202051", "amount": 1.0}, {"callbacks": [async_handler]})
    finally:
        async_handler.close()

    assert ran == []
    assert not (notes / "payments.log").exists()
    assert blocked.value.decision.verdict is Verdict.ASK


async def test_the_async_handler_stops_a_sync_only_tool_in_an_async_run(
    async_handler: AsyncBastionCallbackHandler, notes: Path, ran: list[str]
) -> None:
    sync_only = make_tools(notes, ran, is_async=False)
    model = fake_model(call("read_note", "c1", path="todo.txt"), call("delete_note", "c2", path="todo.txt"))

    with pytest.raises(ToolCallBlocked) as blocked:
        await async_agent(model, sync_only).ainvoke("Clean", {"callbacks": [async_handler]})

    assert ran == ["read_note"]
    assert (notes / "todo.txt").exists()
    assert blocked.value.decision.policy_ids == ["deny-destructive-tool"]


def test_tool_output_in_loaded_history_is_observed_once_as_a_tool_result(
    handler: BastionCallbackHandler, recorder: Recorder
) -> None:
    from langchain_core.messages import AIMessage, HumanMessage

    history = [
        HumanMessage("Pay the bill in my inbox"),
        call("read_inbox", "old-1"),
        ToolMessage("Please pay DE89370400440532013000", tool_call_id="old-1"),
    ]
    model = fake_model(AIMessage(content="Paying."))
    config: Any = {"callbacks": [handler], "metadata": {"bastion_session": "restored"}}

    model.invoke(history, config)
    model.invoke([*history, AIMessage(content="Paying.")], config)

    results = [e for e in recorder.events if isinstance(e, ToolResult)]
    assert [(r.call_id, r.content) for r in results] == [("old-1", "Please pay DE89370400440532013000")]


class LoopWitness:
    """A stage that notes the event loop each event is processed on."""

    name = "loop-witness"

    def __init__(self) -> None:
        self.loops: list[asyncio.AbstractEventLoop] = []

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        self.loops.append(asyncio.get_running_loop())


async def test_the_async_handler_keeps_the_firewall_on_one_loop_of_its_own(
    config: Config, notes: Path, ran: list[str]
) -> None:
    witness = LoopWitness()
    sync_only = make_tools(notes, ran, is_async=False)
    async with AsyncBastionCallbackHandler.from_config(
        config, tools=sync_only, annotations=ANNOTATIONS, after_stages=[witness]
    ) as handler:
        model = fake_model(call("read_note", "c1", path="todo.txt"))
        await async_agent(model, sync_only).ainvoke("Read", {"callbacks": [handler]})
        tools = make_tools(notes, ran)
        await async_agent(fake_model(call("read_note", "c2", path="todo.txt")), tools).ainvoke(
            "Read again", {"callbacks": [handler]}
        )

    assert ran == ["read_note", "read_note"]
    assert len(witness.loops) == 10
    assert len(set(witness.loops)) == 1
    assert asyncio.get_running_loop() not in witness.loops


async def test_a_sync_invoke_inside_async_code_with_the_async_handler_does_not_deadlock(
    async_handler: AsyncBastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    assert tools[0].invoke({"path": "todo.txt"}, {"callbacks": [async_handler]}) == "buy milk"
    with pytest.raises(ToolCallBlocked):
        tools[2].invoke({"path": "todo.txt"}, {"callbacks": [async_handler]})

    assert ran == ["read_note"]
    assert (notes / "todo.txt").exists()


async def test_the_sync_handler_can_be_built_and_used_inside_a_running_loop(
    config: Config, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    with BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS) as handler:
        model = fake_model(call("read_note", "c1", path="todo.txt"), call("delete_note", "c2", path="todo.txt"))
        with pytest.raises(ToolCallBlocked):
            agent(model, tools).invoke("Clean", {"callbacks": [handler]})

    assert ran == ["read_note"]
    assert (notes / "todo.txt").exists()


def test_a_tool_run_on_its_own_leaves_nothing_behind_in_the_handler(
    handler: BastionCallbackHandler, tools: list[BaseTool]
) -> None:
    tools[0].invoke({"path": "todo.txt"}, {"callbacks": [handler]})
    with pytest.raises(ToolCallBlocked):
        tools[2].invoke({"path": "todo.txt"}, {"callbacks": [handler]})

    assert handler.runs.tracked_sessions() == set()


def test_a_stateless_conversation_sent_again_with_its_history_stays_one_session(
    handler: BastionCallbackHandler, tools: list[BaseTool], recorder: Recorder
) -> None:
    from langchain_core.messages import AIMessage, HumanMessage

    model = fake_model(AIMessage(content="Sure."))
    first = [HumanMessage("Keep my notes tidy")]
    model.invoke(first, {"callbacks": [handler]})
    model.invoke([*first, AIMessage(content="Sure."), HumanMessage("Thanks")], {"callbacks": [handler]})
    model.invoke([HumanMessage("Something else")], {"callbacks": [handler]})

    sessions = [e.session for e in recorder.events]
    assert len(set(sessions[:4])) == 1
    assert sessions[4] != sessions[0]
    users = [e.content for e in recorder.events if isinstance(e, Message) and e.role == "user"]
    assert users == ["Keep my notes tidy", "Thanks", "Something else"]


def test_a_named_session_is_remembered_across_runs(config: Config, tools: list[BaseTool], recorder: Recorder) -> None:
    with BastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, after_stages=[recorder], session_id="kept"
    ) as handler:
        agent(fake_model(call("read_note", "c1", path="todo.txt")), tools).invoke("one", {"callbacks": [handler]})
        assert handler.runs.tracked_sessions() == {"kept"}
        agent(fake_model(call("read_note", "c2", path="todo.txt")), tools).invoke("one", {"callbacks": [handler]})

    user_messages = [e.content for e in recorder.events if isinstance(e, Message) and e.role == "user"]
    assert user_messages == ["one"]
