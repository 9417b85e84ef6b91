"""The scenario library's own rules: every attack has a benign twin, and the README lists every technique."""

from __future__ import annotations

from bastion.events import ToolCall, Verdict
from bastion.testing.scenario import Scenario, discover, load_scenario
from tests.conftest import REPO

SCENARIOS = REPO / "scenarios"


def _library() -> list[Scenario]:
    return [load_scenario(path) for path in discover([SCENARIOS])]


def _verdicts(scenario: Scenario) -> set[Verdict]:
    return {
        step.expectation.verdict
        for step in scenario.steps
        if isinstance(step.event, ToolCall) and step.expectation.verdict is not None
    }


def test_every_scenario_sits_in_the_folder_of_its_technique() -> None:
    for scenario in _library():
        assert scenario.path.parent.name == scenario.technique, scenario.path


def test_every_attack_has_a_benign_twin_in_the_same_folder_that_is_allowed() -> None:
    library = {s.scenario_name: s for s in _library()}
    attacks = [s for s in library.values() if not s.scenario_name.endswith("-benign")]
    assert attacks
    for attack in attacks:
        twin = library.get(f"{attack.scenario_name}-benign")
        assert twin is not None, f"{attack.path}: no benign twin named {attack.scenario_name}-benign"
        assert twin.path.parent == attack.path.parent, twin.path
        assert _verdicts(twin) == {Verdict.ALLOW}, twin.path
        assert _verdicts(attack) & {Verdict.DENY, Verdict.ASK}, attack.path


def test_the_readme_lists_every_technique() -> None:
    readme = (SCENARIOS / "README.md").read_text()
    for technique in {s.technique for s in _library()}:
        assert f"`{technique}`" in readme, technique
