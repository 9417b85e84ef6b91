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
from collections.abc import Callable, Coroutine
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

    The queue's store is opened once per event loop it is used on, so the approver works from whichever
    loop a framework calls it on (LangChain runs some of an async handler's callbacks on loops of its own).

    Args:
        open_queue: Makes the queue (not yet opened) on the shared store.
        wait: Seconds to wait for an answer.
        principal_id: Who the calls are made for, shown to the person.
    """

    def __init__(
        self, open_queue: Callable[[], ApprovalQueue], *, wait: float = 300.0, principal_id: str | None = None
    ) -> None:
        self.open_queue = open_queue
        self.wait = wait
        self.principal_id = principal_id
        self._queues: dict[asyncio.AbstractEventLoop, ApprovalQueue] = {}

    def _queue(self) -> ApprovalQueue:
        loop = asyncio.get_running_loop()
        for other in [other for other in self._queues if other.is_closed()]:
            # A loop that is gone took its store's connection with it; nothing is left to close.
            del self._queues[other]
        queue = self._queues.get(loop)
        if queue is None:
            queue = self._queues[loop] = self.open_queue()
        return queue

    @classmethod
    def from_config(cls, config: Config, *, wait: float | None = None) -> QueueApprover:
        """The approver on the configuration's audit store, for its principal.

        Args:
            config: The settings (`audit` names the shared store).
            wait: Seconds to wait for an answer (default: the configured `approvals.wait`).

        Raises:
            ConfigError: No audit store is configured.
        """
        ApprovalQueue.from_config(config)  # a missing store is reported now, not at the first ask
        return cls(
            lambda: ApprovalQueue.from_config(config),
            wait=config.approvals.wait if wait is None else wait,
            principal_id=config.principal.id,
        )

    async def check(self) -> None:
        """Open the store once, so that an unreachable or damaged one is reported at start-up.

        Raises:
            StoreError: The store cannot be opened.
        """
        await self._queue().open()

    async def settle(self, call: ToolCall, decision: Decision) -> tuple[bool, str]:
        """Put the call before a person (or follow their live answer to the same call) and wait.

        Args:
            call: The call decided `ask`.
            decision: Its Decision.

        Returns:
            Whether it may run, and if not, why (words the model can read).

        Raises:
            StoreError: The queue's store failed (the adapter refuses the call).
        """
        queue = self._queue()
        approval = await queue.submit(call, decision, principal_id=self.principal_id)
        if approval.state() == "pending":
            logger.info("call %r to %r waits for approval %s", call.call_id, call.tool_name, approval.approval_id)
            approval = await queue.wait(approval.approval_id, self.wait)
        if approval.state() == "approved":
            logger.info("approval %s: approved by %s", approval.approval_id, approval.answered_by)
            return True, ""
        return False, _why_not(approval, self.wait)

    async def __call__(self, call: ToolCall, decision: Decision) -> bool:
        """LangChain's approver signature: True when the call may run."""
        is_approved, _ = await self.settle(call, decision)
        return is_approved

    async def aclose(self) -> None:
        """Close the store opened on the running loop (stores of loops already closed went with them)."""
        queue = self._queues.pop(asyncio.get_running_loop(), None)
        if queue is not None:
            await queue.aclose()


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
