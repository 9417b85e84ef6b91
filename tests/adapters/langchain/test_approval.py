from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.tools import BaseTool

from bastion.adapters.langchain import AsyncBastionCallbackHandler, BastionCallbackHandler
from bastion.config import Config
from bastion.errors import ToolCallBlocked
from bastion.events import Decision, Message, ToolCall, Verdict
from tests.adapters.langchain.conftest import ANNOTATIONS, Recorder, agent, async_agent, call, fake_model

PAYMENT = call("send_money", "c1", iban="DE02120300000000202051", amount=12.5)


def test_ask_without_an_approver_is_refused(
    handler: BastionCallbackHandler, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    with pytest.raises(ToolCallBlocked) as blocked:
        agent(fake_model(PAYMENT), tools).invoke("Pay", {"callbacks": [handler]})

    assert ran == []
    assert not (notes / "payments.log").exists()
    decision = blocked.value.decision
    assert (decision.verdict, decision.policy_ids) == (Verdict.ASK, ["ask-open-world-side-effect"])
    assert decision.reasons[-1] == "approval needed but no approver is configured"


def test_an_approved_call_runs_and_the_approver_sees_call_and_decision(
    config: Config, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    seen: list[tuple[ToolCall, Decision]] = []

    def approve(call: ToolCall, decision: Decision) -> bool:
        seen.append((call, decision))
        return True

    with BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS, approver=approve) as handler:
        agent(fake_model(PAYMENT), tools).invoke("Pay", {"callbacks": [handler]})

    assert ran == ["send_money"]
    assert (notes / "payments.log").read_text(encoding="utf-8") == "DE02120300000000202051 12.5\n"
    [(seen_call, seen_decision)] = seen
    assert (seen_call.call_id, seen_call.arguments["iban"]) == ("c1", "DE02120300000000202051")
    assert seen_decision.verdict is Verdict.ASK


def test_an_async_approver_works_with_the_sync_handler(config: Config, tools: list[BaseTool], ran: list[str]) -> None:
    async def approve(call: ToolCall, decision: Decision) -> bool:
        return bool(call.arguments["amount"] < 100)

    with BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS, approver=approve) as handler:
        agent(fake_model(PAYMENT), tools).invoke("Pay", {"callbacks": [handler]})

    assert ran == ["send_money"]


@pytest.mark.parametrize("answer", [False, None, "yes", 1])
def test_anything_but_true_from_the_approver_refuses(
    config: Config, tools: list[BaseTool], ran: list[str], answer: object
) -> None:
    with (
        BastionCallbackHandler.from_config(
            config,
            tools=tools,
            annotations=ANNOTATIONS,
            approver=lambda call, decision: answer,  # type: ignore[arg-type,return-value]
        ) as handler,
        pytest.raises(ToolCallBlocked) as blocked,
    ):
        agent(fake_model(PAYMENT), tools).invoke("Pay", {"callbacks": [handler]})

    assert ran == []
    assert blocked.value.decision.reasons[-1] == "the approver did not approve this call"


def test_an_approver_that_fails_refuses_and_says_why(config: Config, tools: list[BaseTool], ran: list[str]) -> None:
    def approve(call: ToolCall, decision: Decision) -> bool:
        raise TimeoutError("nobody answered")

    with (
        BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS, approver=approve) as handler,
        pytest.raises(ToolCallBlocked) as blocked,
    ):
        agent(fake_model(PAYMENT), tools).invoke("Pay", {"callbacks": [handler]})

    assert ran == []
    assert blocked.value.decision.reasons[-1] == "the approver failed: TimeoutError: nobody answered"


def test_a_denied_call_never_reaches_the_approver(config: Config, tools: list[BaseTool], ran: list[str]) -> None:
    asked: list[str] = []

    def approve(call: ToolCall, decision: Decision) -> bool:
        asked.append(call.call_id)
        return True

    with (
        BastionCallbackHandler.from_config(config, tools=tools, annotations=ANNOTATIONS, approver=approve) as handler,
        pytest.raises(ToolCallBlocked),
    ):
        agent(fake_model(call("delete_note", "c1", path="todo.txt")), tools).invoke("Clean", {"callbacks": [handler]})

    assert (asked, ran) == ([], [])


async def test_the_async_handler_awaits_an_async_approver(
    config: Config, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    recorder = Recorder()

    async def approve(call: ToolCall, decision: Decision) -> bool:
        return True

    async with AsyncBastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, approver=approve, after_stages=[recorder]
    ) as handler:
        await async_agent(fake_model(PAYMENT), tools).ainvoke("Pay", {"callbacks": [handler]})

    assert ran == ["send_money"]
    assert [d.verdict for d in recorder.decisions] == [Verdict.ASK]


async def test_the_async_handler_refuses_when_a_sync_approver_says_no(
    config: Config, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    async with AsyncBastionCallbackHandler.from_config(
        config, tools=tools, annotations=ANNOTATIONS, approver=lambda call, decision: False
    ) as handler:
        with pytest.raises(ToolCallBlocked) as blocked:
            await async_agent(fake_model(PAYMENT), tools).ainvoke("Pay", {"callbacks": [handler]})

    assert ran == []
    assert not (notes / "payments.log").exists()
    assert blocked.value.decision.reasons[-1] == "the approver did not approve this call"


def test_the_approval_outcome_is_recorded_next_to_the_decision(config: Config, tools: list[BaseTool]) -> None:
    recorder = Recorder()
    answers = iter([True, False])
    with BastionCallbackHandler.from_config(
        config,
        tools=tools,
        annotations=ANNOTATIONS,
        approver=lambda call, decision: next(answers),
        after_stages=[recorder],
        session_id="approvals",
    ) as handler:
        second = call("send_money", "c2", iban="DE02120300000000202051", amount=99.0)
        with pytest.raises(ToolCallBlocked):
            agent(fake_model(PAYMENT, second), tools).invoke("Pay twice", {"callbacks": [handler]})

    notes = [e.content for e in recorder.events if isinstance(e, Message) and e.role == "system"][1:]
    assert notes == [
        "bastion: call c1 to 'send_money' was approved by the approver",
        "bastion: call c2 to 'send_money' did not run: the approver did not approve this call",
    ]
