"""A pytest plugin: assert a firewall's decisions in a project's own tests, and run scenario files as tests.

Installed with bastion (entry point `pytest11`), it gives:

- the `bastion_firewall` fixture, a factory of `SyncFirewall`s closed after the test:

      def test_shell_cannot_wipe_home(bastion_firewall):
          firewall = bastion_firewall(tools="tools.json")
          decision = firewall.decide(tool_call("run_shell", {"command": "rm -rf ~"}))
          assert_decision(decision, "deny", policy="deny-destructive-shell")

- `assert_decision` and `tool_call` (from `bastion.testing`, re-exported here);
- every `*.bastion.yaml` file collected as a test: one test per scenario file.

Settings (pytest ini): `bastion_policies` (default `policies`) and `bastion_tools` (the catalog
for fixtures and scenario files that name none), both relative to the rootdir.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import TraceError
from bastion.firewall import Firewall, SyncFirewall
from bastion.testing.assertions import assert_decision, tool_call
from bastion.testing.report import describe_scenario
from bastion.testing.runner import ScenarioResult, run_scenario
from bastion.testing.scenario import Scenario, load_scenario

__all__ = [
    "FirewallFactory",
    "ScenarioFile",
    "ScenarioItem",
    "assert_decision",
    "bastion_firewall",
    "tool_call",
]

FirewallFactory = Callable[..., SyncFirewall]
SCENARIO_SUFFIXES = (".bastion.yaml", ".bastion.yml")


def _root_path(config: pytest.Config, value: str | Path) -> Path:
    path = Path(value)
    return path if path.is_absolute() else config.rootpath / path


def pytest_addoption(parser: pytest.Parser) -> None:
    """Declare the plugin's ini settings."""
    parser.addini("bastion_policies", "bastion policy directory (relative to the rootdir)", default="policies")
    parser.addini("bastion_tools", "default bastion tool catalog for fixtures and scenario files", default="")


def _default_tools(config: pytest.Config) -> Catalog | None:
    value = str(config.getini("bastion_tools") or "")
    return Catalog.from_file(_root_path(config, value)) if value else None


@pytest.fixture
def bastion_firewall(request: pytest.FixtureRequest) -> Iterator[FirewallFactory]:
    """A factory of firewalls for a test: `bastion_firewall(policies=..., tools=..., **settings)`.

    `policies` defaults to the `bastion_policies` ini setting, `tools` (a catalog file or a list of
    MCP tool descriptions) to `bastion_tools`; further keywords are Config settings. Every firewall
    made is closed when the test ends.
    """
    made: list[SyncFirewall] = []

    def factory(
        policies: str | Path | None = None, tools: str | Path | list[dict[str, Any]] | None = None, **settings: Any
    ) -> SyncFirewall:
        config = request.config
        policy_dir = _root_path(config, policies if policies is not None else str(config.getini("bastion_policies")))
        if isinstance(tools, list):
            catalog = Catalog.from_list(tools, source="bastion_firewall(tools=...)")
        elif tools is not None:
            catalog = Catalog.from_file(_root_path(config, tools))
        else:
            catalog = _default_tools(config) or Catalog([])
        firewall = SyncFirewall(
            Firewall.from_config(Config.from_mapping({**settings, "policies": policy_dir}), catalog=catalog)
        )
        made.append(firewall)
        return firewall

    yield factory
    for firewall in made:
        firewall.close()


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ScenarioFile | None:
    """Collect `*.bastion.yaml` files as scenario tests."""
    if file_path.name.endswith(SCENARIO_SUFFIXES):
        return ScenarioFile.from_parent(parent, path=file_path)
    return None


class ScenarioFailed(Exception):
    """A scenario's decisions differed from its expectations (or it could not run)."""

    def __init__(self, result: ScenarioResult) -> None:
        super().__init__(result.scenario_name)
        self.result = result


class ScenarioFile(pytest.File):
    """A `*.bastion.yaml` file; a malformed one is a collection error naming its file and line."""

    def collect(self) -> Iterator[ScenarioItem]:
        """Load the scenario and yield it as one test item."""
        scenario = load_scenario(self.path, default_tools=_default_tools(self.config))
        yield ScenarioItem.from_parent(self, name=scenario.scenario_name, scenario=scenario)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> Any:  # type: ignore[override]
        """Show a malformed scenario's problems rather than a traceback."""
        if isinstance(excinfo.value, TraceError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class ScenarioItem(pytest.Item):
    """One scenario run against the `bastion_policies` pack."""

    def __init__(self, *, scenario: Scenario, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.scenario = scenario

    def runtest(self) -> None:
        """Run the scenario with a fresh firewall; fail with the runner's report if any step differs."""
        base = Config(policies=_root_path(self.config, str(self.config.getini("bastion_policies"))))
        result = asyncio.run(run_scenario(self.scenario, base))
        if result.status != "passed":
            raise ScenarioFailed(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        """The runner's failure report for a scenario; a traceback for anything else."""
        if isinstance(excinfo.value, ScenarioFailed):
            return "\n".join(describe_scenario(excinfo.value.result))
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        """Where the scenario is, for pytest's reports."""
        return self.path, 0, f"bastion scenario: {self.name}"
