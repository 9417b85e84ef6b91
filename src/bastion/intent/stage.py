"""The intent stage: where the conversation is going, as `risk` and `drift` for the policies.

Its slot of the session state keeps a running representation of the session:

    task          the mean embedding of the user's messages (what the user asked for)
    trajectory    a decayed running mean of what was asked and done: messages, calls, results
    message_peak  how close the most harmful-looking user message came to a harmful goal
    risk          the highest risk scored so far (a trajectory that came near a harmful goal stays there)
    instructions  embeddings of instruction-like text found in tool outputs (what an injection asked for)

Each text is folded into the slot when its event is processed (a user message when it arrives, an
instruction region when its output does), so the slot alone holds everything a later decision reads:
a restarted process, or another replica that takes the session's next event, decides exactly as
this one would. The slot holds no text: vectors, numbers, and short digests of the latest user
message's words (to tell a call that only repeats it).

Vectors are stored as base64 float16 (about 1 kB each), so a checkpoint stays small and JSON.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from bastion.catalog import Catalog
from bastion.events import Message, ToolCall, ToolResult
from bastion.intent.cues import CUE_KINDS, cue_kinds
from bastion.intent.embedder import DIMENSIONS, Embedder, shared_embedder
from bastion.intent.scorer import IntentModel, drift_score
from bastion.intent.trajectory import TrajectoryModel, TrajectoryState, describe_steps
from bastion.provenance.stage import read_output
from bastion.stage import StageContext

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["IntentStage", "message_words", "render_call", "repeats_message", "repeats_words"]

_MAX_TEXT = 1200
# Of the latest user message, the digests of at most this many distinct words are kept.
_MAX_MESSAGE_WORDS = 128
_WORD = re.compile(r"\w+")
# Of a tool output only its instruction-like part is embedded (for drift), at most this much.
_MAX_RESULT = 500
# The principal's evidence forgets more slowly than a session's (its steps span conversations), and
# its peak sinks: one harmful-looking step must not hang over every later conversation.
_PRINCIPAL_DECAY = 0.9
_PRINCIPAL_PEAK_FADE = 0.5
_MAX_VALUE = 80
_MAX_INSTRUCTIONS = 8
# Trajectory states and vectors decoded from slots that are remembered (a few kB each); beyond this a
# state is decoded again from its slot.
_MAX_READ = 2048


def _instruction_region(content: str) -> str:
    """The injected part of a tool output (empty if none): from where the detector finds the injection to the
    end of the output, since the orders that follow an injection's first sentence belong to it.

    The output is read once for both stages: the provenance stage, which runs first, already scored it."""
    reading = read_output(content)
    detection = reading.detection
    if not detection.region or detection.span is None:
        return ""
    return reading.text[detection.span[0] :][:_MAX_RESULT].strip()


def _pack(vector: NDArray[np.float32]) -> str:
    return base64.b64encode(vector.astype(np.float16).tobytes()).decode("ascii")


def _unpack(text: str) -> NDArray[np.float32]:
    vector = np.frombuffer(base64.b64decode(text), dtype=np.float16).astype(np.float32)
    if vector.shape != (DIMENSIONS,):
        raise ValueError(f"stored vector has {vector.shape[0]} dimensions, expected {DIMENSIONS}")
    return vector


def _unit(vector: NDArray[np.float32]) -> NDArray[np.float32]:
    norm = float(np.linalg.norm(vector))
    return vector if norm == 0.0 else (vector / norm).astype(np.float32)


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= _MAX_VALUE else text[:_MAX_VALUE] + "..."


def _word_digest(word: str) -> str:
    return hashlib.blake2b(word.encode("utf-8"), digest_size=4, person=b"bastion-words").hexdigest()


def message_words(message: str) -> list[str]:
    """Digests of a message's distinct lowercase words (at most 128, in order of first use): what the
    session slot keeps of the latest user message to tell a call that only repeats it."""
    words = dict.fromkeys(_word_digest(word) for word in _WORD.findall(message.lower()))
    return list(words)[:_MAX_MESSAGE_WORDS]


def repeats_words(arguments: dict[str, Any], words: Sequence[str]) -> bool:
    """True if a call's every string argument (8 characters or more) is made of the message's words.

    Args:
        arguments: The call's arguments.
        words: `message_words` of the latest user message.

    Returns:
        True when there is at least one argument, every one a string, and each string's words all
        occur in the message.
    """
    values = [v.strip() for v in arguments.values() if isinstance(v, str)]
    if not values or len(values) != len(arguments) or not words:
        return False
    known = frozenset(words)
    for value in values:
        tokens = _WORD.findall(value.lower())
        if len(value) < 8 or not tokens or any(_word_digest(token) not in known for token in tokens):
            return False
    return True


def repeats_message(arguments: dict[str, Any], message: str) -> bool:
    """True if a call's every string argument repeats the user's latest message (a search for what was asked).

    Such a call adds no words of its own, so its step reuses the message's embedding instead of
    embedding the call: a decision that needs no new embedding costs well under a millisecond.

    Args:
        arguments: The call's arguments.
        message: The latest user message.

    Returns:
        True when there is at least one string argument, each of 8 characters or more and made of
        the message's words.
    """
    return repeats_words(arguments, message_words(message))


def render_call(tool_name: str, arguments: dict[str, Any], description: str = "") -> str:
    """A tool call as text for the embedder: `send_money iban=DE89... amount=1200`.

    Args:
        tool_name: The tool.
        arguments: Its arguments (each value cut to 80 characters).
        description: The tool's catalog description, whose first sentence is appended.

    Returns:
        The text.
    """
    parts = [tool_name, *(f"{key}={_short(value)}" for key, value in arguments.items())]
    text = " ".join(parts)
    summary = description.strip().split(". ")[0].strip()
    return f"{text} ({summary})" if summary else text


class IntentStage:
    """Score each tool call's session for `risk`, `risk_category`, `risk_turns` and `drift`.

    `drift` is produced only once a user message has been seen (an MCP proxy sees none). With a
    principal slot (`ctx.principal_state`), `principal_risk` and `principal_risk_turns` too.

    Args:
        model: The drift calibration (default: the model shipped with bastion).
        embedder: The sentence embedder (default: the process-wide one, all-MiniLM-L6-v2 loaded on first use).
        catalog: The tools, whose descriptions give calls their meaning.
        trajectory: The trajectory model (default: the one shipped with bastion).
    """

    name = "intent"

    def __init__(
        self,
        model: IntentModel | None = None,
        embedder: Embedder | None = None,
        catalog: Catalog | None = None,
        trajectory: TrajectoryModel | None = None,
    ) -> None:
        self.model = model or IntentModel.load()
        self.trajectory = trajectory or TrajectoryModel.load()
        self.embedder = embedder or shared_embedder()
        self.catalog = catalog
        # Decoded slot values, so that an event does not decode again what the last one wrote.
        self._read: OrderedDict[int, tuple[dict[str, Any], TrajectoryState]] = OrderedDict()
        self._vectors: OrderedDict[str, NDArray[np.float32]] = OrderedDict()

    async def warm(self) -> None:
        """Load the embedding model now, so that no decision pays for it."""
        await self.embedder.aencode(["bastion"])

    def texts_for(self, event: Message | ToolCall | ToolResult) -> list[str]:
        """The texts this stage embeds for an event (to embed a whole trace ahead, in large batches).

        Args:
            event: Any event.

        Returns:
            The texts, possibly none.
        """
        if isinstance(event, ToolCall):
            return [self._call_text(event)]  # at most: a call repeating the user's message embeds nothing
        if isinstance(event, ToolResult):
            region = _instruction_region(event.content)
            return [region] if region else []
        text = event.content[:_MAX_TEXT]
        return [text] if event.role == "user" and text.strip() else []

    async def prefetch(self, events: Sequence[Message | ToolCall | ToolResult]) -> int:
        """Embed every text of a trace ahead of replaying it, in large batches.

        Args:
            events: The trace.

        Returns:
            How many texts were embedded.
        """
        texts = list(dict.fromkeys(t for event in events for t in self.texts_for(event)))
        await self.embedder.aencode(texts)
        return len(texts)

    def _call_text(self, call: ToolCall) -> str:
        tool = self.catalog.get(call.tool_name) if self.catalog is not None else None
        return render_call(call.tool_name, call.arguments, tool.description if tool is not None else "")

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Fold observed text into the session; for a tool call, add the risk and drift signals."""
        state = ctx.state
        if isinstance(event, Message):
            if event.role == "user" and event.content.strip():
                text = event.content[:_MAX_TEXT]
                await self._fold(event.session, state, "user", text, ctx.principal_state)
                state["message_words"] = message_words(text)
            return
        if isinstance(event, ToolResult):
            region = _instruction_region(event.content)
            if region:
                await self._fold(event.session, state, "instruction", region, ctx.principal_state)
            return
        label = f"call {event.call_id}"
        if (
            "message" in state
            and "message_purpose" in state
            and repeats_words(event.arguments, state.get("message_words", []))
        ):
            # The call only repeats the user's latest message: its step is that message's vector and purpose
            # (a slot written before purposes were kept embeds the call instead).
            folded = await self._fold(
                event.session, state, "call", "", ctx.principal_state, label=label, stored=state["message"]
            )
        else:
            text = self._call_text(event)
            folded = await self._fold(event.session, state, "call", text, ctx.principal_state, label=label)
        vector, logit = folded
        model = self.trajectory
        session = self._trajectory(state.get("trajectory"))
        risk = round(100 * model.probability(model.sequence_features(session, logit)))
        category = model.category(session)
        ctx.signals["risk"] = risk
        ctx.signals["risk_category"] = category
        ctx.signals["risk_turns"] = describe_steps(
            model.drivers(session, category), model.describe(category), model.cue_drivers(session)
        )
        if ctx.principal_state is not None:
            principal = self._trajectory(ctx.principal_state.get("trajectory"))
            principal_category = model.category(principal)
            ctx.signals["principal_risk"] = max(
                risk, round(100 * model.probability(model.sequence_features(principal, logit)))
            )
            ctx.signals["principal_risk_category"] = principal_category
            ctx.signals["principal_risk_turns"] = describe_steps(
                model.drivers(principal, principal_category),
                model.describe(principal_category),
                model.cue_drivers(principal),
            )
        if "task_sum" in state:
            task = _unit(self._vector(state["task_sum"]))
            instructions = [self._vector(v) for v in state.get("instructions", [])]
            ctx.signals["drift"] = drift_score(vector, task, instructions, self.model)

    def _trajectory(self, raw: dict[str, Any] | None) -> TrajectoryState:
        """The state a slot's `trajectory` holds, read once per value the slot takes.

        Each event reads the state its slot holds and writes a new one; the state read back is the
        stored (rounded) one, so decisions do not depend on whether it was read from memory or from a
        checkpoint. The states read are remembered by the identity of the stored object (replaced,
        never changed in place), and each caller gets its own copy to change.
        """
        if not raw:
            return TrajectoryState.from_json(raw, _unpack)
        held = self._read.get(id(raw))
        if held is None or held[0] is not raw:
            parsed = TrajectoryState.from_json(raw, _unpack)
            if parsed.mean_sum is not None:
                parsed.mean_sum.flags.writeable = False
            held = (raw, parsed)
            self._read[id(raw)] = held
            while len(self._read) > _MAX_READ:
                self._read.popitem(last=False)
        else:
            self._read.move_to_end(id(raw))
        return held[1].copy()

    def _written(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Remember the state `to_json` just wrote as `from_json` would read it back (its values are
        floats rounded already, so reading them is copying them)."""
        mean = self._vector(raw["mean"]) if raw.get("mean") else None
        # The lists `to_json` wrote are shared, not copied: nothing changes a step once it is made.
        steps: list[tuple[str, Sequence[float]]] = [(label, values) for label, values in raw["steps"]]
        cues = list(raw["cues"]) if "cues" in raw else [0.0] * len(CUE_KINDS)
        cue_steps = [(label, tuple(kinds)) for label, kinds in raw.get("cue_steps", [])]
        state = TrajectoryState(list(raw["evidence"]), mean, raw["peak"], steps, raw["count"], cues, cue_steps)
        self._read[id(raw)] = (raw, state)
        while len(self._read) > _MAX_READ:
            self._read.popitem(last=False)
        return raw

    def _vector(self, text: str) -> NDArray[np.float32]:
        """A stored vector, decoded once per distinct value (read-only: every use makes a new array)."""
        vector = self._vectors.get(text)
        if vector is None:
            vector = _unpack(text)
            vector.flags.writeable = False
            self._vectors[text] = vector
            while len(self._vectors) > _MAX_READ:
                self._vectors.popitem(last=False)
        return vector

    async def _fold(
        self,
        session_id: str,
        state: dict[str, Any],
        kind: str,
        text: str,
        principal_state: dict[str, Any] | None,
        *,
        label: str = "",
        stored: str | None = None,
    ) -> tuple[NDArray[np.float32], float]:
        """Embed one text (or take its `stored` vector) and fold it into the session and the principal.

        Args:
            session_id: The session.
            state: The session's slot.
            kind: "user", "call" or "instruction".
            text: The text to embed (unused with `stored`).
            principal_state: The principal's slot, if any.
            label: How a call step is named in reasons (`call c2`).
            stored: A vector the slot already holds (packed), used instead of embedding `text` (with the
                slot's `message_purpose`).

        Returns:
            The step's vector and its logit (0.0 for an instruction, which is no step).
        """
        if stored is not None:
            vector, purpose = self._vector(stored), float(state["message_purpose"])
        else:
            vectors, purposes = await self.embedder.aembed([text])
            vector, purpose = vectors[0], float(purposes[0])
        if kind == "instruction":
            instructions: list[str] = state.setdefault("instructions", [])
            instructions.append(_pack(vector))
            del instructions[: max(0, len(instructions) - _MAX_INSTRUCTIONS)]
            return vector, 0.0
        model = self.trajectory
        session = self._trajectory(state.get("trajectory"))
        principal = self._trajectory(principal_state.get("trajectory")) if principal_state is not None else None
        if kind == "user":
            state["turns"] = int(state.get("turns", 0)) + 1
            label = f"turn {state['turns']}"
            task_sum = self._vector(state["task_sum"]) if "task_sum" in state else None
            state["task_sum"] = _pack(vector.copy() if task_sum is None else task_sum + vector)
            state["message"] = _pack(vector)
            state["message_purpose"] = round(purpose, 4)
        scored = model.score(vector, purpose)
        # A call that repeats the message (`stored`) shows no cue the message did not show already.
        cues = cue_kinds(text) if stored is None else frozenset()
        score = model.step(session, vector, label, scored=scored, cues=cues)
        if principal is not None and principal_state is not None:
            principal_label = f"{label} of session {session_id}"
            model.step(
                principal,
                vector,
                principal_label,
                decay=_PRINCIPAL_DECAY,
                peak_fade=_PRINCIPAL_PEAK_FADE,
                scored=scored,
                cues=cues,
            )
            principal_state["trajectory"] = self._written(principal.to_json(_pack))
        state["trajectory"] = self._written(session.to_json(_pack))
        return vector, score.logit

    async def aclose(self) -> None:
        """Stop the embedder's worker thread (the process-wide embedder stays up for other firewalls)."""
        if self.embedder is not shared_embedder():
            self.embedder.close()
