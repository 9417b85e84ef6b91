"""Four replica processes on one PostgreSQL store, every session's events dealt across them one by one."""

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

from bastion.config import Config
from bastion.events import Decision, Message, ToolCall, ToolResult
from bastion.firewall import Firewall
from bastion.store import PostgresStore, RecordFilter
from bastion.trace import read_trace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TRACE = ROOT / "tests" / "data" / "audit_trace.jsonl"
TOOLS = ROOT / "examples" / "tools.json"
REPLICAS = 4

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
    async def start(cls, url: str, policies: Path) -> Replica:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            str(HERE / "replica.py"),
            url,
            str(policies),
            str(TOOLS),
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


def _comparable(decision: dict[str, Any] | None) -> dict[str, Any] | None:
    if decision is None:
        return None
    return {
        **decision,
        "latency_us": 0.0,
        "policy_ids": sorted(decision["policy_ids"]),
        "reasons": sorted(decision["reasons"]),
        # Principal-level state (rates across a principal's sessions) is kept by each replica on its own with
        # PostgreSQL (docs/audit.md); what must match across replicas is every session's own decision.
        "signals": {k: v for k, v in decision["signals"].items() if not k.startswith("principal_")},
    }


async def _alone(sessions: dict[str, list[AnyEvent]], policies: Path) -> dict[tuple[str, int], Any]:
    config = Config(policies=policies, tools=TOOLS, allowed_roots=("/home/user",))
    decisions: dict[tuple[str, int], Any] = {}
    async with Firewall.from_config(config) as firewall:
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


async def _verify_with_the_command_line(url: str) -> dict[str, Any]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "import sys; from bastion.cli.main import main; sys.exit(main())",
        "audit",
        "verify",
        url,
        "--json",
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    out, _ = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, out
    report: dict[str, Any] = json.loads(out)
    return report


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
    assert len(calls) == sum(1 for events in sessions.values() for e in events if isinstance(e, ToolCall))
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
