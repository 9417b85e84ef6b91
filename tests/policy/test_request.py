from __future__ import annotations

from typing import Any

from bastion.catalog import Catalog
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
        },
        "bastion": {"flags": ["f"], "risk": 12},
    }
    assert noticed == {"undeclared": [], "unrepresentable": ["anything"]}
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
