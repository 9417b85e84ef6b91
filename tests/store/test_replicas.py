"""Four replica processes on one PostgreSQL store, every session's events dealt across them one by one.

The sessions all act for one principal, whose state (rates across its sessions, refusals, quarantine)
the replicas share through the store as they share each session's.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bastion.config import ConductConfig, Config
from bastion.events import Decision, Message, ToolCall, ToolResult
from bastion.firewall import Firewall
from bastion.store import PostgresStore, RecordFilter
from bastion.trace import read_trace

from .replica import fix_clock

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TRACE = ROOT / "tests" / "data" / "audit_trace.jsonl"
TOOLS = ROOT / "examples" / "tools.json"
REPLICAS = 4
# The conduct stages' clock stands still in these runs: rates and windows then depend only on the
# order of the events, not on how long a loaded machine took over them.
CLOCK = 1_800_000_000.0
# The principal is quarantined part-way through the runs that set this.
PRINCIPAL_LIMITS = {"principal_quarantine_refusals": 14}

AnyEvent = Message | ToolCall | ToolResult


class ReplicaDied(Exception):
    """The replica's process ended before it answered."""


class Replica:
    """One replica process and the requests it has not answered yet."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.waiting: dict[int, asyncio.Future[dict[str, Any] | None]] = {}
        self.is_dead = False
        self._reader = asyncio.get_running_loop().create_task(self._read())

    @classmethod
    async def start(cls, url: str, policies: Path, settings: dict[str, Any] | None = None) -> Replica:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            str(HERE / "replica.py"),
            url,
            str(policies),
            str(TOOLS),
            json.dumps(settings or {"clock": CLOCK}),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        assert process.stdout is not None
        ready = await asyncio.wait_for(process.stdout.readline(), 60)
        assert ready.strip() == b"ready"
        return cls(process)

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while line := await self.process.stdout.readline():
            answer = json.loads(line)
            self.waiting.pop(answer["id"]).set_result(answer["decision"])
        self.is_dead = True
        for future in self.waiting.values():
            future.set_exception(ReplicaDied())
        self.waiting.clear()

    async def send(self, request_id: int, event: AnyEvent) -> dict[str, Any] | None:
        if self.is_dead:
            raise ReplicaDied()
        assert self.process.stdin is not None
        future: asyncio.Future[dict[str, Any] | None] = asyncio.get_running_loop().create_future()
        self.waiting[request_id] = future
        line = {"id": request_id, "event": event.model_dump(mode="json", by_alias=True, exclude_none=True)}
        try:
            self.process.stdin.write((json.dumps(line) + "\n").encode())
            await self.process.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            self.waiting.pop(request_id, None)
            raise ReplicaDied() from None
        return await future

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)

    async def stop(self) -> None:
        if self.process.returncode is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        await self._reader


def _sessions(copies: int) -> dict[str, list[AnyEvent]]:
    """The test trace's sessions, each copied under new session ids, with more calls that lean on their state."""
    trace = read_trace(TRACE)
    sessions: dict[str, list[AnyEvent]] = {}
    for copy in range(copies):
        for event in trace:
            session = f"{event.session}-{copy}"
            sessions.setdefault(session, []).append(event.model_copy(update={"session": session}))
        for session in (f"rent-{copy}", f"notes-{copy}"):
            for n in range(copy % 3 + 2):
                iban = "GB33BUKB20201555555555" if n % 2 else "DE89370400440532013000"
                sessions[session].append(
                    ToolCall(
                        session=session,
                        id=f"x{n}",
                        tool="send_money",
                        arguments={"iban": iban, "amount": 100 * n, "note": "again"},
                    )
                )
    return sessions


def _comparable(decision: dict[str, Any] | None, *, has_principal: bool = False) -> dict[str, Any] | None:
    """A decision without what may differ between two runs that are meant to agree.

    Args:
        decision: The decision's record.
        has_principal: Keep the principal's signals (the runs fed the principal's events in one order).
    """
    if decision is None:
        return None
    signals = decision["signals"]
    if not has_principal:
        # With sessions run concurrently the principal's state depends on how their events interleave.
        signals = {k: v for k, v in signals.items() if not k.startswith("principal_")}
    return {
        **decision,
        "latency_us": 0.0,
        "policy_ids": sorted(decision["policy_ids"]),
        "reasons": sorted(decision["reasons"]),
        "signals": signals,
    }


def _interleaved(sessions: dict[str, list[AnyEvent]]) -> list[AnyEvent]:
    """The sessions' events in one order: each session's in turn, the sessions taking turns."""
    order: list[AnyEvent] = []
    for n in range(max(len(events) for events in sessions.values())):
        order += [events[n] for events in sessions.values() if n < len(events)]
    return order


async def _alone(sessions: dict[str, list[AnyEvent]], policies: Path) -> dict[tuple[str, int], Any]:
    config = Config(policies=policies, tools=TOOLS, allowed_roots=("/home/user",))
    decisions: dict[tuple[str, int], Any] = {}
    async with Firewall.from_config(config) as firewall:
        fix_clock(firewall, CLOCK)
        for session, events in sessions.items():
            for n, event in enumerate(events):
                decision: Decision | None = await firewall.process(event)
                decisions[(session, n)] = _comparable(None if decision is None else decision.to_record())
    return decisions


def _ids() -> Iterator[int]:
    n = 0
    while True:
        n += 1
        yield n


async def _deal(
    replicas: list[Replica], sessions: dict[str, list[AnyEvent]], on_answer: Any = None
) -> dict[tuple[str, int], Any]:
    """Send every session's events, in order, each to the next replica; a dead replica's events go to the next."""
    answers: dict[tuple[str, int], Any] = {}
    ids = _ids()

    async def run(offset: int, session: str, events: list[AnyEvent]) -> None:
        for n, event in enumerate(events):
            target = (n + offset) % len(replicas)
            for _ in range(len(replicas)):
                try:
                    answer = await replicas[target].send(next(ids), event)
                except ReplicaDied:
                    target = (target + 1) % len(replicas)
                    continue
                break
            else:
                raise AssertionError(f"no replica left to take event {n} of session {session}")
            answers[(session, n)] = _comparable(answer)
            if on_answer is not None:
                on_answer(len(answers))

    await asyncio.wait_for(asyncio.gather(*(run(k, s, events) for k, (s, events) in enumerate(sessions.items()))), 240)
    return answers


async def _command(*args: str) -> tuple[int, str]:
    """Run `bastion ARGS...` (this tree's) in a process of its own: its exit code and output."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "import sys; from bastion.cli.main import main; sys.exit(main())",
        *args,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    out, _ = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode()


async def _verify_with_the_command_line(url: str) -> dict[str, Any]:
    code, out = await _command("audit", "verify", url, "--json")
    assert code == 0, out
    report: dict[str, Any] = json.loads(out)
    return report


def _principal_calls(slots: dict[str, dict[str, Any]] | None) -> int:
    """How many calls the principal's stored conduct state counts."""
    calls = (slots or {}).get("quarantine", {}).get("calls", [])
    return sum(int(entry[2]) if len(entry) > 2 else 1 for entry in calls)


@pytest.mark.slow
async def test_four_replicas_give_the_decisions_of_one_process_and_one_verifiable_chain(
    postgres_url: str, plain_policies: Path
) -> None:
    sessions = _sessions(6)
    expected = await _alone(sessions, plain_policies)
    replicas = list(await asyncio.gather(*(Replica.start(postgres_url, plain_policies) for _ in range(REPLICAS))))
    try:
        got = await _deal(replicas, sessions)
    finally:
        await asyncio.gather(*(r.stop() for r in replicas))

    assert got == expected
    report = await _verify_with_the_command_line(postgres_url)
    assert report["ok"] is True
    async with PostgresStore(postgres_url, create=False) as store:
        calls = [r async for r in store.records(RecordFilter(types=("tool_call",)))]
        principal = await store.load_principal("agent")
    total_calls = sum(1 for events in sessions.values() for e in events if isinstance(e, ToolCall))
    assert len(calls) == total_calls
    # Every call of every replica reached the principal's one shared state: none was lost to a
    # replica writing over another's.
    assert _principal_calls(principal) == total_calls
    # Every session's calls were recorded by more than one replica, interleaved in the one chain.
    assert report["records"] == sum(len(events) for events in sessions.values()) + REPLICAS


@pytest.mark.slow
async def test_replicas_killed_at_random_points_lose_no_acknowledged_decision(
    postgres_url: str, plain_policies: Path
) -> None:
    sessions = _sessions(8)
    total = sum(len(events) for events in sessions.values())
    rng = random.Random(20261202)
    kill_at = sorted(rng.sample(range(5, total - 20), 2))
    replicas = list(await asyncio.gather(*(Replica.start(postgres_url, plain_policies) for _ in range(REPLICAS))))
    killed: list[int] = []

    def maybe_kill(answered: int) -> None:
        if kill_at and answered >= kill_at[0]:
            kill_at.pop(0)
            victim = rng.choice([n for n, r in enumerate(replicas) if not r.is_dead and n not in killed])
            killed.append(victim)
            replicas[victim].kill()

    try:
        answers = await _deal(replicas, sessions, maybe_kill)
    finally:
        await asyncio.gather(*(r.stop() for r in replicas))

    assert len(killed) == 2
    assert all(replicas[n].process.returncode == -signal.SIGKILL for n in killed)
    # The others went on: every event of every session was answered.
    assert len(answers) == total
    async with PostgresStore(postgres_url, create=False) as store:
        recorded = {(r.session, r.call_id, r.verdict) async for r in store.records(RecordFilter(types=("tool_call",)))}
    acknowledged = {
        (decision["session"], decision["id"], decision["verdict"]) for decision in answers.values() if decision
    }
    assert acknowledged - recorded == set()
    report = await _verify_with_the_command_line(postgres_url)
    assert report["ok"] is True


async def _alone_in_order(order: list[AnyEvent], policies: Path, audit: Path) -> list[Any]:
    config = Config(
        policies=policies,
        tools=TOOLS,
        allowed_roots=("/home/user",),
        audit=audit,
        conduct=ConductConfig.model_validate(PRINCIPAL_LIMITS),
    )
    decisions: list[Any] = []
    async with Firewall.from_config(config) as firewall:
        fix_clock(firewall, CLOCK)
        for event in order:
            decision = await firewall.process(event)
            decisions.append(_comparable(None if decision is None else decision.to_record(), has_principal=True))
    return decisions


def _principal_quarantined(decision: dict[str, Any] | None) -> bool:
    return decision is not None and "principal 'agent' quarantined" in str(decision["signals"].get("quarantine_reason"))


@pytest.mark.slow
async def test_replicas_share_the_principals_state_and_quarantine_as_one_process_would(
    postgres_url: str, plain_policies: Path, tmp_path: Path
) -> None:
    sessions = _sessions(4)
    order = _interleaved(sessions)
    expected = await _alone_in_order(order, plain_policies, tmp_path / "alone.db")
    # The principal's quarantine falls part-way: decisions before and after it are compared.
    assert 0 < sum(_principal_quarantined(d) for d in expected) < sum(d is not None for d in expected) - 10
    settings = {"clock": CLOCK, "conduct": PRINCIPAL_LIMITS}
    replicas = list(
        await asyncio.gather(*(Replica.start(postgres_url, plain_policies, settings) for _ in range(REPLICAS)))
    )
    try:
        got = []
        for n, event in enumerate(order):
            answer = await asyncio.wait_for(replicas[n % REPLICAS].send(n, event), 60)
            got.append(_comparable(answer, has_principal=True))
        assert got == expected

        code, out = await _command("quarantine", "list", "--audit", postgres_url, "--json")
        listed = [json.loads(line) for line in out.splitlines()]
        assert code == 1
        assert {(q["kind"], q["subject"]) for q in listed} >= {("principal", "agent")}
        code, out = await _command("quarantine", "release", "agent", "--principal", "--audit", postgres_url)
        assert code == 0, out
        # Every replica sees the release: a fresh session's write goes through on each.
        for n, replica in enumerate(replicas):
            call = ToolCall(
                session=f"after-{n}",
                id="w",
                tool="write_file",
                arguments={"path": "/home/user/notes/after.txt", "content": "x"},
            )
            decision = await asyncio.wait_for(replica.send(len(order) + n, call), 60)
            assert decision is not None and decision["verdict"] == "allow", decision
            assert decision["signals"]["quarantined"] is False
    finally:
        await asyncio.gather(*(r.stop() for r in replicas))
    code, out = await _command("quarantine", "list", "--audit", postgres_url, "--json")
    assert ("principal", "agent") not in {(q["kind"], q["subject"]) for q in map(json.loads, out.splitlines())}
    report = await _verify_with_the_command_line(postgres_url)
    assert report["ok"] is True
    async with PostgresStore(postgres_url, create=False) as store:
        types = [r.type async for r in store.records(RecordFilter(types=("quarantine", "quarantine_release")))]
    assert "quarantine" in types and "quarantine_release" in types
