"""Build the full Cedar schema: the directory's stub plus one action per catalog tool.

The actions come from `cedar-policy-mcp-schema-generator` (the cedar-for-agents layout: one action
per tool, its arguments under `context.input`). bastion then adds what the generator does not:
each action joins the groups its annotations name (`Action::"ReadOnly"`, ...), its context gets the
firewall's signals under `context.bastion`, tools whose names are not Cedar identifiers keep
their real names as action ids, and an argument whose schema says nothing of its shape (an array
without an item type, an object without properties, no type at all) is declared `UntypedJson`, a
String that holds the value's canonical JSON text: Cedar has no type for "any value", and such
catalogs are common.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import cedar_mcp_schema_generator as generator

from bastion.catalog import Catalog, action_groups
from bastion.errors import PolicyValidationError, Problem
from bastion.policy.request import UNTYPED_JSON_TYPE

__all__ = ["GROUP_ACTIONS", "SIGNALS_TYPE", "UNTYPED_JSON_TYPE", "StubInfo", "build_schema", "read_stub"]

GROUP_ACTIONS = ("ReadOnly", "SideEffecting", "Destructive", "OpenWorld", "Unannotated")
SIGNALS_TYPE = "Signals"
# What the generator declares for a property whose schema has no type it can map.
_GENERATOR_UNKNOWN = "Unknown"
_TYPE_KEYWORDS = frozenset({"String", "Long", "Boolean", "Set", "Record", "Entity", "EntityOrCommon", "Extension"})
_GENERATOR_CONFIG = {"objectsAsRecords": True, "numbersAsDecimal": True}


@dataclass(frozen=True)
class StubInfo:
    """What bastion needs to know of a schema stub.

    Args:
        namespace: The stub's namespace (policies say `Namespace::Action::"tool"`).
        principal_type: The entity type marked `@mcp_principal`.
        resource_type: The entity type marked `@mcp_resource`.
    """

    namespace: str
    principal_type: str
    resource_type: str


def read_stub(stub_text: str, stub_file: str) -> StubInfo:
    """Find the namespace, principal and resource types of a stub.

    Args:
        stub_text: The `.cedarschema` stub.
        stub_file: Its file name, for errors.

    Returns:
        The stub's facts.

    Raises:
        PolicyValidationError: The stub lacks a namespace or the `@mcp_principal`/`@mcp_resource` marks.
    """
    namespace = re.search(r"\bnamespace\s+([A-Za-z_][A-Za-z0-9_:]*)\s*\{", stub_text)
    principal = re.search(r'@mcp_principal\s*\(\s*"([^"]+)"\s*\)\s*entity\s+([A-Za-z_]\w*)', stub_text)
    resource = re.search(r'@mcp_resource\s*\(\s*"([^"]+)"\s*\)\s*entity\s+([A-Za-z_]\w*)', stub_text)
    problems = []
    if namespace is None:
        problems.append(Problem(stub_file, None, "the schema stub needs a `namespace Name { ... }`"))
    if principal is None:
        problems.append(Problem(stub_file, None, 'mark the principal entity type with @mcp_principal("Name")'))
    if resource is None:
        problems.append(Problem(stub_file, None, 'mark the resource entity type with @mcp_resource("Name")'))
    if problems or namespace is None or principal is None or resource is None:
        raise PolicyValidationError(problems)
    return StubInfo(namespace.group(1), principal.group(2), resource.group(2))


def _is_untyped(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    if kind == "array":
        return not isinstance(node.get("items"), dict)
    if kind == "object":
        return not node.get("properties") and node.get("additionalProperties") is not False
    return False


def _untyped_as_unknown(node: Any) -> Any:
    """A copy of a JSON Schema in which every untyped array or object is a schema without a type.

    The generator declares a schema without a type as its `Unknown` entity, which `_retype` then
    turns into `UntypedJson`; left as they are, an untyped array would become a set of entities and
    an untyped object a record with no attributes (or an entity with tags), none of which a call's
    value can fill.
    """
    if not isinstance(node, dict):
        return node
    if _is_untyped(node):
        return {key: value for key, value in node.items() if key == "description"}
    copy = dict(node)
    if isinstance(node.get("properties"), dict):
        copy["properties"] = {key: _untyped_as_unknown(value) for key, value in node["properties"].items()}
    if isinstance(node.get("items"), dict):
        copy["items"] = _untyped_as_unknown(node["items"])
    for key in ("anyOf", "oneOf"):
        if isinstance(node.get(key), list):
            copy[key] = [_untyped_as_unknown(choice) for choice in node[key]]
    return copy


def _retype(schema: dict[str, Any], namespace: str, raw: dict[str, Any], seen: set[str]) -> None:
    """Replace, in place, every reference to the generator's `Unknown` entity under a type by `UntypedJson`."""
    name = raw.get("name")
    if raw.get("type") in ("Entity", "EntityOrCommon") and name in (
        _GENERATOR_UNKNOWN,
        f"{namespace}::{_GENERATOR_UNKNOWN}",
    ):
        raw["type"] = "EntityOrCommon"
        raw["name"] = f"{namespace}::{UNTYPED_JSON_TYPE}"
        return
    if raw.get("type") == "Set" and isinstance(raw.get("element"), dict):
        _retype(schema, namespace, raw["element"], seen)
    elif raw.get("type") == "Record":
        for attribute in raw.get("attributes", {}).values():
            _retype(schema, namespace, attribute, seen)
    else:
        # A common type is named either as `{"type": "EntityOrCommon", "name": N}` or as `{"type": N}`.
        ref = name if raw.get("type") == "EntityOrCommon" else raw.get("type")
        if not isinstance(ref, str) or ref in _TYPE_KEYWORDS or ref in seen:
            return
        seen.add(ref)
        space, _, short = ref.rpartition("::") if "::" in ref else (namespace, "", ref)
        target = schema.get(space, {}).get("commonTypes", {}).get(short)
        if isinstance(target, dict):
            _retype(schema, namespace, target, seen)


def build_schema(stub_text: str, catalog: Catalog, *, stub_file: str = "<stub>") -> dict[str, Any]:
    """Generate the Cedar JSON schema for a stub and a catalog.

    Args:
        stub_text: The `.cedarschema` stub of the policy directory.
        catalog: The tools to declare as actions.
        stub_file: The stub's file name, for errors.

    Returns:
        The schema in Cedar's JSON schema format.

    Raises:
        PolicyValidationError: The generator rejected the stub or a tool.
    """
    info = read_stub(stub_text, stub_file)
    renamed = []
    for tool in catalog:
        mcp = tool.to_mcp()
        mcp["name"] = Catalog.identifier(tool.tool_name)
        mcp["inputSchema"] = {
            **mcp["inputSchema"],
            "properties": {
                key: _untyped_as_unknown(value) for key, value in mcp["inputSchema"].get("properties", {}).items()
            },
        }
        renamed.append(mcp)
    result = generator.generate_schema(stub_text, renamed, config=_GENERATOR_CONFIG)
    if not result.get("isOk"):
        raise PolicyValidationError(
            [Problem(stub_file, None, f"cannot generate the schema for the catalog: {result.get('error')}")]
        )
    schema: dict[str, Any] = json.loads(result["schemaJson"])
    space = schema[info.namespace]
    common: dict[str, Any] = space.setdefault("commonTypes", {})
    declared = common.setdefault(UNTYPED_JSON_TYPE, {"type": "String"})
    if declared.get("type") != "String" and declared.get("name") != "String":
        raise PolicyValidationError(
            [Problem(stub_file, None, f"type {UNTYPED_JSON_TYPE} is bastion's: declare it `= String` or leave it out")]
        )
    actions: dict[str, Any] = space.setdefault("actions", {})
    has_signals = SIGNALS_TYPE in space.get("commonTypes", {})
    for tool in catalog:
        ident = Catalog.identifier(tool.tool_name)
        action = actions.pop(ident)
        groups = [g for g in action_groups(tool) if g in actions]
        if groups:
            action["memberOf"] = [{"id": g} for g in groups]
        if has_signals:
            context = action["appliesTo"].setdefault("context", {"type": "Record", "attributes": {}})
            context["attributes"]["bastion"] = {"type": SIGNALS_TYPE}
        input_type = action["appliesTo"].get("context", {}).get("attributes", {}).get("input")
        if isinstance(input_type, dict):
            _retype(schema, info.namespace, input_type, set())
        actions[tool.tool_name] = action
    return schema
