"""The tool catalog: MCP tool descriptions (the `tools` array of a `tools/list` answer)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bastion.errors import CatalogError
from bastion.text import skeleton

__all__ = ["Catalog", "ToolAnnotations", "ToolDescription", "action_groups"]

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ToolAnnotations(BaseModel):
    """MCP tool annotations: hints about what a tool does."""

    model_config = ConfigDict(frozen=True, extra="allow")

    title: str | None = None
    read_only_hint: bool | None = Field(default=None, alias="readOnlyHint")
    destructive_hint: bool | None = Field(default=None, alias="destructiveHint")
    idempotent_hint: bool | None = Field(default=None, alias="idempotentHint")
    open_world_hint: bool | None = Field(default=None, alias="openWorldHint")


class ToolDescription(BaseModel):
    """One MCP tool description: name, description, input schema and annotations."""

    model_config = ConfigDict(frozen=True, extra="allow", populate_by_name=True)

    tool_name: str = Field(alias="name", min_length=1)
    description: str = ""
    input_schema: dict[str, Any] = Field(
        default_factory=lambda: {"type": "object", "properties": {}}, alias="inputSchema"
    )
    annotations: ToolAnnotations = Field(default_factory=ToolAnnotations)

    @field_validator("input_schema")
    @classmethod
    def _object_schema(cls, value: dict[str, Any]) -> dict[str, Any]:
        if value.get("type", "object") != "object":
            raise ValueError("inputSchema must be a JSON Schema of type 'object'")
        return value

    @field_validator("description", mode="before")
    @classmethod
    def _no_null_description(cls, value: Any) -> Any:
        return "" if value is None else value

    def to_mcp(self) -> dict[str, Any]:
        """The description as MCP sends it (camelCase field names)."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


def action_groups(tool: ToolDescription) -> list[str]:
    """The Cedar action groups a tool belongs to, from what its annotations say explicitly.

    Only explicit hints count: MCP's defaults (destructive and open-world unless said otherwise)
    would put every unannotated tool in every group.

    Args:
        tool: The tool description.

    Returns:
        Group action ids among `ReadOnly`, `SideEffecting`, `Destructive`, `OpenWorld`, `Unannotated`.
    """
    hints = tool.annotations
    groups: list[str] = []
    if hints.read_only_hint is True:
        groups.append("ReadOnly")
    else:
        groups.append("SideEffecting")
        if hints.destructive_hint is True:
            groups.append("Destructive")
    if hints.open_world_hint is True:
        groups.append("OpenWorld")
    if all(
        h is None for h in (hints.read_only_hint, hints.destructive_hint, hints.idempotent_hint, hints.open_world_hint)
    ):
        groups.append("Unannotated")
    return groups


class Catalog:
    """The tools a firewall knows, by name.

    Args:
        tools: The tool descriptions; names must be unique.

    Raises:
        CatalogError: Two tools share a name, two names look alike (differ only in case, separators,
            invisible characters or look-alike letters: one tool shadowing another), or two names
            map to the same Cedar identifier.
    """

    def __init__(self, tools: Iterable[ToolDescription]) -> None:
        self._tools: dict[str, ToolDescription] = {}
        identifiers: dict[str, str] = {}
        skeletons: dict[str, str] = {}
        for tool in tools:
            if tool.tool_name in self._tools:
                raise CatalogError(f"tool {tool.tool_name!r} is described twice in the catalog")
            shape = skeleton(tool.tool_name)
            if shape in skeletons:
                raise CatalogError(
                    f"tool {tool.tool_name!r} looks like tool {skeletons[shape]!r} (they differ only in case, "
                    "separators, invisible characters or look-alike letters); a model cannot tell them apart, "
                    "so one may shadow the other: rename or remove one"
                )
            skeletons[shape] = tool.tool_name
            ident = self.identifier(tool.tool_name)
            if ident in identifiers:
                raise CatalogError(
                    f"tools {identifiers[ident]!r} and {tool.tool_name!r} both map to the Cedar name {ident!r}; "
                    "rename one of them"
                )
            identifiers[ident] = tool.tool_name
            self._tools[tool.tool_name] = tool

    @staticmethod
    def identifier(tool_name: str) -> str:
        """A Cedar-safe identifier for a tool name (used for its generated input type).

        Args:
            tool_name: The MCP tool name, which may contain `-`, `.` or `/`.

        Returns:
            The name with every other character replaced by `_`.
        """
        if _IDENTIFIER.match(tool_name):
            return tool_name
        ident = re.sub(r"[^A-Za-z0-9_]", "_", tool_name)
        return ident if _IDENTIFIER.match(ident) else f"_{ident}"

    @classmethod
    def from_list(cls, raw: Any, *, source: str = "<catalog>") -> Catalog:
        """Build a catalog from decoded JSON: a list of tool descriptions, or `{"tools": [...]}`.

        Args:
            raw: The decoded JSON value.
            source: The name to report in errors.

        Returns:
            The catalog.

        Raises:
            CatalogError: The value is not a list of valid tool descriptions.
        """
        if isinstance(raw, dict) and "tools" in raw:
            raw = raw["tools"]
        if not isinstance(raw, list):
            raise CatalogError(f'{source}: expected a JSON list of MCP tool descriptions or {{"tools": [...]}}')
        tools = []
        for index, item in enumerate(raw):
            try:
                tools.append(ToolDescription.model_validate(item))
            except ValidationError as exc:
                details = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'tool'}: {e['msg']}" for e in exc.errors())
                name = item.get("name") if isinstance(item, dict) else None
                raise CatalogError(f"{source}: tool #{index} ({name!r}): {details}") from None
        try:
            return cls(tools)
        except CatalogError as exc:
            raise CatalogError(f"{source}: {exc}") from None

    @classmethod
    def from_file(cls, path: str | Path) -> Catalog:
        """Load a catalog from a JSON file.

        Args:
            path: The file.

        Returns:
            The catalog.

        Raises:
            CatalogError: The file is missing, not JSON, or not a list of tool descriptions.
        """
        label = str(path)
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CatalogError(f"{label}: no such file") from None
        except json.JSONDecodeError as exc:
            raise CatalogError(f"{label}:{exc.lineno}: not valid JSON: {exc.msg}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogError(f"{label}: cannot read: {exc}") from None
        return cls.from_list(raw, source=label)

    def get(self, tool_name: str) -> ToolDescription | None:
        """The description of a tool, or None if the catalog does not know it."""
        return self._tools.get(tool_name)

    def __contains__(self, tool_name: object) -> bool:
        return tool_name in self._tools

    def __iter__(self) -> Iterator[ToolDescription]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def names(self) -> list[str]:
        """Every tool name, in catalog order."""
        return list(self._tools)

    def to_mcp(self) -> list[dict[str, Any]]:
        """The catalog as a list of MCP tool descriptions."""
        return [tool.to_mcp() for tool in self._tools.values()]
