"""An approver any adapter can be given: it puts an `ask` in the shared approval queue and waits for a person.

    adapter decides `ask` -> QueueApprover.settle(call, decision)
                          -> the queue (in the audit store) -> a person answers in `bastion serve`'s console
                          -> (approved, why not) back to the adapter, which runs the call or refuses it

`QueueApprover` is async (the MCP wrapper, LangChain's async handler); `SyncQueueApprover` blocks
(LangChain's sync handler) and runs the same code on an event loop of its own. Both are LangChain
approvers as they are: called with the call and its Decision, they return whether it may run.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from bastion.approvals import Approval, ApprovalQueue
from bastion.config import Config
from bastion.errors import BastionError
from bastion.events import Decision, ToolCall

__all__ = ["QueueApprover", "SyncQueueApprover"]

logger = logging.getLogger("bastion.approvals")
T = TypeVar("T")


def _why_not(approval: Approval, waited: float) -> str:
    state = approval.state()
    if state == "denied":
        note = f": {approval.note}" if approval.note else ""
        return f"A person ({approval.answered_by}) denied it (approval {approval.approval_id}){note}."
    if state == "expired":
        return f"It needs a person's approval, and approval {approval.approval_id} expired unanswered."
    return (
        f"It needs a person's approval, and none came within {waited:g} s; approval {approval.approval_id} "
        "stays open, and the same call made again follows its answer."
    )


class QueueApprover:
    """Settle an `ask` through the shared approval queue (async).

    The queue's store lives on an event loop of the approver's own, in its own thread, so that the
    approver can be awaited from any loop — a LangChain handler runs it on the handler's loop, the
    MCP wrapper on the server's — and closed from any other, even once the loop it served has gone.

    Args:
        queue: The queue (in the audit store the API server reads).
        wait: Seconds to wait for an answer (default: the configured `approvals.wait`).
        principal_id: Who the calls are made for, shown to the person.
    """

    def __init__(self, queue: ApprovalQueue, *, wait: float | None = None, principal_id: str | None = None) -> None:
        self.queue = queue
        self.wait = queue.max_wait if wait is None else wait
        self.principal_id = principal_id
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._is_closed = False

    def _own_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._is_closed:
                raise BastionError("this QueueApprover is closed")
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=self._loop.run_forever, name="bastion-queue", daemon=True)
                self._thread.start()
            return self._loop

    async def _on_own_loop(self, coro: Coroutine[Any, Any, T]) -> T:
        try:
            loop = self._own_loop()
        except BastionError:
            coro.close()
            raise
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, loop))

    @classmethod
    def from_config(cls, config: Config, *, wait: float | None = None) -> QueueApprover:
        """The approver on the configuration's audit store, for its principal.

        Raises:
            ConfigError: No audit store is configured.
        """
        return cls(ApprovalQueue.from_config(config), wait=wait, principal_id=config.principal.id)

    async def open(self) -> None:
        """Open the queue's store now, on the approver's own loop, so that a bad store is reported at start-up.

        Raises:
            StoreError: The store cannot be opened.
        """
        await self._on_own_loop(self.queue.open())

    async def settle(self, call: ToolCall, decision: Decision) -> tuple[bool, str]:
        """Put the call before a person (or follow their live answer to the same call) and wait.

        Args:
            call: The call decided `ask`.
            decision: Its Decision.

        Returns:
            Whether it may run, and if not, why (words the model can read).
        """
        return await self._on_own_loop(self._settle(call, decision))

    async def _settle(self, call: ToolCall, decision: Decision) -> tuple[bool, str]:
        approval = await self.queue.submit(call, decision, principal_id=self.principal_id)
        if approval.state() == "pending":
            logger.info("call %r to %r waits for approval %s", call.call_id, call.tool_name, approval.approval_id)
            approval = await self.queue.wait(approval.approval_id, self.wait)
        if approval.state() == "approved":
            logger.info("approval %s: approved by %s", approval.approval_id, approval.answered_by)
            return True, ""
        return False, _why_not(approval, self.wait)

    async def __call__(self, call: ToolCall, decision: Decision) -> bool:
        """LangChain's approver signature: True when the call may run."""
        is_approved, _ = await self.settle(call, decision)
        return is_approved

    async def aclose(self) -> None:
        """Close the queue's store and stop the approver's loop (idempotent; from any loop)."""
        with self._lock:
            loop, thread = self._loop, self._thread
            if self._is_closed:
                return
            self._is_closed = True
        if loop is None or thread is None:
            return
        try:
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self.queue.aclose(), loop))
        finally:
            loop.call_soon_threadsafe(loop.stop)
            await asyncio.to_thread(thread.join)
            loop.close()


class SyncQueueApprover:
    """`QueueApprover` for blocking code: same answers, on an event loop in its own thread.

    Args:
        approver: The async approver to drive.

    Raises:
        BastionError: Created inside a running event loop (use `QueueApprover` there).
    """

    def __init__(self, approver: QueueApprover) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise BastionError("SyncQueueApprover cannot be used inside a running event loop; use QueueApprover")
        self.approver = approver
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="bastion-approver", daemon=True)
        self._thread.start()
        self._is_closed = False

    @classmethod
    def from_config(cls, config: Config, *, wait: float | None = None) -> SyncQueueApprover:
        """See `QueueApprover.from_config`."""
        return cls(QueueApprover.from_config(config, wait=wait))

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._is_closed:
            coro.close()
            raise BastionError("this SyncQueueApprover is closed")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def settle(self, call: ToolCall, decision: Decision) -> tuple[bool, str]:
        """See `QueueApprover.settle`."""
        return self._run(self.approver.settle(call, decision))

    def __call__(self, call: ToolCall, decision: Decision) -> bool:
        """LangChain's approver signature: True when the call may run."""
        return self.settle(call, decision)[0]

    def close(self) -> None:
        """Close the queue's store and stop the loop thread."""
        if self._is_closed:
            return
        try:
            self._run(self.approver.aclose())
        finally:
            self._is_closed = True
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()

    def __enter__(self) -> SyncQueueApprover:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
