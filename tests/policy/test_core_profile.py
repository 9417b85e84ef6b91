"""The `core` profile: every pack less its model-backed policies, for an install without the intent extra."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bastion.catalog import Catalog
from bastion.cli.main import main
from bastion.config import Config
from bastion.events import ToolCall, Verdict
from bastion.firewall import Firewall
from bastion.policy.source import CORE_PROFILE, MODEL_SIGNALS, available_profiles, load_policy_dir, signals_read
from tests.conftest import POLICIES, TOOLS, WITHOUT_INTENT_EXTRA


def test_every_pack_offers_the_core_profile() -> None:
    assert CORE_PROFILE in available_profiles(POLICIES)


def test_core_leaves_out_exactly_the_policies_that_read_a_model_backed_signal() -> None:
    full = load_policy_dir(POLICIES)
    core = load_policy_dir(POLICIES, profile=CORE_PROFILE)

    assert core.omitted, "the default pack has model-backed policies"
    assert not signals_read(core) & MODEL_SIGNALS
    assert {p.policy_id for p in core.policies} | {p.policy_id for p in core.omitted} == {
        p.policy_id for p in full.policies
    }
    for policy in core.omitted:
        assert any(f"context.bastion.{signal}" in policy.text for signal in MODEL_SIGNALS), policy.policy_id


async def test_a_core_firewall_loads_no_model_and_still_applies_the_hard_rules() -> None:
    config = Config(policies=POLICIES, profile=CORE_PROFILE, allowed_roots=("/home/user",))
    firewall = Firewall.from_config(config, catalog=Catalog.from_file(TOOLS))
    assert not firewall.needs_warming
    assert "intent" not in [stage.name for stage in firewall.stages]
    call = ToolCall(session="s", id="c1", tool="run_shell", arguments={"command": "rm -rf /"})
    decision = await firewall.decide(call)
    assert decision.verdict is Verdict.DENY and "deny-destructive-shell" in decision.policy_ids


def test_check_names_what_the_core_profile_leaves_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--profile", "core", "--tools", str(TOOLS), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["ok"] and summary["omitted"]
    assert set(summary["omitted"]) == {p.policy_id for p in load_policy_dir(POLICIES, profile="core").omitted}


@pytest.mark.slow
def test_without_the_intent_extra_the_core_profile_runs_and_the_default_pack_refuses(tmp_path: Path) -> None:
    script = WITHOUT_INTENT_EXTRA + textwrap.dedent(
        f"""
        from bastion.cli.main import main
        print("core", main(["replay", {str(tmp_path / "t.jsonl")!r}, "--profile", "core"]))
        print("default", main(["replay", {str(tmp_path / "t.jsonl")!r}]))
        print("torch imported:", "torch" in sys.modules)
        """
    )
    (tmp_path / "t.jsonl").write_text(
        '{"session": "s", "type": "tool_call", "id": "c1", "tool": "read_file", "arguments": {"path": "a"}}\n'
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert "core 0" in out.stdout and "default 2" in out.stdout
    assert "torch imported: False" in out.stdout
    assert "pip install 'bastion[intent]'" in out.stderr and "--profile core" in out.stderr
