from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from bastion.config import Config
from bastion.errors import Problem
from bastion.testing.report import render_text, summary_line, to_json, to_junit, write_junit
from bastion.testing.runner import RunReport, ScenarioResult, run_scenarios
from bastion.testing.scenario import load_scenario_text
from tests.conftest import POLICIES, TOOLS

PASSING = f"""name: passing
technique: t1
tools: {TOOLS}
events:
  - {{type: tool_call, id: c1, tool: read_file, arguments: {{path: /home/user/a}}, expect: allow}}
"""
FAILING = f"""name: failing
technique: t2
tools: {TOOLS}
events:
  - {{type: tool_call, id: c1, tool: run_shell, arguments: {{command: "rm -rf /"}}, expect: allow}}
"""


async def _report() -> RunReport:
    scenarios = [load_scenario_text(PASSING, source="p.yaml"), load_scenario_text(FAILING, source="f.yaml")]
    broken = [ScenarioResult("bad", "", Path("b.yaml"), problems=(Problem("b.yaml", 4, "unknown event type 'x'"),))]
    return await run_scenarios(scenarios, Config(policies=POLICIES), broken=broken, with_coverage=True)


async def test_text_report_has_a_line_per_scenario_the_failure_details_and_the_summary_last() -> None:
    text = render_text(await _report())
    lines = text.splitlines()
    assert lines[-1] == "1 passed, 2 failed"
    assert any(line.startswith("PASS ") and "passing" in line for line in lines)
    assert "ERROR  bad  (b.yaml)" in lines
    assert "    b.yaml:4: unknown event type 'x'" in lines
    assert "FAIL   failing  (f.yaml)" in lines
    assert "    step 1 (call c1 run_shell) at f.yaml:5" in lines
    assert "      expected: allow" in lines
    assert "      actual:   deny" in lines
    assert "      policies: deny-destructive-shell" in lines
    assert any(line.startswith("      reasons:  an argument holds a destructive shell command") for line in lines)
    assert any(
        line.startswith("      signals:  call_tokens=") and 'flags=["shell_destructive"]' in line for line in lines
    )
    assert "      FAILED:   expected verdict allow, got deny" in lines
    assert "not exercised by any scenario: " in text


async def test_summary_counts_errors_as_failed() -> None:
    assert summary_line(await _report()) == "1 passed, 2 failed"


async def test_json_report_holds_statuses_steps_and_coverage() -> None:
    data = to_json(await _report())
    json.dumps(data)
    assert data["summary"] == {"passed": 1, "failed": 1, "errors": 1, "ok": False}
    statuses = {s["name"]: s["status"] for s in data["scenarios"]}
    assert statuses == {"bad": "error", "failing": "failed", "passing": "passed"}
    failing = next(s for s in data["scenarios"] if s["name"] == "failing")
    assert failing["steps"][0]["decision"]["verdict"] == "deny"
    assert failing["steps"][0]["expected"] == "allow"
    assert {c["policy_id"] for c in data["coverage"]} >= {"deny-destructive-shell", "allow-read-only"}


async def test_junit_report_has_a_suite_per_technique_with_failures_and_errors(tmp_path: Path) -> None:
    report = await _report()
    root = to_junit(report)
    assert root.get("tests") == "3"
    assert root.get("failures") == "1"
    assert root.get("errors") == "1"
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert cases["passing"].find("failure") is None
    failure = cases["failing"].find("failure")
    assert failure is not None
    assert failure.get("message") == "step 1: expected verdict allow, got deny"
    error = cases["bad"].find("error")
    assert error is not None
    assert error.get("message") == "b.yaml:4: unknown event type 'x'"
    out = tmp_path / "junit.xml"
    write_junit(report, out)
    assert ET.parse(out).getroot().get("tests") == "3"
