"""Rates, boundary probing and quarantine, through the real firewall, real Cedar and a real SQLite store."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from bastion.catalog import Catalog
from bastion.cli.main import main
from bastion.conduct import Conduct, QuarantineStage, RateStage
from bastion.config import Config
from bastion.events import ToolCall, Verdict
from bastion.firewall import Firewall, StageContext
from bastion.store import SqliteStore

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / "examples" / "tools.json"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """The default pack without its intent policies: conduct needs no embedding model."""
    target = tmp_path / "policies"
    shutil.copytree(REPO / "policies", target)
    (target / "intent.cedar").unlink()
    return target


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _firewall(pack: Path, audit: Path | None, clock: Clock | None = None, /, **conduct: int) -> Firewall:
    config = Config.from_mapping({"policies": pack, "tools": TOOLS, "audit": audit, "conduct": conduct})
    firewall = Firewall.from_config(config)
    if clock is not None:
        for stage in firewall.stages:
            if isinstance(stage, RateStage | QuarantineStage):
                stage.conduct.clock = clock
    return firewall


async def _cli(*argv: str) -> int:
    # The command runs its own event loop, as it does from a shell.
    return await asyncio.to_thread(main, list(argv))


def _call(session: str, call_id: str, tool: str, **arguments: Any) -> ToolCall:
    return ToolCall(session=session, id=call_id, tool=tool, arguments=arguments)


async def test_session_refused_again_and_again_is_quarantined_until_released(pack: Path, tmp_path: Path) -> None:
    audit = tmp_path / "audit.db"
    async with _firewall(pack, audit, quarantine_refusals=3) as firewall:
        for i in range(3):
            refused = await firewall.decide(_call("s1", f"d{i}", "run_shell", command="rm -rf /"))
            assert refused.verdict is Verdict.DENY
        write = await firewall.decide(_call("s1", "w1", "write_file", path="/home/user/a", content="x"))
        read = await firewall.decide(_call("s1", "r1", "read_file", path="/home/user/a"))
        other = await firewall.decide(_call("s2", "w2", "write_file", path="/home/user/a", content="x"))
    assert write.verdict is Verdict.ASK
    assert write.policy_ids == ["ask-quarantined"]
    assert write.signals["quarantined"] is True
    assert "session 's1' quarantined: 3 refused calls" in write.reasons[0]
    assert read.verdict is Verdict.ALLOW
    assert other.verdict is Verdict.ALLOW

    # A restarted firewall still holds the quarantine; the store lists it and the log records it.
    async with _firewall(pack, audit) as firewall:
        again = await firewall.decide(_call("s1", "w3", "write_file", path="/home/user/a", content="x"))
    assert again.verdict is Verdict.ASK
    async with SqliteStore(audit) as store:
        (row,) = await store.quarantines()
        types = [record.type async for record in store.records()]
    assert (row["kind"], row["subject"]) == ("session", "s1")
    assert "quarantine" in types

    assert await _cli("quarantine", "release", "s1", "--audit", str(audit), "--by", "alice") == 0
    async with _firewall(pack, audit) as firewall:
        released = await firewall.decide(_call("s1", "w4", "write_file", path="/home/user/a", content="x"))
    assert released.verdict is Verdict.ALLOW
    assert released.signals["quarantined"] is False
    async with SqliteStore(audit) as store:
        assert await store.quarantines() == []
        records = [record async for record in store.records()]
    release = [r for r in records if r.type == "quarantine_release"]
    assert len(release) == 1
    assert release[0].body["released_by"] == "alice"


async def test_quarantine_list_shows_active_quarantines_and_exits_1(
    pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    audit = tmp_path / "audit.db"
    async with _firewall(pack, audit, quarantine_refusals=2) as firewall:
        for i in range(2):
            await firewall.decide(_call("probe", f"d{i}", "run_shell", command="rm -rf /"))
    assert await _cli("quarantine", "list", "--audit", str(audit), "--json") == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["kind"], r["subject"]) for r in rows] == [("session", "probe")]
    assert await _cli("quarantine", "release", "nobody", "--audit", str(audit)) == 1


async def test_principal_refused_across_sessions_is_quarantined_in_every_session(pack: Path, tmp_path: Path) -> None:
    audit = tmp_path / "audit.db"
    settings = {"quarantine_refusals": 0, "principal_quarantine_refusals": 4}
    async with _firewall(pack, audit, None, **settings) as firewall:
        for i in range(4):
            await firewall.decide(_call(f"s{i % 2}", f"d{i}", "run_shell", command="rm -rf /"))
    # After a restart a session never seen before belongs to the same principal, and is held too.
    async with _firewall(pack, audit, None, **settings) as firewall:
        fresh = await firewall.decide(_call("new-session", "w1", "send_money", iban="DE00", amount=1))
    assert fresh.verdict is Verdict.ASK
    assert "ask-quarantined" in fresh.policy_ids
    assert "principal 'agent' quarantined: 4 refused calls" in str(fresh.signals["quarantine_reason"])
    assert await _cli("quarantine", "release", "agent", "--principal", "--audit", str(audit)) == 0
    async with _firewall(pack, audit, None, **settings) as firewall:
        after = await firewall.decide(_call("new-session", "w2", "write_file", path="/home/user/a", content="x"))
    assert after.verdict is Verdict.ALLOW


async def test_calls_per_minute_count_one_tool_category_within_the_minute(pack: Path) -> None:
    clock = Clock()
    firewall = _firewall(pack, None, clock)
    counts = []
    for i in range(3):
        decision = await firewall.decide(_call("s", f"w{i}", "write_file", path="/home/user/a", content="x"))
        counts.append(decision.signals["calls_per_minute"])
        clock.now += 10
    read = await firewall.decide(_call("s", "r", "read_file", path="/home/user/a"))
    clock.now += 61
    later = await firewall.decide(_call("s", "w9", "write_file", path="/home/user/a", content="x"))
    other = await firewall.decide(_call("t", "w10", "write_file", path="/home/user/a", content="x"))
    assert counts == [1, 2, 3]
    assert read.signals["calls_per_minute"] == 1
    assert later.signals["calls_per_minute"] == 1
    assert other.signals["calls_per_minute"] == 1
    assert other.signals["principal_calls_per_minute"] == 2


async def test_call_rate_above_thirty_a_minute_asks(pack: Path) -> None:
    clock = Clock()
    firewall = _firewall(pack, None, clock, quarantine_refusals=0)
    verdicts = []
    for i in range(32):
        decision = await firewall.decide(_call("s", f"w{i}", "write_file", path="/home/user/a", content="x"))
        verdicts.append(decision.verdict)
        clock.now += 1
    assert verdicts[:30] == [Verdict.ALLOW] * 30
    assert verdicts[30:] == [Verdict.ASK, Verdict.ASK]


async def test_near_misses_are_counted_and_quarantine_the_session() -> None:
    clock = Clock()
    conduct = Conduct(Catalog.from_file(TOOLS), clock=clock)
    rates, quarantine = RateStage(conduct), QuarantineStage(conduct)
    slots: dict[str, dict[str, Any]] = {}
    principal: dict[str, dict[str, Any]] = {}
    seen = []
    for i, risk in enumerate([80, 20, 85, 89, 76]):
        call = _call("s", f"c{i}", "write_file", path="/home/user/a", content="x")
        signals: dict[str, Any] = {"risk": risk}
        ctx = StageContext(
            "s",
            slots.setdefault("rates", {}),
            signals,
            "tools",
            session_slots=slots,
            principal_id="p",
            principal_state=principal.setdefault("rates", {}),
            principal_slots=principal,
        )
        await rates.process(call, ctx)
        seen.append((signals["near_misses"], signals["quarantined"]))
        from bastion.events import Decision

        decision = Decision(session="s", id=call.call_id, tool=call.tool_name, verdict=Verdict.ALLOW)
        after = StageContext(
            "s",
            slots.setdefault("quarantine", {}),
            signals,
            "tools",
            None,
            decision,
            slots,
            "p",
            principal.setdefault("quarantine", {}),
            principal,
        )
        await quarantine.process(call, after)
        clock.now += 5
    assert seen == [(1, False), (1, False), (2, False), (3, False), (4, False)]
    assert slots["quarantine"]["quarantined"]["reason"].startswith("4 calls came close to the risk threshold")
    assert "quarantined" not in principal["quarantine"]
    signals = {"risk": 10}
    ctx = StageContext(
        "s",
        slots["rates"],
        signals,
        "tools",
        session_slots=slots,
        principal_id="p",
        principal_state=principal["rates"],
        principal_slots=principal,
    )
    await rates.process(_call("s", "c9", "read_file", path="/a"), ctx)
    assert signals["quarantined"] is True


async def test_principal_checkpoint_round_trips_through_the_store(tmp_path: Path) -> None:
    async with SqliteStore(tmp_path / "a.db") as store:
        assert await store.load_principal("p") is None
        await store.save_principal("p", {"intent": {"x": [1, 2]}})
        assert await store.load_principal("p") == {"intent": {"x": [1, 2]}}
        await store.flush()
    async with SqliteStore(tmp_path / "a.db") as store:
        assert await store.load_principal("p") == {"intent": {"x": [1, 2]}}
