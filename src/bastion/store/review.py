"""Reading the decision log for people: safety indicators over a window, and re-deciding recorded calls.

`compute_stats` counts decisions per verdict, policy and tool, the latency the firewall added, and
the share of calls with a complete record. `redecide` puts every recorded call, with the signals the
firewall saw at the time, before another policy set, and reports what would change.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bastion.catalog import Catalog, ToolDescription
from bastion.errors import CatalogError
from bastion.events import Outcome, ToolCall, Verdict
from bastion.store.records import AuditStore, RecordFilter, StoredRecord

__all__ = ["AuditStats", "Redecision", "compute_stats", "is_complete", "percentile", "redecide"]

# Signals the policy stage itself adds; a re-decision recomputes them against the new catalog.
_POLICY_STAGE_SIGNALS = ("undeclared_arguments", "opaque_arguments")
_POLICY_STAGE_FLAGS = ("undeclared_argument",)


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (nearest rank) of values, or None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]


def is_complete(record: StoredRecord) -> bool:
    """Whether a tool call's record holds everything an audit needs.

    Complete: the call's arguments (in the configured privacy form), a decision with its verdict
    and latency, the policy set's version, and no stage failure (so every signal was measured).
    """
    decision = record.body.get("decision")
    event = record.body.get("event") or {}
    return (
        isinstance(decision, dict)
        and decision.get("verdict") in {v.value for v in Verdict}
        and isinstance(decision.get("latency_us"), int | float)
        and not decision.get("errors")
        and bool(record.policy_version)
        and isinstance(event.get("arguments"), dict)
    )


@dataclass
class AuditStats:
    """The safety indicators over a time window.

    Attributes:
        since: The window's start (epoch seconds), or None for the beginning.
        until: The window's end, or None for now.
        records: Records in the window, of every type.
        events: Records per event type (message, tool_call, tool_result).
        decisions: Tool calls decided.
        by_verdict: Decisions per verdict.
        by_policy: Decisions per deciding policy, per verdict.
        by_tool: Decisions per tool, per verdict.
        latency_us: p50, p95, p99 and max of the latency the firewall added to a decision.
        waited: Decisions that first waited for a model to load (at start-up), and the longest wait
            (`max_wait_us`); that wait is never part of `latency_us`.
        complete: Decisions with a complete record (see `is_complete`).
        lost: Decisions and events the firewall could not record (from `gap` records).
        fail_open: Decisions let through while failing open.
        shadow: Decisions made in shadow mode (not enforced).
    """

    since: float | None
    until: float | None
    records: int = 0
    events: dict[str, int] = field(default_factory=dict)
    decisions: int = 0
    by_verdict: dict[str, int] = field(default_factory=dict)
    by_policy: dict[str, dict[str, int]] = field(default_factory=dict)
    by_tool: dict[str, dict[str, int]] = field(default_factory=dict)
    latency_us: dict[str, float | None] = field(default_factory=dict)
    waited: int = 0
    max_wait_us: float | None = None
    complete: int = 0
    lost: int = 0
    fail_open: int = 0
    shadow: int = 0

    @property
    def complete_share(self) -> float | None:
        """Complete records over every call the firewall saw (recorded or lost); None if none."""
        total = self.decisions + self.lost
        return self.complete / total if total else None

    def to_json(self) -> dict[str, Any]:
        """The indicators as a JSON-ready dict."""
        return {
            "since": self.since,
            "until": self.until,
            "records": self.records,
            "events": self.events,
            "decisions": self.decisions,
            "by_verdict": self.by_verdict,
            "by_policy": self.by_policy,
            "by_tool": self.by_tool,
            "latency_us": self.latency_us,
            "waited": self.waited,
            "max_wait_us": self.max_wait_us,
            "complete": self.complete,
            "lost": self.lost,
            "complete_share": self.complete_share,
            "fail_open": self.fail_open,
            "shadow": self.shadow,
        }


async def compute_stats(store: AuditStore, since: float | None = None, until: float | None = None) -> AuditStats:
    """The safety indicators of the records in a time window.

    Args:
        store: The audit store.
        since: Window start (epoch seconds), or None.
        until: Window end (epoch seconds), or None.

    Returns:
        The indicators.
    """
    stats = AuditStats(since, until)
    events: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    policies: dict[str, Counter[str]] = {}
    tools: dict[str, Counter[str]] = {}
    latencies: list[float] = []
    async for record in store.records(RecordFilter(since=since, until=until)):
        stats.records += 1
        if record.type == "gap":
            stats.lost += int(record.body.get("lost", 0))
            continue
        if record.type == "policy_set":
            continue
        events[record.type] += 1
        if record.type != "tool_call":
            continue
        stats.decisions += 1
        decision = record.body.get("decision") or {}
        verdict = str(decision.get("verdict", "unrecorded"))
        verdicts[verdict] += 1
        tools.setdefault(record.tool or "?", Counter())[verdict] += 1
        for policy_id in decision.get("policy_ids", []):
            policies.setdefault(str(policy_id), Counter())[verdict] += 1
        if isinstance(decision.get("latency_us"), int | float):
            latencies.append(float(decision["latency_us"]))
        wait = decision.get("wait_us")
        if isinstance(wait, int | float) and wait > 0:
            stats.waited += 1
            stats.max_wait_us = max(float(wait), stats.max_wait_us or 0.0)
        stats.complete += is_complete(record)
        stats.fail_open += bool(decision.get("is_fail_open"))
        stats.shadow += decision.get("is_enforced") is False
    stats.events = dict(sorted(events.items()))
    stats.by_verdict = dict(sorted(verdicts.items()))
    stats.by_policy = {k: dict(sorted(v.items())) for k, v in sorted(policies.items())}
    stats.by_tool = {k: dict(sorted(v.items())) for k, v in sorted(tools.items())}
    stats.latency_us = {
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "max": max(latencies) if latencies else None,
    }
    return stats


@dataclass(frozen=True)
class Redecision:
    """One recorded call, decided again under another policy set.

    Attributes:
        record: The recorded call.
        before: The recorded verdict.
        before_policies: The recorded deciding policies.
        after: The new outcome.
        notes: What may make the re-decision differ from a live one (redacted arguments, a stage
            that had failed, a catalog inferred because none was recorded).
    """

    record: StoredRecord
    before: Verdict
    before_policies: tuple[str, ...]
    after: Outcome
    notes: tuple[str, ...] = ()

    @property
    def is_changed(self) -> bool:
        """True when the verdict would differ."""
        return self.before is not self.after.verdict

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready view."""
        return {
            "seq": self.record.seq,
            "session": self.record.session,
            "id": self.record.call_id,
            "tool": self.record.tool,
            "before": self.before.value,
            "before_policies": list(self.before_policies),
            "after": self.after.verdict.value,
            "after_policies": list(self.after.policy_ids),
            "after_reasons": list(self.after.reasons),
            "changed": self.is_changed,
            "notes": list(self.notes),
        }


def _recorded_catalog(policy_set: dict[str, Any] | None) -> Catalog | None:
    if not policy_set or not isinstance(policy_set.get("tools"), list):
        return None
    try:
        return Catalog.from_list(policy_set["tools"], source="the recorded policy set")
    except CatalogError:
        return None


def _untyped_catalog(tool_name: str, arguments: dict[str, Any]) -> Catalog:
    return Catalog(
        [
            ToolDescription.model_validate(
                {"name": tool_name, "inputSchema": {"type": "object", "properties": {k: {} for k in arguments}}}
            )
        ]
    )


async def redecide(
    store: AuditStore,
    policies: str | Path,
    *,
    catalog: Catalog | None = None,
    principal_id: str | None = None,
    where: RecordFilter | None = None,
) -> AsyncIterator[Redecision]:
    """Decide every recorded tool call again under another policy set, with the signals recorded for it.

    Only the policies change: each call keeps the arguments and signals the firewall saw when it
    was decided, and the catalog recorded with its policy set (unless `catalog` is given).

    Args:
        store: The audit store.
        policies: The other policy directory.
        catalog: The tools to decide against (default: the catalog recorded with each call's policy set).
        principal_id: The Cedar principal (default: the recorded one).
        where: Which records (default: all).

    Returns:
        An async iterator of re-decisions, in log order.

    Raises:
        PolicyError: The policies do not load or do not match a catalog.
    """
    from bastion.policy.engine import PolicyEngine, Principal
    from bastion.policy.source import load_policy_dir
    from bastion.policy.stage import PolicyStage
    from bastion.stage import StageContext

    source = load_policy_dir(policies)
    policy_sets: dict[str, dict[str, Any]] = {}
    stages: dict[str, PolicyStage] = {}
    base = where or RecordFilter()
    types = ("tool_call", "policy_set")
    filtered = RecordFilter(
        session=base.session, verdict=None, tool=None, types=types, since=base.since, until=base.until
    )
    yielded = 0
    async for record in store.records(filtered):
        if record.type == "policy_set":
            if record.policy_version:
                policy_sets[record.policy_version] = record.body.get("policy_set") or {}
            continue
        if (base.tool and record.tool != base.tool) or (base.verdict and record.verdict != base.verdict):
            continue
        decision = record.body.get("decision")
        event = record.body.get("event") or {}
        if not isinstance(decision, dict) or "verdict" not in decision:
            continue
        notes: list[str] = []
        recorded_arguments = event.get("arguments")
        arguments: dict[str, Any] = recorded_arguments if isinstance(recorded_arguments, dict) else {}
        if record.body.get("privacy", "raw") != "raw":
            notes.append(f"arguments recorded {record.body['privacy']}, not raw")
        elif "[secret" in json.dumps(arguments):
            notes.append("some arguments were secrets and are recorded redacted")
        if decision.get("errors"):
            notes.append("a stage had failed when this call was decided; its signals may be incomplete")
        recorded = policy_sets.get(record.policy_version or "")
        tools = catalog or _recorded_catalog(recorded)
        key = "given" if catalog is not None else (record.policy_version or "")
        if tools is None or record.tool not in tools:
            tools = _untyped_catalog(str(record.tool), arguments)
            key = f"untyped:{record.tool}:{sorted(arguments)}"
            notes.append("no catalog recorded for this tool; its arguments are treated as untyped")
        recorded_principal = (recorded or {}).get("principal") or {}
        principal = Principal(
            principal_id or str(recorded_principal.get("id", "agent")),
            tuple(recorded_principal.get("groups", [])) if principal_id is None else (),
            tuple(sorted((recorded_principal.get("attributes") or {}).items())) if principal_id is None else (),
        )
        key = f"{key}|{principal}"
        stage = stages.get(key)
        if stage is None:
            stage = stages[key] = PolicyStage(PolicyEngine.compile(source, tools, principal))
        signals = {k: v for k, v in (decision.get("signals") or {}).items() if k not in _POLICY_STAGE_SIGNALS}
        if isinstance(signals.get("flags"), list):
            signals["flags"] = [f for f in signals["flags"] if f not in _POLICY_STAGE_FLAGS]
        call = ToolCall(session=record.session, id=record.call_id or "?", tool=record.tool or "?", arguments=arguments)
        ctx = StageContext(record.session, {}, signals, str(record.body.get("resource_id") or "tools"))
        await stage.process(call, ctx)
        assert ctx.outcome is not None
        yield Redecision(
            record,
            Verdict(decision["verdict"]),
            tuple(decision.get("policy_ids", [])),
            ctx.outcome,
            tuple(notes),
        )
        yielded += 1
        if base.limit is not None and yielded >= base.limit:
            return
