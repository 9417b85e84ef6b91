"""Pins: the description, schema and annotations of each upstream tool as a person approved them.

The first time bastion sees a tool of an upstream it pins the tool's digest (`tool_digest`: its
description, input schema and annotations). A later `tools/list` that describes the tool differently
(a new description, another schema, a `readOnlyHint` flipped) does not
replace the pin: the tool is `tool_changed` (a rug pull, until shown otherwise) until a person reviews
it and runs `bastion mcp tools approve`. Pins live in the audit store, as the checkpoint of a session
of their own per upstream (`bastion/tool-pins <upstream>`), so they survive restarts and reach every
replica; without a store they last as long as the process.

Pins written before annotations counted (no `format` in the pin) hold the digest of description and
schema alone. Such a pin still matching the tool is carried over to the current digest, annotations as
they are now (as a tool is pinned when first seen); one that no longer matches stays `tool_changed`
until approved, like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import mcp_types as types

from bastion.catalog import ToolDescription
from bastion.errors import AdapterError
from bastion.stage import CheckpointStore
from bastion.toolcheck import legacy_tool_digest, tool_digest

__all__ = ["PIN_SESSION_PREFIX", "PinChange", "ToolPins", "approve_tools"]

PIN_SESSION_PREFIX = "bastion/tool-pins "
"""The checkpoint session holding an upstream's pins is this prefix and the upstream's description."""
# Pins of this format hold `tool_digest`; pins without a format hold `legacy_tool_digest`.
PIN_FORMAT = 2


@dataclass(frozen=True)
class PinChange:
    """A tool whose description, schema or annotations differ from its pin, seen for the first time in this form."""

    tool_name: str
    approved: str
    seen: str


def _described(tool: types.Tool) -> ToolDescription:
    return ToolDescription.model_validate(tool.model_dump(by_alias=True, mode="json", exclude_none=True))


class ToolPins:
    """The pinned digests of one upstream's tools.

    Args:
        store: Where pins are kept (the audit store's checkpoints), or None to keep them in memory.
        upstream: The upstream's description (its command line or URL), naming its pins.
    """

    def __init__(self, store: CheckpointStore | None, upstream: str) -> None:
        self.store = store
        self.upstream = upstream
        self.session_id = PIN_SESSION_PREFIX + upstream
        self._pins: dict[str, dict[str, Any]] = {}

    async def _load(self) -> None:
        if self.store is None:
            return
        slots = await self.store.load_session(self.session_id)
        self._pins = {name: dict(pin) for name, pin in ((slots or {}).get("pins") or {}).items()}

    async def _save(self) -> None:
        if self.store is not None:
            await self.store.save_session(self.session_id, {"pins": self._pins})

    async def check(self, tools: Sequence[types.Tool]) -> tuple[frozenset[str], list[PinChange]]:
        """Compare tools with their pins; pin the tools never seen.

        Args:
            tools: The tools as the upstream lists them now.

        Returns:
            The tools that differ from their pins, and those among them seen in this form for the first time.

        Raises:
            StoreError: The store could not be read or written.
        """
        await self._load()
        changed: set[str] = set()
        fresh: list[PinChange] = []
        for tool in tools:
            described = _described(tool)
            digest = tool_digest(described)
            pin = self._pins.get(tool.name)
            if pin is not None and pin.get("format") != PIN_FORMAT and pin["approved"] == legacy_tool_digest(described):
                pin = None  # a pin of the earlier format that still matches: carried over below
            if pin is None:
                self._pins[tool.name] = {"approved": digest, "seen": digest, "format": PIN_FORMAT}
                continue
            if pin["approved"] != digest:
                changed.add(tool.name)
                if pin.get("seen") != digest:
                    fresh.append(PinChange(tool.name, pin["approved"], digest))
            pin["seen"] = digest
        await self._save()
        return frozenset(changed), fresh


async def approve_tools(store: CheckpointStore, upstream: str, tool_names: Sequence[str]) -> list[str]:
    """Approve tools as they were last seen: their current description, schema and annotations become their pins.

    Args:
        store: The audit store holding the pins.
        upstream: The upstream's description, as bastion names it in its log and refusals.
        tool_names: The tools to approve.

    Returns:
        The tools whose pin changed (an already approved tool is left as it is).

    Raises:
        AdapterError: The store holds no pins for this upstream, or no pin for one of the tools.
    """
    session_id = PIN_SESSION_PREFIX + upstream
    slots = await store.load_session(session_id)
    pins: dict[str, dict[str, Any]] = dict((slots or {}).get("pins") or {})
    if not pins:
        raise AdapterError(
            f"no tool pins for upstream {upstream!r} in this audit store; give --upstream exactly as bastion "
            "printed it (the upstream's command line or URL)"
        )
    unknown = [name for name in tool_names if name not in pins]
    if unknown:
        raise AdapterError(
            f"upstream {upstream!r} has no tool named {', '.join(map(repr, unknown))}; known: {sorted(pins)}"
        )
    approved = []
    for name in tool_names:
        pin = pins[name]
        if pin["approved"] != pin["seen"] or pin.get("format") != PIN_FORMAT:
            pins[name] = {"approved": pin["seen"], "seen": pin["seen"], "format": PIN_FORMAT}
            approved.append(name)
    await store.save_session(session_id, {"pins": pins})
    return approved
