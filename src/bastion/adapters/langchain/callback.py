"""Callback handlers that put the firewall in a LangChain run: one sync, one async, same names.

    model is given messages  -> on_chat_model_start -> Message events (user, system, earlier answers)
    model answers            -> on_llm_end          -> assistant Message events
    a tool is about to run   -> on_tool_start       -> ToolCall -> Decision; refused: ToolCallBlocked
    the tool returned/failed -> on_tool_end/_error  -> ToolResult event (provenance, injection scanning)

Both handlers set `raise_error = True`: without it langchain-core logs a handler's exception and
runs the tool anyway. Use `BastionCallbackHandler` with `invoke`/`stream` (it also works in async
runs, where LangChain calls it in a worker thread) and `AsyncBastionCallbackHandler` with
`ainvoke`/`astream`. langchain-core runs an async handler on a private loop in a worker thread,
and drops what it raises, on its sync path (a sync run, or a tool without an async implementation
called with `ainvoke`); there the async handler hands each event to its firewall's own loop and
refuses with `ToolCallAborted`, a `BaseException` that gets through.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import sys
import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any
from uuid import UUID

from langchain_core.callbacks import AsyncCallbackHandler, BaseCallbackHandler
from langchain_core.messages import BaseMessage
from langchain_core.outputs import LLMResult
from langchain_core.tools import BaseTool

from bastion.adapters.langchain.catalog import catalog_from_tools
from bastion.adapters.langchain.runs import DEFAULT_SESSION_KEYS, RunTracker
from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import ToolCallAborted, ToolCallBlocked
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict
from bastion.firewall import Firewall, Stage, SyncFirewall

__all__ = ["Approver", "AsyncBastionCallbackHandler", "BastionCallbackHandler", "ToolCallAborted"]

logger = logging.getLogger("bastion.langchain")

Approver = Callable[[ToolCall, Decision], bool | Awaitable[bool]]
"""Decides an `ask`: called with the call and its Decision; the call runs only if it returns True."""


def _not_approved(decision: Decision, why: str) -> ToolCallBlocked:
    return ToolCallBlocked(decision.model_copy(update={"reasons": [*decision.reasons, why]}))


def _catalog(config: Config, tools: Iterable[BaseTool], annotations: Mapping[str, Mapping[str, Any]] | None) -> Catalog:
    base = Catalog.from_file(config.tools) if config.tools else None
    return catalog_from_tools(tools, base=base, annotations=annotations)


async def _await(awaitable: Awaitable[bool]) -> bool:
    return await awaitable


class _Shared:
    """What both handlers keep: the run tracker, the approver, and the checks on an approval."""

    raise_error: bool = True

    def _setup(
        self, catalog: Catalog, approver: Approver | None, session_id: str | None, session_keys: Sequence[str]
    ) -> None:
        self.runs = RunTracker(catalog, session_id=session_id, session_keys=session_keys)
        self.approver = approver

    @staticmethod
    def _judge(call: ToolCall, approved: object) -> str | None:
        if approved is True:
            logger.info("tool call %r (%s) approved", call.call_id, call.tool_name)
            return None
        return "the approver did not approve this call"

    @staticmethod
    def _approver_failed(call: ToolCall, exc: Exception) -> str:
        # The approver is user code at the edge of the decision: its failure refuses the call.
        logger.exception("the approver failed on tool call %r", call.call_id)
        return f"the approver failed: {type(exc).__name__}: {exc}"


def _approval_record(call: ToolCall, why_not: str | None) -> Message:
    """What the approval step decided, for the session's record next to the `ask` decision.

    The MCP wrapper records a person's answer the same way.
    """
    outcome = "was approved by the approver" if why_not is None else f"did not run: {why_not}"
    return Message(
        session=call.session, role="system", content=f"bastion: call {call.call_id} to {call.tool_name!r} {outcome}"
    )


class BastionCallbackHandler(_Shared, BaseCallbackHandler):
    """Check every tool call of a LangChain run before it runs (blocking code).

    Args:
        firewall: The firewall (its own loop thread; see `SyncFirewall`).
        approver: Decides calls the policies send for approval; without one they are refused.
        session_id: One conversation id for every run this handler sees, or None to follow runs.
        session_keys: Run metadata keys naming the session (`config={"metadata": {...}}`).

    Raises (from `on_tool_start`, through LangChain):
        ToolCallBlocked: The call was denied, or sent for approval and not approved.
    """

    def __init__(
        self,
        firewall: SyncFirewall,
        *,
        approver: Approver | None = None,
        session_id: str | None = None,
        session_keys: Sequence[str] = DEFAULT_SESSION_KEYS,
    ) -> None:
        super().__init__()
        self.firewall = firewall
        self._setup(firewall.firewall.catalog, approver, session_id, session_keys)

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
    ) -> BastionCallbackHandler:
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
            The handler. Close it (`close()` or `with`) to stop the firewall's loop thread.

        Raises:
            PolicyError: The policies do not load.
            CatalogError: A tool cannot be described.
        """
        catalog = _catalog(config, tools, annotations)
        firewall = SyncFirewall.from_config(
            config, catalog=catalog, extra_stages=extra_stages, after_stages=after_stages
        )
        return cls(firewall, approver=approver, session_id=session_id, session_keys=session_keys)

    def wrap_tools(self, tools: Iterable[BaseTool]) -> list[BaseTool]:
        """The tools, each turning a refusal into a tool message the model reads (see `GuardedTool`)."""
        from bastion.adapters.langchain.tools import guard_tools

        return guard_tools(tools, self)

    def close(self) -> None:
        """Stop the firewall (and its loop thread)."""
        self.firewall.close()

    def __enter__(self) -> BastionCallbackHandler:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

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
        for event in self.runs.prompt_events(run_id, parent_run_id, metadata, messages):
            self.firewall.observe(event)

    def on_llm_end(
        self, response: LLMResult, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Observe what the model answered."""
        for event in self.runs.answer_events(run_id, parent_run_id, response):
            self.firewall.observe(event)

    def on_llm_error(
        self, error: BaseException, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Forget the model run."""
        self.runs.end_run(run_id)

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
        self.runs.start_run(run_id, parent_run_id, metadata)

    def on_chain_end(
        self, outputs: dict[str, Any], *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Forget the run."""
        self.runs.end_run(run_id)

    def on_chain_error(
        self, error: BaseException, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Forget the run."""
        self.runs.end_run(run_id)

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
        call = self.runs.tool_call(
            run_id, parent_run_id, metadata, serialized, input_str, inputs, kwargs.get("tool_call_id")
        )
        decision = self.firewall.decide(call)
        if not decision.is_blocking:
            return
        if decision.verdict is Verdict.ASK:
            why_not = self._approve(call, decision)
            self.firewall.observe(_approval_record(call, why_not))
            if why_not is None:
                return
            blocked = _not_approved(decision, why_not)
        else:
            blocked = ToolCallBlocked(decision)
        self.runs.refused(run_id)
        raise blocked

    def _approve(self, call: ToolCall, decision: Decision) -> str | None:
        """None when the approver approves the call; otherwise why it did not run."""
        if self.approver is None:
            return "approval needed but no approver is configured"
        try:
            approved = self.approver(call, decision)
            if inspect.isawaitable(approved):
                approved = self._run_awaitable(approved)
        except Exception as exc:
            return self._approver_failed(call, exc)
        return self._judge(call, approved)

    @staticmethod
    def _run_awaitable(approved: Awaitable[bool]) -> bool:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(_await(approved))
        if inspect.iscoroutine(approved):
            approved.close()
        raise RuntimeError("an async approver cannot run here (an event loop is running in this thread)")

    def on_tool_end(self, output: Any, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        """Observe the tool's output."""
        result = self.runs.tool_result(run_id, output)
        if result is not None:
            self.firewall.observe(result)

    def on_tool_error(
        self, error: BaseException, *, run_id: UUID, parent_run_id: UUID | None = None, **kwargs: Any
    ) -> None:
        """Observe the tool's failure."""
        result = self.runs.tool_result(run_id, None, error=error)
        if result is not None:
            self.firewall.observe(result)


class AsyncBastionCallbackHandler(_Shared, AsyncCallbackHandler):
    """Check every tool call of a LangChain run before it runs (async code: `ainvoke`, `astream`).

    Args:
        firewall: The firewall, used on the running event loop.
        approver: Decides calls the policies send for approval (sync or async); without one they
            are refused. A blocking approver blocks the event loop while it decides.
        session_id: One conversation id for every run this handler sees, or None to follow runs.
        session_keys: Run metadata keys naming the session (`config={"metadata": {...}}`).

    Raises (from `on_tool_start`, through LangChain):
        ToolCallBlocked: The call was denied, or sent for approval and not approved.
    """

    def __init__(
        self,
        firewall: Firewall,
        *,
        approver: Approver | None = None,
        session_id: str | None = None,
        session_keys: Sequence[str] = DEFAULT_SESSION_KEYS,
    ) -> None:
        super().__init__()
        self.firewall = firewall
        self._setup(firewall.catalog, approver, session_id, session_keys)
        self._home: asyncio.AbstractEventLoop | None = None
        self._home_thread: int | None = None
        self._note_home()

    def _note_home(self) -> None:
        """Remember the running loop as the firewall's home, unless this callback runs on LangChain's sync path."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if not _on_sync_path():
            self._home, self._home_thread = loop, threading.get_ident()

    async def _process(self, event: Message | ToolCall | ToolResult) -> Decision | None:
        """Run an event through the firewall on its home loop.

        On LangChain's sync path this coroutine runs on a private loop in a worker thread, while the
        firewall's resources (the audit store, the session locks) belong to the loop it was used on.
        The event is handed to that loop, unless its thread is the one waiting for this callback
        (a sync `invoke` inside async code), where handing over would deadlock.
        """
        self._note_home()
        home, loop = self._home, asyncio.get_running_loop()
        if home is None or home is loop or not home.is_running() or _waits_for_callbacks(self._home_thread):
            return await self.firewall.process(event)
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self.firewall.process(event), home))

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
    ) -> AsyncBastionCallbackHandler:
        """Build the firewall from a configuration and the agent's LangChain tools.

        Args:
            config: The settings; its `tools` file, if any, is the base of the catalog.
            tools: The LangChain tools the agent can call; each becomes an MCP-style description.
            annotations: MCP annotations per tool name (`readOnlyHint`, `destructiveHint`, ...).
            extra_stages: Stages that add facts before the policy stage.
            after_stages: Stages that see each decision.
            approver: Decides `ask` verdicts; without one they are refused.
            session_id: One conversation id for every run, or None to follow runs.
            session_keys: Run metadata keys naming the session.

        Returns:
            The handler. Close it (`await aclose()` or `async with`) to release the firewall.

        Raises:
            PolicyError: The policies do not load.
            CatalogError: A tool cannot be described.
        """
        catalog = _catalog(config, tools, annotations)
        firewall = Firewall.from_config(config, catalog=catalog, extra_stages=extra_stages, after_stages=after_stages)
        return cls(firewall, approver=approver, session_id=session_id, session_keys=session_keys)

    def wrap_tools(self, tools: Iterable[BaseTool]) -> list[BaseTool]:
        """The tools, each turning a refusal into a tool message the model reads (see `GuardedTool`)."""
        from bastion.adapters.langchain.tools import guard_tools

        return guard_tools(tools, self)

    async def aclose(self) -> None:
        """Close the firewall's stages."""
        await self.firewall.aclose()

    async def __aenter__(self) -> AsyncBastionCallbackHandler:
        self._note_home()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

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
        for event in self.runs.prompt_events(run_id, parent_run_id, metadata, messages):
            await self._process(event)

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
        for event in self.runs.answer_events(run_id, parent_run_id, response):
            await self._process(event)

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
        self.runs.end_run(run_id)

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
        self.runs.start_run(run_id, parent_run_id, metadata)

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
        self.runs.end_run(run_id)

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
        self.runs.end_run(run_id)

    async def on_tool_start(
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
        call = self.runs.tool_call(
            run_id, parent_run_id, metadata, serialized, input_str, inputs, kwargs.get("tool_call_id")
        )
        decision = await self._process(call)
        assert decision is not None
        if not decision.is_blocking:
            return
        if decision.verdict is Verdict.ASK:
            why_not = await self._approve(call, decision)
            await self._process(_approval_record(call, why_not))
            if why_not is None:
                return
            blocked = _not_approved(decision, why_not)
        else:
            blocked = ToolCallBlocked(decision)
        self.runs.refused(run_id)
        if _on_sync_path():
            raise ToolCallAborted(blocked) from blocked
        raise blocked

    async def _approve(self, call: ToolCall, decision: Decision) -> str | None:
        """None when the approver approves the call; otherwise why it did not run."""
        if self.approver is None:
            return "approval needed but no approver is configured"
        try:
            approved = self.approver(call, decision)
            if inspect.isawaitable(approved):
                approved = await approved
        except Exception as exc:
            return self._approver_failed(call, exc)
        return self._judge(call, approved)

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
        result = self.runs.tool_result(run_id, output)
        if result is not None:
            await self._process(result)

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
        result = self.runs.tool_result(run_id, None, error=error)
        if result is not None:
            await self._process(result)


def _sync_path_codes() -> frozenset[Any]:
    from langchain_core.callbacks import manager

    codes = {
        getattr(method, "__code__", None)
        for method in vars(AsyncBastionCallbackHandler).values()
        if inspect.iscoroutinefunction(method)
    }
    fallback = getattr(manager, "_achat_model_start_fallback", None)
    codes.add(getattr(fallback, "__code__", None))
    codes.discard(None)
    return frozenset(codes)


def _on_sync_path() -> bool:
    """True when LangChain's sync callback manager runs this callback: nobody awaits it to see its error.

    That manager runs an async handler's coroutine as the root of a task on a private loop and logs
    (drops) what it raises; the async manager awaits it from a coroutine of its own.
    """
    task = asyncio.current_task()
    coro = task.get_coro() if task is not None else None
    return getattr(coro, "cr_code", None) in _SYNC_PATH_CODES


def _waits_for_callbacks(thread_id: int | None) -> bool:
    """True when that thread is inside LangChain's sync `handle_event`, waiting for callbacks to finish."""
    from langchain_core.callbacks.manager import handle_event

    frame = sys._current_frames().get(thread_id) if thread_id is not None else None
    while frame is not None:
        if frame.f_code is handle_event.__code__:
            return True
        frame = frame.f_back
    return False


_SYNC_PATH_CODES = _sync_path_codes()
