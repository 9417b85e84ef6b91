from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import pytest
from langchain_core.tools import BaseTool, InjectedToolCallId, StructuredTool, tool
from pydantic import BaseModel

from bastion.adapters.langchain import catalog_from_tools, tool_description
from bastion.catalog import Catalog, ToolAnnotations, ToolDescription, action_groups
from bastion.errors import CatalogError
from bastion.policy.engine import PolicyEngine
from bastion.policy.source import load_policy_dir
from tests.conftest import POLICIES


class Address(BaseModel):
    street: str
    postcode: int | None = None


@tool
def ship(
    item: str,
    count: int,
    note: str | None = None,
    tags: list[str] | None = None,
    speed: Literal["slow", "fast"] = "slow",
    address: Address | None = None,
    call_id: Annotated[str, InjectedToolCallId] = "",
) -> str:
    """Ship an item."""
    return "shipped"


def _mcp_style_tool(metadata: dict[str, object]) -> BaseTool:
    async def run(**arguments: object) -> str:
        return "ok"

    return StructuredTool(
        name="fetch",
        description="Fetch a URL",
        args_schema={"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]},
        coroutine=run,
        metadata=metadata,
    )


def test_a_tool_becomes_the_description_the_model_sees() -> None:
    description = tool_description(ship)

    assert description.tool_name == "ship"
    assert description.description == "Ship an item."
    schema = description.input_schema
    assert schema["type"] == "object"
    assert schema["required"] == ["item", "count"]
    assert set(schema["properties"]) == {"item", "count", "note", "tags", "speed", "address"}
    assert "$defs" not in json.dumps(schema)
    assert description.annotations == ToolAnnotations()
    assert action_groups(description) == ["SideEffecting", "Unannotated"]


def test_a_converted_catalog_compiles_against_the_default_policies() -> None:
    catalog = catalog_from_tools([ship], annotations={"ship": {"openWorldHint": True}})
    engine = PolicyEngine.compile(load_policy_dir(POLICIES), catalog)

    request, errors, noticed = engine.build_request(
        "ship",
        {"item": "book", "count": 2, "note": None, "tags": ["gift"], "address": {"street": "Main St 1", "postcode": 1}},
        {"flags": []},
        "tools",
    )

    assert errors == []
    assert request is not None
    assert noticed["undeclared"] == []


def test_annotations_come_from_tool_metadata_in_either_spelling() -> None:
    camel = tool_description(_mcp_style_tool({"readOnlyHint": True, "openWorldHint": True, "_meta": {"x": 1}}))
    snake = tool_description(_mcp_style_tool({"read_only_hint": True, "open_world_hint": True, "title": None}))

    assert camel.annotations == snake.annotations
    assert action_groups(camel) == ["ReadOnly", "OpenWorld"]
    assert camel.input_schema["properties"] == {"url": {"type": "string"}}


def test_explicit_annotations_override_the_metadata() -> None:
    described = tool_description(
        _mcp_style_tool({"readOnlyHint": True}), {"readOnlyHint": False, "destructiveHint": True}
    )

    assert action_groups(described) == ["SideEffecting", "Destructive"]


def test_an_unknown_annotation_is_an_error_naming_it() -> None:
    with pytest.raises(CatalogError, match="readonly"):
        tool_description(ship, {"readonly": True})


def test_annotations_for_a_tool_that_is_not_there_are_an_error() -> None:
    with pytest.raises(CatalogError, match="shipp"):
        catalog_from_tools([ship], annotations={"shipp": {"readOnlyHint": True}})


def test_two_tools_with_one_name_are_an_error() -> None:
    with pytest.raises(CatalogError, match="'fetch'"):
        catalog_from_tools([_mcp_style_tool({}), _mcp_style_tool({})])


def test_a_catalog_file_description_wins_over_the_tool(tmp_path: Path) -> None:
    file = tmp_path / "tools.json"
    file.write_text(
        json.dumps([{"name": "ship", "description": "Ship (reviewed)", "annotations": {"destructiveHint": True}}]),
        encoding="utf-8",
    )

    catalog = catalog_from_tools([ship, _mcp_style_tool({})], base=Catalog.from_file(file))

    assert catalog.names() == ["ship", "fetch"]
    described = catalog.get("ship")
    assert isinstance(described, ToolDescription)
    assert described.description == "Ship (reviewed)"
