"""OpenTelemetry: a span per decision with the SDK's in-memory exporter; nothing recorded without an SDK."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.events import ToolCall
from bastion.firewall import Firewall
from bastion.tracing import SPAN_NAME, DecisionSpans


async def test_each_decision_is_one_span_with_verdict_policies_tool_latency_and_session(
    catalog: Catalog, policy_dir: Path
) -> None:
    (policy_dir / "intent.cedar").unlink()
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    firewall = Firewall.from_config(
        Config(policies=policy_dir), catalog=catalog, after_stages=[DecisionSpans(tracer_provider=provider)]
    )
    async with firewall:
        decision = await firewall.decide(
            ToolCall(session="s1", id="c1", tool="run_shell", arguments={"command": "rm -rf /"})
        )
    (span,) = exporter.get_finished_spans()
    assert span.name == SPAN_NAME
    assert dict(span.attributes or {}) == {
        "bastion.session": "s1",
        "bastion.tool": "run_shell",
        "bastion.call_id": "c1",
        "bastion.verdict": "deny",
        "bastion.policy_ids": ("deny-destructive-shell",),
        "bastion.latency_us": decision.latency_us,
        "bastion.enforced": True,
    }
    assert span.end_time is not None and span.start_time is not None
    assert span.end_time - span.start_time == int(decision.latency_us * 1000)
    assert [stage.name for stage in firewall.stages].count("tracing") == 1


GLOBAL_PROVIDER = """
import asyncio, json, sys
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from bastion import Catalog, Config, Firewall, ToolCall

async def main():
    firewall = Firewall.from_config(Config(policies=sys.argv[1]), catalog=Catalog.from_file(sys.argv[2]))
    exporter = InMemorySpanExporter()
    async with firewall:
        await firewall.decide(ToolCall(session="s1", id="before", tool="read_file", arguments={"path": "a"}))
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
        await firewall.decide(ToolCall(session="s1", id="after", tool="read_file", arguments={"path": "a"}))
    print(json.dumps([dict(span.attributes) for span in exporter.get_finished_spans()]))

asyncio.run(main())
"""


def test_no_span_is_recorded_until_an_sdk_is_configured(policy_dir: Path) -> None:
    (policy_dir / "intent.cedar").unlink()
    tools = Path(__file__).resolve().parent.parent / "examples" / "tools.json"
    done = subprocess.run(
        [sys.executable, "-c", GLOBAL_PROVIDER, str(policy_dir), str(tools)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    spans = json.loads(done.stdout)
    assert [span["bastion.call_id"] for span in spans] == ["after"]
    assert spans[0]["bastion.verdict"] == "allow"
