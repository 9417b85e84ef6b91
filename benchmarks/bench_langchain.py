"""What the LangChain adapter adds to a tool call.

Run: python benchmarks/bench_langchain.py [--calls N] [--pack default|no-intent]

Prints p50/p99 of one allowed tool call made the way an agent makes it (`tool.invoke(tool_call)`)
(a) with no callbacks, (b) with `BastionCallbackHandler` on the call (decide, then observe the
output), (c) through a guarded tool, (d) the async path with and without
`AsyncBastionCallbackHandler`, and (e) one chat-model turn with and without the handler observing
the prompt and the answer. It also prints the decisions' own latency (the firewall's share).
Every call is its own session (a root run, or a session named per call), so no budget is reached.
`--pack default` measures the repository's `policies/` as shipped, `intent.cedar` included (the
embedding model loads once, before the timed rows; its load time is printed); `--pack no-intent`
(the default) measures the same pack without `intent.cedar`, where no model loads.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import platform
import time
from collections.abc import Awaitable, Callable
from typing import Any

from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.tools import BaseTool, tool
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode
from packs import REPO, policies_without_intent

from bastion.adapters.langchain import AsyncBastionCallbackHandler, BastionCallbackHandler
from bastion.config import Config
from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import StageContext


@tool
def lookup(query: str) -> str:
    """Look something up."""
    return f"result for {query}"


class Latencies:
    """A stage after the decision: keeps each decision's own latency (the firewall's share of the cost)."""

    name = "latencies"

    def __init__(self) -> None:
        self.samples_ns: list[int] = []

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        if ctx.decision is not None:
            self.samples_ns.append(int(ctx.decision.latency_us * 1000))


def _percentiles(samples_ns: list[int]) -> tuple[float, float]:
    ordered = sorted(samples_ns)
    return ordered[len(ordered) // 2] / 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] / 1000


def _time(fn: Callable[[int], object], n: int) -> list[int]:
    for i in range(min(200, n)):
        fn(-i - 1)
    samples = []
    for i in range(n):
        start = time.perf_counter_ns()
        fn(i)
        samples.append(time.perf_counter_ns() - start)
    return samples


def _time_pair(first: Callable[[int], object], second: Callable[[int], object], n: int) -> tuple[list[int], list[int]]:
    for i in range(min(50, n)):
        first(-i - 1)
        second(-i - 1)
    samples: tuple[list[int], list[int]] = ([], [])
    for i in range(n):
        for fn, out in ((first, samples[0]), (second, samples[1])):
            start = time.perf_counter_ns()
            fn(i)
            out.append(time.perf_counter_ns() - start)
    return samples


async def _atime(fn: Callable[[int], Awaitable[object]], n: int) -> list[int]:
    for i in range(min(200, n)):
        await fn(-i - 1)
    samples = []
    for i in range(n):
        start = time.perf_counter_ns()
        await fn(i)
        samples.append(time.perf_counter_ns() - start)
    return samples


_SERIAL = itertools.count()


def _call(i: int) -> dict[str, Any]:
    # Every call asks for something new: the intent stage embeds each text once and caches it, so a
    # repeated text would measure the cache, not a call.
    serial = next(_SERIAL)
    return {"name": "lookup", "args": {"query": f"item {serial}"}, "id": f"c{serial}", "type": "tool_call"}


def _prompt(i: int) -> list[BaseMessage]:
    # A new conversation each turn, so that the handler observes both messages every time.
    return [SystemMessage("You help."), HumanMessage(f"Look up the weather in place {next(_SERIAL)}")]


def _tools_graph(node: ToolNode) -> Any:
    graph = StateGraph(MessagesState)
    graph.add_node("tools", node)
    graph.add_edge(START, "tools")
    graph.add_edge("tools", END)
    return graph.compile()


def _state(i: int) -> dict[str, Any]:
    return {"messages": [HumanMessage("Look it up"), AIMessage(content="", tool_calls=[_call(i)])]}


def _row(label: str, samples: list[int], base: list[int] | None = None) -> None:
    p50, p99 = _percentiles(samples)
    extra = ""
    if base is not None:
        extra = f"   (+{p50 - _percentiles(base)[0]:.0f} µs at p50)"
    print(f"  {label:52} p50 {p50:8.1f} µs   p99 {p99:8.1f} µs{extra}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--pack", choices=["default", "no-intent"], default="no-intent")
    args = parser.parse_args()
    n = args.calls
    policies = REPO / "policies" if args.pack == "default" else policies_without_intent()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {n} calls per row, pack: {args.pack}")
    if args.pack == "default":
        import torch

        torch.set_num_threads(1)

    config = Config(policies=policies)
    tools: list[BaseTool] = [lookup]
    annotations = {"lookup": {"readOnlyHint": True}}
    latencies = Latencies()
    started = time.perf_counter()
    with BastionCallbackHandler.from_config(
        config, tools=tools, annotations=annotations, after_stages=[latencies]
    ) as handler:
        guarded = handler.wrap_tools(tools)[0]
        lookup.invoke(_call(-10_000), {"callbacks": [handler]})
        print(f"  handler built and first call decided in {time.perf_counter() - started:.2f} s")
        latencies.samples_ns.clear()
        bare = _time(lambda i: lookup.invoke(_call(i)), n)
        _row("tool.invoke, no callbacks", bare)
        _row(
            "tool.invoke, BastionCallbackHandler",
            _time(lambda i: lookup.invoke(_call(i), {"callbacks": [handler]}), n),
            bare,
        )
        _row(
            "guarded tool.invoke",
            _time(lambda i: guarded.invoke(_call(i), {"metadata": {"bastion_session": f"g{i}"}}), n),
            bare,
        )
        _row("  of which the decision itself (Decision.latency_us)", latencies.samples_ns)
        node, bare_node = _tools_graph(handler.tool_node(tools)), _tools_graph(ToolNode(tools))
        # A graph step costs milliseconds and drifts with the machine's load: the two are timed in turn.
        bare_nodes, guarded_nodes = _time_pair(
            lambda i: bare_node.invoke(_state(i)),
            lambda i: node.invoke(_state(i), {"metadata": {"bastion_session": f"n{i}"}}),
            n // 2,
        )
        _row("LangGraph tools step (ToolNode), no bastion", bare_nodes)
        _row("the same step through handler.tool_node", guarded_nodes, bare_nodes)

        model = FakeListChatModel(responses=["ok"])
        plain_turn = _time(lambda i: model.invoke(_prompt(i)), n // 4)
        _row("chat model turn, no callbacks", plain_turn)
        _row(
            "chat model turn, handler observing prompt and answer",
            _time(lambda i: model.invoke(_prompt(i), {"callbacks": [handler]}), n // 4),
            plain_turn,
        )

    async def run_async() -> None:
        async with AsyncBastionCallbackHandler.from_config(config, tools=tools, annotations=annotations) as ahandler:
            abare = await _atime(lambda i: lookup.ainvoke(_call(i)), n)
            _row("tool.ainvoke, no callbacks", abare)
            _row(
                "tool.ainvoke, AsyncBastionCallbackHandler",
                await _atime(lambda i: lookup.ainvoke(_call(i), {"callbacks": [ahandler]}), n),
                abare,
            )

    asyncio.run(run_async())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
