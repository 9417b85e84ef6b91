"""Wrap the reference filesystem server with bastion and watch it decide: python examples/mcp/try_filesystem.py

Makes a scratch directory with a `work/` folder inside, runs
`bastion mcp --allowed-root SCRATCH/work -- <filesystem server> SCRATCH` over stdio with the MCP SDK's
client, and makes four calls: a read and a write inside `work/` (allowed), a write next to it (refused by
bastion, although the filesystem server itself would allow it), and a move (the tool is denied outright).
Uses the server installed by scripts/install-test-servers, or `npx -y @modelcontextprotocol/server-filesystem`.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
from pathlib import Path

import mcp_types as types
from mcp import Client, StdioServerParameters

REPO = Path(__file__).resolve().parents[2]
INSTALLED = REPO / "tests/servers/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"


def show(label: str, result: types.CallToolResult) -> None:
    text = " ".join(block.text for block in result.content if isinstance(block, types.TextContent))
    print(f"{label}\n  {'REFUSED' if result.is_error else 'ok'}: {text.strip()}\n")


async def main() -> None:
    scratch = Path(tempfile.mkdtemp(prefix="bastion-try-")).resolve()
    (scratch / "work").mkdir()
    (scratch / "work" / "notes.txt").write_text("meeting at 10\n")
    server = (
        ["node", str(INSTALLED)] if INSTALLED.is_file() else ["npx", "-y", "@modelcontextprotocol/server-filesystem"]
    )
    params = StdioServerParameters(
        command=sys.executable,
        args=[
            "-m", "bastion.cli.main", "mcp",
            "--allowed-root", str(scratch / "work"),
            "--", *server, str(scratch),
        ],
        env={"PYTHONPATH": str(REPO / "src")},
    )  # fmt: skip
    try:
        async with Client(params, mode="legacy") as client:
            show("read work/notes.txt", await client.call_tool("read_text_file", {"path": f"{scratch}/work/notes.txt"}))
            show(
                "write work/todo.txt",
                await client.call_tool("write_file", {"path": f"{scratch}/work/todo.txt", "content": "buy milk"}),
            )
            show(
                "write escaped.txt, outside work/",
                await client.call_tool("write_file", {"path": f"{scratch}/escaped.txt", "content": "gotcha"}),
            )
            show(
                "move work/notes.txt",
                await client.call_tool(
                    "move_file", {"source": f"{scratch}/work/notes.txt", "destination": f"{scratch}/work/old.txt"}
                ),
            )
        escaped, todo = scratch / "escaped.txt", scratch / "work" / "todo.txt"
        print(f"escaped.txt exists: {escaped.exists()}; work/todo.txt holds {todo.read_text()!r}")
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    asyncio.run(main())
