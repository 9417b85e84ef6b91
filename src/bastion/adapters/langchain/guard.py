"""The one place a LangChain tool call is decided, whichever part of the adapter stands in its way.

    callback handler  on_tool_start (always a plain `def`) -> Guard.check -> raise ToolCallBlocked
    guarded tool      run()/arun() before the inner tool   -> Guard.check -> a refusal ToolMessage
    middleware /      wrap_tool_call around ToolNode's       -> Guard.check -> a refusal ToolMessage
    tool_node         execution of each call

The guard runs the firewall on its own loop thread (`Portal`), so it decides the same way from a
sync run, an async run, LangChain's worker threads and a sync `invoke` inside a running loop.
Where the guard has decided a call and runs the tool itself, it hands the tool run a pass (a
context variable) so that the handler, if it is in the run's callbacks too, does not decide the
same call twice; the guard then observes the tool's output itself.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import BaseMessage, ToolMessage

from bastion.adapters.langchain.portal import Portal
from bastion.adapters.langchain.runs import DEFAULT_SESSION_KEYS, RunTracker, conversation_session, output_text
from bastion.errors import AdapterError
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict, refusal_text

__all__ = ["Approver", "Guard", "refusal_message"]

logger = logging.getLogger("bastion.langchain")

Approver = Callable[[ToolCall, Decision], bool | Awaitable[bool]]
"""Decides an `ask`: called with the call and its Decision; the call runs only if it returns True."""

NO_SESSION_HINT = (
    "name the conversation: config={'configurable': {'thread_id': ...}} (LangGraph), "
    "config={'metadata': {'bastion_session': ...}}, session_id=... when building the handler, "
    "or put the handler in the run's callbacks (config={'callbacks': [handler]})"
)


def refusal_message(decision: Decision, tool_call_id: str) -> ToolMessage:
    """The tool message for a refused call; the Decision travels as its artifact (not shown to the model).

    Args:
        decision: The refusing Decision.
        tool_call_id: The model's id of the call.

    Returns:
        A `ToolMessage` with `status="error"`.
    """
    return ToolMessage(
        content=refusal_text(decision),
        tool_call_id=tool_call_id,
        name=decision.tool_name,
        status="error",
        artifact={"bastion_decision": decision.to_record()},
    )


@dataclass
class _Pass:
    """A tool run the guard has already decided: the handler lets it start without deciding again."""

    guard: Guard
    tool_name: str
    is_used: bool = False


_PASS: ContextVar[_Pass | None] = ContextVar("bastion_langchain_pass", default=None)


def _approval_record(call: ToolCall, why_not: str | None) -> Message:
    """What the approval step decided, for the session's record next to the `ask` decision.

    The MCP wrapper records a person's answer the same way.
    """
    outcome = "was approved by the approver" if why_not is None else f"did not run: {why_not}"
    return Message(
        session=call.session, role="system", content=f"bastion: call {call.call_id} to {call.tool_name!r} {outcome}"
    )


def _messages_of(state: Any) -> list[BaseMessage]:
    """The messages of an agent's state (a dict or object with `messages`, or a list)."""
    messages = state.get("messages") if isinstance(state, Mapping) else getattr(state, "messages", state)
    if not isinstance(messages, Sequence):
        return []
    return [m for m in messages if isinstance(m, BaseMessage)]


class Guard:
    """Decide, enforce and observe LangChain tool calls with one firewall.

    Args:
        portal: The firewall on its loop thread.
        approver: Decides `ask` verdicts; without one they are refused.
        session_id: One conversation id for everything, or None to follow runs and histories.
        session_keys: Run metadata keys naming the session.
    """

    def __init__(
        self,
        portal: Portal,
        *,
        approver: Approver | None = None,
        session_id: str | None = None,
        session_keys: Sequence[str] = DEFAULT_SESSION_KEYS,
    ) -> None:
        self.portal = portal
        self.firewall = portal.firewall
        self.runs = RunTracker(self.firewall.catalog, session_id=session_id, session_keys=session_keys)
        self.approver = approver
        # Used only on the portal's loop: a call's history is observed and the call decided in one
        # step, so that a parallel sibling never decides before the history it depends on is seen.
        self._session_locks: dict[str, asyncio.Lock] = {}
        self._failures: list[str] = []
        self._failures_lock = threading.Lock()

    # What runs on the portal's loop.

    async def _check(self, call: ToolCall, history: Sequence[BaseMessage] | None) -> Decision | None:
        lock = self._session_locks.setdefault(call.session, asyncio.Lock())
        async with lock:
            failure = self._take_failure()
            if history is not None:
                for event in self.runs.history_events(call.session, history):
                    await self.firewall.process(event)
            decision = await self.firewall.decide(call)
            if failure is not None and not decision.is_blocking:
                return decision.model_copy(
                    update={
                        "verdict": Verdict.DENY,
                        "policy_ids": [],
                        "reasons": [f"internal error, failing closed: {failure}"],
                        "errors": [*decision.errors, failure],
                    }
                )
            if not decision.is_blocking:
                return None
            if decision.verdict is not Verdict.ASK:
                return decision
            why_not = await self._approve(call, decision)
            await self.firewall.observe(_approval_record(call, why_not))
            if why_not is None:
                return None
            return decision.model_copy(update={"reasons": [*decision.reasons, why_not]})

    async def _approve(self, call: ToolCall, decision: Decision) -> str | None:
        """None when the approver approves the call; otherwise why it did not run."""
        if self.approver is None:
            return "approval needed but no approver is configured"
        try:
            if inspect.iscoroutinefunction(self.approver):
                approved: object = await self.approver(call, decision)
            else:
                # A blocking approver (a person at a prompt) must not stall every other decision.
                approved = await asyncio.to_thread(self.approver, call, decision)
                if inspect.isawaitable(approved):
                    approved = await approved
        except Exception as exc:
            # The approver is user code at the edge of the decision: its failure refuses the call.
            logger.exception("the approver failed on tool call %r", call.call_id)
            return f"the approver failed: {type(exc).__name__}: {exc}"
        if approved is True:
            logger.info("tool call %r (%s) approved", call.call_id, call.tool_name)
            return None
        return "the approver did not approve this call"

    async def _observe(self, events: Sequence[Message | ToolResult]) -> None:
        for event in events:
            await self.firewall.process(event)

    # Failures LangChain would drop: an async callback's error on its sync path is only logged.

    def note_failure(self, what: str, exc: BaseException) -> None:
        """Remember that an event could not be observed; the next call is refused for it (fail closed)."""
        logger.error("bastion could not observe %s: %s: %s", what, type(exc).__name__, exc)
        with self._failures_lock:
            self._failures.append(f"bastion could not observe {what}: {type(exc).__name__}: {exc}")

    def _take_failure(self) -> str | None:
        with self._failures_lock:
            if not self._failures:
                return None
            failure = "; ".join(self._failures)
            self._failures.clear()
            return failure

    # The faces callers use.

    def check(self, call: ToolCall, history: Sequence[BaseMessage] | None = None) -> Decision | None:
        """Decide a call, blocking the calling thread; None when it may run.

        Args:
            call: The call.
            history: The conversation so far, observed first (the middleware passes the agent's state).

        Returns:
            None to run the call; otherwise the refusing Decision (deny, or ask not approved).
        """
        refusal = self.portal.call(self._check(call, history))
        if refusal is not None:
            self.runs.call_seen(call.session, call.call_id)
            logger.info("bastion refused tool call %r (%s): %s", call.call_id, call.tool_name, refusal.reasons)
        return refusal

    async def acheck(self, call: ToolCall, history: Sequence[BaseMessage] | None = None) -> Decision | None:
        """Like `check`, awaited."""
        refusal = await self.portal.acall(self._check(call, history))
        if refusal is not None:
            self.runs.call_seen(call.session, call.call_id)
            logger.info("bastion refused tool call %r (%s): %s", call.call_id, call.tool_name, refusal.reasons)
        return refusal

    def observe(self, events: Sequence[Message | ToolResult]) -> None:
        """Let the firewall see messages and tool results (blocking)."""
        if events:
            self.portal.call(self._observe(events))

    async def aobserve(self, events: Sequence[Message | ToolResult]) -> None:
        """Let the firewall see messages and tool results (awaited)."""
        if events:
            await self.portal.acall(self._observe(events))

    def session_for(
        self,
        tool_name: str,
        config: Mapping[str, Any] | None,
        *,
        metadata: Mapping[str, Any] | None = None,
        callbacks: Any = None,
        history: Sequence[BaseMessage] | None = None,
    ) -> str:
        """The session of a call bastion runs itself: named, from a run the handler saw, or from the history.

        Raises:
            AdapterError: Nothing names the conversation (the policies keep per-conversation state).
        """
        config = config or {}
        named: dict[str, Any] = dict(config.get("metadata") or {})
        named.update(metadata or {})
        thread_id = (config.get("configurable") or {}).get("thread_id")
        if thread_id is not None:
            named.setdefault("thread_id", thread_id)
        manager = callbacks if callbacks is not None else config.get("callbacks")
        session = self.runs.session_of_parent(getattr(manager, "parent_run_id", None), named)
        if session is None and history:
            session = conversation_session(history)
        if session is None:
            raise AdapterError(
                f"bastion cannot tell which conversation the call to {tool_name!r} belongs to, and its "
                f"policies judge a call by what came before it in the conversation; {NO_SESSION_HINT}"
            )
        return session

    def call_for(
        self, tool_name: str, tool_input: str | Mapping[str, Any], tool_call_id: object, session: str
    ) -> ToolCall:
        """The trace event for a call bastion is about to run itself."""
        call_id = tool_call_id if isinstance(tool_call_id, str) and tool_call_id else None
        arguments = self.runs.arguments(tool_name, tool_input)
        return ToolCall(
            session=session, id=call_id or f"direct-{uuid.uuid4().hex}", tool=tool_name, arguments=arguments
        )

    @contextmanager
    def passing(self, tool_name: str) -> Iterator[None]:
        """Run a decided call: the handler, if it is on the run, lets its start through."""
        token = _PASS.set(_Pass(self, tool_name))
        try:
            yield
        finally:
            _PASS.reset(token)

    def has_pass(self, tool_name: str) -> bool:
        """True when this call was decided upstream (the middleware) and not yet started."""
        current = _PASS.get()
        return current is not None and current.guard is self and current.tool_name == tool_name and not current.is_used

    def take_pass(self, tool_name: str) -> bool:
        """Consume the pass of a call decided upstream; True if there was one for this tool."""
        current = _PASS.get()
        if current is None or current.guard is not self or current.tool_name != tool_name or current.is_used:
            return False
        current.is_used = True
        return True

    def result_events(self, call: ToolCall, output: Any = None, error: BaseException | None = None) -> list[ToolResult]:
        """The tool result event for a call bastion ran itself (none if it was already observed)."""
        if self.runs.call_seen(call.session, call.call_id):
            return []
        if error is not None:
            content, is_error = f"{type(error).__name__}: {error}", True
        else:
            message = _tool_message_in(output, call.call_id)
            is_error = message is not None and message.status == "error"
            content = output_text(message if message is not None else output)
        return [ToolResult(session=call.session, id=call.call_id, content=content, is_error=is_error)]

    # ToolNode's interceptors (`wrap_tool_call`), for the middleware and `tool_node`.

    def _request_call(self, request: Any) -> tuple[ToolCall, list[BaseMessage]]:
        tool_call = request.tool_call
        runtime = getattr(request, "runtime", None)
        config = getattr(runtime, "config", None)
        history = _messages_of(request.state)
        session = self.session_for(tool_call["name"], config, history=history)
        call = self.call_for(tool_call["name"], tool_call.get("args") or {}, tool_call.get("id"), session)
        return call, history

    def wrap_tool_call(self, request: Any, execute: Callable[[Any], Any]) -> Any:
        """Decide a ToolNode call before it runs; a refusal is the call's ToolMessage."""
        if request.tool is None:
            # Not a registered tool: ToolNode answers with its own error and runs nothing.
            return execute(request)
        call, history = self._request_call(request)
        refusal = self.check(call, history)
        if refusal is not None:
            return refusal_message(refusal, call.call_id)
        with self.passing(call.tool_name):
            try:
                result = execute(request)
            except Exception as exc:
                self.observe(self.result_events(call, error=exc))
                raise
        self.observe(self.result_events(call, result))
        return result

    async def awrap_tool_call(self, request: Any, execute: Callable[[Any], Awaitable[Any]]) -> Any:
        """Like `wrap_tool_call`, for `ainvoke`/`astream`."""
        if request.tool is None:
            return await execute(request)
        call, history = self._request_call(request)
        refusal = await self.acheck(call, history)
        if refusal is not None:
            return refusal_message(refusal, call.call_id)
        with self.passing(call.tool_name):
            try:
                result = await execute(request)
            except Exception as exc:
                await self.aobserve(self.result_events(call, error=exc))
                raise
        await self.aobserve(self.result_events(call, result))
        return result


def _tool_message_in(output: Any, call_id: str) -> ToolMessage | None:
    """The ToolMessage answering `call_id` in a tool's output (a ToolMessage, or a LangGraph Command)."""
    if isinstance(output, ToolMessage):
        return output
    update = getattr(output, "update", None)
    messages = update.get("messages") if isinstance(update, Mapping) else None
    for message in messages or ():
        if isinstance(message, ToolMessage) and message.tool_call_id == call_id:
            return message
    return None
