"""The provenance stage: where each argument value came from, and which tool outputs gave orders.

Its slot of the session state indexes the values seen so far:

    user         values in the user's and system messages (trusted: the user said them)
    seen         values in tool outputs -> the outputs they appeared in, as `tool:<name>:<call id>`,
                 prefixed `!` when the value sat in the output's instruction-like region
    injections   the instruction-like outputs: tool, call id, cues and the instruction text
    calls        call id -> tool name, to name the tool a result came from

Everything is capped (values per session, text kept per injection), oldest first out, so the slot
stays small and JSON.

Signals for a tool call:
    untrusted_arguments  argument names carrying a value seen only in instruction-like tool output
    injection_seen       some tool output in this session was instruction-like
    injected_tool        the tool called is one an instruction-like output told the assistant to call
    leaked_arguments     argument names whose URL carries data read from tool outputs to a host the
                         user never named, in a URL the agent put together itself
    unseen_arguments     argument names carrying a value seen nowhere (the agent made it up or computed it)
    argument_origins     `name=user`, `name=tool:<tool>` or `name=unseen`, for the audit record
"""

from __future__ import annotations

import re
from typing import Any

from bastion.arguments import iter_strings
from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import StageContext
from bastion.provenance.scan import mentions_tool, scan_output
from bastion.provenance.values import normalize, text_atoms, url_parts, value_atoms

__all__ = ["ProvenanceStage"]

_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`)\]}]+", re.IGNORECASE)
_MAX_SCAN = 65_536


class ProvenanceStage:
    """Trace argument values to the user, a tool's output, or nowhere; scan outputs for injected orders.

    Args:
        max_values: How many tool-output values a session remembers (oldest dropped first).
        max_user_values: How many values from user and system messages it remembers.
        max_injections: How many instruction-like outputs it keeps the text of.
        max_region: How much of each instruction region it keeps (characters).
    """

    name = "provenance"

    def __init__(
        self,
        *,
        max_values: int = 5000,
        max_user_values: int = 2000,
        max_injections: int = 16,
        max_region: int = 2000,
    ) -> None:
        self.max_values = max_values
        self.max_user_values = max_user_values
        self.max_injections = max_injections
        self.max_region = max_region

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Index a message or tool output; for a tool call, trace its arguments."""
        state = ctx.state
        if isinstance(event, Message):
            self._observe_message(state, event)
        elif isinstance(event, ToolResult):
            self._observe_result(state, event)
        else:
            self._trace_call(state, event, ctx.signals)

    def _observe_message(self, state: dict[str, Any], message: Message) -> None:
        if message.role in ("user", "system"):
            user: dict[str, int] = state.setdefault("user", {})
            for atom in text_atoms(message.content[:_MAX_SCAN]):
                user[atom] = 1
            while len(user) > self.max_user_values:
                del user[next(iter(user))]
            words = state.setdefault("user_words", [])
            fresh = {w.lower() for w in re.findall(r"[A-Za-z_][\w-]{2,}", message.content[:_MAX_SCAN])} - set(words)
            words.extend(sorted(fresh))
            del words[: max(0, len(words) - self.max_user_values)]
        elif message.role == "tool":
            self._index_output(state, "tool", "message", message.content)

    def _observe_result(self, state: dict[str, Any], result: ToolResult) -> None:
        calls: dict[str, str] = state.setdefault("calls", {})
        tool_name = calls.pop(result.call_id, "unknown")
        self._index_output(state, tool_name, result.call_id, result.content)

    def _index_output(self, state: dict[str, Any], tool_name: str, call_id: str, content: str) -> None:
        text = content[:_MAX_SCAN]
        scan = scan_output(text)
        origin = f"tool:{tool_name}:{call_id}"
        seen: dict[str, list[str]] = state.setdefault("seen", {})
        plain = text_atoms(text[: scan.region_start])
        ordered = text_atoms(text[scan.region_start :]) - plain if scan.is_instruction else set()
        for atom, mark in [*((a, origin) for a in sorted(plain)), *((a, "!" + origin) for a in sorted(ordered))]:
            origins = seen.pop(atom, [])
            if mark not in origins:
                origins = [*origins[-3:], mark]
            seen[atom] = origins
        while len(seen) > self.max_values:
            del seen[next(iter(seen))]
        if scan.is_instruction:
            injections: list[dict[str, Any]] = state.setdefault("injections", [])
            injections.append(
                {
                    "tool": tool_name,
                    "call_id": call_id,
                    "cues": list(scan.cues),
                    "region": text[scan.region_start :][: self.max_region],
                }
            )
            del injections[: max(0, len(injections) - self.max_injections)]
            state["injection_count"] = int(state.get("injection_count", 0)) + 1

    def _trace_call(self, state: dict[str, Any], call: ToolCall, signals: dict[str, Any]) -> None:
        calls: dict[str, str] = state.setdefault("calls", {})
        calls[call.call_id] = call.tool_name
        while len(calls) > 256:
            del calls[next(iter(calls))]
        user: dict[str, int] = state.get("user", {})
        seen: dict[str, list[str]] = state.get("seen", {})
        untrusted: set[str] = set()
        unseen: set[str] = set()
        leaked: set[str] = set()
        origins: list[str] = []
        for key, value in call.arguments.items():
            labels: list[str] = []
            for atom in sorted(set(value_atoms(value))):
                if atom in user:
                    labels.append("user")
                    continue
                found = seen.get(atom)
                if not found:
                    labels.append("unseen")
                    unseen.add(key)
                    continue
                if all(o.startswith("!") for o in found):
                    untrusted.add(key)
                labels.append("tool:" + found[-1].lstrip("!").split(":")[1])
            if labels:
                worst = next((label for label in labels if label.startswith("tool:")), None)
                origins.append(f"{key}={worst or ('unseen' if 'unseen' in labels else 'user')}")
            if self._is_leaking(value, user, seen):
                leaked.add(key)
        injections: list[dict[str, Any]] = state.get("injections", [])
        user_words = set(state.get("user_words", []))
        signals["untrusted_arguments"] = sorted(untrusted)
        signals["unseen_arguments"] = sorted(unseen)
        signals["leaked_arguments"] = sorted(leaked)
        signals["injection_seen"] = bool(state.get("injection_count", 0))
        signals["injected_tool"] = call.tool_name.lower() not in user_words and any(
            mentions_tool(item["region"], call.tool_name) for item in injections
        )
        signals["argument_origins"] = origins

    @staticmethod
    def _is_leaking(value: Any, user: dict[str, int], seen: dict[str, list[str]]) -> bool:
        for _, text in iter_strings(value):
            for match in _URL.finditer(text):
                url = match.group(0)
                if normalize(url) in seen or normalize(url) in user:
                    continue  # a link followed as found, not one the agent put together
                host, carried = url_parts(url)
                if host in user:
                    continue
                if any(c in seen and c not in user for c in carried):
                    return True
        return False
