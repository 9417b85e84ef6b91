from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bastion.cli.main import main
from tests.conftest import POLICIES, REPO, TOOLS


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_passes_on_the_default_pack(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "check", "--policies", str(POLICIES), "--tools", str(TOOLS))
    assert code == 0
    assert out.startswith("ok: ")


def test_check_lists_every_problem_and_exits_1(capsys: pytest.CaptureFixture[str], policy_dir: Path) -> None:
    (policy_dir / "a.cedar").write_text('@id("a")\nforbid(principal, action, resource) when { context.bastion.nope };')
    (policy_dir / "b.cedar").write_text('@id("b")\npermit(principal, action, resource) when { context.input.x == 1 };')
    code, out, _ = _run(capsys, "check", "--policies", str(policy_dir), "--tools", str(TOOLS), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False
    assert sorted(p["policy_id"] for p in report["problems"]) == ["a", "b"]
    assert all(p["line"] == 1 for p in report["problems"])


def test_check_offers_no_audit_option_since_it_decides_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", "--help"])
    assert exited.value.code == 0
    assert "--audit" not in capsys.readouterr().out


def test_check_reports_a_malformed_catalog(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "tools.json"
    bad.write_text('[{"name": 3}]')
    code, _, err = _run(capsys, "check", "--policies", str(POLICIES), "--tools", str(bad))
    assert code == 1
    assert "tools.json" in err


def test_explain_shows_the_deciding_policy_with_its_place(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "explain", "--policies", str(POLICIES), "--tools", str(TOOLS),
        "--tool", "run_shell", "--args", '{"command": "rm -rf /tmp/x"}',
    )  # fmt: skip
    assert code == 1
    assert out.splitlines()[0].startswith("DENY  run_shell")
    assert "policy deny-destructive-shell  (" in out
    assert "destructive.cedar:5)" in out


def test_explain_json_is_a_decision(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "explain", "--policies", str(POLICIES), "--tools", str(TOOLS), "--json",
        "--call", '{"session": "s", "type": "tool_call", "id": "k", "tool": "read_file", "arguments": {"path": "a"}}',
    )  # fmt: skip
    assert code == 0
    decision = json.loads(out)
    assert (decision["session"], decision["id"], decision["verdict"]) == ("s", "k", "allow")


def test_explain_with_bad_arguments_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "explain", "--policies", str(POLICIES), "--tool", "x", "--args", "{nope")
    assert code == 2
    assert "--args is not valid JSON" in err


def test_replay_prints_one_decision_per_tool_call(capsys: pytest.CaptureFixture[str]) -> None:
    trace = REPO / "examples" / "demo_trace.jsonl"
    code, out, _ = _run(capsys, "replay", str(trace), "--policies", str(POLICIES), "--tools", str(TOOLS))
    assert code == 0
    decisions = [json.loads(line) for line in out.splitlines()]
    calls = [json.loads(line) for line in trace.read_text().splitlines() if '"tool_call"' in line]
    assert [(d["session"], d["id"], d["tool"]) for d in decisions] == [
        (c["session"], c["id"], c["tool"]) for c in calls
    ]
    assert {d["verdict"] for d in decisions} == {"allow", "ask", "deny"}


def test_replay_of_a_malformed_trace_exits_2_naming_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    trace = tmp_path / "t.jsonl"
    trace.write_text('{"session": "s", "type": "message", "role": "user", "content": "x"}\n{"session": 1}\n')
    code, out, err = _run(capsys, "replay", str(trace), "--policies", str(POLICIES))
    assert code == 2
    assert out == ""
    assert "t.jsonl:2:" in err


def test_replay_without_a_catalog_infers_the_tools(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    trace = tmp_path / "t.jsonl"
    trace.write_text(
        '{"session": "s", "type": "tool_call", "id": "1", "tool": "shell", "arguments": {"c": "rm -rf /"}}\n'
    )
    code, out, err = _run(capsys, "replay", str(trace), "--policies", str(POLICIES))
    assert code == 0
    assert json.loads(out)["policy_ids"] == ["deny-destructive-shell"]
    assert "inferred" in err


def test_replay_with_broken_policies_exits_2(capsys: pytest.CaptureFixture[str], policy_dir: Path) -> None:
    (policy_dir / "x.cedar").write_text("permit(")
    code, _, err = _run(capsys, "replay", str(REPO / "examples" / "demo_trace.jsonl"), "--policies", str(policy_dir))
    assert code == 2
    assert "x.cedar:1" in err


def test_schema_declares_one_action_per_tool_with_groups_and_signals(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "schema", "--tools", str(TOOLS), "--policies", str(POLICIES))
    assert code == 0
    actions = json.loads(out)["Bastion"]["actions"]
    assert actions["delete_file"]["memberOf"] == [{"id": "SideEffecting"}, {"id": "Destructive"}]
    assert "web-search" in actions
    assert actions["read_file"]["appliesTo"]["context"]["attributes"]["bastion"] == {"type": "Signals"}


def test_config_file_settings_apply_and_unknown_keys_are_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "bastion.toml"
    config.write_text(f'policies = "{POLICIES}"\ntools = "{TOOLS}"\nallowed_roots = ["/srv"]\n')
    code, _, _ = _run(capsys, "explain", "--config", str(config), "--tool", "read_file", "--args", '{"path": "/srv/a"}')
    assert code == 0
    config.write_text('polices = "x"\n')
    code, _, err = _run(capsys, "check", "--config", str(config))
    assert code == 2
    assert "polices" in err


def test_demo_runs_and_summarises(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    code, out, _ = _run(capsys, "demo")
    assert code == 0
    assert "10 tool calls: 5 allowed, 2 sent for approval, 3 denied" in out


def test_console_script_help_lists_the_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bastion.cli.main", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("check", "explain", "replay", "schema", "demo"):
        assert command in result.stdout
