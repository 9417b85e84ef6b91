"""Metrics from real decisions: a firewall whose audit stage fails counts a store error."""

from __future__ import annotations

from pathlib import Path

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import StoreError
from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import Firewall, StageContext
from bastion.serve import Metrics


class BrokenAudit:
    """An audit stage whose store refuses every write."""

    name = "audit"

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        raise StoreError("disk full")


async def test_a_decision_the_store_could_not_record_counts_as_a_store_error(catalog: Catalog, pack: Path) -> None:
    metrics = Metrics()
    firewall = Firewall.from_config(Config(policies=pack), catalog=catalog, after_stages=[BrokenAudit()])
    decision = await firewall.decide(ToolCall(session="s", id="c1", tool="read_file", arguments={"path": "a"}))
    metrics.decided(decision)
    text = metrics.render().decode()
    assert decision.verdict.value == "deny"
    assert "bastion_store_errors_total 1.0" in text
    assert 'bastion_decisions_total{policy="",verdict="deny"} 1.0' in text
