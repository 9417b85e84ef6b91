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
    delegated    the user handed the requests of outputs over as the task ("follow the steps in ...")

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
    lean, lean_evidence  how far the call leans toward suspicious text rather than the task, and
                         which argument and output make it lean (for reasons)
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
    delegates,
    is_key_argument,
    is_prose,
    normalize,
    request_sentences,
    short_id_atom,
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
# From this injection score on (below the detector's threshold), a tool named in a request sentence
# counts as ordered by the output (`injected_tool`).
MODERATE_INJECTION = 20
# The region's record goes on to the end of its field or line: the values an order names right
# after it ("The application ID is: 'app123'.") are the order's, even in a sentence of their own.
# A record ends at a line break or at the quote that closes a JSON string (one followed by `,` `:`
# `}` `]` or the end); a quote inside prose ("use the \"X\" tool") does not end it.
_RECORD_END = re.compile(r'\n|"(?=\s*(?:[,:}\]]|$))')
_MAX_RECORD_TAIL = 400


def digest(value: str) -> str:
    """The digest a value is indexed by (16 hex digits of BLAKE2b).

    Args:
        value: A normalized value.

    Returns:
        The digest.
    """
    return hashlib.blake2b(value.encode("utf-8"), digest_size=8, person=b"bastion-prov").hexdigest()


def _record_end(text: str, end: int) -> int:
    """Where the field or line that holds position `end` of an instruction region ends.

    A region that stops inside its record (a JSON string, a line of text) is carried on to the end
    of it, up to 400 characters; a region already at a record's end stays where it is. Bracket-
    and quote-free text ends where the output ends.
    """
    if end >= len(text) or _RECORD_END.match(text, max(0, end - 1)):
        return end
    found = _RECORD_END.search(text, end, min(len(text), end + _MAX_RECORD_TAIL))
    if found:
        return found.start()
    return len(text) if len(text) - end <= _MAX_RECORD_TAIL else end


def _argument_atoms(key: str, value: Any) -> set[str]:
    """The traced values of one argument: its value's atoms, and a one- or two-digit id as `#13`,
    which a text names only beside a noun ("delete file 13")."""
    atoms = set(value_atoms(value))
    short = short_id_atom(key, value)
    if short is not None:
        atoms.add(short)
    return atoms


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
        steering: Sorted digests of the topic words and values of the suspicious region, which a
            call should not lean towards.
        requesting: Sorted digests of the topic words and values of the sentences that ask the
            reader to act: a call should not lean towards them either, unless the user handed
            the output's requests over as the task.
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
    requesting: tuple[str, ...]
    named: frozenset[str]


def _read(content: str, detector: Detector) -> OutputReading:
    text = normalize_output(content[:_MAX_SCAN])
    found = detector.detect_normalized(text)
    is_injection = found.score >= INJECTION_THRESHOLD and found.span is not None
    start, end = found.span if is_injection and found.span is not None else (len(text), len(text))
    if is_injection:
        end = _record_end(text, end)
    plain = text_atoms(text[:start]) | text_atoms(text[end:])
    ordered = text_atoms(text[start:end]) - plain
    # The topic words of the text a call should not follow: the detector's suspicious region
    # (`steering`), and every sentence of the output that asks its reader to do something
    # (`requesting`, which a user's delegation turns into the task).
    steering = topic_words(text[start:end]) | text_atoms(text[start:end]) if is_injection else set()
    requesting: set[str] = set()
    requested: list[str] = []
    named = _ordered_names(text[start:end]) if is_injection else set()
    for sentence in request_sentences(text)[:_MAX_REQUESTS]:
        atoms = text_atoms(sentence)
        if found.score >= MODERATE_INJECTION:
            # A request that names a tool to call, in an output that reads somewhat like an
            # injection, orders that tool as the detector's region would.
            named |= _ordered_names(sentence)
        requesting |= topic_words(sentence) | atoms
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
        requesting=tuple(sorted({digest(w) for w in requesting})[:_MAX_REGION_WORDS]),
        named=frozenset(named),
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
            if message.role == "user" and delegates(text):
                state["delegated"] = True
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
        steering = set(reading.steering)
        if state.get("delegated"):
            # The user handed the output's requests over ("follow the steps in ..."): what they ask
            # for is the task now. Only the detector's region is still text not to follow.
            task: list[str] = state.setdefault("task", [])
            task.extend(sorted(set(reading.requesting) - set(task)))
            del task[: max(0, len(task) - _MAX_TASK_WORDS)]
        else:
            steering |= set(reading.requesting)
            requested: dict[str, int] = state.setdefault("requested", {})
            for key in reading.requested:
                requested[key] = index
            while len(requested) > self.max_values // 4:
                del requested[next(iter(requested))]
        if steering:
            regions: dict[str, list[str]] = state.setdefault("regions", {})
            regions[str(index)] = sorted(steering)[:_MAX_REGION_WORDS]
            for old in list(regions)[: max(0, len(regions) - _MAX_REGIONS)]:
                del regions[old]
        if reading.named:
            named: list[str] = state.setdefault("ordered", [])
            named.extend(sorted(reading.named - set(named)))
            del named[: max(0, len(named) - 256)]
        if reading.is_injection:
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
        key_total = key_from_user = 0
        key_from_output: set[str] = set()
        requested_by: dict[str, int] = state.get("requested", {})
        requested: set[str] = set()
        for key, value in call.arguments.items():
            labels: list[str] = []
            supplier: tuple[int, str, str] | None = None
            from_user = from_tool = False
            atoms = _argument_atoms(key, value)
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
                if hashed in requested_by and not is_prose(value):
                    requested.add(key)
                from_tool = True
                tool_name, call_id, score = max(
                    (self._output(state, abs(mark)) for mark in found), key=lambda out: out[2]
                )
                labels.append("tool:" + tool_name)
                if supplier is None or score > supplier[0]:
                    supplier = (score, tool_name, call_id)
            is_key = is_key_argument(key, value)
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
        signals["requested_arguments"] = sorted(requested)
        signals["lean"], signals["lean_evidence"] = self._lean(state, call)
        signals["provenance_evidence"] = self._evidence(state, call, worst, untrusted, signals)

    def _lean(self, state: dict[str, Any], call: ToolCall) -> tuple[int, str]:
        """How far the call's words lean towards the suspicious regions rather than the user's task (0..100).

        The tool's name and the argument values are cut into topic words; a word found in a
        suspicious region (and not in the task) pulls one way, a word of the task the other. Key
        arguments and the tool's name weigh double. 0 when no output was suspicious.

        Returns:
            The lean, and a phrase naming the argument and the output it leans towards ("" at 0).
        """
        regions: dict[str, list[str]] = state.get("regions", {})
        if not regions:
            return 0, ""
        suspicious = {w for words in regions.values() for w in words}
        task = set(state.get("task", []))
        weights: dict[str, int] = {}
        # Which argument (or the tool's name, "") put each word into the call: the one that weighs most.
        owners: dict[str, str] = {}
        name_words = {digest(word) for word in topic_words(call.tool_name)}
        for hashed in name_words:
            weights[hashed] = 2
            owners[hashed] = ""
        for key, value in call.arguments.items():
            weight = 2 if is_key_argument(key, value) else 1
            # Prose (a note's text, a message body) repeats the words of what was read; it leans
            # only through the values it carries.
            words = set() if is_prose(value) else {w for _, t in iter_strings(value) for w in topic_words(t[:2000])}
            for word in words | _argument_atoms(key, value):
                hashed = digest(word)
                if weight > weights.get(hashed, 0):
                    weights[hashed] = weight
                    owners[hashed] = key
        pulling = {h: w for h, w in weights.items() if h in suspicious and h not in task}
        toward = sum(pulling.values())
        away = sum(w for h, w in weights.items() if h in task)
        # A call with arguments leans only through them: its tool's name alone ("send") shared with
        # an injected order is not a lean when every value it passes came from elsewhere.
        from_arguments = any(h not in name_words for h in pulling)
        if toward == 0 or (call.arguments and not from_arguments):
            return 0, ""
        # Two words' worth of doubt: a single shared word is not a lean.
        lean = round(100 * toward / (toward + away + 2))
        by_argument: dict[str, int] = {}
        for hashed, weight in pulling.items():
            by_argument[owners[hashed]] = by_argument.get(owners[hashed], 0) + weight
        argument = max(sorted(by_argument), key=lambda k: (k != "", by_argument[k]))
        number = max(sorted(regions, key=int), key=lambda n: len(pulling.keys() & set(regions[n])))
        tool_name, call_id, score = self._output(state, int(number))
        what = f"argument '{argument}'" if argument else f"the tool {call.tool_name}"
        return lean, f"{what} follows the output of {tool_name} (call {call_id}, injection score {score})"

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
            if not injections:
                # Named in a request of an output below the threshold: the highest-scored one.
                outputs: list[dict[str, Any]] = state.get("outputs", [])
                top = max(outputs, key=lambda o: int(o["injection"]), default=None)
                if top is not None:
                    parts.append(
                        f"a request in the output of {top['tool']} (call {top['call_id']}, "
                        f"injection score {top['injection']}) named {call.tool_name}"
                    )
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
