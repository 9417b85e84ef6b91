"""An MCP server over stdio with one side-effecting, open-world tool that leaves a mark when it runs.

python payments.py MARKER_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from mcp.server.mcpserver import MCPServer
from mcp_types import ToolAnnotations

MARKER = Path(sys.argv[1])
server = MCPServer("payments")


@server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=True))
def send_money(iban: str, amount: float) -> str:
    """Transfer money to an IBAN."""
    with MARKER.open("a", encoding="utf-8") as handle:
        handle.write(f"{iban} {amount}\n")
    return f"sent {amount} to {iban}"


if __name__ == "__main__":
    server.run("stdio")
