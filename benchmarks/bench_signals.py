"""Per-event cost of the provenance and intent stages (model warm), on a synthetic session.

    python benchmarks/bench_signals.py [--calls N]

Each call carries new argument values and each result new text, so every call and result is a cache
miss for the embedder: the figures are the cost of genuinely new traffic. Prints p50 and p95 in
milliseconds, for tool calls (what a decision waits for) and for tool results (observation).
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

from bastion.events import Message, ToolCall, ToolResult  # noqa: E402
from bastion.firewall import Stage, StageContext  # noqa: E402
from bastion.intent.stage import IntentStage  # noqa: E402
from bastion.provenance.stage import ProvenanceStage  # noqa: E402

THINK = 0.3
ITEMS = ["kettle", "wall clock", "desk lamp", "yoga mat", "office chair", "headphones", "backpack"]


def session(calls: int) -> list[Message | ToolCall | ToolResult]:
    """A customer-service session: lookups and changes, each with fresh ids and outputs."""
    events: list[Message | ToolCall | ToolResult] = [
        Message(session="b", role="user", content="Hi, I want to return a few things from my last orders.")
    ]
    for i in range(calls):
        order = f"#W{7000000 + i * 37}"
        item = ITEMS[i % len(ITEMS)]
        events.append(ToolCall(session="b", id=f"c{i}", tool="get_order_details", arguments={"order_id": order}))
        body = {
            "order_id": order,
            "status": "delivered",
            "items": [{"name": item, "item_id": str(9000000000 + i * 7919), "price": 20 + i % 300}],
            "address": {"address1": f"{100 + i} Main Street", "city": "Springfield", "zip": f"{10000 + i}"},
            "payment": f"credit_card_{4100000 + i}",
        }
        events.append(ToolResult(session="b", id=f"c{i}", content=json.dumps(body)))
    return events


def _renumber(event: Message | ToolCall | ToolResult) -> Message | ToolCall | ToolResult:
    """The same event with different values (so the embedder has not seen it)."""
    if isinstance(event, ToolCall):
        return event.model_copy(update={"arguments": {"order_id": event.arguments["order_id"] + "-2"}})
    if isinstance(event, ToolResult):
        return event.model_copy(update={"content": event.content.replace("Main", "Oak")})
    return event


async def measure(
    stage: Stage, events: list[Message | ToolCall | ToolResult], think: float = 0.0
) -> dict[str, list[float]]:
    """Time the stage on every event of the session (milliseconds), pausing `think` s after each result."""
    state: dict[str, Any] = {}
    times: dict[str, list[float]] = {"call": [], "result": []}
    for event in events:
        started = time.perf_counter()
        await stage.process(event, StageContext("b", state, {}, "tools"))
        elapsed = (time.perf_counter() - started) * 1000
        if isinstance(event, ToolCall):
            times["call"].append(elapsed)
        elif isinstance(event, ToolResult):
            times["result"].append(elapsed)
            if think:
                await asyncio.sleep(think)
    return times


def _report(name: str, times: dict[str, list[float]]) -> None:
    for kind, values in times.items():
        values = sorted(values)
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"{name:34s} per tool {kind:6s}: p50 {statistics.median(values):7.3f} ms   p95 {p95:7.3f} ms")


async def main(calls: int) -> None:
    events = session(calls)
    _report("provenance", await measure(ProvenanceStage(), events))
    intent = IntentStage()
    started = time.perf_counter()
    await intent.warm()
    print(f"intent model load and exemplar embedding: {time.perf_counter() - started:.1f} s (once per process)")
    _report("intent, back to back", await measure(intent, events))
    fresh = session(calls)
    fresh = [e.model_copy(update={"session": "t"}) for e in fresh[: len(fresh) // 2]]
    _report(f"intent, {THINK}s agent step", await measure(intent, [_renumber(e) for e in fresh], THINK))
    _report("intent, texts already embedded", await measure(intent, events))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=200, help="tool calls in the session")
    asyncio.run(main(parser.parse_args().calls))
