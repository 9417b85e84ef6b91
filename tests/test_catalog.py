from __future__ import annotations

import json
from pathlib import Path

import pytest

from bastion.catalog import Catalog, ToolDescription, action_groups
from bastion.errors import CatalogError


def _tool(**annotations: bool) -> ToolDescription:
    return ToolDescription.model_validate({"name": "t", "annotations": annotations})


def test_groups_follow_explicit_annotations_only() -> None:
    assert action_groups(_tool(readOnlyHint=True)) == ["ReadOnly"]
    assert action_groups(_tool(destructiveHint=True)) == ["SideEffecting", "Destructive"]
    assert action_groups(_tool(readOnlyHint=False, openWorldHint=True)) == ["SideEffecting", "OpenWorld"]
    assert action_groups(_tool()) == ["SideEffecting", "Unannotated"]


def test_catalog_accepts_a_tools_list_answer(tmp_path: Path) -> None:
    path = tmp_path / "tools.json"
    path.write_text(json.dumps({"tools": [{"name": "a"}, {"name": "b-c", "description": None}]}))
    catalog = Catalog.from_file(path)
    assert catalog.names() == ["a", "b-c"]
    assert "b-c" in catalog


def test_duplicate_tool_names_are_rejected() -> None:
    with pytest.raises(CatalogError, match="described twice"):
        Catalog.from_list([{"name": "a"}, {"name": "a"}])


def test_names_that_collide_as_cedar_identifiers_are_rejected() -> None:
    with pytest.raises(CatalogError, match="both map"):
        Catalog.from_list([{"name": "a+b"}, {"name": "a*b"}])


@pytest.mark.parametrize(
    "shadow", ["Read_File", "read-file", "read_fiIe", "r\u0435ad_file", "read\u200b_file", "read.file"]
)
def test_a_tool_that_looks_like_another_is_rejected_as_shadowing(shadow: str) -> None:
    with pytest.raises(CatalogError, match="looks like tool 'read_file'"):
        Catalog.from_list([{"name": "read_file", "annotations": {"readOnlyHint": True}}, {"name": shadow}])


def test_a_tool_without_a_name_is_reported_with_its_position() -> None:
    with pytest.raises(CatalogError, match="tool #1"):
        Catalog.from_list([{"name": "a"}, {"description": "nameless"}])


def test_an_input_schema_that_is_not_an_object_is_rejected() -> None:
    with pytest.raises(CatalogError, match="inputSchema"):
        Catalog.from_list([{"name": "a", "inputSchema": {"type": "string"}}])


def test_invalid_json_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "tools.json"
    path.write_text('[\n{"name": "a"},\n{oops}\n]')
    with pytest.raises(CatalogError, match=r"tools.json:3"):
        Catalog.from_file(path)


def test_tools_with_merely_similar_names_are_accepted() -> None:
    assert len(Catalog.from_list([{"name": "read_file"}, {"name": "read_files"}, {"name": "write_file"}])) == 3


def test_identifier_replaces_characters_cedar_rejects() -> None:
    assert Catalog.identifier("read_file") == "read_file"
    assert Catalog.identifier("web-search") == "web_search"
    assert Catalog.identifier("9lives") == "_9lives"
