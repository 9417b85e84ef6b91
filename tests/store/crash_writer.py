"""A process that decides calls with an audit store and prints each decision once `decide` has returned.

    python crash_writer.py STORE POLICIES TOOLS SESSIONS RUN

The crash tests kill it with SIGKILL at random points; every line it printed names a decision
that must be in the log.
"""

from __future__ import annotations

import asyncio
import sys

from bastion.config import Config
from bastion.events import Message, ToolCall
from bastion.firewall import Firewall


async def main(store: str, policies: str, tools: str, sessions: int, run: str) -> None:
    config = Config.from_mapping(
        {"policies": policies, "tools": tools, "allowed_roots": ["/home/user"], "audit": store}
    )
    async with Firewall.from_config(config) as firewall:
        print("ready", flush=True)

        async def session(index: int) -> None:
            session_id = f"{run}-w{index}"
            await firewall.observe(Message(session=session_id, role="user", content="Tidy my notes"))
            n = 0
            while True:
                path = f"/home/user/notes/{n}.md" if n % 5 else f"/etc/{n}"
                call = ToolCall(session=session_id, id=f"c{n}", tool="read_file", arguments={"path": path})
                decision = await firewall.decide(call)
                sys.stdout.write(f"{decision.session} {decision.call_id} {decision.verdict.value}\n")
                sys.stdout.flush()
                n += 1

        await asyncio.gather(*(session(i) for i in range(sessions)))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]))
