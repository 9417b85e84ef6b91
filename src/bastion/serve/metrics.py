"""The server's Prometheus metrics, in a registry of its own (never the process-wide default).

bastion_decisions_total{verdict, policy}   decisions, once per deciding policy ("" for none)
bastion_decision_latency_seconds           histogram of the firewall's own latency per decision
bastion_model_warmup_seconds               how long the models took to load at start-up
bastion_model_ready                        1 once the models are warm (or none is needed)
bastion_store_errors_total                 audit store failures (records not written, queue errors)
bastion_approvals_total{answer}            approvals answered, by answer
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from bastion.approvals import Approval
from bastion.events import Decision

__all__ = ["CONTENT_TYPE", "Metrics"]

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

# A policy-only decision takes well under a millisecond; an intent decision tens of milliseconds.
_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
# Errors that come from the audit store, in the firewall's own words (the recorder stage is `audit`).
_STORE_FAILURES = ("stage 'audit' failed", "session state could not be")


class Metrics:
    """Counters and histograms of one server."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.decisions = Counter(
            "bastion_decisions",
            "Tool calls decided, by verdict and deciding policy (one count per policy).",
            ["verdict", "policy"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "bastion_decision_latency_seconds",
            "The firewall's latency per decision.",
            buckets=_BUCKETS,
            registry=self.registry,
        )
        self.warmup = Gauge(
            "bastion_model_warmup_seconds", "Seconds the models took to load at start-up.", registry=self.registry
        )
        self.ready = Gauge(
            "bastion_model_ready", "1 once the models are loaded (or no policy needs one).", registry=self.registry
        )
        self.store_errors = Counter(
            "bastion_store_errors", "Audit store failures (records not written, queue errors).", registry=self.registry
        )
        self.approvals = Counter(
            "bastion_approvals", "Approvals answered, by answer.", ["answer"], registry=self.registry
        )

    def decided(self, decision: Decision) -> None:
        """Count a decision."""
        for policy_id in decision.policy_ids or [""]:
            self.decisions.labels(decision.verdict.value, policy_id).inc()
        self.latency.observe(decision.latency_us / 1e6)
        failures = sum(1 for error in decision.errors if error.startswith(_STORE_FAILURES))
        if failures:
            self.store_errors.inc(failures)

    def store_failed(self) -> None:
        """Count a failure of the store outside a decision (the approval queue, a read)."""
        self.store_errors.inc()

    def model_warmed(self, seconds: float, *, is_needed: bool) -> None:
        """Record the models' warm-up."""
        self.warmup.set(seconds if is_needed else 0.0)
        self.ready.set(1)

    def answered(self, approval: Approval) -> None:
        """Count an answer."""
        self.approvals.labels(approval.status).inc()

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)
