"""Render a test run: text for people, JSON for machines, JUnit XML for CI systems."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from bastion.events import Message, ToolCall, ToolResult
from bastion.testing.runner import PolicyCoverage, RunReport, ScenarioResult, StepResult

__all__ = [
    "describe_scenario",
    "describe_step",
    "render_coverage",
    "render_text",
    "summary_line",
    "to_json",
    "to_junit",
    "write_junit",
]

_LABEL = {"passed": "PASS ", "failed": "FAIL ", "error": "ERROR"}
_MAX_SIGNAL_TEXT = 200


def summary_line(report: RunReport) -> str:
    """`N passed, N failed`: every scenario that did not pass (failure or error) counts as failed."""
    return f"{report.count('passed')} passed, {report.count('failed') + report.count('error')} failed"


def _signal_text(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _MAX_SIGNAL_TEXT else text[:_MAX_SIGNAL_TEXT] + "..."


def _event_label(event: Message | ToolCall | ToolResult) -> str:
    if isinstance(event, ToolCall):
        return f"call {event.call_id} {event.tool_name}"
    return event.type


def describe_step(result: StepResult, path: Path) -> list[str]:
    """The report of one failing or erroring step: where, expected, actual, reasons, policies, signals.

    Args:
        result: The step's result.
        path: The scenario file.

    Returns:
        The lines, unindented.
    """
    step, decision = result.step, result.decision
    repeat = f", repetition {result.repetition} of {step.repeat}" if step.repeat > 1 else ""
    expected = step.expectation.verdict.value if step.expectation.verdict else "(any verdict)"
    lines = [
        f"step {step.number} ({_event_label(step.event)}{repeat}) at {path}:{step.line}",
        f"  expected: {expected}",
        f"  actual:   {decision.verdict.value}",
        f"  reasons:  {'; '.join(decision.reasons) or 'none'}",
        f"  policies: {', '.join(decision.policy_ids) or 'none'}",
        "  signals:  " + (", ".join(f"{k}={_signal_text(v)}" for k, v in sorted(decision.signals.items())) or "none"),
    ]
    lines += [f"  error:    {e}" for e in decision.errors if e not in result.errors]
    lines += [f"  FAILED:   {f}" for f in result.failures]
    lines += [f"  ERROR:    {e}" for e in result.errors]
    return lines


def describe_scenario(result: ScenarioResult) -> list[str]:
    """One line for the scenario and, unless it passed, its problems and failing steps, indented.

    Args:
        result: The scenario's result.

    Returns:
        The lines.
    """
    lines = [f"{_LABEL[result.status]}  {result.scenario_name}  ({result.path})"]
    if result.status == "passed":
        return lines
    for problem in result.problems:
        lines.append(f"    {problem}")
    for step in result.steps:
        if step.status != "passed":
            lines += [f"    {line}" for line in describe_step(step, result.path)]
    return lines


def render_coverage(coverage: tuple[PolicyCoverage, ...]) -> list[str]:
    """The coverage report: per policy, decisions named in and verdicts that depend on it.

    Args:
        coverage: As measured by `measure_coverage`.

    Returns:
        The lines.
    """
    if not coverage:
        return ["coverage: no call was decided by the policies; nothing to measure"]
    width = max(len(c.policy_id) for c in coverage)
    lines = ["coverage (decided: decisions naming the policy; needed: verdicts that change without it):"]
    for c in coverage:
        lines.append(f"  {c.policy_id:{width}}  decided {c.decided:5}  needed {c.changed:5}  ({c.file}:{c.line})")
    unexercised = [c.policy_id for c in coverage if c.decided == 0]
    unneeded = [c.policy_id for c in coverage if c.changed == 0]
    lines.append(f"not exercised by any scenario: {', '.join(unexercised) or 'none'}")
    lines.append(f"never changed an outcome: {', '.join(unneeded) or 'none'}")
    return lines


def render_text(report: RunReport) -> str:
    """The whole run as a test runner prints it: one line per scenario, failure reports, coverage, summary.

    Args:
        report: The run.

    Returns:
        The text; its last line is the summary, `N passed, N failed`.
    """
    lines: list[str] = []
    for result in report.results:
        lines += describe_scenario(result)
    if report.coverage is not None:
        lines.append("")
        lines += render_coverage(report.coverage)
    errors = report.count("error")
    lines.append("")
    if errors:
        lines.append(f"{errors} of the failed could not run as written (malformed or erroring): see ERROR above")
    lines.append(summary_line(report))
    return "\n".join(lines)


def _step_record(step: StepResult) -> dict[str, Any]:
    return {
        "step": step.step.number,
        "line": step.step.line,
        "repetition": step.repetition,
        "status": step.status,
        "expected": step.step.expectation.verdict.value if step.step.expectation.verdict else None,
        "expected_policies": list(step.step.expectation.policy_ids),
        "failures": list(step.failures),
        "errors": list(step.errors),
        "decision": step.decision.to_record(),
    }


def to_json(report: RunReport) -> dict[str, Any]:
    """The run as a JSON-ready dict: summary, scenarios with their steps, and coverage.

    Args:
        report: The run.

    Returns:
        The dict.
    """
    data: dict[str, Any] = {
        "policies": str(report.policies),
        "summary": {
            "passed": report.count("passed"),
            "failed": report.count("failed"),
            "errors": report.count("error"),
            "ok": report.is_ok,
        },
        "scenarios": [
            {
                "name": r.scenario_name,
                "technique": r.technique,
                "file": str(r.path),
                "status": r.status,
                "duration_s": round(r.duration_s, 4),
                "problems": [{"file": p.source, "line": p.line, "message": p.message} for p in r.problems],
                "steps": [_step_record(s) for s in r.steps],
            }
            for r in report.results
        ],
    }
    if report.coverage is not None:
        data["coverage"] = [
            {
                "policy_id": c.policy_id,
                "file": c.file,
                "line": c.line,
                "decided": c.decided,
                "changed": c.changed,
                "changed_in": list(c.changed_in),
            }
            for c in report.coverage
        ]
    return data


def to_junit(report: RunReport) -> ET.Element:
    """The run as JUnit XML: one test suite per technique, one test case per scenario.

    Args:
        report: The run.

    Returns:
        The `<testsuites>` element.
    """
    suites = ET.Element("testsuites", name="bastion")
    by_technique: dict[str, list[ScenarioResult]] = {}
    for result in report.results:
        by_technique.setdefault(result.technique or "malformed", []).append(result)
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for technique, results in by_technique.items():
        failures = sum(1 for r in results if r.status == "failed")
        errors = sum(1 for r in results if r.status == "error")
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=technique,
            tests=str(len(results)),
            failures=str(failures),
            errors=str(errors),
            time=f"{sum(r.duration_s for r in results):.3f}",
        )
        totals["tests"] += len(results)
        totals["failures"] += failures
        totals["errors"] += errors
        for result in results:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=technique,
                name=result.scenario_name,
                file=str(result.path),
                time=f"{result.duration_s:.3f}",
            )
            if result.status == "passed":
                continue
            detail = "\n".join(describe_scenario(result)[1:])
            first = next((s for s in result.steps if s.status != "passed"), None)
            if result.status == "error":
                message = str(result.problems[0]) if result.problems else (first.errors[0] if first else "error")
                ET.SubElement(case, "error", message=message).text = detail
            else:
                message = first.failures[0] if first and first.failures else "failed"
                if first is not None:
                    message = f"step {first.step.number}: {message}"
                ET.SubElement(case, "failure", message=message).text = detail
    for key, value in totals.items():
        suites.set(key, str(value))
    return suites


def write_junit(report: RunReport, path: Path) -> None:
    """Write the JUnit XML of a run to a file.

    Args:
        report: The run.
        path: The file to write.
    """
    tree = ET.ElementTree(to_junit(report))
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
