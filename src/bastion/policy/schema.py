"""Build the full Cedar schema: the directory's stub plus one action per catalog tool.

The actions come from `cedar-policy-mcp-schema-generator` (the cedar-for-agents layout: one action
per tool, its arguments under `context.input`). bastion then adds what the generator does not:
each action joins the groups its annotations name (`Action::"ReadOnly"`, ...), its context gets the
firewall's signals under `context.bastion`, and tools whose names are not Cedar identifiers keep
their real names as action ids.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import cedar_mcp_schema_generator as generator

from bastion.catalog import Catalog, action_groups
from bastion.errors import PolicyValidationError, Problem

__all__ = ["GROUP_ACTIONS", "SIGNALS_TYPE", "StubInfo", "build_schema", "read_stub"]

GROUP_ACTIONS = ("ReadOnly", "SideEffecting", "Destructive", "OpenWorld", "Unannotated")
SIGNALS_TYPE = "Signals"
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
        renamed.append(mcp)
    result = generator.generate_schema(stub_text, renamed, config=_GENERATOR_CONFIG)
    if not result.get("isOk"):
        raise PolicyValidationError(
            [Problem(stub_file, None, f"cannot generate the schema for the catalog: {result.get('error')}")]
        )
    schema: dict[str, Any] = json.loads(result["schemaJson"])
    space = schema[info.namespace]
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
        actions[tool.tool_name] = action
    return schema
