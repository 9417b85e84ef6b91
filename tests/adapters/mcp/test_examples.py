"""The MCP examples stay valid."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def test_claude_desktop_config_runs_bastion_mcp_with_the_server_after_the_separator() -> None:
    config = json.loads((REPO / "examples" / "mcp" / "claude_desktop_config.json").read_text())
    for name, server in config["mcpServers"].items():
        assert server["command"] == "bastion", name
        assert server["args"][0] == "mcp", name
        assert "--" in server["args"], name
        assert server["args"][server["args"].index("--") + 1 :], f"{name}: no upstream command after --"
