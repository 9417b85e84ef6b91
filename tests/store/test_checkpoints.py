from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bastion.config import Config
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict
from bastion.firewall import Firewall, StageContext
from bastion.store import SqliteStore
from bastion.trace import read_trace

ROOT = Path(__file__).resolve().parents[2]


class RememberingStage:
    """A stage with session memory, standing in for intent state or a provenance index."""

    name = "memory"

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        texts: list[str] = ctx.state.setdefault("texts", [])
        if isinstance(event, Message | ToolResult):
            texts.append(event.content[:40])
        else:
            ctx.state["calls"] = int(ctx.state.get("calls", 0)) + 1
            ctx.signals["remembered_texts"] = len(texts)


class UnserializableStage:
    name = "sets"

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        ctx.state["seen"] = {event.session}


def _comparable(decision: Decision | None) -> dict[str, Any] | None:
    # Cedar reports the determining policies in no fixed order; latency differs run to run.
    if decision is None:
        return None
    update = {
        "latency_us": 0.0,
        "wait_us": 0.0,
        "policy_ids": sorted(decision.policy_ids),
        "reasons": sorted(decision.reasons),
    }
    return decision.model_copy(update=update).to_record()


async def _run(config: Config, events: list[Any]) -> tuple[list[dict[str, Any] | None], dict[str, Any]]:
    async with Firewall.from_config(config, extra_stages=[RememberingStage()]) as firewall:
        decisions = [_comparable(await firewall.process(e)) for e in events]
        slots = {s: firewall.session_slots(s) for s in {e.session for e in events}}
    return decisions, slots


def _events() -> list[Any]:
    demo = read_trace(ROOT / "tests" / "data" / "audit_trace.jsonl")
    extra = [
        Message(session="rent", role="user", content="And tell me what you did"),
        ToolCall(session="rent", id="c9", tool="read_file", arguments={"path": "/home/user/log.txt"}),
        ToolCall(session="notes", id="n9", tool="read_file", arguments={"path": "/home/user/notes/b.md"}),
    ]
    return [*demo, *extra]


async def test_restarted_firewall_resumes_every_session_with_the_same_state(
    tmp_path: Path, audit_config: Config
) -> None:
    events = _events()
    reference_config = audit_config.model_copy(update={"audit": tmp_path / "reference.db"})
    expected_decisions, expected_slots = await _run(reference_config, events)

    half = len(events) // 2
    first_decisions, _ = await _run(audit_config, events[:half])
    second_decisions, resumed_slots = await _run(audit_config, events[half:])

    assert first_decisions + second_decisions == expected_decisions
    for session, slots in expected_slots.items():
        if session in resumed_slots:
            # Call times are wall-clock times of the two runs; their count is what must match.
            resumed, expected = resumed_slots[session], slots
            assert len(resumed["tokens"].pop("call_times")) == len(expected["tokens"].pop("call_times"))
            # Counted by the second, so the two runs' entries may group differently; the totals match.
            for key in ("near", "refusals"):
                counts = [sum(n for _, n in q.pop(key)) for q in (resumed["quarantine"], expected["quarantine"])]
                assert counts[0] == counts[1]
            per_group: list[dict[str, int]] = [{}, {}]
            for tally, q in zip(per_group, (resumed["quarantine"], expected["quarantine"]), strict=True):
                for _, group, n in q.pop("calls"):
                    tally[group] = tally.get(group, 0) + n
            assert per_group[0] == per_group[1] and sum(per_group[0].values()) >= 3
            assert resumed == expected
    assert resumed_slots["rent"] is not None and resumed_slots["rent"]["memory"]["calls"] >= 3


async def test_checkpoint_holds_every_stage_slot(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    async with Firewall.from_config(audit_config, extra_stages=[RememberingStage()]) as firewall:
        await firewall.observe(Message(session="s", role="user", content="hello"))
        await firewall.decide(ToolCall(session="s", id="c1", tool="read_file", arguments={"path": "/home/user/a"}))
        live = firewall.session_slots("s")

    async with SqliteStore(audit_config.audit, create=False) as store:
        saved = await store.load_session("s")
        absent = await store.load_session("never-seen")

    assert saved == live and saved is not None
    assert saved["memory"] == {"texts": ["hello"], "calls": 1}
    assert saved["tokens"]["session_calls"] == 1
    assert absent is None


async def test_state_that_cannot_be_checkpointed_withdraws_the_allow(audit_config: Config) -> None:
    async with Firewall.from_config(audit_config, extra_stages=[UnserializableStage()]) as firewall:
        decision = await firewall.decide(
            ToolCall(session="s", id="c1", tool="read_file", arguments={"path": "/home/user/a"})
        )

    assert decision.verdict is Verdict.DENY
    assert any("sets" in e and "checkpointed" in e for e in decision.errors)


def test_store_left_open_is_written_and_closed_when_its_event_loop_ends(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    firewall = Firewall.from_config(audit_config)
    call = ToolCall(session="s", id="c1", tool="read_file", arguments={"path": "/home/user/a"})

    decision = asyncio.run(firewall.decide(call))  # no aclose: the owner forgot it

    async def read() -> tuple[dict[str, Any] | None, list[str | None]]:
        assert isinstance(audit_config.audit, Path)
        async with SqliteStore(audit_config.audit, create=False) as store:
            return await store.load_session("s"), [r.verdict async for r in store.records() if r.type == "tool_call"]

    slots, verdicts = asyncio.run(read())
    assert verdicts == [decision.verdict.value]
    assert slots is not None and slots["tokens"]["session_calls"] == 1
