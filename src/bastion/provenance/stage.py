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
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from bastion.arguments import iter_strings
from bastion.events import Message, ToolCall, ToolResult
from bastion.provenance.detector import THRESHOLD as INJECTION_THRESHOLD
from bastion.provenance.detector import Detection, Detector, normalize_output, shared_detector
from bastion.provenance.scan import mentions_tool
from bastion.provenance.values import (
    delegates_to_outputs,
    is_key_argument,
    normalize,
    request_sentences,
    text_atoms,
    topic_words,
    url_parts,
    value_atoms,
)
from bastion.stage import StageContext

__all__ = ["OutputReading", "ProvenanceStage", "digest", "read_output"]

_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`)\]}]+", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z_][\w.-]*[A-Za-z0-9_]")
_MAX_SCAN = 65_536
_MAX_REGIONS = 8
_MAX_REQUESTS = 24
_MAX_REGION_WORDS = 400
_MAX_TASK_WORDS = 600
_MAX_REMEMBERED = 16_384
_MAX_READINGS = 512


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


@dataclass(frozen=True)
class OutputReading:
    """What a tool output says, worked out once per distinct output (digests only, besides the text).

    Attributes:
        text: The output as a model reads it (`normalize_output`).
        detection: The injection detector's verdict on it.
        is_injection: The score reached the threshold and the detector found a region.
        plain: Digests of the values outside the suspicious region, in sorted order of the values.
        ordered: Digests of the values found only inside it, in sorted order of the values.
        region: The digest of the suspicious region's text (None when there is none).
        requested: Digests of the values in the sentences that ask the reader to do something.
        steering: Sorted digests of the topic words and values a call should not lean towards.
        injected_steering: The part of `steering` from the detector's suspicious region alone.
        named: Digests of the names the suspicious region tells the assistant to call.
    """

    text: str
    detection: Detection
    is_injection: bool
    plain: tuple[str, ...]
    ordered: tuple[str, ...]
    region: str | None
    requested: tuple[str, ...]
    steering: tuple[str, ...]
    injected_steering: tuple[str, ...]
    named: frozenset[str]


def _read(content: str, detector: Detector) -> OutputReading:
    text = normalize_output(content[:_MAX_SCAN])
    found = detector.detect_normalized(text)
    is_injection = found.score >= INJECTION_THRESHOLD and found.span is not None
    start, end = found.span if is_injection and found.span is not None else (len(text), len(text))
    plain = text_atoms(text[:start]) | text_atoms(text[end:])
    ordered = text_atoms(text[start:end]) - plain
    # The topic words of the text a call should not follow: the detector's suspicious region, and
    # every sentence of the output that asks its reader to do something.
    steering = topic_words(text[start:end]) | text_atoms(text[start:end]) if is_injection else set()
    injected_steering = tuple(sorted({digest(w) for w in steering})[:_MAX_REGION_WORDS])
    requested: list[str] = []
    for sentence in request_sentences(text)[:_MAX_REQUESTS]:
        atoms = text_atoms(sentence)
        steering |= topic_words(sentence) | atoms
        requested.extend(digest(atom) for atom in atoms)
    return OutputReading(
        text=text,
        detection=found,
        is_injection=is_injection,
        plain=tuple(digest(atom) for atom in sorted(plain)),
        ordered=tuple(digest(atom) for atom in sorted(ordered)),
        region=digest(found.region) if found.region else None,
        requested=tuple(requested),
        steering=tuple(sorted({digest(w) for w in steering})[:_MAX_REGION_WORDS]),
        injected_steering=injected_steering,
        named=frozenset(_ordered_names(text[start:end])) if is_injection else frozenset(),
    )


_readings: OrderedDict[str, tuple[Detector, OutputReading]] = OrderedDict()
_readings_lock = threading.Lock()


def read_output(content: str) -> OutputReading:
    """Normalise a tool output, score it and extract its values, once per distinct output.

    The provenance stage indexes what this returns and the intent stage embeds its suspicious
    region: one reading serves both, and an output that repeats (a replayed trace, a tool that
    answers the same) is not read again. Outputs up to 16,384 characters are remembered, the
    latest 512 of them.

    Args:
        content: The raw tool output.

    Returns:
        The reading.
    """
    detector = shared_detector()
    if len(content) > _MAX_REMEMBERED:
        return _read(content, detector)
    with _readings_lock:
        held = _readings.get(content)
        if held is not None and held[0] is detector:
            _readings.move_to_end(content)
            return held[1]
    reading = _read(content, detector)
    with _readings_lock:
        _readings[content] = (detector, reading)
        while len(_readings) > _MAX_READINGS:
            _readings.popitem(last=False)
    return reading


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
            # The task: the user's words and the system prompt that sets the agent's job.
            if message.role == "user":
                state["delegated"] = delegates_to_outputs(text)
            if message.role in ("user", "system"):
                task: list[str] = state.setdefault("task", [])
                task.extend(sorted({digest(w) for w in topic_words(text)} - set(task)))
                del task[: max(0, len(task) - _MAX_TASK_WORDS)]
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
        reading = read_output(content)
        found = reading.detection
        tools: list[str] = state.setdefault("tools", [])
        if tool_name not in tools:
            tools.append(tool_name)
        # Outputs are numbered from 1 so that the sign can mark the suspicious region; `seen` points
        # at outputs by number, and the last `max_outputs` of them keep their tool, call id and score.
        index = state["output_count"] = int(state.get("output_count", 0)) + 1
        seen: dict[str, list[int]] = state.setdefault("seen", {})
        for key, mark in [*((k, index) for k in reading.plain), *((k, -index) for k in reading.ordered)]:
            origins = seen.pop(key, [])
            if mark not in origins:
                origins = [*origins[-3:], mark]
            seen[key] = origins
        while len(seen) > self.max_values:
            del seen[next(iter(seen))]
        # Every output's score and the digest of its suspicious region: never the text.
        outputs: list[dict[str, Any]] = state.setdefault("outputs", [])
        outputs.append({"tool": tool_name, "call_id": call_id, "injection": found.score, "span": reading.region})
        for dropped in outputs[: max(0, len(outputs) - self.max_outputs)]:
            state["dropped_injection"] = max(int(state.get("dropped_injection", 0)), int(dropped["injection"]))
        del outputs[: max(0, len(outputs) - self.max_outputs)]
        state["injection"] = max(int(state.get("injection", 0)), found.score)
        requested: dict[str, int] = state.setdefault("requested", {})
        for key in reading.requested:
            requested[key] = index
        while len(requested) > self.max_values // 4:
            del requested[next(iter(requested))]
        for slot, words in (("regions", reading.steering), ("injected_regions", reading.injected_steering)):
            if words:
                regions: dict[str, list[str]] = state.setdefault(slot, {})
                regions[str(index)] = list(words)
                for old in list(regions)[: max(0, len(regions) - _MAX_REGIONS)]:
                    del regions[old]
        if reading.is_injection:
            named: list[str] = state.setdefault("ordered", [])
            named.extend(sorted(reading.named - set(named)))
            del named[: max(0, len(named) - 256)]
            injections: list[dict[str, Any]] = state.setdefault("injections", [])
            injections.append(
                {"tool": tool_name, "call_id": call_id, "injection": found.score, "cues": list(found.cues)}
            )
            del injections[: max(0, len(injections) - self.max_injections)]
            state["injection_count"] = int(state.get("injection_count", 0)) + 1

    def _output(self, state: dict[str, Any], number: int) -> tuple[str, str, int]:
        """Tool, call id and injection score of output `number`; an output no longer remembered
        counts with the highest score of those dropped (fail closed)."""
        outputs: list[dict[str, Any]] = state.get("outputs", [])
        offset = int(state.get("output_count", 0)) - number
        if 0 <= offset < len(outputs):
            record = outputs[-1 - offset]
            return str(record["tool"]), str(record["call_id"]), int(record["injection"])
        return "an earlier tool", "?", int(state.get("dropped_injection", 0))

    def _trace_call(self, state: dict[str, Any], call: ToolCall, signals: dict[str, Any]) -> None:
        calls: dict[str, str] = state.setdefault("calls", {})
        calls[call.call_id] = call.tool_name
        while len(calls) > 256:
            del calls[next(iter(calls))]
        user: dict[str, int] = state.get("user", {})
        seen: dict[str, list[int]] = state.get("seen", {})
        untrusted: set[str] = set()
        unseen: set[str] = set()
        leaked: set[str] = set()
        origins: list[str] = []
        sources: list[str] = []
        # (score, argument, tool, call id) of the most suspicious output that supplied each argument
        worst: list[tuple[int, str, str, str, bool]] = []
        key_total = key_from_user = from_user_count = 0
        key_from_output: set[str] = set()
        requested_by: dict[str, int] = state.get("requested", {})
        requested: set[str] = set()
        for key, value in call.arguments.items():
            labels: list[str] = []
            supplier: tuple[int, str, str] | None = None
            from_user = from_tool = False
            atoms = set(value_atoms(value))
            handle = value.strip() if isinstance(value, str) else ""
            if handle[:1] in ("@", "#") and len(handle) <= 64 and not any(c.isspace() for c in handle):
                # A short handle ("@dana", "#dev") is a value in its own right, even without a digit.
                atoms.add(normalize(handle).lstrip("@#"))
            for atom in sorted(atoms):
                hashed = digest(atom)
                found = seen.get(hashed)
                if hashed in user:
                    labels.append("user")
                    from_user = True
                    if found:
                        # Said by the user and seen in an output too: named for the record, trusted.
                        tool_name, call_id, score = max(
                            (self._output(state, abs(mark)) for mark in found), key=lambda out: out[2]
                        )
                        if supplier is None or score > supplier[0]:
                            supplier = (score, tool_name, call_id)
                    continue
                if not found:
                    labels.append("unseen")
                    unseen.add(key)
                    continue
                if all(mark < 0 for mark in found):
                    untrusted.add(key)
                if hashed in requested_by:
                    requested.add(key)
                from_tool = True
                tool_name, call_id, score = max(
                    (self._output(state, abs(mark)) for mark in found), key=lambda out: out[2]
                )
                labels.append("tool:" + tool_name)
                if supplier is None or score > supplier[0]:
                    supplier = (score, tool_name, call_id)
            is_key = is_key_argument(key, value)
            from_user_count += from_user
            if labels:
                first_tool = next((label for label in labels if label.startswith("tool:")), None)
                origins.append(f"{key}={first_tool or ('unseen' if 'unseen' in labels else 'user')}")
            if is_key and labels:
                key_total += 1
                key_from_user += from_user and not from_tool
                if from_tool and not from_user:
                    key_from_output.add(key)
            if supplier is not None:
                score, tool_name, call_id = supplier
                if from_tool:
                    worst.append((score, key, tool_name, call_id, is_key))
                both = "user and " if from_user else ""
                sources.append(f"{key}={both}output of {tool_name} ({call_id}, injection {score})")
            elif labels:
                sources.append(f"{key}={'user' if from_user else 'unseen'}")
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
        signals["argument_sources"] = sources
        signals["argument_injection"] = max((w[0] for w in worst), default=0)
        signals["key_argument_injection"] = max((w[0] for w in worst if w[4]), default=0)
        signals["key_arguments_from_user"] = key_total > 0 and key_from_user == key_total
        signals["key_arguments_from_output"] = sorted(key_from_output)
        signals["argument_count"] = len(call.arguments)
        signals["arguments_from_user"] = from_user_count
        signals["requested_arguments"] = sorted(requested)
        signals["lean"] = self._lean(state, call)
        signals["provenance_evidence"] = self._evidence(state, call, worst, untrusted, signals)

    @staticmethod
    def _lean(state: dict[str, Any], call: ToolCall) -> int:
        """How far the call's words lean towards the suspicious regions rather than the user's task (0..100).

        The tool's name and the argument values are cut into topic words; a word found in a
        suspicious region (and not in the task) pulls one way, a word of the task the other. Key
        arguments and the tool's name weigh double. 0 when no output was suspicious. When the
        user's latest request hands the assistant what the outputs ask (`delegates_to_outputs`),
        their requests are the task: only the detector's suspicious regions pull.
        """
        slot = "injected_regions" if state.get("delegated") else "regions"
        regions: dict[str, list[str]] = state.get(slot, {})
        if not regions:
            return 0
        suspicious = {w for words in regions.values() for w in words}
        task = set(state.get("task", []))
        weights: dict[str, int] = {}
        name_words = {digest(word) for word in topic_words(call.tool_name)}
        for hashed in name_words:
            weights[hashed] = 2
        for key, value in call.arguments.items():
            weight = 2 if is_key_argument(key, value) else 1
            words = {w for _, text in iter_strings(value) for w in topic_words(text[:2000])}
            for word in words | set(value_atoms(value)):
                hashed = digest(word)
                weights[hashed] = max(weights.get(hashed, 0), weight)
        toward = sum(w for h, w in weights.items() if h in suspicious and h not in task)
        away = sum(w for h, w in weights.items() if h in task)
        # A call with arguments leans only through them: its tool's name alone ("send") shared with
        # an injected order is not a lean when every value it passes came from elsewhere.
        from_arguments = any(h in suspicious and h not in task for h in weights if h not in name_words)
        if toward == 0 or (call.arguments and not from_arguments):
            return 0
        # Two words' worth of doubt: a single shared word is not a lean.
        return round(100 * toward / (toward + away + 2))

    def _evidence(
        self,
        state: dict[str, Any],
        call: ToolCall,
        worst: list[tuple[int, str, str, str, bool]],
        untrusted: set[str],
        signals: dict[str, Any],
    ) -> str:
        """One sentence naming the output and the argument behind the provenance signals, for reasons."""
        parts: list[str] = []
        # The most suspicious supplier first; among equals, a key argument.
        ranked = sorted(worst, key=lambda w: (w[0], w[4]), reverse=True)
        if ranked:
            score, key, tool_name, call_id, _ = ranked[0]
            parts.append(
                f"argument '{key}' came from the output of {tool_name} (call {call_id}, injection score {score})"
            )
        for key in sorted(untrusted - {w[1] for w in ranked[:1]}):
            parts.append(f"argument '{key}' appeared only in the suspicious part of a tool output")
        injections: list[dict[str, Any]] = state.get("injections", [])
        if injections:
            last = max(injections, key=lambda i: int(i.get("injection", 0)))
            if signals.get("injected_tool") or not parts:
                parts.append(
                    f"the most suspicious output came from {last['tool']} (call {last['call_id']}, "
                    f"injection score {last.get('injection', 0)})"
                )
        if signals.get("injected_tool"):
            parts.append(f"{call.tool_name} was named there, never by the user")
        return "; ".join(parts) or "no tool output supplied this call"

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
