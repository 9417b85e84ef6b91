"""Run scenarios against a policy pack and judge every decision; measure which policies matter.

Each scenario gets a fresh firewall built the way a deployment builds one (`Firewall.from_config`
with the scenario's catalog and settings), so a scenario tests the pipeline as shipped. Coverage
re-decides every recorded call with one policy removed at a time: a policy whose removal changes
no verdict is one the scenarios do not yet justify.
"""

from __future__ import annotations

import fnmatch
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import BastionError, Problem, TraceError
from bastion.events import Decision, ToolCall, Verdict
from bastion.firewall import Firewall, Stage
from bastion.policy.engine import PolicyEngine
from bastion.policy.stage import PolicyStage
from bastion.testing.scenario import Expectation, Scenario, Step, discover, load_scenario
from bastion.toolcheck import changed_tools

__all__ = [
    "PolicyCoverage",
    "RunReport",
    "ScenarioResult",
    "Status",
    "StepResult",
    "check_decision",
    "collect",
    "measure_coverage",
    "run_scenario",
    "run_scenarios",
    "select",
]

Status = Literal["passed", "failed", "error"]
StageFactory = Callable[[Scenario, Config], Sequence[Stage]]

_STAGE_FAILURE = re.compile(r"^stage '.+' failed: ")
_MAX_REPORTED_REPETITIONS = 5


@dataclass(frozen=True)
class StepResult:
    """The decision on one tool call of a scenario and how it measured up.

    Args:
        step: The step (its event, line and expectation).
        repetition: Which repetition of the step this is (1-based).
        decision: The firewall's decision.
        failures: How the decision differs from the expectation.
        errors: Why the step could not be judged (a signal never produced, a stage that failed
            internally).
    """

    step: Step
    repetition: int
    decision: Decision
    failures: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def status(self) -> Status:
        """`error` over `failed` over `passed`."""
        return "error" if self.errors else "failed" if self.failures else "passed"


@dataclass(frozen=True)
class _CallRecord:
    engine: PolicyEngine
    call: ToolCall
    decision: Decision
    resource_id: str


@dataclass(frozen=True)
class ScenarioResult:
    """The outcome of one scenario file.

    Args:
        scenario_name: The scenario's name (the file name when it did not load).
        technique: Its technique (empty when it did not load).
        path: The file.
        steps: One result per judged tool call: its failing or erroring repetitions (the first five
            of a repeated step) and its last one.
        problems: Why the file could not be run (malformed, policies that do not load, ...).
        duration_s: Wall time.
        line: The line of the scenario's first failing step, or of its problem.
    """

    scenario_name: str
    technique: str
    path: Path
    steps: tuple[StepResult, ...] = ()
    problems: tuple[Problem, ...] = ()
    duration_s: float = 0.0
    calls: tuple[_CallRecord, ...] = field(default=(), repr=False, compare=False)

    @property
    def status(self) -> Status:
        """`error` if the scenario could not run or any step errored, `failed` if any step failed."""
        if self.problems or any(s.status == "error" for s in self.steps):
            return "error"
        return "failed" if any(s.status == "failed" for s in self.steps) else "passed"


@dataclass(frozen=True)
class PolicyCoverage:
    """What the scenarios showed of one policy.

    Args:
        policy_id: The policy's `@id`.
        file: Its file.
        line: Its line.
        decided: How many decisions named it among the deciding policies.
        changed: How many verdicts change when it is removed from the pack.
        changed_in: The scenarios where removing it changes a verdict.
    """

    policy_id: str
    file: str
    line: int
    decided: int
    changed: int
    changed_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunReport:
    """Every scenario's result, and coverage when it was measured.

    Args:
        results: One per scenario file, in run order.
        policies: The policy directory tested.
        coverage: One entry per policy of the pack, or None when not measured.
    """

    results: tuple[ScenarioResult, ...]
    policies: Path
    coverage: tuple[PolicyCoverage, ...] | None = None

    def count(self, status: Status) -> int:
        """How many scenarios ended with this status."""
        return sum(1 for r in self.results if r.status == status)

    @property
    def is_ok(self) -> bool:
        """True when there was at least one scenario and every one passed."""
        return bool(self.results) and all(r.status == "passed" for r in self.results)


def check_decision(decision: Decision, expectation: Expectation, *, policy_ids: set[str] | None = None) -> StepResult:
    """Judge one decision against an expectation (pure: no firewall needed).

    Args:
        decision: The decision.
        expectation: What it must be.
        policy_ids: Every `@id` of the pack, so that a failure can say when an expected policy is absent.

    Returns:
        A StepResult for a placeholder step; callers replace `step` and `repetition`.
    """
    failures: list[str] = []
    errors: list[str] = [f"a stage failed internally: {e}" for e in decision.errors if _STAGE_FAILURE.match(e)]
    if expectation.verdict is not None and decision.verdict is not expectation.verdict:
        failures.append(f"expected verdict {expectation.verdict.value}, got {decision.verdict.value}")
    for policy_id in expectation.policy_ids:
        if policy_id not in decision.policy_ids:
            got = ", ".join(decision.policy_ids) or "none"
            # A pack without the policy is a regression of the pack (or a typo): a failure either way.
            missing = (
                " (the pack has no policy with this @id)"
                if policy_ids is not None and policy_id not in policy_ids
                else ""
            )
            failures.append(f"expected policy {policy_id!r} among the deciding policies{missing}, got: {got}")
    for bound in expectation.signals:
        if bound.signal not in decision.signals:
            produced = ", ".join(sorted(decision.signals)) or "none"
            errors.append(
                f"line {bound.line}: expect_signals names {bound.signal!r}, a signal the firewall did not produce "
                f"for this call (produced: {produced})"
            )
            continue
        violation = bound.violation(decision.signals[bound.signal])
        if violation is not None:
            failures.append(f"expected signal {violation}")
    call = ToolCall(session=decision.session, id=decision.call_id, tool=decision.tool_name)
    placeholder = Step(0, 0, call, expectation)
    return StepResult(placeholder, 1, decision, tuple(failures), tuple(errors))


def _engine(firewall: Firewall) -> PolicyEngine:
    for stage in firewall.stages:
        if isinstance(stage, PolicyStage):
            return stage.engine
    raise BastionError("the firewall has no policy stage; bastion test needs one to decide")


def _config(base: Config, scenario: Scenario) -> Config:
    raw: dict[str, Any] = base.model_dump()
    raw.update(scenario.settings)
    return Config.from_mapping(raw, source=f"{scenario.path}: settings")


async def run_scenario(
    scenario: Scenario, base: Config, *, extra_stages: StageFactory | None = None, session_prefix: str = ""
) -> ScenarioResult:
    """Run one scenario with a fresh firewall and judge each expectation.

    Args:
        scenario: The scenario.
        base: The settings under the scenario's own (the policy directory above all).
        extra_stages: Builds stages to add before the policy stage (for example a custom signal stage).
        session_prefix: Put before every session id, so that runs recorded to one audit store do not
            resume each other's sessions.

    Returns:
        The result; a pack that does not load or a scenario setting it rejects is a problem, not a raise.
    """
    started = time.perf_counter()
    where = Problem(str(scenario.path), None, "")
    try:
        config = _config(base, scenario)
        stages = list(extra_stages(scenario, config)) if extra_stages else []
        firewall = Firewall.from_config(config, catalog=scenario.catalog, extra_stages=stages)
    except BastionError as exc:
        problems = getattr(exc, "problems", None) or [replace(where, message=str(exc))]
        return ScenarioResult(
            scenario.scenario_name,
            scenario.technique,
            scenario.path,
            problems=tuple(problems),
            duration_s=time.perf_counter() - started,
        )
    if scenario.approved_tools is not None:
        # What the MCP wrapper's pins would say of this catalog, had a person approved `approved_tools`.
        firewall.set_changed_tools(changed_tools(scenario.approved_tools, scenario.catalog))
    engine = _engine(firewall)
    known_ids = {p.policy_id for p in engine.source.policies}
    results: list[StepResult] = []
    calls: list[_CallRecord] = []
    async with firewall:
        for step in scenario.steps:
            shown = 0
            for repetition in range(1, step.repeat + 1):
                event = step.event
                if session_prefix:
                    event = event.model_copy(update={"session": session_prefix + event.session})
                decision = await firewall.process(event)
                if decision is None:
                    continue
                assert isinstance(step.event, ToolCall)
                calls.append(_CallRecord(engine, step.event, decision, firewall.resource_id))
                if step.expectation.is_empty:
                    continue
                judged = check_decision(decision, step.expectation, policy_ids=known_ids)
                # A repeated step that fails every time is reported a few times, not thousands.
                is_shown = judged.status != "passed" and shown < _MAX_REPORTED_REPETITIONS
                if is_shown or repetition == step.repeat:
                    shown += judged.status != "passed"
                    results.append(replace(judged, step=step, repetition=repetition))
    return ScenarioResult(
        scenario.scenario_name,
        scenario.technique,
        scenario.path,
        steps=tuple(results),
        duration_s=time.perf_counter() - started,
        calls=tuple(calls),
    )


def _matches(patterns: Sequence[str], *texts: str) -> bool:
    for pattern in patterns:
        wanted = pattern.lower()
        for text in texts:
            value = text.lower()
            if any(ch in wanted for ch in "*?[") and fnmatch.fnmatchcase(value, wanted):
                return True
            if wanted in value:
                return True
    return False


def select(scenario: Scenario, patterns: Sequence[str]) -> bool:
    """Whether `-k` patterns select a scenario (substring, or glob with `*?[`; name, technique or path).

    Args:
        scenario: The scenario.
        patterns: The patterns; none selects everything, several select what any one selects.

    Returns:
        True when selected.
    """
    return not patterns or _matches(patterns, scenario.scenario_name, scenario.technique, str(scenario.path))


def collect(
    paths: Sequence[Path], *, default_tools: Catalog | None = None, patterns: Sequence[str] = ()
) -> tuple[list[Scenario], list[ScenarioResult]]:
    """Find and load scenario files; malformed ones become error results instead of stopping the run.

    Args:
        paths: Files and directories.
        default_tools: The catalog for scenarios that name none.
        patterns: `-k` patterns selecting scenarios.

    Returns:
        The selected scenarios, and an error result for each file that did not load (or whose
        name repeats another's).

    Raises:
        BastionError: A path does not exist.
    """
    scenarios: list[Scenario] = []
    broken: list[ScenarioResult] = []
    seen: dict[str, Path] = {}
    for path in discover(list(paths)):
        try:
            scenario = load_scenario(path, default_tools=default_tools)
        except TraceError as exc:
            if not patterns or _matches(patterns, str(path)):
                broken.append(ScenarioResult(path.stem, "", path, problems=tuple(exc.problems)))
            continue
        if not select(scenario, patterns):
            continue
        if scenario.scenario_name in seen:
            problem = Problem(
                str(path), None, f"name {scenario.scenario_name!r} is already used by {seen[scenario.scenario_name]}"
            )
            broken.append(ScenarioResult(scenario.scenario_name, scenario.technique, path, problems=(problem,)))
            continue
        seen[scenario.scenario_name] = path
        scenarios.append(scenario)
    return scenarios, broken


def measure_coverage(results: Sequence[ScenarioResult]) -> tuple[PolicyCoverage, ...]:
    """For every policy: how many decisions it decided, and how many verdicts change without it.

    Every recorded call is re-decided from the context it was decided in (its arguments and the
    signals the stages produced), with the pack minus one policy. This is exact as long as no
    stage's state depends on earlier verdicts, which holds for stages that only observe events.

    Args:
        results: Results of `run_scenario` (calls that ended in a stage failure are left out).

    Returns:
        One entry per policy of the pack, in pack order.
    """
    records = [
        (result.scenario_name, record)
        for result in results
        for record in result.calls
        if not any(_STAGE_FAILURE.match(e) for e in record.decision.errors)
    ]
    if not records:
        return ()
    source = records[0][1].engine.source
    decided = {p.policy_id: 0 for p in source.policies}
    for _, record in records:
        for policy_id in record.decision.policy_ids:
            if policy_id in decided:
                decided[policy_id] += 1
    by_engine: dict[tuple[str, Any], list[tuple[str, _CallRecord, dict[str, Any], Verdict]]] = {}
    for name, record in records:
        engine = record.engine
        request, errors, _ = engine.build_request(
            record.call.tool_name, record.call.arguments, dict(record.decision.signals), record.resource_id
        )
        if request is None or errors:
            continue
        key = (engine.version, engine.principal)
        by_engine.setdefault(key, []).append((name, record, request, engine.authorize(request).verdict))
    coverage = []
    for policy in source.policies:
        changed = 0
        changed_in: dict[str, None] = {}
        reduced_source = replace(source, policies=tuple(p for p in source.policies if p is not policy))
        for entries in by_engine.values():
            engine = entries[0][1].engine
            reduced = PolicyEngine.compile(reduced_source, engine.catalog, engine.principal)
            for name, _, request, verdict in entries:
                if reduced.authorize(request).verdict is not verdict:
                    changed += 1
                    changed_in[name] = None
        coverage.append(
            PolicyCoverage(
                policy.policy_id, policy.file, policy.line, decided[policy.policy_id], changed, tuple(changed_in)
            )
        )
    return tuple(coverage)


async def run_scenarios(
    scenarios: Sequence[Scenario],
    base: Config,
    *,
    broken: Sequence[ScenarioResult] = (),
    extra_stages: StageFactory | None = None,
    with_coverage: bool = False,
    session_prefix: str = "",
) -> RunReport:
    """Run scenarios one after another and gather the report.

    Args:
        scenarios: The scenarios.
        base: The settings under each scenario's own (the policy directory above all).
        broken: Error results of files that did not load, reported with the rest.
        extra_stages: Builds stages to add before the policy stage, per scenario.
        with_coverage: Also measure which policies the scenarios exercise and need.
        session_prefix: Put before every session id (see `run_scenario`).

    Returns:
        The report.
    """
    results = [*broken]
    for scenario in scenarios:
        results.append(await run_scenario(scenario, base, extra_stages=extra_stages, session_prefix=session_prefix))
    results.sort(key=lambda r: str(r.path))
    coverage = measure_coverage(results) if with_coverage else None
    return RunReport(tuple(results), base.policies, coverage)
