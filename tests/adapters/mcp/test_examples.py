"""The MCP examples stay in step with the default pack and stay valid."""

from __future__ import annotations

import json
from pathlib import Path

from bastion.policy.source import load_policy_dir

REPO = Path(__file__).resolve().parents[3]
DEFAULT_PACK = REPO / "policies"
FILESYSTEM_PACK = REPO / "examples" / "mcp" / "policies"


def test_filesystem_pack_is_the_default_pack_but_for_its_destructive_rule() -> None:
    # The filesystem pack keeps the cautious profile's rules in its own files (side_effects.cedar and
    # its destructive.cedar), with the destructive rule narrowed for the server's writes.
    for default in (p for p in DEFAULT_PACK.iterdir() if p.is_file()):
        copy = FILESYSTEM_PACK / default.name
        assert copy.is_file(), f"{copy} is missing: the filesystem pack must carry every file of the default pack"
        if default.name != "destructive.cedar":
            assert copy.read_text() == default.read_text(), f"{copy} differs from {default}"
    default_policies = {p.policy_id: p for p in load_policy_dir(DEFAULT_PACK, profile="ask-side-effects").policies}
    fs_policies = {p.policy_id: p for p in load_policy_dir(FILESYSTEM_PACK).policies}
    assert fs_policies.keys() == default_policies.keys()

    def code(text: str) -> str:
        return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()

    changed = [pid for pid in default_policies if code(fs_policies[pid].text) != code(default_policies[pid].text)]
    assert changed == ["deny-destructive-tool"]


def test_claude_desktop_config_runs_bastion_mcp_with_the_server_after_the_separator() -> None:
    config = json.loads((REPO / "examples" / "mcp" / "claude_desktop_config.json").read_text())
    for name, server in config["mcpServers"].items():
        assert server["command"] == "bastion", name
        assert server["args"][0] == "mcp", name
        assert "--" in server["args"], name
        assert server["args"][server["args"].index("--") + 1 :], f"{name}: no upstream command after --"
