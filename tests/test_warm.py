"""A model that loads at start-up is waited for by a decision, and the wait is never its latency."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import ConfigError
from bastion.events import Message, ToolCall, ToolResult, Verdict
from bastion.firewall import Firewall, StageContext, SyncFirewall
from tests.conftest import POLICIES, TOOLS, WITHOUT_INTENT_EXTRA

LOAD_SECONDS = 0.4


class SlowModelStage:
    """A stage whose model takes LOAD_SECONDS to load, and that can be told to fail loading."""

    name = "slow-model"

    def __init__(self, *, failures: int = 0) -> None:
        self.loads = 0
        self.failures = failures
        self.is_warm = False

    async def warm(self) -> None:
        self.loads += 1
        await asyncio.sleep(LOAD_SECONDS)
        if self.failures:
            self.failures -= 1
            raise OSError("weights are unreadable")
        self.is_warm = True

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        if isinstance(event, ToolCall):
            # A stage that decided before its model was ready would be a silent gap.
            assert self.is_warm, "a stage ran before its model was loaded"


def _firewall(stage: SlowModelStage) -> Firewall:
    config = Config(policies=POLICIES, allowed_roots=("/home/user",))
    return Firewall.from_config(config, catalog=Catalog.from_file(TOOLS), extra_stages=[stage])


def _call(call_id: str = "c1") -> ToolCall:
    return ToolCall(session="s", id=call_id, tool="read_file", arguments={"path": "/home/user/a.txt"})


async def test_a_call_during_start_up_waits_for_the_model_and_reports_the_wait_apart() -> None:
    stage = SlowModelStage()
    firewall = _firewall(stage)
    async with firewall:  # open() starts loading in the background
        first = await firewall.decide(_call("c1"))
        second = await firewall.decide(_call("c2"))

    assert first.verdict is Verdict.ALLOW and second.verdict is Verdict.ALLOW
    assert stage.loads == 1
    assert first.wait_us > 0.5 * LOAD_SECONDS * 1e6
    assert first.latency_us < first.wait_us
    assert second.wait_us == 0.0
    assert firewall.warm_seconds is not None and firewall.warm_seconds >= LOAD_SECONDS * 0.9


async def test_a_firewall_never_opened_loads_the_model_before_its_first_decision_too() -> None:
    stage = SlowModelStage()
    firewall = _firewall(stage)
    decision = await firewall.decide(_call())
    await firewall.aclose()

    assert stage.loads == 1 and decision.verdict is Verdict.ALLOW
    assert decision.wait_us > decision.latency_us


async def test_a_model_that_fails_to_load_denies_and_the_next_call_retries_the_load() -> None:
    stage = SlowModelStage(failures=1)
    firewall = _firewall(stage)
    failed = await firewall.decide(_call("c1"))
    retried = await firewall.decide(_call("c2"))
    await firewall.aclose()

    assert failed.verdict is Verdict.DENY
    assert "a model could not be loaded: OSError: weights are unreadable" in failed.reasons[0]
    assert retried.verdict is Verdict.ALLOW and stage.loads == 2


async def test_warm_reports_how_long_the_load_took_once() -> None:
    firewall = _firewall(SlowModelStage())
    seconds = await firewall.warm()
    again = await firewall.warm()
    await firewall.aclose()

    assert seconds is not None and seconds >= LOAD_SECONDS * 0.9
    assert again == 0.0


def test_a_sync_firewall_starts_loading_when_it_is_built() -> None:
    stage = SlowModelStage()
    firewall = SyncFirewall(_firewall(stage))
    try:
        # Nothing was decided yet, and the model is already loading.
        time.sleep(LOAD_SECONDS * 2.5)
        assert stage.is_warm
        assert firewall.decide(_call()).wait_us == 0.0
    finally:
        firewall.close()


async def test_a_pack_without_model_backed_policies_never_loads_a_model(tmp_path: Path) -> None:
    pack = tmp_path / "policies"
    shutil.copytree(POLICIES, pack)
    (pack / "intent.cedar").unlink()
    firewall = Firewall.from_config(Config(policies=pack), catalog=Catalog.from_file(TOOLS))

    assert not firewall.needs_warming and firewall.start_warming() is None
    assert (await firewall.decide(_call())).wait_us == 0.0


@pytest.mark.slow
def test_a_pack_reading_intent_signals_refuses_to_start_without_the_intent_extra(tmp_path: Path) -> None:
    # A fresh interpreter in which torch and sentence-transformers cannot be found, as after `pip install bastion`.
    script = WITHOUT_INTENT_EXTRA + textwrap.dedent(
        f"""
        from bastion.config import Config
        from bastion.errors import ConfigError
        from bastion.firewall import Firewall
        try:
            Firewall.from_config(Config(policies={str(POLICIES)!r}))
        except ConfigError as exc:
            print(exc)
        else:
            print("started")
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert "pip install 'bastion[intent]'" in out.stdout
    assert "risk" in out.stdout and "started" not in out.stdout


def test_the_intent_extra_check_passes_where_the_model_is_installed() -> None:
    from bastion.firewall import require_intent_extra

    try:
        require_intent_extra(POLICIES, ["risk"])
    except ConfigError as exc:  # pragma: no cover - only where the extra is missing
        pytest.fail(str(exc))
