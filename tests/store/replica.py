"""One replica of a deployment: a firewall on the shared PostgreSQL store, fed events on stdin.

    python replica.py URL POLICIES TOOLS [SETTINGS]

SETTINGS is JSON: `conduct` (the `[conduct]` table) and `clock` (a fixed time for the conduct
stages, so that a run's rates and windows do not depend on how long it took). It reads
`{"id": N, "event": {...}}` lines, handles them concurrently, and answers each with
`{"id": N, "decision": {...} | null}` once `process` has returned (the record and checkpoint are then
durable). It prints `ready` first. The replica tests deal each session's events across several.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from bastion.conduct import RateStage
from bastion.config import Config
from bastion.firewall import Firewall
from bastion.trace import parse_event


def fix_clock(firewall: Firewall, clock: float | None) -> None:
    """Give the conduct stages a clock that stands still (None: the real one)."""
    if clock is None:
        return
    for stage in firewall.stages:
        if isinstance(stage, RateStage):
            stage.conduct.clock = lambda: clock


async def main(url: str, policies: str, tools: str, settings: dict[str, Any]) -> None:
    config = Config.from_mapping(
        {
            "policies": policies,
            "tools": tools,
            "allowed_roots": ["/home/user"],
            "audit": url,
            "conduct": settings.get("conduct", {}),
        }
    )
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    tasks: set[asyncio.Task[None]] = set()
    async with Firewall.from_config(config) as firewall:
        fix_clock(firewall, settings.get("clock"))
        print("ready", flush=True)

        async def handle(request: dict[str, Any]) -> None:
            decision = await firewall.process(parse_event(request["event"]))
            answer = {"id": request["id"], "decision": None if decision is None else decision.to_record()}
            sys.stdout.write(json.dumps(answer) + "\n")
            sys.stdout.flush()

        while line := await reader.readline():
            task = loop.create_task(handle(json.loads(line)))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]) if len(sys.argv) > 4 else {}))
