from __future__ import annotations

import json
from pathlib import Path

import pytest

from bastion.catalog import Catalog, ToolDescription, action_groups, name_reads
from bastion.errors import CatalogError


def _tool(**annotations: bool) -> ToolDescription:
    return ToolDescription.model_validate({"name": "t", "annotations": annotations})


def test_groups_follow_explicit_annotations_only() -> None:
    assert action_groups(_tool(readOnlyHint=True)) == ["ReadOnly"]
    assert action_groups(_tool(destructiveHint=True)) == ["SideEffecting", "Destructive"]
    assert action_groups(_tool(readOnlyHint=False, openWorldHint=True)) == ["SideEffecting", "OpenWorld"]
    assert action_groups(_tool()) == ["SideEffecting", "Unannotated"]


def _named(name: str, **annotations: bool) -> ToolDescription:
    return ToolDescription.model_validate({"name": name, "annotations": annotations})


@pytest.mark.parametrize(
    "tool_name",
    ["get_order_details", "GmailSearchEmails", "files.read_file", "list_posts", "getURLContent", "lookupUser",
     "web-search", "find_user_id_by_email", "get_transfer_status"],
)  # fmt: skip
def test_a_name_whose_verb_reads_describes_a_read(tool_name: str) -> None:
    assert name_reads(tool_name)


@pytest.mark.parametrize(
    "tool_name",
    ["send_money", "delete_file", "search_and_delete", "getOrCreate", "fetch_and_export", "get_or_post",
     "run_query", "order_status", "transfer_to_human_agents", "calculate", "think", "sys_monitor",
     "getUserThenArchive", "read_and_update_settings"],
)  # fmt: skip
def test_a_name_with_a_verb_of_change_or_no_verb_does_not_describe_a_read(tool_name: str) -> None:
    assert not name_reads(tool_name)


def test_an_unannotated_tool_named_by_a_read_verb_is_read_only_and_still_unannotated() -> None:
    assert action_groups(_named("get_user_details")) == ["ReadOnly", "Unannotated"]
    assert action_groups(_named("get_user_details", openWorldHint=True)) == ["ReadOnly", "OpenWorld"]
    assert action_groups(_named("update_user_details")) == ["SideEffecting", "Unannotated"]


def test_what_a_tool_declares_outweighs_its_name() -> None:
    assert action_groups(_named("get_user_details", readOnlyHint=False)) == ["SideEffecting"]
    assert action_groups(_named("get_user_details", destructiveHint=True)) == ["SideEffecting", "Destructive"]


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
