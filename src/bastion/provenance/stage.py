"""The provenance stage: where each argument value came from, and which tool outputs gave orders.

Its slot of the session state indexes the values seen so far, by a 64-bit digest of each value
(never the value: checkpoints and audit stores must not become a copy of every secret a tool read):

    user         digests of values in the user's and system messages (trusted: the user said them)
    seen         digest -> where it appeared: indexes into `tools`, negative when the value sat in
                 the suspicious region of an output the detector marked as injected
    tools        the names of the tools whose outputs were indexed
    outputs      per tool output: tool, call id, injection score (0..100) and the digest of the
                 suspicious region the detector found (None when it found none)
    injection    the highest injection score of any output so far
    ordered      digests of the names an instruction-like output told the assistant to call
    injections   the outputs scored at or above the threshold: tool, call id, score and cues
    calls        call id -> tool name, to name the tool a result came from

Everything is capped (values per session, injections kept), oldest first out, so the slot stays
small and JSON.

Signals for a tool call:
    injection            the highest injection score (0..100) of any tool output so far
    untrusted_arguments  argument names carrying a value seen only in instruction-like tool output
    injection_seen       some tool output in this session scored at or above the detector's threshold
    injected_tool        the tool called is one an instruction-like output told the assistant to call
    leaked_arguments     argument names whose URL carries data read from tool outputs to a host the
                         user never named, in a URL the agent put together itself
    unseen_arguments     argument names carrying a value seen nowhere (the agent made it up or computed it)
    argument_origins     `name=user`, `name=tool:<tool>` or `name=unseen`, for the audit record
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from bastion.arguments import iter_strings
from bastion.events import Message, ToolCall, ToolResult
from bastion.provenance.detector import THRESHOLD as INJECTION_THRESHOLD
from bastion.provenance.detector import normalize_output, shared_detector
from bastion.provenance.scan import mentions_tool
from bastion.provenance.values import normalize, text_atoms, url_parts, value_atoms
from bastion.stage import StageContext

__all__ = ["ProvenanceStage", "digest"]

_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`)\]}]+", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z_][\w.-]*[A-Za-z0-9_]")
_MAX_SCAN = 65_536


def digest(value: str) -> str:
    """The digest a value is indexed by (16 hex digits of BLAKE2b).

    Args:
        value: A normalized value.

    Returns:
        The digest.
    """
    return hashlib.blake2b(value.encode("utf-8"), digest_size=8, person=b"bastion-prov").hexdigest()


def _ordered_names(region: str) -> set[str]:
    """Digests of the names an instruction region tells the assistant to call."""
    names = {m.group(0) for m in _NAME.finditer(region)}
    return {digest(name.lower()) for name in names if mentions_tool(region, name)}


class ProvenanceStage:
    """Trace argument values to the user, a tool's output, or nowhere; scan outputs for injected orders.

    Args:
        max_values: How many tool-output values a session remembers (oldest dropped first).
        max_user_values: How many values from user and system messages it remembers.
        max_injections: How many instruction-like outputs it keeps a record of.
        max_outputs: How many tool outputs' injection scores it keeps (oldest dropped first).
    """

    name = "provenance"

    def __init__(
        self,
        *,
        max_values: int = 4000,
        max_user_values: int = 2000,
        max_injections: int = 16,
        max_outputs: int = 64,
    ) -> None:
        self.max_values = max_values
        self.max_user_values = max_user_values
        self.max_injections = max_injections
        self.max_outputs = max_outputs

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
            text = message.content[:_MAX_SCAN]
            user: dict[str, int] = state.setdefault("user", {})
            words = {w.lower() for w in _NAME.findall(text)}
            for atom in text_atoms(text) | words:
                key = digest(atom)
                user.pop(key, None)
                user[key] = 1
            while len(user) > self.max_user_values:
                del user[next(iter(user))]
        elif message.role == "tool":
            self._index_output(state, "tool", "message", message.content)

    def _observe_result(self, state: dict[str, Any], result: ToolResult) -> None:
        calls: dict[str, str] = state.setdefault("calls", {})
        tool_name = calls.pop(result.call_id, "unknown")
        self._index_output(state, tool_name, result.call_id, result.content)

    def _index_output(self, state: dict[str, Any], tool_name: str, call_id: str, content: str) -> None:
        text = normalize_output(content[:_MAX_SCAN])
        found = shared_detector().detect_normalized(text)
        is_injection = found.score >= INJECTION_THRESHOLD and found.span is not None
        tools: list[str] = state.setdefault("tools", [])
        if tool_name not in tools:
            tools.append(tool_name)
        # 1-based so that the sign can mark the instruction region.
        index = tools.index(tool_name) + 1
        seen: dict[str, list[int]] = state.setdefault("seen", {})
        start, end = found.span if is_injection and found.span is not None else (len(text), len(text))
        plain = text_atoms(text[:start]) | text_atoms(text[end:])
        ordered = text_atoms(text[start:end]) - plain
        for atom, mark in [*((a, index) for a in sorted(plain)), *((a, -index) for a in sorted(ordered))]:
            key = digest(atom)
            origins = seen.pop(key, [])
            if mark not in origins:
                origins = [*origins[-3:], mark]
            seen[key] = origins
        while len(seen) > self.max_values:
            del seen[next(iter(seen))]
        # Every output's score and the digest of its suspicious region: never the text.
        outputs: list[dict[str, Any]] = state.setdefault("outputs", [])
        outputs.append(
            {
                "tool": tool_name,
                "call_id": call_id,
                "injection": found.score,
                "span": digest(found.region) if found.region else None,
            }
        )
        del outputs[: max(0, len(outputs) - self.max_outputs)]
        state["injection"] = max(int(state.get("injection", 0)), found.score)
        if is_injection:
            named: list[str] = state.setdefault("ordered", [])
            named.extend(sorted(_ordered_names(text[start:end]) - set(named)))
            del named[: max(0, len(named) - 256)]
            injections: list[dict[str, Any]] = state.setdefault("injections", [])
            injections.append(
                {"tool": tool_name, "call_id": call_id, "injection": found.score, "cues": list(found.cues)}
            )
            del injections[: max(0, len(injections) - self.max_injections)]
            state["injection_count"] = int(state.get("injection_count", 0)) + 1

    def _trace_call(self, state: dict[str, Any], call: ToolCall, signals: dict[str, Any]) -> None:
        calls: dict[str, str] = state.setdefault("calls", {})
        calls[call.call_id] = call.tool_name
        while len(calls) > 256:
            del calls[next(iter(calls))]
        user: dict[str, int] = state.get("user", {})
        seen: dict[str, list[int]] = state.get("seen", {})
        tools: list[str] = state.get("tools", [])
        untrusted: set[str] = set()
        unseen: set[str] = set()
        leaked: set[str] = set()
        origins: list[str] = []
        for key, value in call.arguments.items():
            labels: list[str] = []
            for atom in sorted(set(value_atoms(value))):
                hashed = digest(atom)
                if hashed in user:
                    labels.append("user")
                    continue
                found = seen.get(hashed)
                if not found:
                    labels.append("unseen")
                    unseen.add(key)
                    continue
                if all(mark < 0 for mark in found):
                    untrusted.add(key)
                labels.append("tool:" + tools[abs(found[-1]) - 1])
            if labels:
                worst = next((label for label in labels if label.startswith("tool:")), None)
                origins.append(f"{key}={worst or ('unseen' if 'unseen' in labels else 'user')}")
            if self._is_leaking(value, user, seen):
                leaked.add(key)
        tool_key = digest(call.tool_name.lower())
        signals["untrusted_arguments"] = sorted(untrusted)
        signals["unseen_arguments"] = sorted(unseen)
        signals["leaked_arguments"] = sorted(leaked)
        signals["injection"] = int(state.get("injection", 0))
        signals["injection_seen"] = bool(state.get("injection_count", 0))
        signals["injected_tool"] = tool_key in state.get("ordered", []) and tool_key not in user
        signals["argument_origins"] = origins

    @staticmethod
    def _is_leaking(value: Any, user: dict[str, int], seen: dict[str, list[int]]) -> bool:
        for _, text in iter_strings(value):
            for match in _URL.finditer(text):
                url = match.group(0)
                whole = digest(normalize(url))
                if whole in seen or whole in user:
                    continue  # a link followed as found, not one the agent put together
                host, carried = url_parts(url)
                if digest(host) in user:
                    continue
                if any(digest(c) in seen and digest(c) not in user for c in carried):
                    return True
        return False
