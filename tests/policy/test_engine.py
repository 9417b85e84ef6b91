from __future__ import annotations

from pathlib import Path

import pytest

from bastion.catalog import Catalog
from bastion.errors import PolicyValidationError
from bastion.events import Outcome, Verdict
from bastion.policy.engine import PolicyEngine, Principal, combine
from bastion.policy.source import PolicyInfo, load_policy_dir
from tests.conftest import POLICIES


def _policy(policy_id: str, effect: str, verdict: Verdict = Verdict.DENY) -> PolicyInfo:
    return PolicyInfo(policy_id, effect, f"because {policy_id}", verdict, "f.cedar", 1, "")  # type: ignore[arg-type]


def test_combine_allow_names_the_permitting_policies() -> None:
    assert combine("Allow", [_policy("p", "permit")], []) == Outcome(Verdict.ALLOW, ("p",), ("because p",))


def test_combine_deny_with_no_forbid_means_nothing_permitted() -> None:
    assert combine("Deny", [], []) == Outcome(Verdict.DENY, (), ("no policy permits this call",))


def test_combine_forbid_overrides_and_a_deny_forbid_beats_an_ask_forbid() -> None:
    outcome = combine("Deny", [_policy("a", "forbid", Verdict.ASK), _policy("d", "forbid")], [])
    assert outcome == Outcome(Verdict.DENY, ("d",), ("because d",))


def test_combine_only_ask_forbids_ask() -> None:
    outcome = combine("Deny", [_policy("a", "forbid", Verdict.ASK)], [])
    assert outcome == Outcome(Verdict.ASK, ("a",), ("because a",))


def test_combine_errors_and_nodecision_deny() -> None:
    assert combine("Allow", [_policy("p", "permit")], ["boom"]).verdict is Verdict.DENY
    assert combine("NoDecision", [], []).verdict is Verdict.DENY


def test_a_policy_that_does_not_match_the_schema_is_reported_with_file_line_and_id(
    policy_dir: Path, catalog: Catalog
) -> None:
    (policy_dir / "typo.cedar").write_text(
        '\n\n@id("typo")\nforbid(principal, action, resource) when { context.bastion.risky > 3 };\n'
    )
    with pytest.raises(PolicyValidationError) as info:
        PolicyEngine.compile(load_policy_dir(policy_dir), catalog)
    [problem] = info.value.problems
    assert (Path(problem.source).name, problem.line, problem.policy_id) == ("typo.cedar", 3, "typo")
    assert "risky" in problem.message


def test_a_policy_naming_an_unknown_tool_fails_validation(policy_dir: Path, catalog: Catalog) -> None:
    (policy_dir / "tool.cedar").write_text(
        '@id("t")\nforbid(principal, action == Bastion::Action::"launch", resource);'
    )
    with pytest.raises(PolicyValidationError) as info:
        PolicyEngine.compile(load_policy_dir(policy_dir), catalog)
    assert info.value.problems[0].policy_id == "t"


def test_a_policy_on_a_specific_tool_argument_compiles_and_decides(policy_dir: Path, catalog: Catalog) -> None:
    (policy_dir / "money.cedar").write_text(
        '@id("deny-large-payment")\n@reason("payments over 1000 need a person")\n'
        'forbid(principal, action == Bastion::Action::"send_money", resource)\n'
        'when { context.input.amount.greaterThan(decimal("1000.0")) };\n'
    )
    engine = PolicyEngine.compile(load_policy_dir(policy_dir), catalog)
    request, errors, _ = engine.build_request("send_money", {"iban": "X", "amount": 1500}, {"flags": []}, "tools")
    assert errors == []
    assert request is not None
    assert engine.authorize(request) == Outcome(
        Verdict.DENY, ("deny-large-payment",), ("payments over 1000 need a person",)
    )


def test_group_policies_for_groups_the_catalog_leaves_empty_are_warnings(policy_dir: Path) -> None:
    source = load_policy_dir(policy_dir, profile="ask-side-effects")
    engine = PolicyEngine.compile(source, Catalog.from_list([{"name": "only_tool"}]))
    warned = {w.policy_id for w in engine.warnings}
    assert "allow-read-only" in warned
    assert "deny-destructive-tool" in warned


def test_principal_attributes_that_the_stub_does_not_declare_are_rejected(policy_dir: Path, catalog: Catalog) -> None:
    with pytest.raises(PolicyValidationError, match="principal"):
        PolicyEngine.compile(load_policy_dir(policy_dir), catalog, Principal("alice", (), (("clearance", 3),)))


def test_principal_groups_are_entities_policies_can_test(policy_dir: Path, catalog: Catalog) -> None:
    (policy_dir / "ops.cedar").write_text(
        '@id("ops-only-shell")\n@reason("only operators run shell commands")\n'
        'forbid(principal, action == Bastion::Action::"run_shell", resource)\n'
        'unless { principal in Bastion::Group::"operators" };\n'
    )
    source = load_policy_dir(policy_dir)
    for principal, verdict in ((Principal("alice", ("operators",)), Verdict.ALLOW), (Principal("bob"), Verdict.DENY)):
        engine = PolicyEngine.compile(source, catalog, principal)
        request, _, _ = engine.build_request("run_shell", {"command": "ls"}, {"flags": []}, "tools")
        assert request is not None
        assert engine.authorize(request).verdict is verdict


def test_version_changes_when_a_policy_changes(policy_dir: Path, catalog: Catalog) -> None:
    before = PolicyEngine.compile(load_policy_dir(policy_dir), catalog).version
    (policy_dir / "extra.cedar").write_text(
        '@id("x")\nforbid(principal, action == Bastion::Action::"run_shell", resource);'
    )
    assert PolicyEngine.compile(load_policy_dir(policy_dir), catalog).version != before


def test_several_deciding_policies_are_reported_in_file_order(policy_dir: Path, catalog: Catalog) -> None:
    engine = PolicyEngine.compile(load_policy_dir(policy_dir, profile="ask-side-effects"), catalog)
    request, _, _ = engine.build_request(
        "delete_file", {"path": "/x"}, {"flags": ["shell_destructive", "path_traversal", "sql_destructive"]}, "t"
    )
    assert request is not None
    for _ in range(20):
        # The pack's files in name order, the profile's last.
        assert engine.authorize(request).policy_ids == (
            "deny-destructive-shell",
            "deny-destructive-sql",
            "deny-path-traversal",
            "deny-destructive-tool",
        )


def test_forbids_outright_only_for_tools_no_call_of_which_can_be_allowed(policy_dir: Path, catalog: Catalog) -> None:
    engine = PolicyEngine.compile(load_policy_dir(policy_dir, profile="ask-side-effects"), catalog)
    outright = {name for name in catalog.names() if engine.forbids_outright(name, "tools")}
    # delete_file declares itself destructive; send_money is only sent for approval (an ask), and the
    # others are forbidden only under conditions on their arguments or signals.
    assert outright == {"delete_file"}


def test_default_pack_forbids_no_tool_outright(policy_dir: Path, catalog: Catalog) -> None:
    engine = PolicyEngine.compile(load_policy_dir(policy_dir), catalog)
    assert not any(engine.forbids_outright(name, "tools") for name in catalog.names())


def test_forbids_outright_follows_the_principal(policy_dir: Path, catalog: Catalog) -> None:
    (policy_dir / "interns.cedar").write_text(
        '@id("interns-read-only")\n@reason("interns only read")\n'
        'forbid (principal == Bastion::User::"intern", action in Bastion::Action::"SideEffecting", resource);\n'
    )
    source = load_policy_dir(policy_dir)
    intern = PolicyEngine.compile(source, catalog, Principal("intern"))
    agent = PolicyEngine.compile(source, catalog, Principal("agent"))
    assert intern.forbids_outright("write_file", "tools")
    assert not agent.forbids_outright("write_file", "tools")
    assert not intern.forbids_outright("read_file", "tools")


def test_an_unannotated_tool_whose_name_reads_is_permitted_as_read_only() -> None:
    catalog = Catalog.from_list([{"name": "get_user_details"}, {"name": "update_user_details"}])
    engine = PolicyEngine.compile(load_policy_dir(POLICIES), catalog)
    decided = {}
    for tool_name in ("get_user_details", "update_user_details"):
        request, errors, _ = engine.build_request(tool_name, {}, {"flags": []}, "r")
        assert errors == [] and request is not None
        decided[tool_name] = engine.authorize(request).policy_ids
    assert decided == {"get_user_details": ("allow-read-only",), "update_user_details": ("allow-other-tools",)}
