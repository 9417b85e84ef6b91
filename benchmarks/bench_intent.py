"""Intent cost per call (model warm) and the size of the intent and conduct checkpoints.

    nice -n 10 python benchmarks/bench_intent.py [--turns N]

A synthetic conversation of N user turns, each followed by a tool call, every text new to the embedder:

    call repeating the user's words    a search for what the user just asked: the message was embedded
                                       while the agent thought (0.3 s), the call needs no embedding
    call with one new text             a call whose arguments say something new: one embedding
    texts already embedded             the per-call math alone (trajectory, principal, drift)

Then the JSON size of the session's intent slot, the principal's intent slot, and the conduct slots,
as the SQLite store writes them.
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
from bastion.events import Message, ToolCall  # noqa: E402
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


async def main(turns: int) -> None:
    stage = IntentStage()
    started = time.perf_counter()
    await stage.warm()
    print(f"model load: {time.perf_counter() - started:.1f} s (once per process)\n")
    print("| intent, per tool call | p50 | p95 |\n|---|---|---|")
    _report(
        "call repeating the user's words (message embedded during a 0.3 s agent step)",
        await measure(stage, turns, repeat=True, think=THINK, tag="a"),
    )
    _report("call with one new text", await measure(stage, turns, repeat=False, think=THINK, tag="b"))
    _report("texts already embedded", await measure(stage, turns, repeat=False, think=0.0, tag="b"))
    print("\n| checkpoint | JSON size | by slot |\n|---|---|---|")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        await sizes(turns, Path(tmp) / "audit.db")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=40, help="user turns in the conversation")
    asyncio.run(main(parser.parse_args().turns))
