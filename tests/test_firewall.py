from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import BastionError
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict
from bastion.firewall import Firewall, StageContext, SyncFirewall, load_firewall
from tests.conftest import POLICIES, TOOLS


def _call(tool: str, call_id: str = "c1", session: str = "s", **arguments: Any) -> ToolCall:
    return ToolCall(session=session, id=call_id, tool=tool, arguments=arguments)


def _strip(decision: Decision) -> dict[str, Any]:
    record = decision.to_record()
    record.pop("latency_us")
    record.pop("wait_us")
    return record


async def test_read_only_call_is_allowed_with_its_policy_and_signals(firewall: Firewall) -> None:
    decision = await firewall.decide(_call("read_file", path="/home/user/notes.txt"))
    record = _strip(decision)
    # The intent stage's scores depend on the shipped model's weights; their range is what is fixed.
    signals = record["signals"]
    risk = signals.pop("risk")
    assert 0 <= risk <= 100
    assert signals.pop("principal_risk") >= risk
    assert signals.pop("near_misses") == int(75 <= risk < 90)
    assert signals.pop("principal_near_misses") == int(75 <= risk < 90)
    for name in ("risk_category", "principal_risk_category"):
        assert isinstance(signals.pop(name), str)
    assert "c1" in signals.pop("risk_turns")
    assert "c1 of session s" in signals.pop("principal_risk_turns")
    assert record == {
        "type": "decision",
        "session": "s",
        "id": "c1",
        "tool": "read_file",
        "verdict": "allow",
        "reasons": ["the tool only reads (readOnlyHint, or its name's verb when it declares none)"],
        "policy_ids": ["allow-read-only"],
        "signals": {
            "flags": [],
            "call_tokens": 9,
            "session_tokens": 9,
            "session_calls": 1,
            "calls_last_hour": 1,
            "tokens_last_hour": 9,
            "tool_poisoned": False,
            "tool_shadowing": False,
            "tool_changed": False,
            "untrusted_arguments": [],
            "unseen_arguments": ["path"],
            "leaked_arguments": [],
            "injection": 0,
            "injection_seen": False,
            "injected_tool": False,
            "argument_origins": ["path=unseen"],
            "argument_sources": ["path=unseen"],
            "argument_injection": 0,
            "key_argument_injection": 0,
            "key_arguments_from_user": False,
            "key_arguments_from_output": [],
            "argument_count": 1,
            "requested_arguments": [],
            "lean": 0,
            "lean_evidence": "",
            "provenance_evidence": "no tool output supplied this call",
            "calls_per_minute": 1,
            "principal_calls_per_minute": 1,
            "quarantined": False,
        },
        "errors": [],
        "is_enforced": True,
        "is_fail_open": False,
    }
    assert decision.latency_us > 0


@pytest.mark.parametrize(
    ("tool", "arguments", "verdict", "policy_id"),
    [
        ("delete_file", {"path": "/home/user/a"}, Verdict.ALLOW, "allow-other-tools"),
        ("run_shell", {"command": "rm -rf /"}, Verdict.DENY, "deny-destructive-shell"),
        ("run_shell", {"command": "psql -c 'DROP TABLE users'"}, Verdict.DENY, "deny-destructive-sql"),
        ("read_file", {"path": "/home/user/../../etc/shadow"}, Verdict.DENY, "deny-path-traversal"),
        ("write_file", {"path": "/etc/passwd", "content": "x"}, Verdict.DENY, "deny-path-outside-roots"),
        ("write_file", {"path": "/home/user/a", "content": "x", "mode": 7}, Verdict.DENY, "deny-undeclared-argument"),
        ("send_money", {"iban": "DE1", "amount": 10}, Verdict.ALLOW, "allow-other-tools"),
        ("run_shell", {"command": "ls -la"}, Verdict.ALLOW, "allow-other-tools"),
    ],
)
async def test_default_pack_decides_each_kind_of_call(
    firewall: Firewall, tool: str, arguments: dict[str, Any], verdict: Verdict, policy_id: str
) -> None:
    decision = await firewall.decide(_call(tool, **arguments))
    assert decision.verdict is verdict
    assert policy_id in decision.policy_ids


@pytest.mark.parametrize(
    ("tool", "arguments", "verdict", "policy_id"),
    [
        ("delete_file", {"path": "/home/user/a"}, Verdict.DENY, "deny-destructive-tool"),
        ("send_money", {"iban": "DE1", "amount": 10}, Verdict.ASK, "ask-open-world-side-effect"),
        ("run_shell", {"command": "ls -la"}, Verdict.ALLOW, "allow-other-tools"),
    ],
)
async def test_ask_side_effects_profile_refuses_destructive_tools_and_asks_before_open_world_ones(
    catalog: Catalog, tool: str, arguments: dict[str, Any], verdict: Verdict, policy_id: str
) -> None:
    config = Config(policies=POLICIES, profile="ask-side-effects", allowed_roots=("/home/user",))
    async with Firewall.from_config(config, catalog=catalog) as firewall:
        decision = await firewall.decide(_call(tool, **arguments))
    assert decision.verdict is verdict
    assert policy_id in decision.policy_ids


async def test_a_command_hidden_in_a_json_string_argument_is_still_seen(firewall: Firewall) -> None:
    decision = await firewall.decide(_call("run_shell", command='{"steps": ["echo", "rm -rf /home"]}'))
    assert decision.policy_ids == ["deny-destructive-shell"]


async def test_unknown_tool_is_denied_with_a_reason(firewall: Firewall) -> None:
    decision = await firewall.decide(_call("launch_missiles"))
    assert decision.verdict is Verdict.DENY
    assert decision.reasons == ["unknown tool 'launch_missiles': it is not in the tool catalog"]


async def test_session_counters_are_kept_per_session(firewall: Firewall) -> None:
    await firewall.decide(_call("read_file", session="a", path="/home/user/x"))
    await firewall.observe(Message(session="a", role="user", content="hello there"))
    second = await firewall.decide(_call("read_file", "c2", session="a", path="/home/user/x"))
    other = await firewall.decide(_call("read_file", session="b", path="/home/user/x"))
    assert second.signals["session_calls"] == 2
    assert other.signals["session_calls"] == 1
    # 7 tokens per call's arguments, 2 for "hello there".
    assert second.signals["session_tokens"] == 7 + 2 + 7


class _Exploding:
    name = "exploding"

    async def process(self, event: Any, ctx: StageContext) -> None:
        if isinstance(event, ToolCall):
            raise RuntimeError("model file missing")


class _Counting:
    name = "counting"

    def __init__(self) -> None:
        self.seen: list[str] = []

    async def process(self, event: Any, ctx: StageContext) -> None:
        self.seen.append(event.type)
        ctx.state["events"] = int(ctx.state.get("events", 0)) + 1
        if isinstance(event, ToolCall):
            ctx.signals["custom"] = ctx.state["events"]


async def test_a_failing_stage_fails_closed_with_the_error_in_the_reason(catalog: Catalog) -> None:
    firewall = Firewall.from_config(Config(policies=POLICIES), catalog=catalog, extra_stages=[_Exploding()])
    decision = await firewall.decide(_call("read_file", path="/home/user/x"))
    assert decision.verdict is Verdict.DENY
    assert decision.reasons == [
        "internal error, failing closed: stage 'exploding' failed: RuntimeError: model file missing"
    ]
    assert not decision.is_fail_open


class _BrokenObserver:
    name = "broken_observer"

    async def process(self, event: Any, ctx: StageContext) -> None:
        if isinstance(event, ToolResult):
            raise ValueError("index full")


async def test_a_stage_failing_to_observe_denies_the_sessions_next_call_once(catalog: Catalog) -> None:
    firewall = Firewall.from_config(Config(policies=POLICIES), catalog=catalog, extra_stages=[_BrokenObserver()])
    await firewall.observe(ToolResult(session="s", id="c0", content="page"))
    first = await firewall.decide(_call("read_file", "c1", path="/home/user/x"))
    second = await firewall.decide(_call("read_file", "c2", path="/home/user/x"))
    assert first.verdict is Verdict.DENY
    assert first.reasons == [
        "internal error, failing closed: stage 'broken_observer' failed on an earlier tool_result event: "
        "ValueError: index full"
    ]
    assert second.verdict is Verdict.ALLOW


async def test_fail_open_lets_the_call_run_and_says_so(catalog: Catalog) -> None:
    config = Config(policies=POLICIES, fail_open=True)
    firewall = Firewall.from_config(config, catalog=catalog, extra_stages=[_Exploding()])
    decision = await firewall.decide(_call("read_file", path="/home/user/x"))
    assert decision.verdict is Verdict.ALLOW
    assert decision.is_fail_open
    assert decision.errors == ["stage 'exploding' failed: RuntimeError: model file missing"]
    assert "fail-open: stage 'exploding' failed: RuntimeError: model file missing" in decision.reasons


async def test_a_stage_failing_after_the_decision_withdraws_an_allow(catalog: Catalog) -> None:
    firewall = Firewall.from_config(Config(policies=POLICIES), catalog=catalog, after_stages=[_Exploding()])
    decision = await firewall.decide(_call("read_file", path="/home/user/x"))
    assert decision.verdict is Verdict.DENY


async def test_shadow_mode_reports_the_verdict_but_does_not_block(catalog: Catalog) -> None:
    firewall = Firewall.from_config(Config(policies=POLICIES, shadow=True), catalog=catalog)
    decision = await firewall.decide(_call("run_shell", command="rm -rf /"))
    assert decision.verdict is Verdict.DENY
    assert not decision.is_enforced
    assert not decision.is_blocking


async def test_a_custom_stage_sees_every_event_and_keeps_its_own_slot(catalog: Catalog) -> None:
    counting = _Counting()
    firewall = Firewall.from_config(Config(policies=POLICIES), catalog=catalog, extra_stages=[counting])
    await firewall.observe(Message(session="s", role="user", content="hi"))
    decision = await firewall.decide(_call("read_file", path="/home/user/x"))
    await firewall.observe(ToolResult(session="s", id="c1", content="text"))
    assert counting.seen == ["message", "tool_call", "tool_result"]
    assert decision.signals["custom"] == 2
    slots = firewall.session_slots("s")
    assert slots is not None
    assert slots["counting"] == {"events": 3}


async def test_events_of_one_session_are_decided_in_order_under_concurrency(firewall: Firewall) -> None:
    calls = [_call("read_file", f"c{i}", path="/home/user/x") for i in range(20)]
    decisions = await asyncio.gather(*(firewall.decide(c) for c in calls))
    assert [d.signals["session_calls"] for d in decisions] == list(range(1, 21))


async def test_no_deciding_stage_means_deny(catalog: Catalog) -> None:
    firewall = Firewall([_Counting()], catalog=catalog)
    decision = await firewall.decide(_call("read_file"))
    assert decision.verdict is Verdict.DENY
    assert "no stage decided" in decision.reasons[0]


def test_duplicate_stage_names_are_refused(catalog: Catalog) -> None:
    with pytest.raises(BastionError, match="counting"):
        Firewall([_Counting(), _Counting()], catalog=catalog)


def test_sync_firewall_gives_the_same_decision_as_the_async_one(catalog: Catalog) -> None:
    config = Config(policies=POLICIES, allowed_roots=("/home/user",))
    call = _call("write_file", path="/etc/hosts", content="x")
    message = Message(session="other", role="user", content="x")

    async def decide() -> Decision:
        firewall = Firewall.from_config(config, catalog=catalog)
        await firewall.observe(message)
        return await firewall.decide(call)

    expected = asyncio.run(decide())
    with SyncFirewall.from_config(config, catalog=catalog) as sync:
        sync.observe(message)
        assert _strip(sync.decide(call)) == _strip(expected)


async def test_sync_firewall_refuses_to_start_inside_a_running_loop(catalog: Catalog) -> None:
    with pytest.raises(BastionError, match="running event loop"):
        SyncFirewall(Firewall.from_config(Config(policies=POLICIES), catalog=catalog))


def test_closed_sync_firewall_refuses_calls(catalog: Catalog) -> None:
    sync = SyncFirewall.from_config(Config(policies=POLICIES), catalog=catalog)
    sync.close()
    with pytest.raises(BastionError, match="closed"):
        sync.decide(_call("read_file"))


async def test_decide_all_yields_one_decision_per_tool_call_in_trace_order(firewall: Firewall) -> None:
    events: list[Message | ToolCall | ToolResult] = [
        Message(session="s", role="user", content="tidy up"),
        _call("read_file", "c1", path="/home/user/a"),
        ToolResult(session="s", id="c1", content="text"),
        _call("run_shell", "c2", command="rm -rf /home/user/a"),
    ]
    decisions = [d async for d in firewall.decide_all(events)]
    assert [(d.call_id, d.verdict) for d in decisions] == [("c1", Verdict.ALLOW), ("c2", Verdict.DENY)]


async def test_load_firewall_builds_the_pipeline_from_paths_and_settings(policy_dir: Path) -> None:
    (policy_dir / "intent.cedar").unlink()
    firewall = load_firewall(policy_dir, TOOLS, allowed_roots=["/home/user"], shadow=True)
    decision = await firewall.decide(_call("write_file", path="/etc/hosts", content="x"))
    assert decision.verdict is Verdict.DENY
    assert decision.policy_ids == ["deny-path-outside-roots"]
    assert not decision.is_enforced
