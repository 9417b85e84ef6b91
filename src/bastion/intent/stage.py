"""The intent stage: where the conversation is going, as `risk` and `drift` for the policies.

Its slot of the session state keeps a running representation of the session:

    task          the mean embedding of the user's messages (what the user asked for)
    trajectory    a decayed running mean of what was asked and done: messages, calls, results
    message_peak  how close the most harmful-looking user message came to a harmful goal
    risk          the highest risk scored so far (a trajectory that came near a harmful goal stays there)
    instructions  embeddings of instruction-like text found in tool outputs (what an injection asked for)

Texts observed since the last call wait in memory, outside the slot (a checkpoint holds no text:
only vectors and numbers), and are embedded together, in one batch, at the next call; a restart
loses at most those few texts of each session.

Vectors are stored as base64 float16 (about 1 kB each), so a checkpoint stays small and JSON.
"""

from __future__ import annotations

import base64
import json
import re
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from bastion.catalog import Catalog
from bastion.events import Message, ToolCall, ToolResult
from bastion.intent.embedder import DIMENSIONS, Embedder, shared_embedder
from bastion.intent.scorer import Exemplars, IntentModel, drift_score, features, message_margin
from bastion.provenance.detector import shared_detector
from bastion.stage import StageContext

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["IntentStage", "render_call"]

# Texts waiting to be embedded are flushed in one batch when this many pile up without a call.
_MAX_PENDING = 8
# Sessions whose unembedded texts are kept; beyond this the least recently active lose theirs.
_MAX_PENDING_SESSIONS = 4096
_MAX_TEXT = 1200
# A tool output weighs less in the trajectory than what was asked; its opening says what it is,
# and embedding less of it keeps the per-result cost low.
_MAX_RESULT = 500
_MAX_VALUE = 80
_MAX_SENTENCES = 12
_MAX_INSTRUCTIONS = 8
_MAX_SCAN = 65_536
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentences(text: str) -> list[str]:
    """The sentences of a user message worth embedding on their own (a harmful aim often sits in one)."""
    parts = [p.strip() for p in _SENTENCE.split(text) if len(p.strip()) >= 20]
    return parts[:_MAX_SENTENCES] if len(parts) > 1 else []


def _instruction_region(content: str) -> str:
    """The injected part of a tool output (empty if none), as the injection detector finds it."""
    return shared_detector().detect(content[:_MAX_SCAN]).region[:_MAX_RESULT].strip()


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
    """Score each tool call's session for `risk` (0..100) and `drift` (0..100).

    `drift` is produced only once a user message has been seen (an MCP proxy sees none).

    Args:
        model: The scorer and exemplars (default: the model shipped with bastion).
        embedder: The sentence embedder (default: the process-wide one, all-MiniLM-L6-v2 loaded on first use).
        catalog: The tools, whose descriptions give calls their meaning.
    """

    name = "intent"

    def __init__(
        self, model: IntentModel | None = None, embedder: Embedder | None = None, catalog: Catalog | None = None
    ) -> None:
        self.model = model or IntentModel.load()
        self.embedder = embedder or shared_embedder()
        self.catalog = catalog
        self._exemplars: Exemplars | None = None
        self._pending: OrderedDict[str, list[list[str]]] = OrderedDict()

    async def exemplars(self) -> Exemplars:
        """The embedded exemplars (embedded once, on first use)."""
        if self._exemplars is None:
            texts = [*self.model.harmful, *self.model.benign]
            vectors = await self.embedder.aencode(texts)
            count = len(self.model.harmful)
            self._exemplars = Exemplars(vectors[:count], vectors[count:])
        return self._exemplars

    async def warm(self) -> None:
        """Load the model and embed the exemplars now, so that no decision pays for it."""
        await self.exemplars()

    def texts_for(self, event: Message | ToolCall | ToolResult) -> list[str]:
        """The texts this stage embeds for an event (to embed a whole trace ahead, in large batches).

        Args:
            event: Any event.

        Returns:
            The texts, possibly none.
        """
        if isinstance(event, ToolCall):
            return [self._call_text(event)]
        if isinstance(event, ToolResult):
            text = event.content[:_MAX_RESULT]
            region = _instruction_region(event.content)
            return [t for t in (text if text.strip() else "", region) if t]
        text = event.content[:_MAX_TEXT]
        if not text.strip():
            return []
        return [text, *_sentences(text)] if event.role == "user" else [text]

    async def prefetch(self, events: Sequence[Message | ToolCall | ToolResult]) -> int:
        """Embed every text of a trace ahead of replaying it, in large batches.

        Args:
            events: The trace.

        Returns:
            How many texts were embedded.
        """
        texts = list(dict.fromkeys(t for event in events for t in self.texts_for(event)))
        await self.exemplars()
        await self.embedder.aencode(texts)
        return len(texts)

    def _call_text(self, call: ToolCall) -> str:
        tool = self.catalog.get(call.tool_name) if self.catalog is not None else None
        return render_call(call.tool_name, call.arguments, tool.description if tool is not None else "")

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Fold observed text into the session; for a tool call, add `risk` and `drift`."""
        state = ctx.state
        pending = self._pending_of(event.session)
        if isinstance(event, Message):
            if event.content.strip():
                pending.append([event.role, event.content[:_MAX_TEXT]])
        elif isinstance(event, ToolResult):
            if event.content.strip():
                pending.append(["result", event.content[:_MAX_RESULT]])
            region = _instruction_region(event.content)
            if region:
                pending.append(["instruction", region])
        if not isinstance(event, ToolCall):
            if len(pending) >= _MAX_PENDING:
                await self._fold(event.session, state, [])
            elif pending and self.embedder.is_loaded:
                self.embedder.prefetch([text for _, text in pending[-2:]])
            return
        values, call, task = await self.call_features(state, event)
        risk = max(int(state.get("risk", 0)), self.model.risk(values))
        state["risk"] = risk
        ctx.signals["risk"] = risk
        if task is not None:
            instructions = [_unpack(v) for v in state.get("instructions", [])]
            ctx.signals["drift"] = drift_score(call, task, instructions, self.model)

    async def call_features(
        self, state: dict[str, Any], call: ToolCall
    ) -> tuple[list[float], NDArray[np.float32], NDArray[np.float32] | None]:
        """Fold a tool call into the session and compute its features (the training script uses this too).

        Args:
            state: The stage's slot of the session state.
            call: The tool call.

        Returns:
            The features (FEATURE_NAMES order), the call's embedding, and the task's (None before
            any user message).
        """
        vector = (await self._fold(call.session, state, [["call", self._call_text(call)]]))[0]
        exemplars = await self.exemplars()
        task = _unit(_unpack(state["task_sum"])) if "task_sum" in state else None
        peak = float(state.get("message_peak", -1.0))
        return features(task, _unpack(state["trajectory"]), vector, peak, exemplars), vector, task

    def _pending_of(self, session_id: str) -> list[list[str]]:
        pending = self._pending.pop(session_id, [])
        self._pending[session_id] = pending
        while len(self._pending) > _MAX_PENDING_SESSIONS:
            self._pending.popitem(last=False)
        return pending

    async def _fold(self, session_id: str, state: dict[str, Any], extra: list[list[str]]) -> list[NDArray[np.float32]]:
        """Embed the pending texts and `extra` in one batch and fold them into the session, in order."""
        items = [*self._pending.pop(session_id, []), *extra]
        if not items:
            return []
        vectors = await self.embedder.aencode([text for _, text in items])
        exemplars = await self.exemplars()
        model = self.model
        trajectory = _unpack(state["trajectory"]) if "trajectory" in state else None
        task_sum = _unpack(state["task_sum"]) if "task_sum" in state else None
        sentences = [(i, part) for i, (kind, text) in enumerate(items) if kind == "user" for part in _sentences(text)]
        sentence_vectors = await self.embedder.aencode([part for _, part in sentences]) if sentences else None
        for index, ((kind, _), vector) in enumerate(zip(items, vectors, strict=True)):
            if kind == "instruction":
                instructions: list[str] = state.setdefault("instructions", [])
                instructions.append(_pack(vector))
                del instructions[: max(0, len(instructions) - _MAX_INSTRUCTIONS)]
                continue
            weight = model.result_weight if kind in ("result", "assistant", "tool", "system") else 1.0
            if trajectory is None:
                trajectory = vector.copy()
            else:
                trajectory = _unit(
                    model.trajectory_decay * trajectory + (1.0 - model.trajectory_decay) * weight * vector
                )
            if kind == "user":
                task_sum = vector.copy() if task_sum is None else task_sum + vector
                margins = [message_margin(vector, exemplars)]
                if sentence_vectors is not None:
                    margins += [
                        message_margin(sentence_vectors[j], exemplars)
                        for j, (owner, _) in enumerate(sentences)
                        if owner == index
                    ]
                state["message_peak"] = round(max(float(state.get("message_peak", -1.0)), *margins), 4)
        if trajectory is not None:
            state["trajectory"] = _pack(trajectory)
        if task_sum is not None:
            state["task_sum"] = _pack(task_sum)
        return [vectors[i] for i in range(len(items) - len(extra), len(items))]

    async def aclose(self) -> None:
        """Stop the embedder's worker thread (the process-wide embedder stays up for other firewalls)."""
        if self.embedder is not shared_embedder():
            self.embedder.close()
