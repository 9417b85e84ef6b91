from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bastion.cli.main import main
from bastion.events import Verdict
from bastion.testing.scenario import discover, load_scenario
from tests.conftest import POLICIES, REPO, TOOLS

SCENARIOS = REPO / "scenarios"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _remove_policy(policy_dir: Path, policy_id: str) -> None:
    for file in policy_dir.glob("*.cedar"):
        text = file.read_text()
        marker = f'@id("{policy_id}")'
        if marker in text:
            start = text.index(marker)
            end = text.index(";", start) + 1
            file.write_text(text[:start] + text[end:])
            return
    raise AssertionError(f"no policy {policy_id} in {policy_dir}")


def test_the_scenario_library_passes_on_the_default_pack(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "test", str(SCENARIOS), "--policies", str(POLICIES))
    lines = out.splitlines()
    assert code == 0, out + err
    assert lines[-1].endswith(" passed, 0 failed")
    assert not any(line.startswith(("FAIL", "ERROR")) for line in lines)


def test_weakening_the_shell_policy_fails_exactly_the_shell_scenarios(
    capsys: pytest.CaptureFixture[str], policy_dir: Path
) -> None:
    file = policy_dir / "destructive.cedar"
    file.write_text(file.read_text().replace('contains("shell_destructive")', 'contains("weakened")'))
    code, out, _ = _run(capsys, "test", str(SCENARIOS), "--policies", str(policy_dir), "--json")
    assert code == 1
    report = json.loads(out)
    failed = {s["name"] for s in report["scenarios"] if s["status"] != "passed"}
    assert "destructive-shell-rm-rf-home" in failed
    assert "encodings-base64-shell" in failed
    assert "nested-json-deep-nesting-shell" in failed
    assert not any(name.endswith("-benign") for name in failed)
    assert not any("sql" in name or name.startswith(("budget", "tool-confusion")) for name in failed)
    assert all(s["status"] == "failed" for s in report["scenarios"] if s["name"] in failed)


def test_removing_a_policy_reports_scenario_step_expected_and_actual(
    capsys: pytest.CaptureFixture[str], policy_dir: Path
) -> None:
    _remove_policy(policy_dir, "deny-destructive-sql")
    code, out, _ = _run(capsys, "test", str(SCENARIOS), "--policies", str(policy_dir))
    assert code == 1
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("FAIL   destructive-sql-drop-and-unbounded "))
    block = lines[header : header + 12]
    assert block[1] == f"    step 2 (call c1 run_sql) at {SCENARIOS}/destructive-sql/drop-and-unbounded.yaml:12"
    assert block[2] == "      expected: deny"
    assert block[3] == "      actual:   allow"
    assert block[4] == "      reasons:  the tool is in the catalog and no rule forbids this call"
    assert block[5] == "      policies: allow-other-tools"
    assert block[6].startswith("      signals:  ") and '"sql_destructive"' in block[6]
    assert block[7] == "      FAILED:   expected verdict deny, got allow"
    assert "FAIL   destructive-sql-drop-and-unbounded-benign" not in out
    assert lines[-1].endswith(" failed") and not lines[-1].endswith(" 0 failed")


def test_a_malformed_scenario_is_an_error_with_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "bad.yaml").write_text(
        f"name: bad\ntechnique: t\ntools: {TOOLS}\nevents:\n  - {{type: tool_call, id: c1, tool: nope, expect: deny}}\n"
    )
    code, out, _ = _run(capsys, "test", str(tmp_path), "--policies", str(POLICIES))
    assert code == 1
    assert f"ERROR  bad  ({tmp_path}/bad.yaml)" in out
    assert f"{tmp_path}/bad.yaml:5: event 1: unknown tool 'nope'" in out
    assert out.splitlines()[-1] == "0 passed, 1 failed"


def test_k_selects_scenarios_and_junit_is_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    junit = tmp_path / "report.xml"
    code, out, _ = _run(
        capsys, "test", str(SCENARIOS), "--policies", str(POLICIES), "-k", "base64-shell", "--junit", str(junit)
    )
    assert code == 0
    assert out.splitlines()[-1] == "2 passed, 0 failed"
    root = ET.parse(junit).getroot()
    assert sorted(c.get("name") or "" for c in root.iter("testcase")) == [
        "encodings-base64-shell",
        "encodings-base64-shell-benign",
    ]


def test_nothing_selected_is_not_a_pass(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "test", str(SCENARIOS), "--policies", str(POLICIES), "-k", "no-such-scenario")
    assert code == 1
    assert "no scenario files matching -k no-such-scenario" in err


def test_a_missing_path_or_policy_directory_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert _run(capsys, "test", str(tmp_path / "missing"), "--policies", str(POLICIES))[0] == 2
    assert _run(capsys, "test", str(SCENARIOS), "--policies", str(tmp_path / "none"))[0] == 2


def test_a_pack_that_does_not_parse_is_reported_once_as_a_usage_error(
    capsys: pytest.CaptureFixture[str], policy_dir: Path
) -> None:
    (policy_dir / "broken.cedar").write_text('@id("x")\nforbid (principal, action, resource) when {')
    code, out, err = _run(capsys, "test", str(SCENARIOS), "--policies", str(policy_dir))
    assert code == 2
    assert out == ""
    assert err.count("broken.cedar:1") == 1


def test_tools_option_is_the_catalog_of_scenarios_that_name_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "s.yaml").write_text(
        "name: s\ntechnique: t\nevents:\n"
        "  - {type: tool_call, id: c1, tool: read_file, arguments: {path: /x}, expect: allow}\n"
    )
    assert _run(capsys, "test", str(tmp_path), "--policies", str(POLICIES))[0] == 1
    code, out, _ = _run(capsys, "test", str(tmp_path), "--policies", str(POLICIES), "--tools", str(TOOLS))
    assert code == 0, out


def test_coverage_lists_policies_no_scenario_needed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copytree(SCENARIOS / "destructive-sql", tmp_path / "sql")
    code, out, _ = _run(capsys, "test", str(tmp_path), "--policies", str(POLICIES), "--coverage")
    assert code == 0
    unexercised = next(line for line in out.splitlines() if line.startswith("not exercised by any scenario: "))
    assert "deny-destructive-shell" in unexercised
    assert "deny-destructive-sql" not in unexercised
    code, out, _ = _run(capsys, "test", str(tmp_path), "--policies", str(POLICIES), "--coverage", "--json")
    coverage = {c["policy_id"]: c for c in json.loads(out)["coverage"]}
    denied = [
        step
        for path in discover([tmp_path])
        for step in load_scenario(path).steps
        if step.expectation.verdict is Verdict.DENY
    ]
    assert coverage["deny-destructive-sql"]["changed"] == len(denied) > 0
    assert coverage["deny-destructive-shell"]["changed"] == 0


def test_runs_recorded_to_one_audit_store_never_resume_each_other(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = tmp_path / "audit.db"
    budget = str(REPO / "scenarios" / "budget")
    for _ in range(2):
        assert main(["test", budget, "--policies", str(POLICIES), "--audit", str(store)]) == 0
        assert capsys.readouterr().out.splitlines()[-1].endswith(" 0 failed")
    assert main(["audit", "verify", str(store)]) == 0
    assert main(["audit", "export", str(store)]) == 0
    sessions = {json.loads(line)["session"] for line in capsys.readouterr().out.splitlines() if line.startswith("{")}
    runs = {session.split("/", 1)[0] for session in sessions}
    assert len(runs) == 2
    assert all(run.startswith("test-") for run in runs)
