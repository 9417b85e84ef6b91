"""Conduct over time: call rates, boundary probing, and quarantine (a circuit breaker).

Two stages share one `Conduct`:

    rates       before the policies: `calls_per_minute` (calls of this call's tool category, that is
                of the same action groups, in this session within the last minute),
                `principal_calls_per_minute` (across the principal's sessions), `near_misses` and
                `principal_near_misses` (calls whose `risk` came within the near-miss band below the
                ask threshold, within the window), `quarantined` and `quarantine_reason`
    quarantine  after the decision: records the call, a near miss, a refusal; a session or principal
                that keeps being refused or keeps probing is quarantined

Calls, near misses and refusals are counted by the second (`[second, category, count]` and
`[second, count]`), so that a slot stays small however busy a principal is: a principal's slot is
checkpointed with each of its events. A count over a window takes in every second that overlaps
it, so it may include calls up to a second older than the window (never fewer than it holds).

A quarantine lasts until a person releases it (`bastion quarantine release`), which the store
records; the quarantine itself is in the session's or principal's checkpoint, so it survives a
restart, and in the audit log. Without a store a quarantine lasts as long as the process.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any, Literal, Protocol, runtime_checkable

from bastion.catalog import Catalog, action_groups
from bastion.config import ConductConfig
from bastion.events import Message, ToolCall, ToolResult, Verdict
from bastion.stage import StageContext

__all__ = ["Conduct", "QuarantineStage", "QuarantineStore", "RateStage", "SubjectKind", "conduct_stages"]

SubjectKind = Literal["session", "principal"]
_MINUTE = 60.0


@runtime_checkable
class QuarantineStore(Protocol):
    """Where quarantines are recorded and released (the audit store)."""

    async def add_quarantine(self, kind: SubjectKind, subject: str, reason: str, since: float) -> None:
        """Record that a session or principal was quarantined (and append it to the audit log)."""
        ...

    async def quarantine_released(self, kind: SubjectKind, subject: str, since: float) -> bool:
        """True if a person released the quarantine that began at `since`."""
        ...


class Conduct:
    """The settings, clock and store the two conduct stages share.

    Args:
        catalog: The tools (a call's category is its first action group).
        config: Windows and limits.
        clock: Seconds since the epoch (injectable for tests).
    """

    def __init__(
        self, catalog: Catalog, config: ConductConfig | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        self.catalog = catalog
        self.config = config or ConductConfig()
        self.clock = clock
        self.quarantines: QuarantineStore | None = None

    def tool_category(self, tool_name: str) -> str:
        """The call's category: the tool's action groups joined (`SideEffecting+OpenWorld`; `Unannotated`)."""
        tool = self.catalog.get(tool_name)
        return "+".join(action_groups(tool)) if tool is not None else "Unannotated"

    def is_near_miss(self, signals: dict[str, Any]) -> bool:
        """True if the call's risk lies in the near-miss band (close to the ask threshold, below it)."""
        risk = signals.get("risk")
        return isinstance(risk, int) and self.config.near_miss_floor <= risk < self.config.near_miss_ceiling

    async def is_released(self, kind: SubjectKind, subject: str, slot: dict[str, Any]) -> bool:
        """True if the subject's slot holds a quarantine a person has since released."""
        held = slot.get("quarantined")
        if not held or self.quarantines is None:
            return False
        return await self.quarantines.quarantine_released(kind, subject, float(held["since"]))


def _recent(entries: list[Any], since: float) -> list[Any]:
    # An entry's second overlaps the window if it ends after `since` (a checkpoint written before
    # counting by the second holds exact times, one per call: they are read the same way).
    return [e for e in entries if (e[0] if isinstance(e, list) else e) + 1 > since]


def _count(entries: list[Any], *, at: int) -> int:
    """How many events the entries count (`at`: the index of an entry's count; older entries count one)."""
    return sum(int(e[at]) if isinstance(e, list) and len(e) > at else 1 for e in entries)


def _counted(entries: list[Any], second: int, key: list[Any]) -> list[Any]:
    """The entries with one more event at `second` under `key` (a category, or nothing)."""
    for index in range(len(entries) - 1, -1, -1):
        entry = entries[index]
        if not isinstance(entry, list) or entry[0] != second:
            break
        if entry[1:-1] == key and len(entry) == len(key) + 2:
            entries[index] = [second, *key, int(entry[-1]) + 1]
            return entries
    entries.append([second, *key, 1])
    return entries


class RateStage:
    """Add rate, near-miss and quarantine signals to each tool call (reads the quarantine stage's slots).

    Args:
        conduct: The shared settings and store.
    """

    name = "rates"

    def __init__(self, conduct: Conduct) -> None:
        self.conduct = conduct

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """For a tool call, add `calls_per_minute`, `near_misses`, `quarantined` and their principal forms."""
        if not isinstance(event, ToolCall):
            return
        conduct = self.conduct
        now = conduct.clock()
        category = conduct.tool_category(event.tool_name)
        session = (ctx.session_slots or {}).get(QuarantineStage.name, {})
        principal = (ctx.principal_slots or {}).get(QuarantineStage.name, {})
        minute = now - _MINUTE
        ctx.signals["calls_per_minute"] = 1 + _count(
            [e for e in _recent(session.get("calls", []), minute) if e[1] == category], at=2
        )
        ctx.signals["principal_calls_per_minute"] = 1 + _count(
            [e for e in _recent(principal.get("calls", []), minute) if e[1] == category], at=2
        )
        if "risk" in ctx.signals:
            this = 1 if conduct.is_near_miss(ctx.signals) else 0
            config = conduct.config
            ctx.signals["near_misses"] = this + _count(
                _recent(session.get("near", []), now - config.session_window), at=1
            )
            ctx.signals["principal_near_misses"] = this + _count(
                _recent(principal.get("near", []), now - config.principal_window), at=1
            )
        reasons = []
        for kind, subject, slot in (("session", ctx.session_id, session), ("principal", ctx.principal_id, principal)):
            held = slot.get("quarantined")
            if held and not await conduct.is_released(kind, subject, slot):  # type: ignore[arg-type]
                reasons.append(f"{kind} {subject!r} quarantined: {held['reason']}")
        ctx.signals["quarantined"] = bool(reasons)
        if reasons:
            ctx.signals["quarantine_reason"] = "; ".join(reasons)


class QuarantineStage:
    """After each decision, count calls, near misses and refusals; quarantine what keeps probing.

    Args:
        conduct: The shared settings and store.
    """

    name = "quarantine"

    def __init__(self, conduct: Conduct) -> None:
        self.conduct = conduct

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Record a decided call into the session's and the principal's slots; quarantine past the limits."""
        if not isinstance(event, ToolCall) or ctx.decision is None:
            return
        conduct = self.conduct
        config = conduct.config
        now = conduct.clock()
        category = conduct.tool_category(event.tool_name)
        is_near = conduct.is_near_miss(ctx.signals)
        # A call refused only because of the quarantine is not new evidence against the subject.
        is_refused = ctx.decision.verdict is not Verdict.ALLOW and not ctx.signals.get("quarantined")
        subjects: list[tuple[SubjectKind, str, dict[str, Any], float, int, int]] = [
            (
                "session",
                ctx.session_id,
                ctx.state,
                config.session_window,
                config.quarantine_refusals,
                config.quarantine_near_misses,
            )
        ]
        if ctx.principal_state is not None:
            subjects.append(
                (
                    "principal",
                    ctx.principal_id,
                    ctx.principal_state,
                    config.principal_window,
                    config.principal_quarantine_refusals,
                    config.principal_quarantine_near_misses,
                )
            )
        for kind, subject, slot, window, max_refusals, max_near in subjects:
            if slot.get("quarantined") and await conduct.is_released(kind, subject, slot):
                # Released by a person: the count starts afresh.
                for key in ("quarantined", "near", "refusals"):
                    slot.pop(key, None)
            second = math.floor(now)
            slot["calls"] = _counted(_recent(slot.get("calls", []), now - _MINUTE), second, [category])
            slot["near"] = _recent(slot.get("near", []), now - window)
            if is_near:
                _counted(slot["near"], second, [])
            slot["refusals"] = _recent(slot.get("refusals", []), now - window)
            if is_refused:
                _counted(slot["refusals"], second, [])
            if slot.get("quarantined"):
                continue
            reason = ""
            refusals = _count(slot["refusals"], at=1)
            near = _count(slot["near"], at=1)
            if max_refusals and refusals >= max_refusals:
                reason = f"{refusals} refused calls within {window:.0f} s"
            elif max_near and near >= max_near:
                reason = f"{near} calls came close to the risk threshold within {window:.0f} s"
            if reason:
                slot["quarantined"] = {"since": round(now, 3), "reason": reason}
                if conduct.quarantines is not None:
                    await conduct.quarantines.add_quarantine(kind, subject, reason, round(now, 3))


def conduct_stages(
    catalog: Catalog, config: ConductConfig | None = None, clock: Callable[[], float] = time.time
) -> tuple[RateStage, QuarantineStage]:
    """The two conduct stages, sharing one `Conduct`.

    Args:
        catalog: The tools.
        config: Windows and limits.
        clock: Seconds since the epoch.

    Returns:
        The rate stage (before the policies) and the quarantine stage (after the decision).
    """
    conduct = Conduct(catalog, config, clock)
    return RateStage(conduct), QuarantineStage(conduct)
