"""Conduct over time: call rates, boundary probing, and quarantine (a circuit breaker).

Two stages share one `Conduct`:

    rates       before the policies: `calls_per_minute` (calls of this call's tool category, that is
                of the same action groups, in this session within the last minute),
                `principal_calls_per_minute` (across the principal's sessions), `near_misses` and
                `principal_near_misses` (calls whose `risk` came within the near-miss band below the
                ask threshold, within the window), `quarantined` and `quarantine_reason`
    quarantine  after the decision: records the call, a near miss, a refusal; a session or principal
                that keeps being refused or keeps probing is quarantined

A quarantine lasts until a person releases it (`bastion quarantine release`), which the store
records; the quarantine itself is in the session's or principal's checkpoint, so it survives a
restart, and in the audit log. Without a store a quarantine lasts as long as the process.
"""

from __future__ import annotations

import time
from bisect import bisect_right
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


def _count_since(stamps: list[float], since: float) -> int:
    """How many of the time-ordered stamps are later than `since` (a binary search: a principal's
    window may hold thousands of calls)."""
    return len(stamps) - bisect_right(stamps, since)


def _keep_since(stamps: list[float], since: float) -> list[float]:
    """Drop, in place, the time-ordered stamps no later than `since`."""
    del stamps[: bisect_right(stamps, since)]
    return stamps


def _add(stamps: list[float], now: float) -> None:
    # A clock that steps back counts the call at the latest time already seen: the list stays ordered
    # and the call stays in the window at least as long.
    stamps.append(max(now, stamps[-1]) if stamps else now)


def _calls_by_category(slot: dict[str, Any]) -> dict[str, list[float]]:
    """The slot's call times by tool category, each list in time order.

    A checkpoint written before call times were kept by category holds one list of `[time, category]`
    pairs; it is read into the new form.
    """
    calls = slot.get("calls")
    if isinstance(calls, dict):
        return calls
    by_category: dict[str, list[float]] = {}
    for stamp, category in sorted(calls or [], key=lambda pair: float(pair[0])):
        by_category.setdefault(str(category), []).append(float(stamp))
    slot["calls"] = by_category
    # That form appended times as the clock gave them; from now on every list is kept in time order.
    for key in ("near", "refusals"):
        if key in slot:
            slot[key] = sorted(float(stamp) for stamp in slot[key])
    return by_category


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
        ctx.signals["calls_per_minute"] = 1 + _count_since(_calls_by_category(session).get(category, []), minute)
        ctx.signals["principal_calls_per_minute"] = 1 + _count_since(
            _calls_by_category(principal).get(category, []), minute
        )
        if "risk" in ctx.signals:
            this = 1 if conduct.is_near_miss(ctx.signals) else 0
            config = conduct.config
            ctx.signals["near_misses"] = this + _count_since(session.get("near", []), now - config.session_window)
            ctx.signals["principal_near_misses"] = this + _count_since(
                principal.get("near", []), now - config.principal_window
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
            stamp = round(now, 3)
            calls = _calls_by_category(slot)
            for group in list(calls):
                if not _keep_since(calls[group], now - _MINUTE):
                    del calls[group]
            _add(calls.setdefault(category, []), stamp)
            near = slot["near"] = _keep_since(slot.get("near", []), now - window)
            refusals = slot["refusals"] = _keep_since(slot.get("refusals", []), now - window)
            if is_near:
                _add(near, stamp)
            if is_refused:
                _add(refusals, stamp)
            if slot.get("quarantined"):
                continue
            reason = ""
            if max_refusals and len(slot["refusals"]) >= max_refusals:
                reason = f"{len(slot['refusals'])} refused calls within {window:.0f} s"
            elif max_near and len(slot["near"]) >= max_near:
                reason = f"{len(slot['near'])} calls came close to the risk threshold within {window:.0f} s"
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
