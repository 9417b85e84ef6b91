"""The approval queue: a call sent for approval waits here for a person's answer, whichever process asked.

    a call is decided `ask`      -> ApprovalQueue.submit(call, decision)    -> Approval (pending)
    a person answers             -> ApprovalQueue.answer(id, approve, note) -> recorded in the audit log
    the asker waits (bounded)    -> ApprovalQueue.wait(id, timeout)         -> approved | denied | expired
    the same call decided again  -> ApprovalQueue.follow(call)              -> the answer, while it lives

The queue keeps nothing in memory that matters: every approval lives in the audit store (an
`ApprovalStore`), so the API server, the MCP wrapper and a LangChain process share one queue. "The
same call" is the same session, tool and arguments (`call_key`); another call id does not matter,
other arguments do.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, Protocol

from bastion.config import Config
from bastion.errors import ApprovalError, ConfigError
from bastion.events import Decision, ToolCall

if TYPE_CHECKING:
    from bastion.store.postgres import PostgresStore
    from bastion.store.sqlite import SqliteStore

__all__ = ["Approval", "ApprovalQueue", "ApprovalState", "ApprovalStore", "call_key"]

ApprovalState = Literal["pending", "approved", "denied", "expired"]

# How often a waiter looks at the store for an answer given in another process.
_POLL_SECONDS = 0.2


def call_key(session: str, tool_name: str, arguments: dict[str, Any]) -> str:
    """The identity of a call for approval: its session, tool and arguments (not its call id).

    Args:
        session: The session.
        tool_name: The tool.
        arguments: The call's arguments.

    Returns:
        A hex digest.
    """
    text = json.dumps([session, tool_name, arguments], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Approval:
    """One call waiting for, or answered by, a person.

    Attributes:
        approval_id: Its id (`ap-...`).
        call_key: The call's identity (see `call_key`).
        session: The session of the call.
        call_id: The id of the call that first asked.
        tool_name: The tool.
        arguments: The call's arguments.
        principal_id: The principal the call was made for, when known.
        decision: The `ask` Decision as a record (reasons, policies, signals).
        created_at: When it was asked (epoch seconds).
        expires_at: When it stops deciding anything: unanswered, it expires then; answered, the
            answer holds for the same call until then.
        status: `pending`, `approved` or `denied` as stored (see `state` for expiry).
        answered_by: Who answered.
        answered_at: When.
        note: What they wrote.
    """

    approval_id: str
    call_key: str
    session: str
    call_id: str
    tool_name: str
    arguments: dict[str, Any]
    principal_id: str | None
    decision: dict[str, Any]
    created_at: float
    expires_at: float
    status: Literal["pending", "approved", "denied"] = "pending"
    answered_by: str | None = None
    answered_at: float | None = None
    note: str = field(default="")

    def state(self, now: float | None = None) -> ApprovalState:
        """Its state at a time (default now): `expired` once `expires_at` has passed."""
        if (time.time() if now is None else now) >= self.expires_at:
            return "expired"
        return self.status

    def to_record(self, now: float | None = None) -> dict[str, Any]:
        """A JSON-ready view of it, with its current state."""
        return {
            "approval_id": self.approval_id,
            "session": self.session,
            "call_id": self.call_id,
            "tool": self.tool_name,
            "arguments": self.arguments,
            "principal": self.principal_id,
            "reasons": list(self.decision.get("reasons") or []),
            "policy_ids": list(self.decision.get("policy_ids") or []),
            "signals": dict(self.decision.get("signals") or {}),
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "state": self.state(now),
            "answered_by": self.answered_by,
            "answered_at": self.answered_at,
            "note": self.note,
        }


class ApprovalStore(Protocol):
    """Where approvals live, shared by every process using the same audit store.

    `SqliteApprovals` and `PostgresApprovals` implement it; another store implements the same five methods.
    """

    async def add_approval(self, approval: Approval) -> Approval:
        """Store a pending approval, unless one for the same `call_key` is still live (not expired
        at `approval.created_at`): then return that one instead. Atomic across processes."""
        ...

    async def get_approval(self, approval_id: str) -> Approval | None:
        """The approval with this id, or None."""
        ...

    async def live_approval(self, key: str, now: float) -> Approval | None:
        """The newest approval for a call key that has not expired at `now`, or None."""
        ...

    async def list_approvals(self, *, is_pending_only: bool, now: float, limit: int) -> list[Approval]:
        """Approvals, newest first: only those pending and unexpired at `now`, or all."""
        ...

    async def answer_approval(self, answered: Approval) -> Approval:
        """Store an answer (`answered` carries status, answered_by, answered_at, note, expires_at) if the
        approval is still pending and unexpired, and write who answered what to the audit log.

        Raises:
            ApprovalError: Unknown, already answered, or expired.
            StoreError: The answer could not be recorded (it is then not stored either).
        """
        ...

    async def open(self) -> None:
        """Open the store."""
        ...

    async def aclose(self) -> None:
        """Close the store."""
        ...


class ApprovalQueue:
    """Put calls sent for approval before a person, and wait for the answer.

    Args:
        store: Where approvals live.
        ttl: Seconds an approval lives (pending, and then its answer).
        wait: The longest an approver or an API request waits by default (`max_wait`).
    """

    def __init__(self, store: ApprovalStore, *, ttl: float = 900.0, wait: float = 300.0) -> None:
        if ttl <= 0:
            raise ConfigError(f"the approval lifetime must be positive, not {ttl!r}")
        self.store = store
        self.ttl = ttl
        self.max_wait = wait
        self._answered: dict[str, asyncio.Event] = {}

    @classmethod
    def from_config(cls, config: Config, *, log: SqliteStore | PostgresStore | None = None) -> ApprovalQueue:
        """The queue in the configuration's audit store.

        Args:
            config: The settings.
            log: The process's store of `config.audit`, shared with its firewalls (a `FirewallFactory`'s),
                so that answers join the one chain its firewalls write; its owner closes it.

        Raises:
            ConfigError: No audit store is configured (the queue lives in it).
        """
        if config.audit is None:
            raise ConfigError(
                "the approval queue lives in the audit store: set `audit` in the configuration (or --audit)"
            )
        from bastion.store.approvals import open_approvals

        return cls(open_approvals(config.audit, log=log), ttl=config.approvals.ttl, wait=config.approvals.wait)

    async def submit(self, call: ToolCall, decision: Decision, *, principal_id: str | None = None) -> Approval:
        """Ask a person about a call decided `ask`; a live approval of the same call is returned as it is.

        Args:
            call: The call.
            decision: Its `ask` Decision.
            principal_id: Who the call was made for.

        Returns:
            The approval (pending, or already answered for this same call).
        """
        now = time.time()
        approval = Approval(
            approval_id=f"ap-{uuid.uuid4().hex[:16]}",
            call_key=call_key(call.session, call.tool_name, call.arguments),
            session=call.session,
            call_id=call.call_id,
            tool_name=call.tool_name,
            arguments=dict(call.arguments),
            principal_id=principal_id,
            decision=decision.to_record(),
            created_at=now,
            expires_at=now + self.ttl,
        )
        return await self.store.add_approval(approval)

    async def follow(self, call: ToolCall) -> Approval | None:
        """The live, answered approval of this same call (session, tool, arguments), if any."""
        approval = await self.store.live_approval(call_key(call.session, call.tool_name, call.arguments), time.time())
        if approval is None or approval.status == "pending":
            return None
        return approval

    async def get(self, approval_id: str) -> Approval | None:
        """The approval with this id, or None."""
        return await self.store.get_approval(approval_id)

    async def pending(self, *, limit: int = 200) -> list[Approval]:
        """Approvals waiting for an answer, newest first."""
        return await self.store.list_approvals(is_pending_only=True, now=time.time(), limit=limit)

    async def recent(self, *, limit: int = 200) -> list[Approval]:
        """Every approval, answered or not, newest first."""
        return await self.store.list_approvals(is_pending_only=False, now=time.time(), limit=limit)

    async def answer(self, approval_id: str, *, is_approved: bool, note: str = "", answered_by: str) -> Approval:
        """Answer a pending approval; the answer then holds for the same call for `ttl` seconds.

        Args:
            approval_id: The approval.
            is_approved: Approve (True) or deny (False).
            note: Why, in the answerer's words.
            answered_by: Who answers (recorded in the audit log).

        Returns:
            The answered approval.

        Raises:
            ApprovalError: Unknown, already answered, or expired.
            StoreError: The answer could not be recorded.
        """
        approval = await self.store.get_approval(approval_id)
        if approval is None:
            raise ApprovalError(approval_id, "unknown", f"no approval {approval_id!r}")
        now = time.time()
        answered = replace(
            approval,
            status="approved" if is_approved else "denied",
            answered_by=answered_by,
            answered_at=now,
            note=note,
            expires_at=now + self.ttl,
        )
        stored = await self.store.answer_approval(answered)
        event = self._answered.get(approval_id)
        if event is not None:
            event.set()
        return stored

    async def wait(self, approval_id: str, timeout: float) -> Approval:
        """Wait up to `timeout` seconds for an approval to be answered.

        An answer given in this process wakes the waiter at once; one given in another process is
        seen within a fifth of a second.

        Args:
            approval_id: The approval.
            timeout: Seconds to wait; 0 looks once.

        Returns:
            The approval as it stands when answered or when the wait ends (check `state()`).

        Raises:
            ApprovalError: No such approval.
        """
        deadline = time.monotonic() + max(0.0, timeout)
        event = self._answered.setdefault(approval_id, asyncio.Event())
        try:
            while True:
                approval = await self.store.get_approval(approval_id)
                if approval is None:
                    raise ApprovalError(approval_id, "unknown", f"no approval {approval_id!r}")
                left = deadline - time.monotonic()
                if approval.state() != "pending" or left <= 0:
                    return approval
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), min(left, _POLL_SECONDS, approval.expires_at - time.time()))
        finally:
            self._answered.pop(approval_id, None)

    async def open(self) -> None:
        """Open the store now, so that a missing or damaged one is reported at start-up."""
        await self.store.open()

    async def aclose(self) -> None:
        """Close the store."""
        await self.store.aclose()

    async def __aenter__(self) -> ApprovalQueue:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
