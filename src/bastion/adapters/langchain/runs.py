"""From LangChain callback payloads to trace events: sessions, call ids, and messages seen once.

Both handlers share this translation; it does no I/O. A chat model is shown the whole history on
every turn, so each message is observed once per session: a message counts as new when it occurs
in a prompt more often than it has been seen before (a user saying "yes" twice is two messages).
Tool outputs are observed when the tool ends; a `ToolMessage` that reaches the model without a
tool run this handler saw (history loaded from elsewhere) is observed from the prompt instead.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from uuid import UUID

from langchain_core.messages import BaseMessage, ToolMessage
from langchain_core.outputs import LLMResult

from bastion.catalog import Catalog
from bastion.errors import AdapterError
from bastion.events import Message, ToolCall, ToolResult

__all__ = ["DEFAULT_SESSION_KEYS", "RunTracker", "conversation_session", "output_text"]

logger = logging.getLogger("bastion.langchain")

DEFAULT_SESSION_KEYS: tuple[str, ...] = ("bastion_session", "thread_id")
"""Run metadata keys naming a conversation: bastion's own, then LangGraph's thread id."""

Role = Literal["user", "system", "assistant"]
_ROLES: dict[str, Role] = {
    "human": "user",
    "user": "user",
    "system": "system",
    "developer": "system",
    "ai": "assistant",
}
_CHAT_ROLES: dict[str, Role] = {"user": "user", "human": "user", "system": "system", "assistant": "assistant"}


def _role(message: BaseMessage) -> Role | None:
    if message.type == "chat":
        return _CHAT_ROLES.get(str(getattr(message, "role", "")))
    return _ROLES.get(message.type)


def _content_text(content: Any, text: str) -> str:
    if text or not content:
        return text
    # Content without text blocks (images, files) is still what the model was shown; keep it visible.
    return json.dumps(content, ensure_ascii=False, default=str)


def output_text(output: Any) -> str:
    """The text of a tool's output as the model reads it.

    Args:
        output: What the tool returned (a `ToolMessage` when it was called with a tool call id).

    Returns:
        The text; structured outputs as JSON.
    """
    if isinstance(output, BaseMessage):
        return _content_text(output.content, str(output.text))
    if isinstance(output, str):
        return output
    try:
        return json.dumps(output, ensure_ascii=False, default=str)
    except ValueError:
        return str(output)


def _json_ready(tool_name: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
    try:
        ready: dict[str, Any] = json.loads(json.dumps(dict(arguments), default=str))
    except ValueError as exc:
        raise AdapterError(f"tool {tool_name!r}: its arguments cannot be written as JSON: {exc}") from exc
    return ready


def conversation_session(messages: Iterable[BaseMessage]) -> str | None:
    """The session a stateless conversation is known by: a digest of its first user message.

    A client that sends the whole history on every turn sends the same first message every time,
    so every turn of that conversation lands in the same session without any id being passed.

    Args:
        messages: The conversation, oldest first.

    Returns:
        `conversation-<16 hex digits>`, or None when there is no user message yet.
    """
    for message in messages:
        if _role(message) == "user":
            text = _content_text(message.content, str(message.text))
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
            return f"conversation-{digest}"
    return None


@dataclass(frozen=True)
class _Run:
    root: UUID
    named: str | None


class RunTracker:
    """Map LangChain runs to sessions, and callback payloads to trace events.

    A run's session is, in this order: the fixed `session_id`; the value of the first of
    `session_keys` found in the run's metadata (LangChain passes metadata down to child runs, and
    LangGraph puts the `thread_id` there); a session named by an ancestor run; the conversation
    its run tree's first chat model was shown (`conversation_session`); the id of the run tree's
    root.

    Args:
        catalog: The firewall's catalog (it names the argument of a tool called with a bare string).
        session_id: One conversation id for every run, or None.
        session_keys: Metadata keys whose value names the session.
    """

    def __init__(
        self, catalog: Catalog, *, session_id: str | None = None, session_keys: Sequence[str] = DEFAULT_SESSION_KEYS
    ) -> None:
        if session_id is not None and not session_id:
            raise AdapterError("session_id must be a non-empty string, or None to follow LangChain runs")
        self.catalog = catalog
        self.session_id = session_id
        self.session_keys = tuple(session_keys)
        self._lock = threading.Lock()
        self._runs: dict[UUID, _Run] = {}
        self._bound: dict[UUID, str] = {}
        self._tool_runs: dict[UUID, tuple[str, str]] = {}
        self._guarded_runs: set[UUID] = set()
        self._seen_messages: dict[str, Counter[tuple[Role, str]]] = {}
        self._seen_calls: dict[str, set[str]] = {}

    def named_session(self, metadata: Mapping[str, Any] | None) -> str | None:
        """The session the handler's `session_id` or the metadata names, if any."""
        if self.session_id is not None:
            return self.session_id
        for key in self.session_keys:
            value = (metadata or {}).get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                return str(value)
        return None

    def _entry(self, run_id: UUID, parent_run_id: UUID | None, metadata: Mapping[str, Any] | None) -> _Run:
        named = self.named_session(metadata)
        parent = self._runs.get(parent_run_id) if parent_run_id is not None else None
        if parent is not None:
            return _Run(parent.root, named or parent.named)
        # A parent this tracker never saw (the handler joined mid-run) still groups its children.
        return _Run(parent_run_id or run_id, named)

    def _session(self, entry: _Run) -> str:
        return entry.named or self._bound.get(entry.root) or str(entry.root)

    def start_run(self, run_id: UUID, parent_run_id: UUID | None, metadata: Mapping[str, Any] | None) -> str:
        """Record a run that started; return its session.

        Args:
            run_id: The run.
            parent_run_id: Its parent, if any.
            metadata: The run's metadata.

        Returns:
            The session id.
        """
        with self._lock:
            entry = self._runs.get(run_id)
            if entry is None:
                entry = self._runs[run_id] = self._entry(run_id, parent_run_id, metadata)
            return self._session(entry)

    def end_run(self, run_id: UUID) -> None:
        """Forget a run that ended (and the session it named, if it was a root run's own)."""
        with self._lock:
            self._forget(run_id)

    def _forget(self, run_id: UUID) -> None:
        entry = self._runs.pop(run_id, None)
        if entry is None or entry.root != run_id:
            return
        self._bound.pop(run_id, None)
        if entry.named is None:
            # A session named after a root run cannot see another event once that run has ended.
            self._seen_messages.pop(str(run_id), None)
            self._seen_calls.pop(str(run_id), None)

    def tracked_sessions(self) -> set[str]:
        """The sessions whose messages and tool results this tracker still remembers."""
        with self._lock:
            return set(self._seen_messages) | set(self._seen_calls)

    def session_of(self, run_id: UUID, parent_run_id: UUID | None = None) -> str:
        """The session of a run seen starting (or, failing that, resolved as if it started now)."""
        with self._lock:
            entry = self._runs.get(run_id) or self._entry(run_id, parent_run_id, None)
            return self._session(entry)

    def session_of_parent(self, parent_run_id: UUID | None, metadata: Mapping[str, Any] | None) -> str | None:
        """The session of a call made under `parent_run_id`, or None when nothing names one.

        Used where bastion runs a tool itself (guarded tools, the middleware): the metadata, or a
        parent run this tracker has seen (the handler is in the run's callbacks), name the session.
        """
        named = self.named_session(metadata)
        if named is not None:
            return named
        with self._lock:
            parent = self._runs.get(parent_run_id) if parent_run_id is not None else None
            return None if parent is None else self._session(parent)

    def prompt_events(
        self,
        run_id: UUID,
        parent_run_id: UUID | None,
        metadata: Mapping[str, Any] | None,
        prompts: Iterable[Sequence[BaseMessage]],
    ) -> list[Message | ToolResult]:
        """The events for what a chat model is about to be shown that the session has not seen yet.

        Args:
            run_id: The chat model run.
            parent_run_id: Its parent run.
            metadata: The run's metadata.
            prompts: The message lists the model is given (one per prompt in a batch).

        Returns:
            New user, system and assistant messages, and tool outputs not observed before, in order.
        """
        prompts = [list(prompt) for prompt in prompts]
        with self._lock:
            entry = self._runs.get(run_id)
            if entry is None:
                entry = self._runs[run_id] = self._entry(run_id, parent_run_id, metadata)
            if entry.named is None and entry.root not in self._bound:
                # A run tree with no name takes the conversation's: the same history, the same session.
                for prompt in prompts:
                    conversation = conversation_session(prompt)
                    if conversation is not None:
                        self._bound[entry.root] = conversation
                        break
            session = self._session(entry)
            events: list[Message | ToolResult] = []
            for prompt in prompts:
                events += self._new_in(session, prompt)
        return events

    def history_events(self, session: str, messages: Iterable[BaseMessage]) -> list[Message | ToolResult]:
        """The events for the messages of a conversation's history that the session has not seen yet.

        Args:
            session: The session.
            messages: The history, oldest first (an agent's state).

        Returns:
            New user, system and assistant messages, and tool outputs not observed before, in order.
        """
        with self._lock:
            return self._new_in(session, list(messages))

    def _new_in(self, session: str, prompt: Sequence[BaseMessage]) -> list[Message | ToolResult]:
        seen = self._seen_messages.setdefault(session, Counter())
        calls = self._seen_calls.setdefault(session, set())
        events: list[Message | ToolResult] = []
        counts: Counter[tuple[Role, str]] = Counter()
        for message in prompt:
            if isinstance(message, ToolMessage):
                if message.tool_call_id and message.tool_call_id not in calls:
                    calls.add(message.tool_call_id)
                    events.append(
                        ToolResult(
                            session=session,
                            id=message.tool_call_id,
                            content=output_text(message),
                            is_error=message.status == "error",
                        )
                    )
                continue
            role = _role(message)
            text = _content_text(message.content, str(message.text))
            if role is None or not text:
                continue
            key = (role, text)
            counts[key] += 1
            if counts[key] > seen[key]:
                seen[key] = counts[key]
                events.append(Message(session=session, role=role, content=text))
        return events

    def call_seen(self, session: str, call_id: str) -> bool:
        """Mark a call as answered (its result observed, or refused); True if it already was."""
        with self._lock:
            calls = self._seen_calls.setdefault(session, set())
            if call_id in calls:
                return True
            calls.add(call_id)
            return False

    def answer_events(self, run_id: UUID, parent_run_id: UUID | None, response: LLMResult) -> list[Message]:
        """The events for what a chat model answered; the run is forgotten.

        Args:
            run_id: The chat model run.
            parent_run_id: Its parent run.
            response: The model's result.

        Returns:
            One assistant message per generation that carries text.
        """
        events: list[Message] = []
        with self._lock:
            session = self._session(self._runs.get(run_id) or self._entry(run_id, parent_run_id, None))
            seen = self._seen_messages.setdefault(session, Counter())
            for generations in response.generations:
                for generation in generations:
                    message = getattr(generation, "message", None)
                    if isinstance(message, BaseMessage):
                        text = _content_text(message.content, str(message.text))
                    else:
                        text = generation.text
                    if not text:
                        continue
                    seen[("assistant", text)] += 1
                    events.append(Message(session=session, role="assistant", content=text))
            self._forget(run_id)
        return events

    def tool_call(
        self,
        run_id: UUID,
        parent_run_id: UUID | None,
        metadata: Mapping[str, Any] | None,
        serialized: Mapping[str, Any] | None,
        input_str: str,
        inputs: Mapping[str, Any] | None,
        tool_call_id: str | None,
    ) -> ToolCall:
        """The tool call a starting tool run stands for.

        Args:
            run_id: The tool run.
            parent_run_id: Its parent run.
            metadata: The run's metadata.
            serialized: What LangChain says of the tool (`name`, `description`).
            input_str: The input as a string.
            inputs: The input as a dict, when the tool was given one.
            tool_call_id: The model's id for this call, when the tool was invoked with a tool call.

        Returns:
            The call; its id is the model's tool call id (or `run-<run id>` when there is none).

        Raises:
            AdapterError: The event names no tool, or the arguments are not JSON-ready.
        """
        tool_name = (serialized or {}).get("name")
        if not isinstance(tool_name, str) or not tool_name:
            raise AdapterError(f"LangChain started tool run {run_id} without a tool name; refusing to run it")
        arguments = self.arguments(tool_name, inputs if inputs is not None else input_str)
        session = self.start_run(run_id, parent_run_id, metadata)
        call_id = tool_call_id or f"run-{run_id}"
        with self._lock:
            self._tool_runs[run_id] = (session, call_id)
        return ToolCall(session=session, id=call_id, tool=tool_name, arguments=arguments)

    def arguments(self, tool_name: str, tool_input: str | Mapping[str, Any]) -> dict[str, Any]:
        """A tool's input as the call's arguments (a bare string becomes its only argument).

        Raises:
            AdapterError: The arguments cannot be written as JSON.
        """
        if isinstance(tool_input, Mapping):
            return _json_ready(tool_name, tool_input)
        return self._string_arguments(tool_name, str(tool_input))

    def guarded(self, run_id: UUID) -> None:
        """Note a tool run that bastion already decided and observes itself (a guarded tool, the middleware)."""
        with self._lock:
            self._guarded_runs.add(run_id)

    def _string_arguments(self, tool_name: str, input_str: str) -> dict[str, Any]:
        tool = self.catalog.get(tool_name)
        properties = list(tool.input_schema.get("properties", {})) if tool is not None else []
        # A bare string is the tool's only argument; with none or several, it is kept under `input`
        # so that the policies see it (and flag it as undeclared) instead of it vanishing.
        key = properties[0] if len(properties) == 1 else "input"
        return {key: input_str}

    def refused(self, run_id: UUID) -> None:
        """Forget a tool run that was refused (LangChain sends no end event for it)."""
        with self._lock:
            entry = self._tool_runs.pop(run_id, None)
            if entry is not None:
                session, call_id = entry
                self._seen_calls.setdefault(session, set()).add(call_id)
            self._forget(run_id)

    def tool_result(self, run_id: UUID, output: Any, *, error: BaseException | None = None) -> ToolResult | None:
        """The tool result of a tool run that ended (or failed); the run is forgotten.

        Args:
            run_id: The tool run.
            output: What the tool returned (ignored when `error` is given).
            error: The exception the tool raised, if it failed.

        Returns:
            The result, or None for a run whose start this handler did not see (logged).
        """
        with self._lock:
            entry = self._tool_runs.pop(run_id, None)
            if entry is None:
                self._forget(run_id)
                if run_id in self._guarded_runs:
                    self._guarded_runs.discard(run_id)
                    return None
                logger.warning("tool run %s ended but its start was not seen; its output is not observed", run_id)
                return None
            session, call_id = entry
            self._seen_calls.setdefault(session, set()).add(call_id)
            self._forget(run_id)
        if error is not None:
            return ToolResult(session=session, id=call_id, content=f"{type(error).__name__}: {error}", is_error=True)
        is_error = isinstance(output, ToolMessage) and output.status == "error"
        return ToolResult(session=session, id=call_id, content=output_text(output), is_error=is_error)
