from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bastion.config import Config
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict
from bastion.firewall import Stage, StageContext
from bastion.testing.runner import (
    check_decision,
    collect,
    measure_coverage,
    run_scenario,
    run_scenarios,
    select,
)
from bastion.testing.scenario import Expectation, Scenario, SignalBound, load_scenario_text
from tests.conftest import POLICIES, TOOLS

SHELL = f"""name: shell
technique: destructive-shell
tools: {TOOLS}
events:
  - {{type: message, role: user, content: tidy up}}
  - type: tool_call
    id: c1
    tool: run_shell
    arguments: {{command: "rm -rf /home/user"}}
    expect: deny
    expect_policy: deny-destructive-shell
  - {{type: tool_call, id: c2, tool: read_file, arguments: {{path: /home/user/a}}, expect: allow}}
"""


def _scenario(text: str = SHELL, name: str = "case.yaml") -> Scenario:
    return load_scenario_text(text, source=name)


def _decision(**fields: object) -> Decision:
    base: dict[str, object] = {"session": "s", "id": "c1", "tool": "run_shell", "verdict": "allow"}
    base.update(fields)
    return Decision.model_validate(base)


async def test_a_scenario_passes_on_the_default_pack() -> None:
    result = await run_scenario(_scenario(), Config(policies=POLICIES))
    assert result.status == "passed"
    assert [(s.step.number, s.status) for s in result.steps] == [(2, "passed"), (3, "passed")]


async def test_removing_the_deciding_policy_fails_the_step_and_says_why(policy_dir: Path) -> None:
    text = (policy_dir / "destructive.cedar").read_text()
    start = text.index('@id("deny-destructive-shell")')
    end = text.index('@id("deny-destructive-sql")')
    (policy_dir / "destructive.cedar").write_text(text[:start] + text[end:])
    result = await run_scenario(_scenario(), Config(policies=policy_dir))
    assert result.status == "failed"
    step = result.steps[0]
    assert step.step.number == 2
    assert step.decision.verdict is Verdict.ALLOW
    assert step.failures == (
        "expected verdict deny, got allow",
        "expected policy 'deny-destructive-shell' among the deciding policies (the pack has no policy with "
        "this @id), got: allow-other-tools",
    )


async def test_weakening_a_policy_fails_the_step_with_expected_and_actual(policy_dir: Path) -> None:
    file = policy_dir / "destructive.cedar"
    file.write_text(file.read_text().replace('contains("shell_destructive")', 'contains("never_raised")'))
    result = await run_scenario(_scenario(), Config(policies=policy_dir))
    assert result.status == "failed"
    failing = [s for s in result.steps if s.status != "passed"]
    assert [s.step.number for s in failing] == [2]
    assert failing[0].failures == (
        "expected verdict deny, got allow",
        "expected policy 'deny-destructive-shell' among the deciding policies, got: allow-other-tools",
    )


async def test_an_expectation_on_a_signal_the_firewall_does_not_produce_is_an_error() -> None:
    text = SHELL.replace("    expect_policy: deny-destructive-shell\n", "    expect_signals: {risk: {min: 70}}\n")
    result = await run_scenario(_scenario(text), Config(policies=POLICIES))
    assert result.status == "error"
    (error,) = result.steps[0].errors
    assert "'risk', a signal the firewall did not produce" in error
    assert error.startswith("line 11:")


class _Broken:
    name = "broken"

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        if isinstance(event, ToolCall):
            raise RuntimeError("boom")


async def test_a_stage_that_fails_makes_the_step_an_error_not_a_pass() -> None:
    def stages(scenario: Scenario, config: Config) -> Sequence[Stage]:
        return [_Broken()]

    result = await run_scenario(_scenario(), Config(policies=POLICIES), extra_stages=stages)
    assert result.status == "error"
    assert "a stage failed internally" in result.steps[0].errors[0]


async def test_a_pack_that_does_not_load_is_a_scenario_error(tmp_path: Path) -> None:
    result = await run_scenario(_scenario(), Config(policies=tmp_path))
    assert result.status == "error"
    assert result.problems


async def test_repeated_steps_report_only_the_failing_repetitions_and_the_last() -> None:
    text = f"""name: loop
technique: budget
tools: {TOOLS}
events:
  - {{type: tool_call, id: c, tool: read_file, arguments: {{path: /home/user/a}}, repeat: 502, expect: allow}}
"""
    result = await run_scenario(_scenario(text), Config(policies=POLICIES))
    assert result.status == "failed"
    assert [s.repetition for s in result.steps] == [501, 502]
    assert all(s.decision.policy_ids == ["deny-session-call-budget"] for s in result.steps)


def test_check_decision_judges_verdict_policy_and_signals() -> None:
    expectation = Expectation(Verdict.DENY, ("p",), (SignalBound("risk", 3, minimum=70),))
    judged = check_decision(_decision(verdict="deny", policy_ids=["p"], signals={"risk": 80}), expectation)
    assert judged.status == "passed"
    judged = check_decision(_decision(verdict="ask", policy_ids=["q"], signals={"risk": 20}), expectation)
    assert judged.failures == (
        "expected verdict deny, got ask",
        "expected policy 'p' among the deciding policies, got: q",
        "expected signal risk >= 70: got 20",
    )


async def test_coverage_names_unexercised_policies_and_those_that_change_verdicts() -> None:
    report = await run_scenarios([_scenario()], Config(policies=POLICIES), with_coverage=True)
    assert report.coverage is not None
    by_id = {c.policy_id: c for c in report.coverage}
    assert by_id["deny-destructive-shell"].decided == 1
    assert by_id["deny-destructive-shell"].changed == 1
    assert by_id["deny-destructive-shell"].changed_in == ("shell",)
    assert by_id["allow-read-only"].changed == 1
    assert by_id["deny-destructive-sql"].decided == 0
    assert by_id["deny-destructive-sql"].changed == 0
    assert measure_coverage(report.results) == report.coverage


async def test_a_policy_that_decides_but_never_matters_is_found(policy_dir: Path) -> None:
    twin = '\n@id("deny-shell-again")\n@reason("same")\nforbid (principal, action, resource)\n'
    twin += 'when { context.bastion.flags.contains("shell_destructive") };\n'
    (policy_dir / "twin.cedar").write_text(twin)
    report = await run_scenarios([_scenario()], Config(policies=policy_dir), with_coverage=True)
    assert report.coverage is not None
    by_id = {c.policy_id: c for c in report.coverage}
    assert by_id["deny-shell-again"].decided == 1
    assert by_id["deny-shell-again"].changed == 0
    assert by_id["deny-destructive-shell"].changed == 0


def test_collect_turns_malformed_and_duplicate_files_into_errors(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(SHELL)
    (tmp_path / "b.yaml").write_text(SHELL)
    (tmp_path / "c.yaml").write_text("name: [unclosed\n")
    scenarios, broken = collect([tmp_path])
    assert [s.path.name for s in scenarios] == ["a.yaml"]
    assert sorted((b.path.name, b.status) for b in broken) == [("b.yaml", "error"), ("c.yaml", "error")]
    assert "already used" in next(b for b in broken if b.path.name == "b.yaml").problems[0].message


def test_select_matches_substrings_and_globs_on_name_technique_and_path() -> None:
    scenario = _scenario()
    assert select(scenario, [])
    assert select(scenario, ["SHELL"])
    assert select(scenario, ["destructive-*"])
    assert select(scenario, ["nope", "case.yaml"])
    assert not select(scenario, ["sql"])


async def test_a_repeated_step_that_always_fails_is_reported_five_times_and_last() -> None:
    text = f"""name: loop
technique: budget
tools: {TOOLS}
events:
  - {{type: tool_call, id: c, tool: read_file, arguments: {{path: /home/user/a}}, repeat: 40, expect: deny}}
"""
    result = await run_scenario(_scenario(text), Config(policies=POLICIES))
    assert [s.repetition for s in result.steps] == [1, 2, 3, 4, 5, 40]
