"""LangChain tools as MCP-style tool descriptions, so one catalog serves every adapter.

A tool's name, description and argument schema (what the model is shown) become a
`ToolDescription`. LangChain has no tool annotations of its own; hints come, in this order, from
an explicit `annotations` mapping, from `tool.metadata` (where `langchain-mcp-adapters` puts an MCP
tool's annotations, camelCase or snake_case), or not at all (the tool is then `Unannotated`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ValidationError

from bastion.catalog import Catalog, ToolDescription
from bastion.errors import CatalogError

__all__ = ["catalog_from_tools", "tool_description"]

_HINTS = {
    "title": "title",
    "readOnlyHint": "readOnlyHint",
    "read_only_hint": "readOnlyHint",
    "destructiveHint": "destructiveHint",
    "destructive_hint": "destructiveHint",
    "idempotentHint": "idempotentHint",
    "idempotent_hint": "idempotentHint",
    "openWorldHint": "openWorldHint",
    "open_world_hint": "openWorldHint",
}


def _hints_from(raw: Mapping[str, Any] | None) -> dict[str, Any]:
    if not raw:
        return {}
    return {_HINTS[key]: value for key, value in raw.items() if key in _HINTS and value is not None}


def tool_description(tool: BaseTool, annotations: Mapping[str, Any] | None = None) -> ToolDescription:
    """The MCP-style description of a LangChain tool.

    Args:
        tool: The LangChain tool.
        annotations: MCP annotations for it (`readOnlyHint`, `destructiveHint`, `idempotentHint`,
            `openWorldHint`, `title`); they override hints found in `tool.metadata`.

    Returns:
        The description: the schema the model sees (injected arguments left out, `$ref`s inlined).

    Raises:
        CatalogError: The tool's schema cannot be converted, or is not an object schema.
    """
    try:
        function = convert_to_openai_tool(tool)["function"]
    except (TypeError, ValueError, KeyError) as exc:
        raise CatalogError(f"tool {tool.name!r}: cannot convert its argument schema: {exc}") from exc
    schema = dict(function.get("parameters") or {"type": "object", "properties": {}})
    schema.setdefault("type", "object")
    schema.setdefault("properties", {})
    hints = {**_hints_from(tool.metadata), **_hints_from(annotations)}
    unknown = sorted(set(annotations or {}) - set(_HINTS))
    if unknown:
        raise CatalogError(f"tool {tool.name!r}: unknown annotations {unknown}; expected some of {sorted(_HINTS)}")
    try:
        return ToolDescription.model_validate(
            {
                "name": tool.name,
                "description": tool.description or "",
                "inputSchema": schema,
                "annotations": hints,
            }
        )
    except ValidationError as exc:
        details = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'tool'}: {e['msg']}" for e in exc.errors())
        raise CatalogError(f"tool {tool.name!r}: {details}") from None


def catalog_from_tools(
    tools: Iterable[BaseTool],
    *,
    base: Catalog | None = None,
    annotations: Mapping[str, Mapping[str, Any]] | None = None,
) -> Catalog:
    """A catalog holding every tool of `base` and every LangChain tool.

    A tool `base` already describes keeps that description: a catalog file written for the MCP
    wrapper (with its annotations) is the operator's word and wins over what code infers.

    Args:
        tools: The LangChain tools the agent can call.
        base: An existing catalog (for instance the configuration's `tools` file).
        annotations: MCP annotations per tool name, for tools whose metadata has none.

    Returns:
        The catalog.

    Raises:
        CatalogError: A tool cannot be described, two tools share a name, or `annotations` names a
            tool that is not among `tools`.
    """
    tool_list = list(tools)
    extra = sorted(set(annotations or {}) - {t.name for t in tool_list})
    if extra:
        raise CatalogError(f"annotations given for unknown tools {extra}; the tools are {[t.name for t in tool_list]}")
    described = list(base) if base is not None else []
    known = {d.tool_name for d in described}
    seen: set[str] = set()
    for tool in tool_list:
        if tool.name in seen:
            raise CatalogError(f"two LangChain tools are named {tool.name!r}; tool names must be unique")
        seen.add(tool.name)
        if tool.name in known:
            continue
        described.append(tool_description(tool, (annotations or {}).get(tool.name)))
    return Catalog(described)
