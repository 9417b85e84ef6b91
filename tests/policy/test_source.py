from __future__ import annotations

from pathlib import Path

import pytest

from bastion.errors import PolicyParseError, PolicyValidationError
from bastion.events import Verdict
from bastion.policy.source import load_policy_dir, split_statements


def test_default_pack_loads_with_ids_reasons_and_lines() -> None:
    source = load_policy_dir(Path(__file__).resolve().parents[2] / "policies")
    policies = source.by_id()
    ask = policies["ask-untrusted-argument"]
    assert ask.effect == "forbid"
    assert ask.verdict is Verdict.ASK
    assert ask.file.endswith("provenance.cedar")
    assert ask.line == 5
    assert (
        policies["allow-read-only"].reason
        == "the tool only reads (readOnlyHint, or its name's verb when it declares none)"
    )
    assert "ask-open-world-side-effect" not in policies


def test_a_profile_adds_its_policies_from_the_profiles_folder() -> None:
    source = load_policy_dir(Path(__file__).resolve().parents[2] / "policies", profile="ask-side-effects")
    ask = source.by_id()["ask-open-world-side-effect"]
    assert ask.verdict is Verdict.ASK
    assert ask.file.endswith("profiles/ask-side-effects.cedar")


def test_an_unknown_profile_is_an_error_naming_the_profiles_offered(policy_dir: Path) -> None:
    with pytest.raises(PolicyParseError) as caught:
        load_policy_dir(policy_dir, profile="paranoid")
    [problem] = caught.value.problems
    assert problem.source.endswith("profiles")
    assert "paranoid" in problem.message and "ask-side-effects" in problem.message


def test_split_statements_ignores_semicolons_in_strings_and_comments() -> None:
    text = (
        '// a; comment\n@reason("x; y")\npermit(principal, action, resource);\n\nforbid(principal, action, resource);'
    )
    assert [line for line, _ in split_statements(text)] == [2, 5]


def test_a_syntax_error_is_reported_with_file_and_line(policy_dir: Path) -> None:
    (policy_dir / "broken.cedar").write_text(
        '@id("ok")\npermit(principal, action, resource);\n\n'
        '@id("bad")\nforbid(principal, action, resource) when { 1 + };\n'
    )
    with pytest.raises(PolicyParseError) as info:
        load_policy_dir(policy_dir)
    [problem] = info.value.problems
    assert problem.source.endswith("broken.cedar")
    assert problem.line == 4
    assert "does not parse" in problem.message


def test_every_broken_file_is_listed_not_only_the_first(policy_dir: Path) -> None:
    (policy_dir / "a.cedar").write_text("permit(principal, action")
    (policy_dir / "b.cedar").write_text("forbid(")
    with pytest.raises(PolicyParseError) as info:
        load_policy_dir(policy_dir)
    assert sorted(Path(p.source).name for p in info.value.problems) == ["a.cedar", "b.cedar"]


def test_a_policy_without_an_id_is_refused(policy_dir: Path) -> None:
    (policy_dir / "anon.cedar").write_text("permit(principal, action, resource);")
    with pytest.raises(PolicyParseError) as info:
        load_policy_dir(policy_dir)
    assert "@id" in info.value.problems[0].message


def test_duplicate_ids_name_both_places(policy_dir: Path) -> None:
    (policy_dir / "dup.cedar").write_text('@id("allow-read-only")\npermit(principal, action, resource);')
    with pytest.raises(PolicyValidationError) as info:
        load_policy_dir(policy_dir)
    [problem] = info.value.problems
    assert problem.policy_id == "allow-read-only"
    assert "baseline.cedar:3" in problem.message


def test_ask_on_a_permit_is_refused(policy_dir: Path) -> None:
    (policy_dir / "x.cedar").write_text('@id("x")\n@verdict("ask")\npermit(principal, action, resource);')
    with pytest.raises(PolicyParseError, match="only applies to forbid"):
        load_policy_dir(policy_dir)


def test_unknown_verdict_annotation_is_refused(policy_dir: Path) -> None:
    (policy_dir / "x.cedar").write_text('@id("x")\n@verdict("maybe")\nforbid(principal, action, resource);')
    with pytest.raises(PolicyParseError, match="maybe"):
        load_policy_dir(policy_dir)


def test_missing_directory_and_missing_stub_are_errors(tmp_path: Path) -> None:
    with pytest.raises(PolicyParseError, match="not a directory"):
        load_policy_dir(tmp_path / "nowhere")
    (tmp_path / "p.cedar").write_text('@id("x") permit(principal, action, resource);')
    with pytest.raises(PolicyParseError, match=r"no \.cedarschema"):
        load_policy_dir(tmp_path)


def test_a_stub_that_does_not_parse_is_an_error(policy_dir: Path) -> None:
    (policy_dir / "bastion.cedarschema").write_text("namespace Bastion { entity User in [Nowhere]; }")
    with pytest.raises(PolicyParseError, match="schema does not parse"):
        load_policy_dir(policy_dir)
