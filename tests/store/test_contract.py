"""The store contract: every test runs against an SQLite file and a database on a real PostgreSQL server."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from bastion.config import Config
from bastion.errors import StoreCorruptError, StoreError, StoreVersionError
from bastion.events import Decision, ToolCall
from bastion.firewall import Firewall
from bastion.store import RecordFilter, open_store
from bastion.store.chain import link_hash
from bastion.trace import read_trace

ROOT = Path(__file__).resolve().parents[2]
TRACE = ROOT / "tests" / "data" / "audit_trace.jsonl"


def _body(session: str, n: int, verdict: str = "allow", tool: str = "read_file") -> dict[str, Any]:
    return {
        "ts": 1_000_000.0 + n,
        "session": session,
        "type": "tool_call",
        "event": {"session": session, "type": "tool_call", "id": f"c{n}", "tool": tool, "arguments": {"n": n}},
        "decision": {"verdict": verdict, "latency_us": 100.0 + n, "policy_ids": ["p"]},
        "policy_version": "v1",
    }


async def _fill(target: str | Path, count: int = 10) -> None:
    async with open_store(target) as store:
        for n in range(count):
            await store.append(_body("s", n))


async def _raw(target: str | Path, *statements: str, disable_guards: bool = True) -> list[Any]:
    """Run SQL on the store as someone with write access to it would (the append-only guards are no obstacle)."""
    if isinstance(target, Path):
        conn = sqlite3.connect(target)
        try:
            if disable_guards:
                conn.execute("DROP TRIGGER records_no_update")
                conn.execute("DROP TRIGGER records_no_delete")
            rows: list[Any] = []
            for statement in statements:
                rows = conn.execute(statement).fetchall()
            conn.commit()
            return rows
        finally:
            conn.close()
    import asyncpg

    pg = await asyncpg.connect(target)
    try:
        if disable_guards:
            await pg.execute("ALTER TABLE records DISABLE TRIGGER USER")
        result: list[Any] = []
        for statement in statements:
            result = [tuple(r) for r in await pg.fetch(statement)]
        return result
    finally:
        await pg.close()


async def test_appended_records_read_back_in_order_and_the_chain_verifies(store_target: str | Path) -> None:
    bodies = [_body("s1", 0), _body("s2", 1, "deny"), _body("s1", 2, "ask", tool="send_money")]
    async with open_store(store_target) as store:
        receipts = await store.append_many(bodies)
        records = [r async for r in store.records()]
        report = await store.verify()

    assert [r.body for r in records] == bodies
    assert [(r.seq, r.hash) for r in records] == [(x.seq, x.hash) for x in receipts]
    assert [r.seq for r in records] == [1, 2, 3]
    assert records[1].prev_hash == records[0].hash
    assert (records[2].verdict, records[2].call_id, records[2].tool) == ("ask", "c2", "send_money")
    assert report.is_ok and report.records == 3 and report.head_seq == 3 and report.head_hash == receipts[-1].hash


async def test_both_engines_chain_the_same_records_to_the_same_hashes(tmp_path: Path, postgres_url: str) -> None:
    bodies = [_body("s", n) for n in range(5)] + [{"ts": 1.0, "session": "s", "type": "message", "event": {"t": "é ✓"}}]
    hashes = []
    for target in (tmp_path / "a.db", postgres_url):
        async with open_store(target) as store:
            hashes.append([r.hash for r in await store.append_many(bodies)])

    assert hashes[0] == hashes[1]


async def test_filters_select_records_by_session_verdict_tool_type_time_and_limit(store_target: str | Path) -> None:
    async with open_store(store_target) as store:
        await store.append_many(
            [
                _body("a", 0),
                _body("b", 1, "deny"),
                _body("a", 2, "deny", tool="send_money"),
                {"ts": 1_000_003.0, "session": "a", "type": "message", "event": {"role": "user", "content": "hi"}},
                _body("a", 4),
            ]
        )

        async def seqs(where: RecordFilter) -> list[int]:
            return [r.seq async for r in store.records(where)]

        assert await seqs(RecordFilter(session="a")) == [1, 3, 4, 5]
        assert await seqs(RecordFilter(verdict="deny")) == [2, 3]
        assert await seqs(RecordFilter(tool="send_money")) == [3]
        assert await seqs(RecordFilter(types=("message",))) == [4]
        assert await seqs(RecordFilter(session="a", types=("tool_call",), verdict="allow")) == [1, 5]
        assert await seqs(RecordFilter(since=1_000_001.0, until=1_000_004.0)) == [2, 3, 4]
        assert await seqs(RecordFilter(session="a", limit=2)) == [1, 3]
        assert await store.count(RecordFilter(session="a")) == 4
        assert await store.count() == 5


async def test_concurrent_appends_share_commits(store_target: str | Path) -> None:
    async with open_store(store_target) as store:
        await asyncio.gather(*(store.append(_body(f"s{i}", i)) for i in range(64)))
        commits = store.commits
        report = await store.verify()

    assert report.is_ok and report.records == 64
    assert commits < 8


@pytest.mark.parametrize(
    ("statements", "broken_seq"),
    [
        # an edited body
        (["UPDATE records SET body = replace(body, '\"allow\"', '\"deny\"') WHERE seq = 4"], 4),
        # an edited indexed column
        (["UPDATE records SET verdict = 'deny' WHERE seq = 6"], 6),
        # a deleted record
        (["DELETE FROM records WHERE seq = 5"], 5),
        # two records swapped
        (
            [
                "UPDATE records SET seq = -1 WHERE seq = 3",
                "UPDATE records SET seq = 3 WHERE seq = 4",
                "UPDATE records SET seq = 4 WHERE seq = -1",
            ],
            3,
        ),
        # records deleted from the end
        (["DELETE FROM records WHERE seq > 8"], 9),
    ],
    ids=["edit", "edit-column", "delete", "reorder", "truncate-end"],
)
async def test_every_kind_of_tampering_is_found_at_its_record(
    store_target: str | Path, statements: list[str], broken_seq: int
) -> None:
    await _fill(store_target)
    await _raw(store_target, *statements)

    async with open_store(store_target, create=False) as store:
        report = await store.verify()

    assert not report.is_ok and report.problem is not None
    assert report.problem.seq == broken_seq
    assert report.records == broken_seq - 1


async def test_a_record_inserted_into_the_log_is_found(store_target: str | Path) -> None:
    await _fill(store_target)
    (prev,) = (await _raw(store_target, "SELECT hash FROM records WHERE seq = 5", disable_guards=False))[0]
    forged = '{"session":"s","ts":1000005.5,"type":"message"}'
    await _raw(
        store_target,
        "UPDATE records SET seq = seq + 1000 WHERE seq > 5",
        "UPDATE records SET seq = seq - 999 WHERE seq > 1000",
        "INSERT INTO records (seq, ts, session, type, body, prev_hash, hash) "
        f"VALUES (6, 1000005.5, 's', 'message', '{forged}', '{prev}', '{link_hash(prev, 6, forged)}')",
    )

    async with open_store(store_target, create=False) as store:
        report = await store.verify()

    assert report.problem is not None and report.problem.seq == 7
    assert report.records == 6


async def test_the_log_refuses_updates_and_deletes(store_target: str | Path) -> None:
    await _fill(store_target, 3)
    for statement in ("UPDATE records SET verdict = 'deny' WHERE seq = 2", "DELETE FROM records WHERE seq = 2"):
        with pytest.raises(Exception, match="append-only"):
            await _raw(store_target, statement, disable_guards=False)

    async with open_store(store_target, create=False) as store:
        assert (await store.verify()).is_ok


async def test_checkpoints_round_trip_and_survive_reopening(store_target: str | Path) -> None:
    slots: dict[str, dict[str, Any]] = {
        "tokens": {"session_tokens": 12},
        "provenance": {"calls": {"c1": "read_inbox"}, "user": {"x": 1}},
    }
    async with open_store(store_target) as store:
        assert await store.load_session("s") is None
        await store.save_session("s", slots)
        assert await store.load_session("s") == slots
        key = await store.hash_key()
    async with open_store(store_target, create=False) as store:
        assert await store.load_session("s") == slots
        assert await store.load_session("other") is None
        assert await store.hash_key() == key and len(key) == 32


async def test_principal_checkpoints_round_trip_apart_from_sessions_of_the_same_name(
    store_target: str | Path,
) -> None:
    principal: dict[str, dict[str, Any]] = {"quarantine": {"calls": [[1.0, "ReadOnly", 3]]}}
    async with open_store(store_target) as store:
        assert await store.load_principal("agent") is None
        await store.save_session("agent", {"tokens": {"n": 1}})
        await store.save_principal("agent", principal)
        await store.append_many([_body("s", 0)], principal=("agent", {"quarantine": {"calls": []}}))
    async with open_store(store_target, create=False) as store:
        assert await store.load_principal("agent") == {"quarantine": {"calls": []}}
        assert await store.load_session("agent") == {"tokens": {"n": 1}}


async def test_quarantines_are_recorded_released_and_logged(store_target: str | Path) -> None:
    async with open_store(store_target) as store:
        await store.add_quarantine("principal", "agent", "5 refused calls within 86400 s", 1_000.5)
        await store.add_quarantine("session", "s1", "5 refused calls within 3600 s", 1_001.0)
        assert not await store.quarantine_released("principal", "agent", 1_000.5)
    async with open_store(store_target, create=False) as store:
        active = await store.quarantines()
        assert [(q["kind"], q["subject"], q["since"], q["released_at"]) for q in active] == [
            ("principal", "agent", 1_000.5, None),
            ("session", "s1", 1_001.0, None),
        ]
        assert await store.release_quarantine("principal", "agent", "ops") == 1
        assert await store.release_quarantine("principal", "agent", "ops") == 0
        assert await store.quarantine_released("principal", "agent", 1_000.5)
        assert not await store.quarantine_released("session", "s1", 1_001.0)
        assert [q["subject"] for q in await store.quarantines()] == ["s1"]
        (released,) = [q for q in await store.quarantines(include_released=True) if q["subject"] == "agent"]
        assert released["released_by"] == "ops"
        logged = [
            (r.type, r.body["subject"])
            async for r in store.records(RecordFilter(types=("quarantine", "quarantine_release")))
        ]
        assert logged == [("quarantine", "agent"), ("quarantine", "s1"), ("quarantine_release", "agent")]
        assert (await store.verify()).is_ok


async def test_a_checkpoint_that_is_not_json_is_reported_as_corrupt(store_target: str | Path) -> None:
    async with open_store(store_target) as store:
        await store.save_session("s", {"tokens": {"n": 1}})
    await _raw(store_target, "UPDATE checkpoints SET slots = '{not json' WHERE session = 's'", disable_guards=False)

    async with open_store(store_target, create=False) as store:
        with pytest.raises(StoreCorruptError):
            await store.load_session("s")


async def test_a_reader_does_not_create_a_missing_store(store_target: str | Path) -> None:
    with pytest.raises(StoreError):
        async with open_store(store_target, create=False) as store:
            await store.count()


async def test_a_store_written_by_a_newer_bastion_is_refused(store_target: str | Path) -> None:
    await _fill(store_target, 1)
    await _raw(
        store_target,
        "INSERT INTO bastion_migrations (name, applied_at) VALUES ('z999_from_the_future', 0)",
        disable_guards=False,
    )

    with pytest.raises(StoreVersionError):
        async with open_store(store_target) as store:
            await store.count()


def _comparable(decision: Decision | None) -> dict[str, Any] | None:
    # Cedar reports the determining policies in no fixed order; latency differs run to run.
    if decision is None:
        return None
    update = {"latency_us": 0.0, "policy_ids": sorted(decision.policy_ids), "reasons": sorted(decision.reasons)}
    return decision.model_copy(update=update).to_record()


async def test_sessions_let_go_of_memory_come_back_with_the_decisions_they_would_have_had(
    store_target: str | Path, plain_policies: Path, tools_file: Path
) -> None:
    events = read_trace(TRACE)
    # The two sessions interleaved, so that every event finds its session evicted by the other.
    interleaved = [e for pair in zip(events[:6], events[6:12], strict=False) for e in pair] + events[12:]
    base = Config(policies=plain_policies, tools=tools_file, allowed_roots=("/home/user",))
    async with Firewall.from_config(base) as firewall:
        expected = [_comparable(await firewall.process(e)) for e in interleaved]

    bounded = base.model_copy(update={"audit": store_target, "sessions_in_memory": 1})
    async with Firewall.from_config(bounded) as firewall:
        got = []
        for event in interleaved:
            got.append(_comparable(await firewall.process(event)))
            assert len(firewall._sessions) <= 1
        evictions = firewall.evictions

    switches = sum(1 for a, b in itertools.pairwise(interleaved) if a.session != b.session)
    assert got == expected
    assert evictions == switches > 5


async def test_sessions_idle_past_the_limit_are_let_go(
    store_target: str | Path, plain_policies: Path, tools_file: Path
) -> None:
    config = Config(policies=plain_policies, tools=tools_file, audit=store_target, session_idle_seconds=0.001)
    events = read_trace(TRACE)
    async with Firewall.from_config(config) as firewall:
        for event in events:
            await firewall.process(event)
        started = time.monotonic()
        while time.monotonic() - started < 0.002:
            await asyncio.sleep(0)
        firewall._evict()
        held = len(firewall._sessions)

    assert held == 0


class _SetStage:
    """A stage whose slot of the session (or of the principal) holds a set, which no checkpoint can hold."""

    name = "sets"

    def __init__(self, where: str = "session") -> None:
        self.where = where

    async def process(self, event: Any, ctx: Any) -> None:
        slot = ctx.state if self.where == "session" else ctx.principal_state
        slot["seen"] = {event.session}


@pytest.mark.parametrize("where", ["session", "principal"])
@pytest.mark.parametrize("fail_open", [False, True])
async def test_state_that_cannot_be_checkpointed_is_recorded_with_the_decision_returned(
    store_target: str | Path, plain_policies: Path, tools_file: Path, where: str, fail_open: bool
) -> None:
    config = Config(
        policies=plain_policies,
        tools=tools_file,
        allowed_roots=("/home/user",),
        audit=store_target,
        fail_open=fail_open,
    )
    calls = [ToolCall(session="s", id=f"c{n}", tool="read_file", arguments={"path": "/home/user/a"}) for n in (1, 2)]
    async with Firewall.from_config(config, extra_stages=[_SetStage(where)]) as firewall:
        decisions = [await firewall.decide(call) for call in calls]
    subject = "session 's'" if where == "session" else "principal 'agent'"
    for decision in decisions:
        assert any(subject in e and "'sets'" in e and "checkpointed" in e for e in decision.errors)
        if fail_open:
            assert decision.verdict.value == "allow" and decision.is_fail_open
        else:
            assert decision.verdict.value == "deny"
            assert decision.reasons[0].startswith("internal error, failing closed: session state could not be saved")
    async with open_store(store_target, create=False) as store:
        recorded = [r async for r in store.records(RecordFilter(types=("tool_call",)))]
        report = await store.verify()
        saved = await (store.load_session("s") if where == "session" else store.load_principal("agent"))
    # One record per call, saying what the caller was told: the verdict, its reasons, the failure.
    assert len(recorded) == 2 and report.is_ok
    for record, decision in zip(recorded, decisions, strict=True):
        assert record.verdict == decision.verdict.value
        returned = decision.to_record()
        for key in ("verdict", "reasons", "errors", "policy_ids", "is_fail_open"):
            assert record.body["decision"][key] == returned[key], key
    assert saved is None or "sets" not in saved
