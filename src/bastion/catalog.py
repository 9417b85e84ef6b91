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

__all__ = ["Catalog", "ToolAnnotations", "ToolDescription", "action_groups", "name_reads"]

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


# Verbs that name a read: a tool called by one of them, and by no verb of a change, reads.
_READ_VERBS = frozenset(
    {
        "get", "read", "list", "search", "find", "fetch", "view", "show", "describe", "query", "lookup",
        "retrieve", "browse", "inspect", "check", "count", "preview", "peek",
    }
)  # fmt: skip
# Verbs of a change that are seldom nouns: one of them anywhere in a name vetoes a read.
_CHANGE_VERBS = frozenset(
    {
        "delete", "remove", "destroy", "erase", "wipe", "purge", "kill", "terminate", "execute", "exec",
        "write", "modify", "create", "upload", "install", "uninstall", "revoke", "withdraw", "publish",
        "submit", "cancel", "rename", "insert", "edit", "approve", "deploy", "overwrite", "append", "send",
        "pay", "update", "set", "put", "add", "grant", "reset", "replace", "move", "drop", "run", "invoke",
        "trigger", "launch", "restart", "enable", "disable", "toggle", "sync", "merge", "push", "apply",
    }
)  # fmt: skip
# Verbs of a change that are often nouns: they veto a read when a name begins with them, and read
# as the object after a read verb ("get_order_details", "list_posts", "get_transfer_status").
_CHANGE_VERBS_FIRST = frozenset(
    {
        "post", "order", "book", "lock", "unlock", "share", "schedule", "mark", "archive", "reply",
        "forward", "follow", "unfollow", "like", "block", "mute", "control", "manage", "handle", "close",
        "open", "play", "download", "generate", "sign", "login", "logout", "reserve", "transfer", "message",
        "email", "notify", "tweet", "comment", "vote", "flag", "report", "pin", "star", "tag", "label",
        "link", "attach", "draft", "call", "store", "save", "exchange", "return", "refund", "restore",
        "clear", "commit", "start", "stop", "buy", "sell", "purchase", "import", "assign", "invite", "deposit",
    }
)  # fmt: skip
_CONJUNCTIONS = frozenset({"and", "or", "then", "plus", "with"})
_NAME_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|\d+")


def name_reads(tool_name: str) -> bool:
    """Whether a tool's name says it only reads: its first verb is a read, and no verb of a change follows.

    `GmailSearchEmails`, `get_order_details` and `files.read_file` read; `search_and_delete`,
    `getOrCreate`, `fetch_and_export`, `order_status` and `run_query` do not, nor does a name
    without a verb. A server chooses its tools' names as it chooses their annotations: this reads
    what it says of them, nothing more.

    Args:
        tool_name: The tool's name (any case and separators; a toolkit prefix before the verb is skipped).

    Returns:
        True when the name describes a read-only tool.
    """
    words = [word.lower() for word in _NAME_WORDS.findall(tool_name)]
    if any(word in _CHANGE_VERBS for word in words):
        return False
    verbs = [i for i, word in enumerate(words) if word in _READ_VERBS or word in _CHANGE_VERBS_FIRST]
    if not verbs or words[verbs[0]] not in _READ_VERBS:
        return False
    # A second action joined on ("get_and_archive", "fetch_or_export") may be anything: only a read passes.
    joined = (word for i, word in enumerate(words) if i > verbs[0] and words[i - 1] in _CONJUNCTIONS)
    return all(word in _READ_VERBS for word in joined)


def action_groups(tool: ToolDescription) -> list[str]:
    """The Cedar action groups a tool belongs to, from what its annotations say explicitly.

    Only explicit hints count: MCP's defaults (destructive and open-world unless said otherwise)
    would put every unannotated tool in every group. A tool that says nothing of reading
    (no `readOnlyHint`, no `destructiveHint: true`) and whose name reads as a read
    (`name_reads`: `get_order_details`, `GmailSearchEmails`) is `ReadOnly`; it stays `Unannotated`
    too when it declares no hint at all, so a policy can tell the two apart.

    Args:
        tool: The tool description.

    Returns:
        Group action ids among `ReadOnly`, `SideEffecting`, `Destructive`, `OpenWorld`, `Unannotated`.
    """
    hints = tool.annotations
    groups: list[str] = []
    is_named_read = hints.read_only_hint is None and hints.destructive_hint is not True and name_reads(tool.tool_name)
    if hints.read_only_hint is True or is_named_read:
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
