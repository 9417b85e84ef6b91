from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bastion.catalog import Catalog
from bastion.errors import PolicyValidationError
from bastion.events import Outcome, Verdict
from bastion.policy.engine import PolicyEngine
from bastion.policy.source import load_policy_dir
from tests.conftest import POLICIES

_TOOLS: list[dict[str, Any]] = [
    {
        "name": "book",
        "inputSchema": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "nights": {"type": "integer"},
                "budget": {"type": "number"},
                "refundable": {"type": "boolean"},
                "guests": {"type": "array", "items": {"type": "string"}},
                "room": {"type": "object", "properties": {"beds": {"type": "integer"}}},
                "either": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                "anything": {},
            },
            "required": ["city"],
        },
    }
]


def _engine() -> PolicyEngine:
    return PolicyEngine.compile(load_policy_dir(POLICIES), Catalog.from_list(_TOOLS))


def test_arguments_become_cedar_values_of_the_declared_types() -> None:
    request, errors, noticed = _engine().build_request(
        "book",
        {
            "city": "Lyon",
            "nights": 2,
            "budget": 99.5,
            "refundable": True,
            "guests": ["a", "b"],
            "room": {"beds": 2},
            "either": 3,
            "anything": {"x": 1},
        },
        {"flags": ["f"], "risk": 12},
        "hotel",
    )
    assert errors == []
    assert request is not None
    assert request["context"] == {
        "input": {
            "city": "Lyon",
            "nights": 2,
            "budget": {"__extn": {"fn": "decimal", "arg": "99.5000"}},
            "refundable": True,
            "guests": ["a", "b"],
            "room": {"beds": 2},
            "either": {"typeChoice1": 3},
            "anything": '{"x":1}',
        },
        "bastion": {"flags": ["f"], "risk": 12},
    }
    assert noticed == {"undeclared": [], "unrepresentable": []}
    assert request["resource"] == {"type": "Bastion::Toolset", "id": "hotel"}


def test_a_wrongly_typed_argument_is_an_error_naming_it() -> None:
    request, errors, _ = _engine().build_request("book", {"city": "Lyon", "nights": "two"}, {"flags": []}, "r")
    assert request is None
    assert errors == ["argument nights: expected an integer, got 'two'"]


def test_a_missing_required_argument_is_an_error() -> None:
    request, errors, _ = _engine().build_request("book", {"nights": 1}, {"flags": []}, "r")
    assert request is None
    assert errors == ["argument city: required by the schema but missing"]


def test_a_required_signal_no_stage_produced_is_an_error() -> None:
    request, errors, _ = _engine().build_request("book", {"city": "x"}, {}, "r")
    assert request is None
    assert errors == ["signal flags: required by the schema but missing"]


def test_booleans_are_not_integers() -> None:
    _, errors, _ = _engine().build_request("book", {"city": "x", "nights": True}, {}, "r")
    assert errors


def test_undeclared_arguments_are_noticed_with_their_path() -> None:
    _, errors, noticed = _engine().build_request(
        "book", {"city": "x", "room": {"beds": 1, "minibar": True}}, {"flags": []}, "r"
    )
    assert errors == []
    assert noticed["undeclared"] == ["room.minibar"]


def test_signals_the_stub_does_not_declare_stay_out_of_the_context() -> None:
    request, _, _ = _engine().build_request("book", {"city": "x"}, {"flags": [], "private_note": "x"}, "r")
    assert request is not None
    assert request["context"]["bastion"] == {"flags": []}


def test_unknown_tool_is_an_error() -> None:
    request, errors, _ = _engine().build_request("teleport", {}, {}, "r")
    assert request is None
    assert "teleport" in errors[0]


_UNTYPED: list[dict[str, Any]] = [
    {
        "name": "grant_access",
        "inputSchema": {
            "type": "object",
            "properties": {
                "guest_ids": {"type": "array", "description": "guest ids"},
                "options": {"type": "object", "description": "anything else"},
                "labels": {"type": "array", "items": {"type": "string"}},
                "rooms": {"type": "array", "items": {"type": "object"}},
                "window": {"type": "object", "properties": {"days": {"type": "array"}}},
                "tags": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "required": ["guest_ids"],
        },
    }
]


def _untyped_engine(policies: Path) -> PolicyEngine:
    return PolicyEngine.compile(load_policy_dir(policies), Catalog.from_list(_UNTYPED))


def test_untyped_arrays_and_objects_reach_cedar_as_canonical_json_text(policy_dir: Path) -> None:
    request, errors, noticed = _untyped_engine(policy_dir).build_request(
        "grant_access",
        {
            "guest_ids": ["guest_amy01", {"b": 2, "a": 1}],
            "options": {"z": [1, 2.5], "k": "é"},
            "labels": ["home"],
            "rooms": [{"n": 1}],
            "window": {"days": ["mon"]},
            "tags": {"t": "v"},
        },
        {"flags": []},
        "lock",
    )
    assert (errors, noticed) == ([], {"undeclared": [], "unrepresentable": []})
    assert request is not None
    assert request["context"]["input"] == {
        "guest_ids": '["guest_amy01",{"a":1,"b":2}]',
        "options": '{"k":"é","z":[1,2.5]}',
        "labels": ["home"],
        "rooms": ['{"n":1}'],
        "window": {"days": '["mon"]'},
        "tags": '{"t":"v"}',
    }


def test_a_policy_reads_an_untyped_argument_as_text(policy_dir: Path) -> None:
    (policy_dir / "guests.cedar").write_text(
        '@id("deny-amy")\n@reason("amy")\n'
        'forbid (principal, action == Bastion::Action::"grant_access", resource)\n'
        'when { context.input.guest_ids like "*\\"guest_amy01\\"*" };\n'
    )
    engine = _untyped_engine(policy_dir)
    decided = {}
    for guests in (["guest_amy01"], ["guest_bob02"]):
        request, errors, _ = engine.build_request("grant_access", {"guest_ids": guests}, {"flags": []}, "lock")
        assert errors == [] and request is not None
        decided[guests[0]] = engine.authorize(request)
    assert decided["guest_amy01"] == Outcome(Verdict.DENY, ("deny-amy",), ("amy",))
    assert decided["guest_bob02"].verdict is Verdict.ALLOW


def test_the_schema_declares_untyped_json_as_a_string_type(policy_dir: Path) -> None:
    engine = _untyped_engine(policy_dir)
    space = engine.schema["Bastion"]
    assert space["commonTypes"]["UntypedJson"] in ({"type": "String"}, {"type": "EntityOrCommon", "name": "String"})
    assert "Unknown" not in json.dumps(space["commonTypes"]["grant_accessInput"])


def test_a_stub_that_declares_untyped_json_otherwise_is_refused(policy_dir: Path) -> None:
    stub = policy_dir / "bastion.cedarschema"
    stub.write_text(stub.read_text().replace("type UntypedJson = String;", "type UntypedJson = Long;"))
    with pytest.raises(PolicyValidationError) as info:
        _untyped_engine(policy_dir)
    assert "UntypedJson" in info.value.problems[0].message


def test_a_value_that_is_not_json_is_an_error_naming_the_argument(policy_dir: Path) -> None:
    request, errors, _ = _untyped_engine(policy_dir).build_request(
        "grant_access", {"guest_ids": [float("nan")]}, {"flags": []}, "lock"
    )
    assert request is None
    assert len(errors) == 1 and errors[0].startswith("argument guest_ids: not a JSON value")


def test_a_stub_without_the_untyped_json_declaration_gets_it(policy_dir: Path) -> None:
    stub = policy_dir / "bastion.cedarschema"
    stub.write_text(stub.read_text().replace("type UntypedJson = String;", ""))
    request, errors, _ = _untyped_engine(policy_dir).build_request(
        "grant_access", {"guest_ids": ["guest_amy01"]}, {"flags": []}, "lock"
    )
    assert errors == [] and request is not None
    assert request["context"]["input"] == {"guest_ids": '["guest_amy01"]'}
