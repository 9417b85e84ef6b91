from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bastion.config import Config
from bastion.errors import StoreCorruptError, StoreVersionError
from bastion.events import Message, ToolCall, ToolResult, Verdict
from bastion.firewall import Firewall, SyncFirewall
from bastion.policy.stage import PolicyStage
from bastion.store import SqliteStore, StoredRecord


async def _records(path: Path) -> list[StoredRecord]:
    async with SqliteStore(path, create=False) as store:
        return [r async for r in store.records()]


def _engine_version(firewall: Firewall) -> str:
    return next(s for s in firewall.stages if isinstance(s, PolicyStage)).engine.version


async def test_every_event_and_decision_is_recorded_with_its_inputs(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    call = ToolCall(session="s1", id="c1", tool="send_money", arguments={"iban": "DE89370400440532013000", "amount": 5})
    async with Firewall.from_config(audit_config) as firewall:
        await firewall.observe(Message(session="s1", role="user", content="Pay the rent"))
        decision = await firewall.decide(call)
        await firewall.observe(ToolResult(session="s1", id="c1", content="sent"))
        version = _engine_version(firewall)

    records = await _records(audit_config.audit)

    assert [r.type for r in records] == ["policy_set", "message", "tool_call", "tool_result"]
    recorded = records[2]
    assert recorded.body["decision"] == decision.to_record()
    assert recorded.body["event"] == {
        "session": "s1",
        "type": "tool_call",
        "id": "c1",
        "tool": "send_money",
        "arguments": {"iban": "DE89370400440532013000", "amount": 5},
    }
    assert recorded.policy_version == version and records[0].policy_version == version
    assert recorded.verdict == decision.verdict.value
    assert recorded.latency_us == decision.latency_us > 0
    assert records[0].body["policy_set"]["tools"][0]["name"] == "read_file"


def _refuse_writes(path: Path) -> None:
    # The store starts refusing writes (as a full disk or a revoked permission would).
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON records BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    conn.commit()
    conn.close()


def _accept_writes(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER refuse")
    conn.commit()
    conn.close()


READ = ToolCall(session="s", id="c2", tool="read_file", arguments={"path": "/home/user/a.txt"})


async def test_decision_that_cannot_be_recorded_is_denied(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    async with Firewall.from_config(audit_config) as firewall:
        first = await firewall.decide(READ.model_copy(update={"call_id": "c1"}))
        _refuse_writes(audit_config.audit)
        refused = await firewall.decide(READ)

    assert first.verdict is Verdict.ALLOW
    assert refused.verdict is Verdict.DENY and refused.policy_ids == []
    assert any("StoreError" in e and "disk full" in e for e in refused.errors)
    assert not refused.is_fail_open


async def test_decision_that_cannot_be_recorded_is_allowed_with_an_alarm_when_configured(
    audit_config: Config,
) -> None:
    assert isinstance(audit_config.audit, Path)
    config = audit_config.model_copy(update={"audit_on_failure": "allow"})
    assert isinstance(config.audit, Path)
    alarms: list[str] = []
    async with Firewall.from_config(config) as firewall:
        recorder = firewall.stages[-1]
        recorder.alarm = alarms.append  # type: ignore[attr-defined]
        await firewall.decide(READ.model_copy(update={"call_id": "c1"}))
        _refuse_writes(config.audit)
        allowed = await firewall.decide(READ)
        _accept_writes(config.audit)
        await firewall.decide(READ.model_copy(update={"call_id": "c3"}))

    assert allowed.verdict is Verdict.ALLOW and allowed.is_fail_open
    assert any("disk full" in e for e in allowed.errors)
    assert len(alarms) == 1 and "'c2'" in alarms[0]
    records = await _records(config.audit)
    gaps = [r.body["lost"] for r in records if r.type == "gap"]
    assert gaps == [1]
    assert [r.call_id for r in records if r.type == "tool_call"] == ["c1", "c3"]


async def test_firewall_on_a_corrupt_store_refuses_to_start(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    audit_config.audit.write_bytes(b"\x00garbage" * 1000)

    with pytest.raises(StoreCorruptError):
        async with Firewall.from_config(audit_config):
            pass


async def test_firewall_on_a_corrupt_store_denies_every_call(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    audit_config.audit.write_bytes(b"\x00garbage" * 1000)
    firewall = Firewall.from_config(audit_config)
    try:
        decision = await firewall.decide(READ)
    finally:
        await firewall.aclose()

    assert decision.verdict is Verdict.DENY
    assert any("StoreCorruptError" in e for e in decision.errors)


async def test_shadow_decisions_are_recorded_as_not_enforced(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    config = audit_config.model_copy(update={"shadow": True})
    assert isinstance(config.audit, Path)
    async with Firewall.from_config(config) as firewall:
        decision = await firewall.decide(ToolCall(session="s", id="c1", tool="delete_file", arguments={"path": "/x"}))

    records = await _records(config.audit)
    assert decision.verdict is Verdict.DENY and not decision.is_blocking
    assert records[-1].body["decision"]["is_enforced"] is False


def test_sync_firewall_records_in_its_own_loop_and_closes_the_store(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    with SyncFirewall.from_config(audit_config) as firewall:
        firewall.observe(Message(session="s", role="user", content="read my notes"))
        decision = firewall.decide(READ)

    async def read() -> list[StoredRecord]:
        assert isinstance(audit_config.audit, Path)
        return await _records(audit_config.audit)

    records = asyncio.run(read())
    assert [r.type for r in records] == ["policy_set", "message", "tool_call"]
    assert records[-1].body["decision"] == decision.to_record()


def test_sync_firewall_on_a_store_from_a_newer_bastion_refuses_to_start(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    with SyncFirewall.from_config(audit_config) as firewall:
        firewall.decide(READ)
    conn = sqlite3.connect(audit_config.audit)
    conn.execute("INSERT INTO bastion_migrations (name, applied_at) VALUES ('m900_later', 0)")
    conn.commit()
    conn.close()

    with pytest.raises(StoreVersionError), SyncFirewall.from_config(audit_config):
        pass


async def test_unrecorded_observation_denies_the_next_call_unless_failing_open(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    results = {}
    for on_failure in ("deny", "allow"):
        config = audit_config.model_copy(
            update={"audit_on_failure": on_failure, "audit": audit_config.audit.with_suffix(f".{on_failure}.db")}
        )
        assert isinstance(config.audit, Path)
        async with Firewall.from_config(config) as firewall:
            await firewall.decide(READ.model_copy(update={"call_id": "c1"}))
            _refuse_writes(config.audit)
            await firewall.observe(Message(session="s", role="user", content="now read this"))
            _accept_writes(config.audit)
            results[on_failure] = await firewall.decide(READ)

    assert results["deny"].verdict is Verdict.DENY
    assert any("earlier message event" in e for e in results["deny"].errors)
    assert results["allow"].verdict is Verdict.ALLOW


async def test_observation_on_a_corrupt_store_denies_the_sessions_next_call(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    audit_config.audit.write_bytes(b"\x00garbage" * 1000)
    firewall = Firewall.from_config(audit_config)
    try:
        observed = await firewall.process(Message(session="s", role="user", content="hello"))
        decision = await firewall.decide(READ)
    finally:
        await firewall.aclose()

    assert observed is None
    assert decision.verdict is Verdict.DENY
    assert any("earlier message event" in e and "StoreCorruptError" in e for e in decision.errors)
