"""The PostgreSQL store across replicas: leases, checkpoint versions, one chain, failing closed."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bastion.config import Config
from bastion.errors import StoreError
from bastion.events import Decision, ToolCall, Verdict
from bastion.firewall import Firewall
from bastion.store import PostgresStore, RecordFilter
from bastion.store.migrations import POSTGRES_MIGRATIONS
from bastion.trace import read_trace

ROOT = Path(__file__).resolve().parents[2]
TRACE = ROOT / "tests" / "data" / "audit_trace.jsonl"


def _comparable(decision: Decision | None) -> dict[str, Any] | None:
    if decision is None:
        return None
    update = {"latency_us": 0.0, "policy_ids": sorted(decision.policy_ids), "reasons": sorted(decision.reasons)}
    return decision.model_copy(update=update).to_record()


async def test_a_session_passed_between_replicas_gets_the_decisions_of_one_process(
    postgres_url: str, plain_policies: Path, tools_file: Path
) -> None:
    events = read_trace(TRACE)
    base = Config(policies=plain_policies, tools=tools_file, allowed_roots=("/home/user",))
    async with Firewall.from_config(base) as alone:
        expected = [_comparable(await alone.process(e)) for e in events]

    shared = base.model_copy(update={"audit": postgres_url})
    async with Firewall.from_config(shared) as first, Firewall.from_config(shared) as second:
        replicas = (first, second)
        # Each replica keeps its stale copy of the session in memory: only the checkpoint version
        # tells it that the other replica has moved the session on.
        got = [_comparable(await replicas[n % 2].process(e)) for n, e in enumerate(events)]
        assert first.session_slots("rent") is not None and second.session_slots("rent") is not None

    assert got == expected
    async with PostgresStore(postgres_url, create=False) as store:
        report = await store.verify()
        calls = await store.count(RecordFilter(types=("tool_call",)))
        policy_sets = await store.count(RecordFilter(types=("policy_set",)))
    assert report.is_ok
    assert calls == sum(1 for e in events if isinstance(e, ToolCall))
    assert policy_sets == 2  # each replica records the policy set it decides under


async def test_a_checkpoint_version_grows_with_every_event(postgres_url: str) -> None:
    async with PostgresStore(postgres_url) as store:
        async with store.lease("s", -1) as lease:
            assert (lease.version, lease.slots) == (0, None)
            await store.save_session("s", {"a": {"n": 1}})
            assert lease.version == 1
        async with store.lease("s", 1) as lease:
            # The caller's copy is current: the state is not sent again.
            assert (lease.version, lease.slots) == (1, None)
            await store.save_session("s", {"a": {"n": 2}})
            await store.save_session("s", {"a": {"n": 2}})
            assert lease.version == 2
        async with store.lease("s", 1) as lease:
            assert (lease.version, lease.slots) == (2, {"a": {"n": 2}})


async def test_a_replica_that_lost_its_lease_cannot_overwrite_a_newer_state(postgres_url: str) -> None:
    async with PostgresStore(postgres_url) as first, PostgresStore(postgres_url) as second:
        await first.save_session("s", {"a": {"n": 1}})
        async with first.lease("s", -1) as lease:
            assert lease.version == 1
            # Another process writes the session meanwhile (as after an expired lock): its state is newer.
            await second._conn.execute(  # type: ignore[union-attr]
                "UPDATE checkpoints SET version = version + 1, slots = '{\"a\":{\"n\":9}}' WHERE session = 's'"
            )
            with pytest.raises(StoreError, match="written by another process"):
                await first.save_session("s", {"a": {"n": 2}})
        assert await second.load_session("s") == {"a": {"n": 9}}


async def test_a_session_held_by_another_replica_waits_for_it(postgres_url: str) -> None:
    async with PostgresStore(postgres_url) as first, PostgresStore(postgres_url) as second:
        held = asyncio.Event()
        release = asyncio.Event()

        async def hold() -> None:
            async with first.lease("s", -1):
                held.set()
                await release.wait()
                await first.save_session("s", {"a": {"n": 1}})

        holder = asyncio.create_task(hold())
        await asyncio.wait_for(held.wait(), 10)

        async def take() -> int | None:
            async with second.lease("s", -1) as lease:
                return lease.version

        taker = asyncio.create_task(take())
        done, _ = await asyncio.wait({taker}, timeout=0.5)
        assert not done
        release.set()
        await asyncio.wait_for(holder, 10)
        # The waiting replica sees the state the holder committed.
        assert await asyncio.wait_for(taker, 10) == 1


async def test_a_session_held_too_long_elsewhere_is_denied_not_decided_on_a_stale_state(
    postgres_url: str, plain_policies: Path, tools_file: Path
) -> None:
    config = Config(policies=plain_policies, tools=tools_file, allowed_roots=("/home/user",), audit=postgres_url)
    call = ToolCall(session="s", id="c1", tool="read_file", arguments={"path": "/home/user/a.txt"})
    firewall = Firewall.from_config(config)
    store = firewall.checkpoints
    assert isinstance(store, PostgresStore)
    store.lock_timeout = 0.2
    async with PostgresStore(postgres_url) as other, firewall:
        async with other.lease("s", -1):
            decision = await firewall.decide(call)
        after = await firewall.decide(call.model_copy(update={"call_id": "c2"}))

    assert decision.verdict is Verdict.DENY
    assert any("could not be restored" in reason for reason in decision.reasons)
    assert after.verdict is Verdict.ALLOW


async def test_an_unreachable_server_denies_every_call(plain_policies: Path, tools_file: Path) -> None:
    config = Config(
        policies=plain_policies, tools=tools_file, audit="postgresql://bastion@127.0.0.1:1/none?connect_timeout=2"
    )
    firewall = Firewall.from_config(config)
    with pytest.raises(StoreError, match="cannot connect"):
        await firewall.open()
    decision = await firewall.decide(ToolCall(session="s", id="c1", tool="read_file", arguments={"path": "/a"}))
    await firewall.aclose()

    assert decision.verdict is Verdict.DENY and decision.errors


async def test_replicas_opening_a_new_database_together_migrate_it_once(postgres_url: str) -> None:
    stores = [PostgresStore(postgres_url) for _ in range(4)]
    await asyncio.gather(*(s.open() for s in stores))
    try:
        names = await stores[0]._fetch("SELECT name FROM bastion_migrations ORDER BY seq")
    finally:
        await asyncio.gather(*(s.aclose() for s in stores))

    assert [row[0] for row in names] == [m.name for m in POSTGRES_MIGRATIONS]


def test_the_url_names_no_password() -> None:
    store = PostgresStore("postgresql://user:secret@db.internal:5432/audit")

    assert "secret" not in store.location and "secret" not in repr(store)
    assert store.location == "postgresql://user:***@db.internal:5432/audit"


async def test_concurrent_sessions_are_leased_and_released_together(postgres_url: str) -> None:
    async with PostgresStore(postgres_url) as store:
        await store.open()

        async def event(n: int) -> int:
            async with store.lease(f"s{n}", -1) as lease:
                await store.save_session(f"s{n}", {"a": {"n": n}})
                return lease.version

        versions = await asyncio.gather(*(event(n) for n in range(32)))
        await store.flush()
        rounds = store.lock_rounds
        again = await asyncio.gather(*(event(n) for n in range(32)))

    assert versions == [1] * 32 and again == [2] * 32
    assert rounds < 16


async def test_a_replica_whose_lock_connection_dropped_takes_leases_again(postgres_url: str) -> None:
    async with PostgresStore(postgres_url) as first, PostgresStore(postgres_url) as second:
        async with first.lease("s", -1):
            await first.save_session("s", {"a": {"n": 1}})
        assert first._locker is not None
        pid = first._locker.get_server_pid()
        await second._fetch("SELECT pg_terminate_backend($1)", pid)
        # The first lease after the drop may fail (the connection is found gone); the next one works.
        try:
            async with first.lease("s", 1):
                pass
        except StoreError:
            pass
        async with first.lease("s", 1) as lease:
            assert lease.version == 1
            await first.save_session("s", {"a": {"n": 2}})
        async with second.lease("s", -1) as lease:
            assert (lease.version, lease.slots) == (2, {"a": {"n": 2}})


async def test_a_principals_state_passes_between_replicas_with_its_version(postgres_url: str) -> None:
    async with PostgresStore(postgres_url) as first, PostgresStore(postgres_url) as second:
        async with first.lease_principal("agent", -1) as lease:
            assert (lease.version, lease.slots) == (0, None)
            await first.save_principal("agent", {"quarantine": {"n": 1}})
            await first.save_principal("agent", {"quarantine": {"n": 1}})
            assert lease.version == 1
        async with second.lease_principal("agent", -1) as lease:
            assert (lease.version, lease.slots) == (1, {"quarantine": {"n": 1}})
            await second.append_many([], principal=("agent", {"quarantine": {"n": 2}}))
            assert lease.version == 2
            # A session of the same name is another lock: the first replica takes it at once.
            async with first.lease("agent", -1) as session:
                assert session.version == 0
        async with first.lease_principal("agent", 1) as lease:
            assert (lease.version, lease.slots) == (2, {"quarantine": {"n": 2}})
            await second._conn.execute(  # type: ignore[union-attr]
                "UPDATE principal_checkpoints SET version = version + 1 WHERE principal = 'agent'"
            )
            with pytest.raises(StoreError, match="principal 'agent' was written by another process"):
                await first.save_principal("agent", {"quarantine": {"n": 3}})


async def test_a_principal_held_past_the_lock_timeout_elsewhere_is_an_error_naming_the_setting(
    postgres_url: str,
) -> None:
    async with PostgresStore(postgres_url) as first, PostgresStore(postgres_url, lock_timeout=0.2) as second:
        async with first.lease_principal("agent", -1):
            with pytest.raises(StoreError, match="audit_lock_timeout"):
                async with second.lease_principal("agent", -1):
                    pass
        async with second.lease_principal("agent", -1) as lease:
            assert lease.version == 0


async def test_replicas_taking_a_principals_events_concurrently_lose_none_of_them(
    postgres_url: str, plain_policies: Path, tools_file: Path
) -> None:
    config = Config(policies=plain_policies, tools=tools_file, allowed_roots=("/home/user",), audit=postgres_url)
    sessions = 8
    calls = 6
    async with Firewall.from_config(config) as first, Firewall.from_config(config) as second:
        replicas = (first, second)

        async def run(s: int) -> list[Decision]:
            return [
                await replicas[(s + n) % 2].decide(
                    ToolCall(session=f"s{s}", id=f"c{n}", tool="read_file", arguments={"path": "/home/user/a"})
                )
                for n in range(calls)
            ]

        decisions = [d for run_ in await asyncio.gather(*(run(s) for s in range(sessions))) for d in run_]
    # Each call saw every call of the principal before it, whichever replica decided it: the counts
    # are 1, 2, ..., n with none repeated or skipped.
    counts = sorted(d.signals["principal_calls_per_minute"] for d in decisions)
    assert counts == list(range(1, sessions * calls + 1))
