"""Callback handlers that put the firewall in a LangChain run: one sync, one async, same names.

    model is given messages  -> on_chat_model_start -> Message events (user, system, earlier answers)
    model answers            -> on_llm_end          -> assistant Message events
    a tool is about to run   -> on_tool_start       -> ToolCall -> Decision; refused: ToolCallBlocked
    the tool returned/failed -> on_tool_end/_error  -> ToolResult event (provenance, injection scanning)

`on_tool_start` is a plain `def` in both handlers. langchain-core calls a plain method directly on
its sync path and in a worker thread on its async path, and with `raise_error` (always True here)
re-raises what it raises either way; an `async def` callback on the sync path runs on a private
loop that only logs its errors, so a refusal raised there would be lost. Both handlers run their
firewall on a loop thread of their own (`Portal`), so they decide the same way in every mode: sync
and async runs, LangChain's worker threads, and a sync `invoke` inside a running loop (a notebook).

Subclasses are checked when they are defined: an override of an event method runs after bastion's
own part of that event, whether or not it calls `super()` (an `async def` override of
`on_tool_start` included: bastion decides in a plain method, then runs it); `raise_error` and the
`ignore_*` flags cannot be changed. Nothing a subclass does can drop a refusal.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextvars import ContextVar
from typing import Any, Self, TypeVar
from uuid import UUID

from langchain_core.callbacks import AsyncCallbackHandler, BaseCallbackHandler
from langchain_core.messages import BaseMessage
from langchain_core.outputs import LLMResult
from langchain_core.tools import BaseTool

from bastion.adapters.langchain.catalog import catalog_from_tools
from bastion.adapters.langchain.guard import Approver, Guard
from bastion.adapters.langchain.portal import Portal
from bastion.adapters.langchain.runs import DEFAULT_SESSION_KEYS, RunTracker
from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import AdapterError, ToolCallBlocked
from bastion.events import Message, ToolResult
from bastion.firewall import Firewall, Stage, SyncFirewall

__all__ = ["Approver", "AsyncBastionCallbackHandler", "BastionCallbackHandler"]

logger = logging.getLogger("bastion.langchain")

_EVENTS = (
    "on_chat_model_start",
    "on_llm_end",
    "on_llm_error",
    "on_chain_start",
    "on_chain_end",
    "on_chain_error",
    "on_tool_start",
    "on_tool_end",
    "on_tool_error",
)
_IGNORE_FLAGS = ("ignore_agent", "ignore_chain", "ignore_llm", "ignore_chat_model")

# Set while a subclass's override of an event runs, after bastion's own part of that event: the
# override's `super()` call then finds the work done. Keyed by handler, event and run.
_INSIDE: ContextVar[tuple[int, str, object] | None] = ContextVar("bastion_langchain_inside", default=None)
_INSIDE_ASYNC: ContextVar[tuple[int, str, object] | None] = ContextVar("bastion_langchain_inside_async", default=None)

F = TypeVar("F", bound=Callable[..., Any])


def _catalog(config: Config, tools: Iterable[BaseTool], annotations: Mapping[str, Mapping[str, Any]] | None) -> Catalog:
    base = Catalog.from_file(config.tools) if config.tools else None
    return catalog_from_tools(tools, base=base, annotations=annotations)


def _event(method: F) -> F:
    """Mark one of bastion's event methods: it does nothing when an override's `super()` reaches it late."""
    name = method.__name__
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def on_event_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            if _INSIDE.get() == (id(self), name, kwargs.get("run_id")):
                return None
            return await method(self, *args, **kwargs)

        return on_event_async  # type: ignore[return-value]

    @functools.wraps(method)
    def on_event(self: Any, *args: Any, **kwargs: Any) -> Any:
        key = (id(self), name, kwargs.get("run_id"))
        if _INSIDE.get() == key:
            return None
        if _INSIDE_ASYNC.get() == key:
            # `await super().on_tool_start(...)` in an `async def` override: the work is done.
            return _done()
        return method(self, *args, **kwargs)

    return on_event  # type: ignore[return-value]


async def _done() -> None:
    return None


def _async_tool_start(own: Callable[..., Any], override: Callable[..., Any]) -> Callable[..., Any]:
    """An `async def` override of the plain `on_tool_start`: bastion decides first, then the override runs.

    The returned method is a plain `def`, so LangChain re-raises a refusal on both of its paths. The
    override's coroutine runs right after the decision: in this thread when no loop runs here (the
    async path's worker thread, a plain sync run), or handed back to LangChain to run when one does
    (a sync run inside a running loop).
    """

    @functools.wraps(override)
    def tool_start(self: Any, *args: Any, **kwargs: Any) -> Any:
        key = (id(self), "on_tool_start", kwargs.get("run_id"))
        own(self, *args, **kwargs)

        async def run_override() -> Any:
            token = _INSIDE_ASYNC.set(key)
            try:
                return await override(self, *args, **kwargs)
            finally:
                _INSIDE_ASYNC.reset(token)

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(run_override())
        return run_override()

    tool_start.__bastion_wrapped__ = True  # type: ignore[attr-defined]
    return tool_start


def _after_bastion(name: str, own: Callable[..., Any], override: Callable[..., Any]) -> Callable[..., Any]:
    """A subclass's override of an event, run after bastion's own handling of that event."""
    if inspect.iscoroutinefunction(override):

        @functools.wraps(override)
        async def overridden_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            key = (id(self), name, kwargs.get("run_id"))
            if _INSIDE.get() == key:
                return await override(self, *args, **kwargs)
            await own(self, *args, **kwargs)
            token = _INSIDE.set(key)
            try:
                return await override(self, *args, **kwargs)
            finally:
                _INSIDE.reset(token)

        overridden_async.__bastion_wrapped__ = True  # type: ignore[attr-defined]
        return overridden_async

    @functools.wraps(override)
    def overridden(self: Any, *args: Any, **kwargs: Any) -> Any:
        key = (id(self), name, kwargs.get("run_id"))
        if _INSIDE.get() == key:
            return override(self, *args, **kwargs)
        own(self, *args, **kwargs)
        token = _INSIDE.set(key)
        try:
            return override(self, *args, **kwargs)
        finally:
            _INSIDE.reset(token)

    overridden.__bastion_wrapped__ = True  # type: ignore[attr-defined]
    return overridden


class _RefusalLogFilter(logging.Filter):
    """Drops langchain-core's warning for a refusal raised from `on_tool_start`; bastion logs it at INFO."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        return not (
            isinstance(args, tuple)
            and len(args) == 3
            and args[1] == "on_tool_start"
            and str(args[2]).startswith(f"{ToolCallBlocked.__name__}(")
        )


_REFUSAL_LOG_FILTER = _RefusalLogFilter()


def _quiet_refusal_warnings() -> None:
    manager_logger = logging.getLogger("langchain_core.callbacks.manager")
    if _REFUSAL_LOG_FILTER not in manager_logger.filters:
        manager_logger.addFilter(_REFUSAL_LOG_FILTER)


class _Shared:
    """What both handlers share: construction, the guard, the checks on subclasses, closing."""

    _is_bastion_base = True
    guard: Guard

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("_is_bastion_base"):
            return
        own_class = next(k for k in cls.__mro__ if k.__dict__.get("_is_bastion_base") and "on_tool_start" in k.__dict__)
        for name in _EVENTS:
            override = cls.__dict__.get(name)
            if override is None or getattr(override, "__bastion_wrapped__", False):
                continue
            own = own_class.__dict__[name]
            if name == "on_tool_start" and inspect.iscoroutinefunction(override):
                setattr(cls, name, _async_tool_start(own, override))
                continue
            if inspect.iscoroutinefunction(override) != inspect.iscoroutinefunction(own):
                kind = "async def" if inspect.iscoroutinefunction(own) else "def"
                raise TypeError(
                    f"{cls.__name__}.{name} must be declared with `{kind}` like {own_class.__name__}.{name}: "
                    "LangChain would never await a coroutine from a plain method (or run it where its "
                    "errors are dropped), so bastion would not see that event"
                )
            setattr(cls, name, _after_bastion(name, own, override))

    def __init__(
        self,
        firewall: Firewall,
        *,
        approver: Approver | None = None,
        session_id: str | None = None,
        session_keys: Sequence[str] = DEFAULT_SESSION_KEYS,
    ) -> None:
        super().__init__()
        if isinstance(firewall, SyncFirewall):
            raise AdapterError(
                "pass the Firewall itself (sync_firewall.firewall), not a SyncFirewall: "
                "the handler runs its firewall on a loop thread of its own"
            )
        changed = [flag for flag in _IGNORE_FLAGS if getattr(self, flag) is not False]
        if getattr(self, "raise_error", None) is not True:
            changed.append("raise_error")
        if changed:
            raise AdapterError(
                f"{type(self).__name__} changes {changed}: a bastion handler must see every model and tool "
                "event and raise its refusals, or a refused tool could run"
            )
        self.guard = Guard(Portal(firewall), approver=approver, session_id=session_id, session_keys=session_keys)
        _quiet_refusal_warnings()

    @classmethod
    def from_config(
        cls,
        config: Config,
        *,
        tools: Iterable[BaseTool] = (),
        annotations: Mapping[str, Mapping[str, Any]] | None = None,
        extra_stages: Sequence[Stage] = (),
        after_stages: Sequence[Stage] = (),
        approver: Approver | None = None,
        session_id: str | None = None,
        session_keys: Sequence[str] = DEFAULT_SESSION_KEYS,
    ) -> Self:
        """Build the firewall from a configuration and the agent's LangChain tools.

        Args:
            config: The settings (policies, principal, audit, ...); its `tools` file, if any, is
                the base of the catalog and describes the tools it names.
            tools: The LangChain tools the agent can call; each becomes an MCP-style description.
            annotations: MCP annotations per tool name (`readOnlyHint`, `destructiveHint`, ...).
            extra_stages: Stages that add facts before the policy stage.
            after_stages: Stages that see each decision.
            approver: Decides `ask` verdicts; without one they are refused.
            session_id: One conversation id for every run, or None to follow runs.
            session_keys: Run metadata keys naming the session.

        Returns:
            The handler. Close it (`close()`, `with`, `await aclose()` or `async with`).

        Raises:
            PolicyError: The policies do not load.
            CatalogError: A tool cannot be described.
        """
        catalog = _catalog(config, tools, annotations)
        firewall = Firewall.from_config(config, catalog=catalog, extra_stages=extra_stages, after_stages=after_stages)
        return cls(firewall, approver=approver, session_id=session_id, session_keys=session_keys)

    @property
    def raise_error(self) -> bool:
        """Always True: without it langchain-core logs a refusal and runs the tool anyway."""
        return True

    @property
    def firewall(self) -> Firewall:
        """The firewall (it runs on the handler's own loop thread)."""
        return self.guard.firewall

    @property
    def runs(self) -> RunTracker:
        """How LangChain runs map to sessions."""
        return self.guard.runs

    @property
    def approver(self) -> Approver | None:
        """Decides `ask` verdicts; None refuses them."""
        return self.guard.approver

    def wrap_tools(self, tools: Iterable[BaseTool]) -> list[BaseTool]:
        """The tools, each deciding its own calls before it runs (see `GuardedTool`)."""
        from bastion.adapters.langchain.tools import guard_tools

        return guard_tools(tools, self)

    def tool_node(self, tools: Sequence[BaseTool], **kwargs: Any) -> Any:
        """A LangGraph `ToolNode` that decides every call before it runs; a refusal is the call's ToolMessage.

        Args:
            tools: The agent's tools.
            **kwargs: Passed to `ToolNode` (`handle_tool_errors`, `name`, ...).

        Returns:
            The `ToolNode` (give it to `StateGraph.add_node` or `create_react_agent`).

        Raises:
            AdapterError: LangGraph is not installed, or `kwargs` already sets a tool-call wrapper.
        """
        try:
            from langgraph.prebuilt import ToolNode
        except ImportError as exc:  # pragma: no cover - exercised only without the dependency
            raise AdapterError("tool_node needs LangGraph: pip install 'bastion[langchain]'") from exc
        if "wrap_tool_call" in kwargs or "awrap_tool_call" in kwargs:
            raise AdapterError("tool_node sets wrap_tool_call itself; compose your wrapper with handler.guard")
        return ToolNode(
            tools, wrap_tool_call=self.guard.wrap_tool_call, awrap_tool_call=self.guard.awrap_tool_call, **kwargs
        )

    def __enter__(self) -> Self:
        self.guard.portal.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        await self.guard.portal.acall(self.firewall.open())
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def close(self) -> None:
        """Close the firewall (writing what the audit store has pending) and stop its loop thread."""
        self.guard.portal.close()

    async def aclose(self) -> None:
        """Like `close`, awaited."""
        await self.guard.portal.aclose()

    def _refuse_if_blocked(self, run_id: UUID, call_refusal: Any) -> None:
        if call_refusal is not None:
            self.guard.runs.refused(run_id)
            raise ToolCallBlocked(call_refusal)

    def _tool_start(
        self,
        serialized: dict[str, Any],
        input_str: str,
        run_id: UUID,
        parent_run_id: UUID | None,
        metadata: dict[str, Any] | None,
        inputs: dict[str, Any] | None,
        tool_call_id: object,
    ) -> None:
        tool_name = (serialized or {}).get("name")
        if isinstance(tool_name, str) and self.guard.take_pass(tool_name):
            self.guard.runs.guarded(run_id)
            return
        call = self.guard.runs.tool_call(
            run_id,
            parent_run_id,
            metadata,
            serialized,
            input_str,
            inputs,
            tool_call_id if isinstance(tool_call_id, str) else None,
        )
        self._refuse_if_blocked(run_id, self.guard.check(call))


class BastionCallbackHandler(_Shared, BaseCallbackHandler):  # type: ignore[override]
    """Check every tool call of a LangChain run before it runs (sync and async runs alike).

    Args:
        firewall: The firewall; the handler runs it on a loop thread of its own.
        approver: Decides calls the policies send for approval (sync or async); without one they
            are refused.
        session_id: One conversation id for every run this handler sees, or None to follow runs.
        session_keys: Run metadata keys naming the session (`config={"metadata": {...}}`).

    Raises (from `on_tool_start`, through LangChain):
        ToolCallBlocked: The call was denied, or sent for approval and not approved.
    """

    _is_bastion_base = True

    @_event
    def on_chat_model_start(
        self,
        serialized: dict[str, Any],
        messages: list[list[BaseMessage]],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Observe what the model is given that the session has not seen."""
        self.guard.observe(self.guard.runs.prompt_events(run_id, parent_run_id, metadata, messages))

    @_event
    def on_llm_end(
        self, response: LLMResult, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Observe what the model answered."""
        self.guard.observe(self.guard.runs.answer_events(run_id, parent_run_id, response))

    @_event
    def on_llm_error(
        self, error: BaseException, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Forget the model run."""
        self.guard.runs.end_run(run_id)

    @_event
    def on_chain_start(
        self,
        serialized: dict[str, Any],
        inputs: dict[str, Any],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Record the run, so that its children share its session."""
        self.guard.runs.start_run(run_id, parent_run_id, metadata)

    @_event
    def on_chain_end(
        self, outputs: dict[str, Any], *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Forget the run."""
        self.guard.runs.end_run(run_id)

    @_event
    def on_chain_error(
        self, error: BaseException, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Forget the run."""
        self.guard.runs.end_run(run_id)

    @_event
    def on_tool_start(
        self,
        serialized: dict[str, Any],
        input_str: str,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        inputs: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Decide the call before the tool runs.

        Raises:
            ToolCallBlocked: The call was denied, or needed approval and did not get it.
        """
        self._tool_start(serialized, input_str, run_id, parent_run_id, metadata, inputs, kwargs.get("tool_call_id"))

    @_event
    def on_tool_end(self, output: Any, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        """Observe the tool's output."""
        result = self.guard.runs.tool_result(run_id, output)
        if result is not None:
            self.guard.observe([result])

    @_event
    def on_tool_error(
        self, error: BaseException, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Observe the tool's failure."""
        result = self.guard.runs.tool_result(run_id, None, error=error)
        if result is not None:
            self.guard.observe([result])


class AsyncBastionCallbackHandler(_Shared, AsyncCallbackHandler):  # type: ignore[override]
    """Check every tool call of a LangChain run before it runs (observing without blocking the loop).

    The same as `BastionCallbackHandler`, except that it observes messages and tool outputs with
    `async def` callbacks, so an async run's loop never waits on the firewall for them. Its
    `on_tool_start` is a plain `def` (LangChain runs it in a worker thread in async runs), because
    an async callback's error is dropped on LangChain's sync path; what an async observer raises
    there is remembered, and the next call is refused for it.

    Args:
        firewall: The firewall; the handler runs it on a loop thread of its own.
        approver: Decides calls the policies send for approval (sync or async); without one they
            are refused.
        session_id: One conversation id for every run this handler sees, or None to follow runs.
        session_keys: Run metadata keys naming the session (`config={"metadata": {...}}`).

    Raises (from `on_tool_start`, through LangChain):
        ToolCallBlocked: The call was denied, or sent for approval and not approved.
    """

    _is_bastion_base = True

    async def _aobserve(self, what: str, events: Sequence[Message | ToolResult]) -> None:
        try:
            await self.guard.aobserve(events)
        except Exception as exc:
            # On LangChain's sync path nobody sees this error: the next call is refused for it.
            self.guard.note_failure(what, exc)
            raise

    @_event
    async def on_chat_model_start(
        self,
        serialized: dict[str, Any],
        messages: list[list[BaseMessage]],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Observe what the model is given that the session has not seen."""
        events = self.guard.runs.prompt_events(run_id, parent_run_id, metadata, messages)
        await self._aobserve("the messages given to a chat model", events)

    @_event
    async def on_llm_end(
        self,
        response: LLMResult,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        """Observe what the model answered."""
        await self._aobserve("a chat model's answer", self.guard.runs.answer_events(run_id, parent_run_id, response))

    @_event
    async def on_llm_error(
        self,
        error: BaseException,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        """Forget the model run."""
        self.guard.runs.end_run(run_id)

    @_event
    async def on_chain_start(
        self,
        serialized: dict[str, Any],
        inputs: dict[str, Any],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Record the run, so that its children share its session."""
        self.guard.runs.start_run(run_id, parent_run_id, metadata)

    @_event
    async def on_chain_end(
        self,
        outputs: dict[str, Any],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        """Forget the run."""
        self.guard.runs.end_run(run_id)

    @_event
    async def on_chain_error(
        self,
        error: BaseException,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        """Forget the run."""
        self.guard.runs.end_run(run_id)

    @_event
    def on_tool_start(  # type: ignore[override]
        self,
        serialized: dict[str, Any],
        input_str: str,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        inputs: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Decide the call before the tool runs (a plain `def`: see the class docstring).

        Raises:
            ToolCallBlocked: The call was denied, or needed approval and did not get it.
        """
        self._tool_start(serialized, input_str, run_id, parent_run_id, metadata, inputs, kwargs.get("tool_call_id"))

    @_event
    async def on_tool_end(
        self,
        output: Any,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        """Observe the tool's output."""
        result = self.guard.runs.tool_result(run_id, output)
        if result is not None:
            await self._aobserve(f"the output of tool call {result.call_id!r}", [result])

    @_event
    async def on_tool_error(
        self,
        error: BaseException,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        """Observe the tool's failure."""
        result = self.guard.runs.tool_result(run_id, None, error=error)
        if result is not None:
            await self._aobserve(f"the failure of tool call {result.call_id!r}", [result])
