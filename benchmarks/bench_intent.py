"""Intent cost per call (model warm) and the size of the intent and conduct checkpoints.

    nice -n 10 python benchmarks/bench_intent.py [--turns N]

A synthetic conversation of N user turns, each followed by a tool call, every text new to the embedder:

    call repeating the user's words    a search for what the user just asked: the message was embedded
                                       when it arrived, the call needs no embedding
    call with one new text             a call whose arguments say something new: one embedding
    texts already embedded             the per-call math alone (trajectory, principal, drift)

Then the JSON size of the session's intent slot, the principal's intent slot, and the conduct slots,
as the SQLite store writes them; and a replay (every event of 40 sessions, in order) whose texts were
all embedded before, per tool call, with the full default pack and without intent.cedar, in
alternating runs (the CPU time of the deciding thread, which a loaded machine does not inflate as it
does wall time).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from bastion.config import Config  # noqa: E402
from bastion.events import Message, ToolCall, ToolResult  # noqa: E402
from bastion.firewall import Firewall, StageContext  # noqa: E402
from bastion.intent.stage import IntentStage  # noqa: E402

THINK = 0.3
TOPICS = ["a kettle", "a desk lamp", "hiking boots", "a yoga mat", "an office chair", "headphones", "a backpack"]


def turn(i: int) -> str:
    """A new user message."""
    return f"For order {7000 + i}, can you find reviews of {TOPICS[i % len(TOPICS)]} under {20 + i} euros?"


async def measure(stage: IntentStage, turns: int, *, repeat: bool, think: float, tag: str) -> list[float]:
    """Milliseconds per tool call over a conversation."""
    state: dict[str, Any] = {}
    principal: dict[str, Any] = {}
    times = []
    for i in range(turns):
        text = turn(i) + tag
        await stage.process(
            Message(session=tag, role="user", content=text),
            StageContext(tag, state, {}, "tools", principal_id="p", principal_state=principal),
        )
        if think:
            await asyncio.sleep(think)
        query = text[:60] if repeat else f"reviews {TOPICS[i % len(TOPICS)]} cheap {i}{tag}"
        call = ToolCall(session=tag, id=f"c{i}", tool="web_search", arguments={"query": query})
        started = time.perf_counter()
        await stage.process(call, StageContext(tag, state, {}, "tools", principal_id="p", principal_state=principal))
        times.append((time.perf_counter() - started) * 1000)
    return times


def _report(name: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    print(f"| {name} | {statistics.median(values):.2f} ms | {p95:.2f} ms |")


async def sizes(turns: int, tmp: Path) -> None:
    """Checkpoint sizes after a conversation through the whole firewall with an audit store."""
    config = Config(policies=REPO / "policies", tools=REPO / "examples" / "assistant_tools.json", audit=tmp)
    async with Firewall.from_config(config) as firewall:
        for i in range(turns):
            await firewall.process(Message(session="size", role="user", content=turn(i)))
            await firewall.decide(ToolCall(session="size", id=f"c{i}", tool="web_search", arguments={"query": turn(i)}))
        session = firewall.session_slots("size") or {}
        principal = firewall.principal.slots
    for name, slots in (("session", session), ("principal", principal)):
        whole = len(json.dumps(slots, separators=(",", ":")))
        parts = ", ".join(f"{k} {len(json.dumps(v, separators=(',', ':')))} B" for k, v in slots.items() if v)
        print(f"| {name} after {turns} turns | {whole} B | {parts} |")


def _trace(tag: str, sessions: int = 40, rounds: int = 10) -> list[Message | ToolCall | ToolResult]:
    """Sessions that repeat one another's texts: a user request, then calls and their outputs."""
    events: list[Message | ToolCall | ToolResult] = []
    for s in range(sessions):
        session = f"{tag}{s}"
        events.append(Message(session=session, role="user", content=turn(s % 5)))
        for r in range(rounds):
            query = f"reviews {TOPICS[r % len(TOPICS)]} cheap"
            events.append(ToolCall(session=session, id=f"c{r}", tool="web_search", arguments={"query": query}))
            body = f"1. {TOPICS[r % len(TOPICS)]}: 4.5 stars, 312 reviews, from 24 euros at shop-{r % 3}.example.com"
            events.append(ToolResult(session=session, id=f"c{r}", content=body))
    return events


async def replay_cached(rounds: int) -> None:
    """Per tool call, a replay whose texts were all embedded before: the full pack against the pack
    without intent.cedar, alternating runs over new session ids (each firewall is warm)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        lean = Path(tmp) / "policies"
        shutil.copytree(REPO / "policies", lean)
        (lean / "intent.cedar").unlink()
        tools = REPO / "examples" / "assistant_tools.json"
        firewalls = {
            "full default pack": Firewall.from_config(Config(policies=REPO / "policies", tools=tools)),
            "without intent.cedar": Firewall.from_config(Config(policies=lean, tools=tools)),
        }
        per_call: dict[str, list[float]] = {name: [] for name in firewalls}
        for name, firewall in firewalls.items():
            await firewall.warm()
            async for _ in firewall.decide_all(_trace(f"warm-{name}")):
                pass
        for i in range(rounds):
            for name, firewall in firewalls.items():
                # A tool call costs its decision, its output's observation and its share of the messages.
                # CPU time of the thread deciding: on a machine shared with other work, wall time mostly
                # measures the wait for a core (every text is embedded already: no other thread works).
                spent = 0.0
                for event in _trace(f"{i}-{name}"):
                    started = time.thread_time()
                    await firewall.process(event)
                    spent += time.thread_time() - started
                    if isinstance(event, ToolResult):
                        per_call[name].append(spent * 1000)
                        spent = 0.0
    print("\n| replay, every text embedded before, per tool call (its decision, its output, its share of messages; "
          "CPU time) | p50 | p95 |\n|---|---|---|")  # fmt: skip
    for name, values in per_call.items():
        ordered = sorted(values)
        print(f"| {name} | {statistics.median(ordered):.2f} ms | {ordered[int(0.95 * (len(ordered) - 1))]:.2f} ms |")
    marginal = statistics.median(per_call["full default pack"]) - statistics.median(per_call["without intent.cedar"])
    print(f"| intent's marginal cost at p50 | {marginal:.2f} ms | |")


async def main(turns: int) -> None:
    stage = IntentStage()
    started = time.perf_counter()
    await stage.warm()
    print(f"model load: {time.perf_counter() - started:.1f} s (once per process, {stage.embedder.backend} backend)")
    print(f"load average: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}\n")
    print("| intent, per tool call | p50 | p95 |\n|---|---|---|")
    _report(
        "call repeating the user's words (message embedded when it arrived)",
        await measure(stage, turns, repeat=True, think=THINK, tag="a"),
    )
    _report("call with one new text", await measure(stage, turns, repeat=False, think=THINK, tag="b"))
    _report("texts already embedded", await measure(stage, turns, repeat=False, think=0.0, tag="b"))
    print("\n| checkpoint | JSON size | by slot |\n|---|---|---|")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        await sizes(turns, Path(tmp) / "audit.db")
    await replay_cached(5)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=40, help="user turns in the conversation")
    asyncio.run(main(parser.parse_args().turns))
