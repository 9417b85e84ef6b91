"""What `bastion serve` does, without HTTP: decide for a caller, put asks before people, read the log.

    POST /v1/decide   -> DecisionService.decide(caller, call, wait)  -> the firewall of the caller's principal
                          an `ask` -> the approval queue (follow a live answer, or wait for one)
    POST /v1/observe  -> DecisionService.observe(caller, event)
    the console       -> approvals, the audit log, session timelines, the chain's verification

One Firewall per principal a token speaks for, each built by the service's `FirewallFactory` with
that principal. The factory opens the audit store once: every firewall records and checkpoints in
that one store, the approval queue appends its answers to it and the console reads it, so the
process has one writer and one chain (and, on PostgreSQL, one connection pool).
"""

from __future__ import annotations

import inspect
import logging
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bastion.approvals import Approval, ApprovalQueue
from bastion.catalog import Catalog
from bastion.config import Config, PrincipalConfig
from bastion.errors import BastionError, ConfigError, StoreError
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict
from bastion.firewall import Firewall, FirewallFactory
from bastion.serve.auth import Caller, TokenTable
from bastion.serve.metrics import Metrics
from bastion.store import PostgresStore, RecordFilter, SqliteStore, StoredRecord, VerifyReport

__all__ = ["AuditQuery", "DecisionService", "Reply", "SessionForbidden"]

logger = logging.getLogger("bastion.serve")


class SessionForbidden(BastionError):
    """A caller used or read a session that belongs to another principal."""


@dataclass(frozen=True)
class Reply:
    """A decision as the API returns it: the firewall's Decision, settled by a person's answer if any.

    Attributes:
        decision: The Decision (an `ask` that a person answered carries their verdict and words).
        approval: The approval an `ask` went to, if any.
    """

    decision: Decision
    approval: Approval | None = None

    def to_record(self) -> dict[str, Any]:
        """The Decision's JSON (as `bastion replay` prints it), with `approval_id` when there is one."""
        record = self.decision.to_record()
        if self.approval is not None:
            record["approval_id"] = self.approval.approval_id
            record["approval_state"] = self.approval.state()
        return record


@dataclass(frozen=True)
class AuditQuery:
    """Which records of the audit log to show; every field narrows, None means any.

    Attributes:
        session: Only this session.
        tool: Only calls of this tool.
        verdict: Only calls with this verdict.
        policy_id: Only calls this policy decided.
        since: Recorded at or after (epoch seconds).
        until: Recorded before (epoch seconds).
        limit: The newest this many.
    """

    session: str | None = None
    tool: str | None = None
    verdict: str | None = None
    policy_id: str | None = None
    since: float | None = None
    until: float | None = None
    limit: int = 200


def _answered(decision: Decision, approval: Approval) -> Decision:
    """The Decision a person's answer makes of an `ask`."""
    if approval.state() == "approved":
        verdict = Verdict.ALLOW
        why = f"approved by {approval.answered_by} (approval {approval.approval_id})"
    else:
        verdict = Verdict.DENY
        why = f"denied by {approval.answered_by} (approval {approval.approval_id})"
    if approval.note:
        why += f": {approval.note}"
    return decision.model_copy(update={"verdict": verdict, "reasons": [*decision.reasons, why]})


class DecisionService:
    """Decide calls for authenticated callers and keep the approval queue.

    Args:
        config: The settings (policies, tools, audit store, approvals, principal).
        tokens: The accepted tokens; a firewall is built for each principal they name.
        catalog: The tools (default: the configuration's `tools` file).
        metrics: Where counts and latencies go.

    Raises:
        ConfigError: No audit store is configured (the queue and the console live in it).
        PolicyError: The policies do not load for some principal.
    """

    def __init__(
        self, config: Config, tokens: TokenTable, *, catalog: Catalog | None = None, metrics: Metrics | None = None
    ) -> None:
        if config.audit is None:
            raise ConfigError(
                "bastion serve needs an audit store (--audit FILE or `audit` in the configuration): "
                "the approval queue and the console live in it"
            )
        self.config = config
        self.tokens = tokens
        self.metrics = metrics or Metrics()
        self.catalog = catalog if catalog is not None else Catalog.from_file(config.tools) if config.tools else None
        self.factory = FirewallFactory(config)
        assert self.factory.store is not None
        # The one store of the process: the firewalls', the queue's and the console's.
        self.log: SqliteStore | PostgresStore = self.factory.store
        self.firewalls: dict[str, Firewall] = {}
        principals = [config.principal, *tokens.principals()]
        for principal in principals:
            if principal.id not in self.firewalls:
                self.firewalls[principal.id] = self._build(principal)
        self.queue = ApprovalQueue.from_config(config, log=self.log)
        self._owners: dict[str, str] = {}
        self._verified: tuple[int, float, VerifyReport] | None = None

    def _build(self, principal: PrincipalConfig) -> Firewall:
        return self.factory.build(self.catalog if self.catalog is not None else Catalog([]), principal)

    async def start(self) -> None:
        """Open every firewall, the queue and the log, and warm the models so no decision pays for them.

        Raises:
            StoreError: The audit store cannot be opened.
        """
        await self.log.open()
        await self.queue.open()
        for firewall in self.firewalls.values():
            await firewall.open()
        started = time.perf_counter()
        warmed = False
        for firewall in self.firewalls.values():
            for stage in firewall.stages:
                warm = getattr(stage, "warm", None)
                if warm is not None and inspect.iscoroutinefunction(warm):
                    await warm()
                    warmed = True
        self.metrics.model_warmed(time.perf_counter() - started if warmed else 0.0, is_needed=warmed)

    async def stop(self) -> None:
        """Close the firewalls and the queue, then the store they share (once)."""
        try:
            for firewall in self.firewalls.values():
                await firewall.aclose()
            await self.queue.aclose()
        finally:
            await self.factory.aclose()

    def _claim(self, caller: Caller, session: str) -> None:
        owner = self._owners.setdefault(session, caller.principal_id)
        if owner != caller.principal_id:
            raise SessionForbidden(f"session {session!r} belongs to another principal; use a session id of your own")

    def _firewall(self, caller: Caller) -> Firewall:
        return self.firewalls[caller.principal_id]

    async def decide(self, caller: Caller, call: ToolCall, *, wait: float = 0.0) -> Reply:
        """Decide a call for the caller's principal; an `ask` goes to the approval queue.

        Args:
            caller: Who asks (their token's principal decides).
            call: The tool call.
            wait: Seconds to wait for a person's answer to an `ask` (at most the configured wait).

        Returns:
            The reply: an answered `ask` carries the person's verdict; an unanswered one its approval id.

        Raises:
            SessionForbidden: The session belongs to another principal.
        """
        self._claim(caller, call.session)
        firewall = self._firewall(caller)
        decision = await firewall.decide(call)
        self.metrics.decided(decision)
        if decision.verdict is not Verdict.ASK or not decision.is_enforced:
            return Reply(decision)
        try:
            approval = await self.queue.submit(call, decision, principal_id=caller.principal_id)
            if approval.state() == "pending" and wait > 0:
                approval = await self.queue.wait(approval.approval_id, wait)
        except StoreError:
            # No queue, no approval: the ask stands (the call does not run).
            self.metrics.store_failed()
            logger.exception("the approval queue failed on call %r", call.call_id)
            raise
        if approval.state() not in ("approved", "denied"):
            return Reply(decision, approval)
        settled = _answered(decision, approval)
        # The answer belongs in the session's record next to the `ask`, as the adapters record it.
        outcome = "was approved by a person" if settled.verdict is Verdict.ALLOW else "was denied by a person"
        await firewall.observe(
            Message(
                session=call.session,
                role="system",
                content=f"bastion: call {call.call_id} to {call.tool_name!r} {outcome} "
                f"({approval.answered_by}, approval {approval.approval_id})",
            )
        )
        return Reply(settled, approval)

    async def observe(self, caller: Caller, event: Message | ToolResult) -> None:
        """Let the caller's firewall see a message or tool result.

        Raises:
            SessionForbidden: The session belongs to another principal.
        """
        self._claim(caller, event.session)
        await self._firewall(caller).observe(event)

    def may_read(self, caller: Caller, session: str) -> bool:
        """True when the caller may read a session: an approver reads all, an agent its own."""
        return caller.may("approver") or self._owners.get(session) == caller.principal_id

    async def session(self, session: str) -> dict[str, Any]:
        """A session's decisions and current signals, from the audit log.

        Returns:
            `session`, `principal`, `decisions` (oldest first), `signals` (the latest decision's)
            and `approvals` (those of this session, newest first).
        """
        decisions = [
            record.body["decision"]
            async for record in self.log.records(RecordFilter(session=session, types=("tool_call",)))
            if isinstance(record.body.get("decision"), dict)
        ]
        approvals = [a.to_record() for a in await self.queue.recent(limit=1000) if a.session == session]
        return {
            "session": session,
            "principal": self._owners.get(session),
            "decisions": decisions,
            "signals": decisions[-1].get("signals", {}) if decisions else {},
            "approvals": approvals,
        }

    async def timeline(self, session: str) -> list[StoredRecord]:
        """Every record of a session, oldest first."""
        return [record async for record in self.log.records(RecordFilter(session=session))]

    async def audit(self, query: AuditQuery) -> list[StoredRecord]:
        """The newest records matching a query, newest first.

        Only tool calls are shown when a tool, verdict or policy is asked for; otherwise every event.
        """
        is_calls_only = query.tool is not None or query.verdict is not None or query.policy_id is not None
        where = RecordFilter(
            session=query.session,
            tool=query.tool,
            verdict=query.verdict,
            types=("tool_call",) if is_calls_only else None,
            since=query.since,
            until=query.until,
        )
        kept: deque[StoredRecord] = deque(maxlen=query.limit)
        async for record in self.log.records(where):
            if query.policy_id is not None:
                decision = record.body.get("decision") or {}
                if query.policy_id not in (decision.get("policy_ids") or []):
                    continue
            kept.append(record)
        return list(reversed(kept))

    async def verify(self) -> VerifyReport:
        """Walk the audit log's chain; a walk less than 10 s old is reused while no record was added."""
        count = await self.log.count()
        now = time.monotonic()
        if self._verified is not None and self._verified[0] == count and now - self._verified[1] < 10:
            return self._verified[2]
        report = await self.log.verify()
        self._verified = (count, now, report)
        return report

    async def answer(self, caller: Caller, approval_id: str, *, is_approved: bool, note: str) -> Approval:
        """Answer an approval as the caller.

        Raises:
            ApprovalError: Unknown, already answered, or expired.
        """
        approval = await self.queue.answer(
            approval_id, is_approved=is_approved, note=note, answered_by=caller.principal_id
        )
        self.metrics.answered(approval)
        return approval

    def principal_ids(self) -> Sequence[str]:
        """The principals this server decides for."""
        return list(self.firewalls)
