from __future__ import annotations

import tomllib

import pytest

from bastion.testing import assert_decision, tool_call
from tests.conftest import POLICIES, REPO, TOOLS

pytest_plugins = ["pytester"]


def _project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    # Load the plugin explicitly and nothing else, whether or not bastion's entry point is installed.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makeini(f"[pytest]\nbastion_policies = {POLICIES}\nbastion_tools = {TOOLS}\n")


def test_the_fixture_and_assert_decision_pass_and_fail_as_decided(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch)
    pytester.makepyfile(
        """
        from bastion.testing import assert_decision, tool_call

        def test_shell_wipe_is_denied(bastion_firewall):
            firewall = bastion_firewall()
            decision = firewall.decide(tool_call("run_shell", {"command": "rm -rf /"}))
            assert_decision(decision, "deny", policy="deny-destructive-shell",
                            signals={"flags": {"contains": "shell_destructive"}})

        def test_a_wrong_expectation_fails(bastion_firewall):
            firewall = bastion_firewall(allowed_roots=["/home/user"])
            decision = firewall.decide(tool_call("read_file", {"path": "/etc/passwd"}))
            assert_decision(decision, "allow")
        """
    )
    result = pytester.runpytest("-p", "bastion.testing.plugin")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*decision on call call (read_file) is not as expected:*",
            "*expected: allow*",
            "*actual:   deny*",
            "*policies: deny-path-outside-roots*",
        ]
    )


def test_scenario_files_are_collected_and_a_failing_one_reports_its_step(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch)
    call = "{type: tool_call, id: c1, tool: run_shell, arguments: {command: 'rm -rf /'}"
    pytester.makefile(".bastion.yaml", good=f"name: good\ntechnique: t\nevents:\n  - {call}, expect: deny}}\n")
    pytester.makefile(".bastion.yaml", bad=f"name: bad\ntechnique: t\nevents:\n  - {call}, expect: allow}}\n")
    result = pytester.runpytest("-p", "bastion.testing.plugin", "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*bad.bastion.yaml::bad FAILED*", "*good.bastion.yaml::good PASSED*"])
    result.stdout.fnmatch_lines(["*step 1 (call c1 run_shell) at *bad.bastion.yaml:4*", "*expected: allow*"])


def test_a_malformed_scenario_file_is_a_collection_error_with_its_line(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch)
    pytester.makefile(".bastion.yaml", broken="name: b\ntechnique: t\nevents:\n  - {type: nonsense}\n")
    result = pytester.runpytest("-p", "bastion.testing.plugin")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*broken.bastion.yaml:4: event 1: unknown event type 'nonsense'*"])


def test_assert_decision_rejects_a_malformed_expectation() -> None:
    from bastion.events import Decision

    decision = Decision(session="s", id="c", tool="t", verdict="allow")  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match="malformed expectation"):
        assert_decision(decision, "allow", signals={"risk": {"minimum": 3}})
    with pytest.raises(AssertionError, match="malformed expectation"):
        assert_decision(decision, "maybe")
    assert tool_call("t").tool_name == "t"


def test_the_plugin_is_registered_as_a_pytest11_entry_point() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["entry-points"]["pytest11"] == {"bastion": "bastion.testing.plugin"}
