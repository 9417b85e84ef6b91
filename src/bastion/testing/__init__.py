"""Test policies: scenario files run like tests (`bastion test`), and helpers for a project's own tests.

The pytest plugin (`bastion.testing.plugin`, registered as a `pytest11` entry point) adds the
`bastion_firewall` fixture and collects `*.bastion.yaml` files; `assert_decision` and `tool_call`
work in any test framework.
"""

from __future__ import annotations

from bastion.testing.assertions import assert_decision, tool_call
from bastion.testing.runner import (
    PolicyCoverage,
    RunReport,
    ScenarioResult,
    StepResult,
    check_decision,
    collect,
    measure_coverage,
    run_scenario,
    run_scenarios,
)
from bastion.testing.scenario import Expectation, Scenario, SignalBound, Step, load_scenario, load_scenario_text

__all__ = [
    "Expectation",
    "PolicyCoverage",
    "RunReport",
    "Scenario",
    "ScenarioResult",
    "SignalBound",
    "Step",
    "StepResult",
    "assert_decision",
    "check_decision",
    "collect",
    "load_scenario",
    "load_scenario_text",
    "measure_coverage",
    "run_scenario",
    "run_scenarios",
    "tool_call",
]
