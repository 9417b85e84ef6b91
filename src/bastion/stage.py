"""The Stage protocol and what a stage sees: below every stage and below the Firewall that runs them.

A stage is anything with a `name` and an async `process(event, ctx)`; it owns one JSON-serializable
slot of each session's state (`ctx.state`). Stages import this module, never `bastion.firewall`.
"""

from __future__ import annotations

import asyncio
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from bastion.events import Decision, Message, Outcome, SignalValue, ToolCall, ToolResult

__all__ = [
    "AnyEvent",
    "CheckpointLease",
    "CheckpointStore",
    "PrincipalCheckpointStore",
    "PrincipalState",
    "SessionState",
    "SharedCheckpointStore",
    "SharedPrincipalStore",
    "Stage",
    "StageContext",
]

AnyEvent = Message | ToolCall | ToolResult


@dataclass
class SessionState:
    """Everything the firewall remembers of one session: one slot per stage, keyed by stage name.

    Attributes:
        session_id: The session.
        slots: Each stage's slot.
        pending_failures: Failures on earlier events that the session's next tool call must answer for.
        lock: Serialises the session's events within this process.
        is_restored: The slots were read from the checkpoint store (or found to be current).
        version: The checkpoint version the slots correspond to in a shared store (-1: none known).
        users: Events of this session under way or waiting in this process (it is not evicted then).
        last_used: When its last event finished (`time.monotonic()`).
        is_saved: The last stage of the current event persisted the state (nothing left to save).
    """

    session_id: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    pending_failures: list[str] = field(default_factory=list)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)
    is_restored: bool = False
    version: int = -1
    users: int = 0
    last_used: float = 0.0
    is_saved: bool = False


@dataclass
class PrincipalState:
    """What the firewall remembers of one principal across its sessions: one slot per stage.

    Attributes:
        principal_id: The principal.
        slots: Each stage's slot.
        lock: Serialises restoring it within this process.
        is_restored: The slots were read from the checkpoint store (or found to be current).
        saved: The state last saved (to skip saving it again).
        version: The checkpoint version the slots correspond to in a shared store (-1: none known).
    """

    principal_id: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)
    is_restored: bool = False
    saved: str = ""
    version: int = -1


@dataclass
class StageContext:
    """What a stage sees of one event.

    Attributes:
        session_id: The event's session.
        state: This stage's own slot of the session state (JSON-serializable; it is checkpointed).
        signals: Facts for the decision; stages add to it for tool calls.
        outcome: Set by the deciding stage (the policy stage).
        decision: The Decision, visible to the stages after the deciding one.
        resource_id: The Cedar resource (toolset or server) of the call.
        session_slots: Every stage's slot of the session, to read, not to change: for a stage that
            persists the whole session with its own write (the audit recorder).
        principal_id: The principal the session acts for.
        principal_state: This stage's own slot of the principal's state, shared by all the principal's
            sessions and checkpointed like a session's (None when the firewall keeps no principal state).
        principal_slots: Every stage's slot of the principal, to read, not to change.
        is_restored: The session's and principal's state were read from the store (or are
            current): only then may a stage persist them (False after a failed restore).
        is_saved: Set by a stage that has durably persisted the session and principal state as
            they stand (the audit recorder); the firewall then does not write them again.
        is_failing_open: The firewall lets a call run when something fails past the decision (a stage
            that records the decision records what the firewall will return).
    """

    session_id: str
    state: dict[str, Any]
    signals: dict[str, SignalValue]
    resource_id: str
    outcome: Outcome | None = None
    decision: Decision | None = None
    session_slots: dict[str, dict[str, Any]] | None = field(default=None, repr=False)
    principal_id: str = ""
    principal_state: dict[str, Any] | None = field(default=None, repr=False)
    principal_slots: dict[str, dict[str, Any]] | None = field(default=None, repr=False)
    is_restored: bool = True
    is_saved: bool = False
    is_failing_open: bool = False


@runtime_checkable
class Stage(Protocol):
    """One step of the pipeline: it observes every event and, for a tool call, adds facts or decides."""

    name: str

    async def process(self, event: AnyEvent, ctx: StageContext) -> None:
        """Observe an event; for a tool call, add to `ctx.signals` or set `ctx.outcome`."""
        ...


class CheckpointStore(Protocol):
    """Where session state survives a restart."""

    async def load_session(self, session_id: str) -> dict[str, dict[str, Any]] | None:
        """The session's slots as last saved, or None if the session is new."""
        ...

    async def save_session(self, session_id: str, slots: dict[str, dict[str, Any]]) -> None:
        """Persist the session's slots."""
        ...


@runtime_checkable
class PrincipalCheckpointStore(Protocol):
    """A checkpoint store that also keeps each principal's state (shared by all its sessions)."""

    async def load_principal(self, principal_id: str) -> dict[str, dict[str, Any]] | None:
        """The principal's slots as last saved, or None if new."""
        ...

    async def save_principal(self, principal_id: str, slots: dict[str, dict[str, Any]]) -> None:
        """Persist the principal's slots."""
        ...


class CheckpointLease(Protocol):
    """A session held by one process across every process sharing the store.

    Attributes:
        version: The version of the session's stored checkpoint (0: none); once a checkpoint written
            under the lease has committed, that checkpoint's version.
        slots: The stored state, when it is not the version the holder said it had (else None).
    """

    version: int
    slots: dict[str, dict[str, Any]] | None


@runtime_checkable
class SharedCheckpointStore(CheckpointStore, Protocol):
    """A checkpoint store that many processes share, each session's events passing between them.

    The firewall leases a session for each of its events: no other process handles the session
    meanwhile, and a stale in-memory copy is replaced by the stored state. Its `save_session` returns
    only once the state is durable, before the lease ends.
    """

    def lease(self, session_id: str, known_version: int) -> AbstractAsyncContextManager[CheckpointLease]:
        """Hold the session against every other process until the context exits.

        Args:
            session_id: The session.
            known_version: The checkpoint version the caller's in-memory state corresponds to (-1: none).
        """
        ...


@runtime_checkable
class SharedPrincipalStore(SharedCheckpointStore, PrincipalCheckpointStore, Protocol):
    """A shared store that also leases principals: a principal's events, from any of its sessions and
    on any process, change its state one holder at a time.
    """

    def lease_principal(self, principal_id: str, known_version: int) -> AbstractAsyncContextManager[CheckpointLease]:
        """Hold the principal's state against every other process until the context exits.

        Args:
            principal_id: The principal.
            known_version: The checkpoint version the caller's in-memory state corresponds to (-1: none).
        """
        ...
