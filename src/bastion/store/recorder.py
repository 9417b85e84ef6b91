"""The recorder: the stage after the decision that writes every event and decision to the audit log.

For a tool call it records the call's arguments, the signals the stages produced, the deciding
policies and the policy set's version, the verdict and the latency, and returns only once the record
is durable. A record that cannot be written raises: the firewall then withdraws an allow (the
default, `audit_on_failure = "deny"`), or with `"allow"` lets the decision stand, says so in the
Decision's errors and raises an alarm. Lost records are counted and written as a `gap` record as
soon as the store accepts writes again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol

from bastion.errors import StoreError, StoreStateError
from bastion.events import Decision, Message, ToolCall, ToolResult, state_not_saved
from bastion.stage import StageContext
from bastion.store.redact import Privacy, Redactor

if TYPE_CHECKING:
    from bastion.policy.engine import PolicyEngine
    from bastion.store.records import Receipt

__all__ = ["AuditLog", "AuditRecorder", "describe_policy_set"]

logger = logging.getLogger("bastion.audit")

OnFailure = Literal["deny", "allow"]


class AuditLog(Protocol):
    """Where the recorder appends (SqliteStore and PostgresStore implement it)."""

    async def append_many(
        self,
        bodies: Sequence[dict[str, Any]],
        *,
        checkpoint: tuple[str, dict[str, dict[str, Any]]] | None = None,
        principal: tuple[str, dict[str, dict[str, Any]]] | None = None,
    ) -> list[Receipt]:
        """Append records in order, durably, in one transaction (with a session's and a principal's
        checkpoint, if given)."""
        ...

    async def hash_key(self) -> bytes:
        """The key for keyed hashes of logged values."""
        ...

    async def open(self) -> None:
        """Open the log (errors surface here rather than at the first record)."""
        ...

    async def aclose(self) -> None:
        """Write what is pending and close."""
        ...


def describe_policy_set(engine: PolicyEngine, resource_id: str) -> dict[str, Any]:
    """What the log keeps of the policy set in force: its version, policies, stub and tool catalog.

    `bastion audit replay` re-decides recorded calls against the catalog recorded here.

    Args:
        engine: The compiled policies.
        resource_id: The default Cedar resource.

    Returns:
        A JSON-ready description.
    """
    source = engine.source
    return {
        "version": engine.version,
        "resource_id": resource_id,
        "principal": {
            "id": engine.principal.principal_id,
            "groups": list(engine.principal.groups),
            "attributes": dict(engine.principal.attributes),
        },
        "policies": [
            {"id": p.policy_id, "effect": p.effect, "file": p.file, "line": p.line, "text": p.text}
            for p in source.policies
        ],
        "stub": source.stub_text,
        "tools": engine.catalog.to_mcp(),
    }


def _scrub_signal(redactor: Redactor, value: Any) -> Any:
    # Signals are the firewall's own findings (flags, scores, argument names), kept in every privacy
    # mode because a re-decision needs them; only secrets are cut out of them.
    if isinstance(value, str):
        return redactor.free_text(value)
    if isinstance(value, list):
        return [redactor.free_text(v) if isinstance(v, str) else v for v in value]
    return value


class AuditRecorder:
    """Record every event, and every decision with its inputs, to the audit log.

    Args:
        log: The store.
        policy_version: The policy set's version (`PolicyEngine.version`), stamped on every decision.
        policy_set: The policy set's description, recorded once per recorder (see `describe_policy_set`).
        privacy: `raw`, `redacted` or `hashed` (secrets are never written raw in any mode).
        on_failure: `deny` withdraws an allow that could not be recorded; `allow` keeps it, marks the
            Decision and raises an alarm.
        alarm: Called with a message when a record is lost (default: a critical log line).
        is_owning_log: `aclose` closes the store (False when it is shared and its owner closes it).
    """

    name = "audit"

    def __init__(
        self,
        log: AuditLog,
        *,
        policy_version: str,
        policy_set: dict[str, Any] | None = None,
        privacy: Privacy = "raw",
        on_failure: OnFailure = "deny",
        alarm: Callable[[str], None] | None = None,
        is_owning_log: bool = True,
    ) -> None:
        self.log = log
        self.is_owning_log = is_owning_log
        self.policy_version = policy_version
        self.policy_set = policy_set
        self.privacy: Privacy = privacy
        # Read by the firewall: a failure of this stage does not withdraw the decision.
        self.allow_fail_open = on_failure == "allow"
        self.alarm = alarm or (lambda message: logger.critical("ALARM: %s", message))
        self.alarms = 0
        # Set when the log is also the firewall's checkpoint store: each record then carries its
        # session's checkpoint into the same transaction.
        self.is_checkpointing = False
        self._redactor: Redactor | None = None
        self._is_announced = False
        self._lost = 0

    async def _get_redactor(self) -> Redactor:
        if self._redactor is None:
            key = await self.log.hash_key() if self.privacy == "hashed" else None
            self._redactor = Redactor(self.privacy, key)
        return self._redactor

    def _body(
        self,
        event: Message | ToolCall | ToolResult,
        ctx: StageContext,
        redactor: Redactor,
        decision: Decision | None = None,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"ts": time.time(), "session": event.session, "type": event.type}
        if isinstance(event, ToolCall):
            body["event"] = {
                "session": event.session,
                "type": event.type,
                "id": event.call_id,
                "tool": event.tool_name,
                "arguments": redactor.value(event.arguments),
            }
            decision = decision or ctx.decision
            if decision is not None:
                record = decision.to_record()
                record["reasons"] = [redactor.free_text(r) for r in decision.reasons]
                record["errors"] = [redactor.free_text(e) for e in decision.errors]
                record["signals"] = {k: _scrub_signal(redactor, v) for k, v in decision.signals.items()}
                body["decision"] = record
            else:
                body["decision"] = None
            body["policy_version"] = self.policy_version
            body["resource_id"] = ctx.resource_id
        elif isinstance(event, ToolResult):
            body["event"] = {
                "session": event.session,
                "type": event.type,
                "id": event.call_id,
                "content": redactor.text(event.content),
                "is_error": event.is_error,
            }
        else:
            body["event"] = {
                "session": event.session,
                "type": event.type,
                "role": event.role,
                "content": redactor.text(event.content),
            }
        body["privacy"] = self.privacy
        return body

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Write the event (and for a tool call, its decision); return once it is durable.

        Raises:
            StoreError: The record could not be written.
        """
        redactor = await self._get_redactor()
        bodies: list[dict[str, Any]] = []
        now = time.time()
        announcing = not self._is_announced and self.policy_set is not None
        if announcing:
            self._is_announced = True
            bodies.append(
                {
                    "ts": now,
                    "session": "",
                    "type": "policy_set",
                    "policy_version": self.policy_version,
                    "policy_set": self.policy_set,
                }
            )
        lost, self._lost = self._lost, 0
        if lost:
            bodies.append({"ts": now, "session": "", "type": "gap", "lost": lost})
        bodies.append(self._body(event, ctx, redactor))
        checkpoint = principal = None
        # State that could not be restored is never written over what the store holds.
        if self.is_checkpointing and ctx.is_restored and ctx.session_slots is not None:
            checkpoint = (event.session, ctx.session_slots)
            if ctx.principal_slots is not None:
                principal = (ctx.principal_id, ctx.principal_slots)
        try:
            try:
                await self.log.append_many(bodies, checkpoint=checkpoint, principal=principal)
            except StoreStateError as exc:
                # Nothing was written. The firewall's own save of this state fails the same way and
                # withdraws the decision for it, so the record carries the decision as withdrawn:
                # the log says what the caller was told, never an allow the caller did not get.
                logger.debug("state of session %r cannot be saved; recording the withdrawn decision", event.session)
                if isinstance(event, ToolCall) and ctx.decision is not None:
                    withdrawn = ctx.decision.withdrawn(state_not_saved(exc), is_failing_open=ctx.is_failing_open)
                    bodies[-1] = self._body(event, ctx, redactor, withdrawn)
                await self.log.append_many(bodies)
            else:
                # Both checkpoints went with the record: the firewall need not write them again.
                ctx.is_saved = checkpoint is not None and principal is not None
        except Exception as exc:
            if announcing:
                self._is_announced = False
            self._lost += lost + 1
            self.alarms += 1
            what = f"tool call {ctx.decision.call_id!r}" if ctx.decision is not None else f"{event.type} event"
            self.alarm(
                f"audit record of {what} in session {event.session!r} not written "
                f"({self._lost} lost so far): {type(exc).__name__}: {exc}"
            )
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"audit record not written: {type(exc).__name__}: {exc}") from exc

    async def open(self) -> None:
        """Open the store now, so that a missing or damaged one is reported before any call."""
        await self.log.open()

    async def aclose(self) -> None:
        """Close the store, if it is this recorder's own (a shared one is closed by its owner)."""
        if self.is_owning_log:
            await self.log.aclose()
