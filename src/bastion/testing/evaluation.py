"""Measure a policy pack on a labelled trace set: attacks stopped, benign work left alone.

Two label formats are read (JSON):

    session labels   {"<session>": "attack" | "benign", ...}
    call labels      {"<session>": {"<call id>": "injected" | "benign", ...}, ...}

With session labels every call of an attack session is an attack call. With call labels a session
is attacked when one of its calls is `injected`, and its `benign` calls are the user's own work
inside an attacked session. A call counts as stopped when its verdict is ask or deny.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bastion.errors import ConfigError
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict

__all__ = ["EvalReport", "Labels", "evaluate", "load_labels", "select_sessions"]

AnyEvent = Message | ToolCall | ToolResult
_SESSION_LABELS = frozenset({"attack", "benign"})
_CALL_LABELS = frozenset({"injected", "benign"})


@dataclass(frozen=True)
class Labels:
    """What is an attack in a trace set.

    Attributes:
        kind: `session` (one label per session) or `call` (one label per tool call).
        sessions: Session id -> `attack` or `benign` (kind `session`).
        calls: Session id -> call id -> `injected` or `benign` (kind `call`).
    """

    kind: Literal["session", "call", "benign"]
    sessions: dict[str, str] = field(default_factory=dict)
    calls: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def all_benign(cls) -> Labels:
        """Labels for a trace set in which every session is benign (no file needed)."""
        return cls("benign")

    def is_attack_call(self, session_id: str, call_id: str) -> bool:
        """Whether a call belongs to the attack.

        Raises:
            ConfigError: The labels do not cover this session or call.
        """
        if self.kind == "benign":
            return False
        if self.kind == "session":
            label = self.sessions.get(session_id)
            if label is None:
                raise ConfigError(f"labels: session {session_id!r} of the trace has no label")
            return label == "attack"
        per_call = self.calls.get(session_id)
        if per_call is None or call_id not in per_call:
            raise ConfigError(f"labels: call {call_id!r} of session {session_id!r} has no label")
        return per_call[call_id] == "injected"


def load_labels(path: str | Path) -> Labels:
    """Read a label file of either format.

    Args:
        path: The JSON file.

    Returns:
        The labels.

    Raises:
        ConfigError: The file is missing, not JSON, mixes the formats or holds an unknown label;
            the message names the session (and call) at fault.
    """
    file = Path(path)
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: no such label file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{file}: not a JSON label file: {exc}") from None
    if not isinstance(raw, dict) or not raw:
        raise ConfigError(f"{file}: expected a non-empty JSON object of session -> label")
    if all(isinstance(v, str) for v in raw.values()):
        for session_id, label in raw.items():
            if label not in _SESSION_LABELS:
                raise ConfigError(f"{file}: session {session_id!r} has label {label!r}; use 'attack' or 'benign'")
        return Labels("session", sessions=dict(raw))
    calls: dict[str, dict[str, str]] = {}
    for session_id, per_call in raw.items():
        if not isinstance(per_call, dict):
            raise ConfigError(
                f"{file}: session {session_id!r} maps to {type(per_call).__name__}; a label file holds either "
                "session -> label or session -> {call id -> label} throughout"
            )
        for call_id, label in per_call.items():
            if label not in _CALL_LABELS:
                raise ConfigError(
                    f"{file}: call {call_id!r} of session {session_id!r} has label {label!r}; "
                    "use 'injected' or 'benign'"
                )
        calls[session_id] = dict(per_call)
    return Labels("call", calls=calls)


def select_sessions(events: Sequence[AnyEvent], *, pattern: str | None = None, limit: int = 0) -> list[AnyEvent]:
    """The events of the sessions to evaluate.

    Args:
        events: The trace.
        pattern: Keep only sessions whose id matches this regular expression (searched, not anchored).
        limit: Keep about this many sessions, every k-th in trace order (0: all).

    Returns:
        The kept events, in trace order.

    Raises:
        ConfigError: The pattern is not a regular expression.
    """
    order = list(dict.fromkeys(e.session for e in events))
    if pattern:
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"session pattern {pattern!r} is not a regular expression: {exc}") from None
        order = [s for s in order if compiled.search(s)]
    if limit and limit < len(order):
        step = len(order) / limit
        order = [order[int(i * step)] for i in range(limit)]
    keep = set(order)
    return [e for e in events if e.session in keep]


@dataclass
class EvalReport:
    """The figures of one evaluation (see the module docstring for what each counts)."""

    sessions: int = 0
    attacked_sessions: int = 0
    attacked_stopped: int = 0
    benign_sessions: int = 0
    benign_untouched: int = 0
    attack_calls: int = 0
    attack_calls_stopped: int = 0
    own_calls_in_attacked: int = 0
    own_calls_allowed: int = 0
    benign_calls: int = 0
    benign_calls_stopped: int = 0
    label_kind: str = "benign"
    policies_on_attack: Counter[str] = field(default_factory=Counter)
    policies_on_benign: Counter[str] = field(default_factory=Counter)

    @staticmethod
    def _share(hits: int, total: int) -> float | None:
        return hits / total if total else None

    def figures(self) -> dict[str, float | None]:
        """The four headline shares (None where the set has nothing to measure)."""
        return {
            "attacked_sessions_stopped": self._share(self.attacked_stopped, self.attacked_sessions),
            "attack_calls_stopped": self._share(self.attack_calls_stopped, self.attack_calls),
            "benign_sessions_untouched": self._share(self.benign_untouched, self.benign_sessions),
            "own_calls_in_attacked_allowed": self._share(self.own_calls_allowed, self.own_calls_in_attacked),
        }

    def to_dict(self) -> dict[str, Any]:
        """Every count and share, JSON-ready."""
        return {
            "labels": self.label_kind,
            "sessions": self.sessions,
            "attacked_sessions": self.attacked_sessions,
            "attacked_stopped": self.attacked_stopped,
            "attack_calls": self.attack_calls,
            "attack_calls_stopped": self.attack_calls_stopped,
            "benign_sessions": self.benign_sessions,
            "benign_untouched": self.benign_untouched,
            "own_calls_in_attacked": self.own_calls_in_attacked,
            "own_calls_allowed": self.own_calls_allowed,
            "benign_calls": self.benign_calls,
            "benign_calls_stopped": self.benign_calls_stopped,
            **self.figures(),
            "policies_on_attack": dict(self.policies_on_attack.most_common()),
            "policies_on_benign": dict(self.policies_on_benign.most_common()),
        }


def _is_stopped(decision: Decision) -> bool:
    return decision.verdict is not Verdict.ALLOW


def _deciders(decision: Decision) -> list[str]:
    """The policies that stopped a call; a refusal no policy made (schema, unknown tool) by its reason."""
    if decision.policy_ids:
        return list(decision.policy_ids)
    reason = decision.reasons[0] if decision.reasons else "no reason given"
    return [f"(no policy) {reason[:80]}"]


def score(decisions: Iterable[Decision], labels: Labels) -> EvalReport:
    """Count what a pack did to a labelled trace set.

    Args:
        decisions: One Decision per tool call of the trace.
        labels: What is an attack.

    Returns:
        The report.

    Raises:
        ConfigError: A call or session of the trace has no label.
    """
    by_session: dict[str, list[tuple[Decision, bool]]] = {}
    for decision in decisions:
        is_attack = labels.is_attack_call(decision.session, decision.call_id)
        by_session.setdefault(decision.session, []).append((decision, is_attack))
    report = EvalReport(label_kind=labels.kind)
    for calls in by_session.values():
        report.sessions += 1
        is_attacked = any(is_attack for _, is_attack in calls)
        if is_attacked:
            report.attacked_sessions += 1
            report.attacked_stopped += any(_is_stopped(d) for d, is_attack in calls if is_attack)
        else:
            report.benign_sessions += 1
            report.benign_untouched += not any(_is_stopped(d) for d, _ in calls)
        for decision, is_attack in calls:
            stopped = _is_stopped(decision)
            if is_attack:
                report.attack_calls += 1
                report.attack_calls_stopped += stopped
                if stopped:
                    report.policies_on_attack.update(_deciders(decision))
                continue
            report.benign_calls += 1
            report.benign_calls_stopped += stopped
            if stopped:
                report.policies_on_benign.update(_deciders(decision))
            if is_attacked and labels.kind == "call":
                report.own_calls_in_attacked += 1
                report.own_calls_allowed += not stopped
    return report


async def evaluate(firewall: Any, events: Sequence[AnyEvent], labels: Labels) -> EvalReport:
    """Replay a trace through a firewall, in order, and score its decisions.

    When the firewall has a stage that can embed a trace ahead (`prefetch`), the trace's texts are
    embedded first in large batches, as a batch job would.

    Args:
        firewall: A `bastion.firewall.Firewall`, not yet opened.
        events: The trace.
        labels: What is an attack.

    Returns:
        The report.

    Raises:
        ConfigError: A call or session of the trace has no label.
    """
    for stage in firewall.stages:
        prefetch = getattr(stage, "prefetch", None)
        if prefetch is not None:
            await prefetch(events)
    async with firewall:
        decisions = [decision async for decision in firewall.decide_all(events)]
    return score(decisions, labels)


def render(report: EvalReport, *, title: str = "") -> str:
    """The report as text: one line per figure, then the deciding policies.

    Args:
        report: The report.
        title: A first line naming what was measured.

    Returns:
        The text.
    """

    def rate(hits: int, total: int) -> str:
        return f"{hits}/{total} = {hits / total:.1%}" if total else "n/a (none in this set)"

    def policies(counts: Counter[str]) -> str:
        return ", ".join(f"{p} {n}" for p, n in counts.most_common()) or "none"

    lines = [title] if title else []
    lines.append(
        f"{report.sessions} sessions ({report.attacked_sessions} attacked, {report.benign_sessions} benign), "
        f"{report.attack_calls + report.benign_calls} calls; labels per {report.label_kind}"
    )
    rows = [
        (
            "attacked sessions stopped (an attack call asked or denied)",
            report.attacked_stopped,
            report.attacked_sessions,
        ),
        ("attack calls stopped", report.attack_calls_stopped, report.attack_calls),
        ("benign sessions untouched (no ask, no deny)", report.benign_untouched, report.benign_sessions),
        ("the user's own calls in attacked sessions allowed", report.own_calls_allowed, report.own_calls_in_attacked),
    ]
    lines += [f"  {label + ':':<60} {rate(hits, total)}" for label, hits, total in rows]
    lines.append(f"  policies that stopped attack calls: {policies(report.policies_on_attack)}")
    lines.append(f"  policies that stopped benign calls: {policies(report.policies_on_benign)}")
    return "\n".join(lines)
