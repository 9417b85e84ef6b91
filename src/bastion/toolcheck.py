"""The tool catalog as an attack surface: poisoned descriptions, shadowing, tools that changed.

A tool's description and input schema reach the model as trusted text. An MCP server can hide orders
in them (tool poisoning), write one tool's description to redefine how another is used (shadowing), or
change a tool after a person approved it (a rug pull). The catalog stage reads every description once,
when the catalog is read, and adds to each tool call:

- `tool_poisoned`: the called tool's description, parameter descriptions or schema hold instructions;
- `tool_shadowing`: the called tool's texts name another tool of the catalog and tell how to use it
  instead, or a description elsewhere in the catalog does that to the called tool;
- `tool_changed`: the called tool's description, schema or annotations differ from those a person approved
  (the adapter that pins tools says which; see `tool_digest`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bastion.catalog import Catalog, ToolDescription
from bastion.events import Message, ToolCall, ToolResult
from bastion.stage import StageContext

__all__ = [
    "CatalogStage",
    "ToolFindings",
    "changed_tools",
    "inspect_catalog",
    "legacy_tool_digest",
    "reads_as_instructions",
    "tool_digest",
    "tool_texts",
]

# Markup that poisoned descriptions use to stand out to the model, and orders about the description itself.
_POISON_MARKUP = re.compile(
    r"<\s*/?\s*(important|instructions?|system|secret|hidden|admin)\s*>"
    r"|\b(before|prior to) (using|calling) this tool\b[^.\n]{0,80}\b(read|send|pass|include|call|fetch|upload)\b"
    r"|\botherwise the tool (will not|won't|does not|cannot) work\b",
    re.IGNORECASE,
)
# A description speaking of the tool itself ("use this tool when ...") is what descriptions are for.
_SELF = re.compile(r"\b(this|the present|the current)\s+(tool|function)\b", re.IGNORECASE)
# What a description has no business pointing the model at: secrets, the user's files of keys and
# configuration, the conversation itself.
_SECRET = re.compile(
    r"~/\.|\bid_(rsa|ed25519|ecdsa)\b|\.ssh\b|\.aws\b|\.env\b|\bcredentials?\b|\bprivate keys?\b|"
    r"\bpasswords?\b|\bpass ?phrases?\b|\bapi[ _-]?keys?\b|\b(access|auth|bearer|session) tokens?\b|"
    r"\bsecrets?\b|\bmcp\.json\b|/etc/(passwd|shadow)\b|\b(conversation|chat|message) (so far|history)\b|"
    r"\bsystem prompt\b|\b(previous|earlier|other) (messages|conversations)\b",
    re.IGNORECASE,
)
# An order to move data somewhere the tool's own job does not take it.
_OUTBOUND = re.compile(
    r"\b(send|forward|upload|post|e-?mail|copy|transmit|leak|report)\w*\b[^.\n]{0,120}?"
    r"(https?://|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\bto (the )?(following|this|an?) (address|url|endpoint|server)\b)",
    re.IGNORECASE,
)


def _redefines(text: str, other: str) -> bool:
    """Whether text changes how another tool is used: its calls get extra orders, or it is pushed aside.

    "Use other_tool instead" (a deprecated alias pointing at its successor) does not; "instead of
    other_tool", "when you call other_tool, always ..." and "never use other_tool" do.
    """
    name = rf"[`'\"]?{re.escape(other)}[`'\"]?"
    patterns = (
        rf"\b(instead of|rather than|in place of|replaces?|overrides?|supersedes?)\s+(the\s+)?{name}",
        rf"{name}\s+(tool\s+)?(is|has been)\s+(deprecated|broken|unsafe|disabled|replaced|obsolete)",
        rf"\b(when|whenever|before|after|each time|every time)\s+(you\s+)?(use|call|invoke|run)\w*\s+(the\s+)?{name}"
        rf"[^.\n]{{0,120}}?\b(always|must|also|make sure|be sure|remember|first)\b",
        rf"\b(do not|don't|never)\s+(use|call|invoke|run)\s+(the\s+)?{name}",
        rf"{name}\s+(must|should)\s+(always|also|only|never)\b",
    )
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


@functools.cache
def _catalog_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Imported here, and once: the provenance package loads the detector, which pinning tools does not need.
    from bastion.provenance.scan import strong_cues

    # The scanner's cues that no honest description needs: overriding the model's instructions, hiding
    # something from the user, a new task, a note addressed to "the AI", chat-role markers.
    return strong_cues(("override", "conceal", "new_task", "address", "role_marker"))


def reads_as_instructions(text: str) -> bool:
    """Whether text meant as a description for the model carries orders that are not about using the tool.

    A description is written for the model: "the agent must ask for the user's confirmation", "only
    transfer if the user asks" are what descriptions are for, so the tool-output detector's verdict alone
    does not make a tool poisoned. A tool is poisoned when its texts carry markup or an order about the
    description itself, a cue no honest description needs (overriding instructions, hiding something
    from the user, a new task, a note to "the AI", a chat-role marker), an order that sends secrets or the
    conversation to an address, or instruction-like text (the injection detector's verdict) that points
    the model at secrets or sends data to an address.

    Every catalog check asks this one function, so the rule changes in one place.

    Args:
        text: A tool's texts (description, parameter descriptions, schema strings).

    Returns:
        True when the text holds instructions beyond the tool's own use.
    """
    from bastion.provenance.detector import detect

    if _POISON_MARKUP.search(text):
        return True
    if any(pattern.search(text) for _, pattern in _catalog_cues()):
        return True
    secret, outbound = _SECRET.search(text), _OUTBOUND.search(text)
    if secret and outbound:
        return True
    if not (secret or outbound):
        return False
    return detect(_SELF.sub("it", text)).is_injection


def _strings(node: Any) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def tool_texts(tool: ToolDescription) -> str:
    """Everything of a tool the model reads as prose: its description and every string in its schema."""
    return "\n".join([tool.description, *_strings(tool.input_schema)])


def tool_digest(tool: ToolDescription) -> str:
    """The SHA-256 of a tool's description, input schema and annotations: what a person approves when pinning it.

    The annotations count because bastion's action groups come from them: a server that flips a
    tool's `readOnlyHint` or `destructiveHint` after it was approved changes which policies apply.
    """
    pinned = {
        "description": tool.description,
        "inputSchema": tool.input_schema,
        "annotations": tool.annotations.model_dump(by_alias=True, exclude_none=True, mode="json"),
    }
    return hashlib.sha256(json.dumps(pinned, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def legacy_tool_digest(tool: ToolDescription) -> str:
    """The digest pins held before annotations counted (description and input schema only)."""
    pinned = {"description": tool.description, "inputSchema": tool.input_schema}
    return hashlib.sha256(json.dumps(pinned, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def changed_tools(approved: Catalog, current: Catalog) -> frozenset[str]:
    """The tools of `current` whose description, schema or annotations differ from the version a person approved.

    A tool `approved` does not hold is new, not changed: it is pinned as it is first seen.

    Args:
        approved: The tools as they were approved (their pins).
        current: The tools as the server describes them now.

    Returns:
        The names of the changed tools.
    """
    changed = set()
    for tool in current:
        pinned = approved.get(tool.tool_name)
        if pinned is not None and tool_digest(pinned) != tool_digest(tool):
            changed.add(tool.tool_name)
    return frozenset(changed)


@dataclass(frozen=True)
class ToolFindings:
    """What reading the catalog found about each tool.

    Attributes:
        poisoned: Tools whose texts carry instructions.
        shadowing: Tools whose texts redefine another tool, each with the tools it names.
        shadowed: Tools that another tool's texts redefine.
    """

    poisoned: frozenset[str]
    shadowing: dict[str, tuple[str, ...]]
    shadowed: frozenset[str]


def _names(text: str, other: str) -> bool:
    name = re.escape(other)
    if re.search(r"[_\d.-]|[a-z][A-Z]", other):
        return re.search(rf"(?<![\w-]){name}(?![\w-])", text, re.IGNORECASE) is not None
    # A name that is also a word ("search") counts only quoted or after a verb.
    return (
        re.search(rf"[`\"']{name}[`\"']|\b(use|using|call|calling|invoke)\s+(the\s+)?{name}\b", text, re.I) is not None
    )


def inspect_catalog(catalog: Catalog) -> ToolFindings:
    """Read every tool's texts for poisoning and shadowing.

    Args:
        catalog: The tools.

    Returns:
        The findings.
    """
    poisoned: set[str] = set()
    shadowing: dict[str, tuple[str, ...]] = {}
    names = catalog.names()
    for tool in catalog:
        text = tool_texts(tool)
        if not text.strip():
            continue
        if reads_as_instructions(text):
            poisoned.add(tool.tool_name)
        named = tuple(
            other for other in names if other != tool.tool_name and _names(text, other) and _redefines(text, other)
        )
        if named:
            shadowing[tool.tool_name] = named
    shadowed = frozenset(name for named in shadowing.values() for name in named)
    return ToolFindings(frozenset(poisoned), shadowing, shadowed)


class CatalogStage:
    """Add what the catalog says of the called tool: `tool_poisoned`, `tool_shadowing`, `tool_changed`.

    Args:
        catalog: The tools (read once, here).
    """

    name = "catalog"

    def __init__(self, catalog: Catalog) -> None:
        self.findings = inspect_catalog(catalog)
        self.changed: frozenset[str] = frozenset()

    def set_catalog(self, catalog: Catalog) -> None:
        """Read a new catalog (the server's tools changed)."""
        self.findings = inspect_catalog(catalog)

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """For a tool call, report the catalog's findings about the tool."""
        if not isinstance(event, ToolCall):
            return
        findings = self.findings
        tool_name = event.tool_name
        ctx.signals["tool_poisoned"] = tool_name in findings.poisoned
        ctx.signals["tool_shadowing"] = tool_name in findings.shadowing or tool_name in findings.shadowed
        ctx.signals["tool_changed"] = tool_name in self.changed
