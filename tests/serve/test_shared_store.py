"""Every principal's firewall in `bastion serve` records to the one audit store of the process.

Many principals deciding at once must leave one intact chain holding every decision, on an SQLite
file and on a PostgreSQL database, and on PostgreSQL one process must not open a pool per principal.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bastion.config import Config, PrincipalConfig
from bastion.events import ToolCall
from bastion.serve import DecisionService, TokenTable, token_digest
from bastion.serve.auth import Caller
from bastion.store import RecordFilter, open_store
from tests.serve.conftest import REPO, TOOLS

# Enough principals that separate stores of one SQLite file collide ("UNIQUE constraint failed:
# records.seq") and lose records, and separate PostgreSQL pools exceed one store's connections.
PRINCIPALS = [f"agent-{n}" for n in range(24)]
SESSIONS_PER_PRINCIPAL = 3
CALLS_PER_SESSION = 10
# Small, so that a pool per principal shows: one process keeps its connections within one store's.
POOL_SIZE = 2


@pytest.fixture(params=["sqlite", "postgresql"])
def audit_target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    if request.param == "sqlite":
        return tmp_path / "audit.db"
    url: str = request.getfixturevalue("postgres_url")
    return url


def _config(pack: Path, target: str | Path) -> Config:
    settings: dict[str, Any] = {
        "policies": pack,
        "tools": TOOLS,
        "allowed_roots": ["/home/user"],
        "audit": target,
        "principal": {"id": "agent"},
        "tokens": [
            {"sha256": token_digest(f"token-of-{p}-0123456789"), "principal": {"id": p}, "roles": ["agent"]}
            for p in PRINCIPALS
        ],
    }
    if isinstance(target, str):
        settings["audit_pool_size"] = POOL_SIZE
    return Config.from_mapping(settings)


def _calls(principal_id: str, session_index: int) -> list[ToolCall]:
    session = f"{principal_id}-s{session_index}"
    calls = []
    for n in range(CALLS_PER_SESSION):
        # Allowed reads and denied ones (outside the allowed roots), so both verdicts are recorded.
        path = f"/home/user/{n}.txt" if n % 2 == 0 else f"/etc/secret-{n}"
        calls.append(ToolCall(session=session, id=f"c{n}", tool="read_file", arguments={"path": path}))
    return calls


def _verify_with_the_cli(target: str | Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "bastion.cli", "audit", "verify", str(target), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


async def _server_connections(url: str) -> int:
    import asyncpg

    admin = await asyncpg.connect(url)
    try:
        # Every connection to the database but this one (the test server serves only this test).
        count: int = await admin.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return count
    finally:
        await admin.close()


async def test_principals_deciding_at_once_leave_every_decision_in_one_intact_chain(
    pack: Path, audit_target: str | Path
) -> None:
    config = _config(pack, audit_target)
    service = DecisionService(config, TokenTable(config))
    await service.start()
    connections = None
    try:
        stores = {id(firewall.checkpoints) for firewall in service.firewalls.values()}
        assert len(service.firewalls) == len(PRINCIPALS) + 1 and stores == {id(service.log)}

        async def run_session(principal_id: str, session_index: int) -> list[tuple[str, str, str]]:
            caller = Caller(PrincipalConfig(id=principal_id), frozenset({"agent"}))
            made = []
            for call in _calls(principal_id, session_index):
                reply = await service.decide(caller, call)
                made.append((call.session, call.call_id, reply.decision.verdict.value))
            return made

        runs = [run_session(p, s) for p in PRINCIPALS for s in range(SESSIONS_PER_PRINCIPAL)]
        decisions = [d for made in await asyncio.gather(*runs) for d in made]
        if isinstance(audit_target, str):
            connections = await _server_connections(audit_target)
    finally:
        await service.stop()

    assert len(decisions) == len(PRINCIPALS) * SESSIONS_PER_PRINCIPAL * CALLS_PER_SESSION
    assert {verdict for _, _, verdict in decisions} == {"allow", "deny"}
    report = _verify_with_the_cli(audit_target)
    async with open_store(audit_target, create=False) as store:
        recorded = [(r.session, r.call_id, r.verdict) async for r in store.records(RecordFilter(types=("tool_call",)))]
        total = await store.count()
    # Every decision is in the log exactly once, with its verdict, and the chain holds all of them.
    assert sorted(recorded) == sorted(decisions)
    assert report["ok"] is True and report["records"] == total
    if connections is not None:
        # One store's connections (writer, locks, a pool of POOL_SIZE, readers), not one store per principal.
        assert connections <= POOL_SIZE + 7, connections


async def test_the_service_closes_its_one_store_once_on_stop(pack: Path, tmp_path: Path) -> None:
    config = _config(pack, tmp_path / "audit.db")
    service = DecisionService(config, TokenTable(config))
    await service.start()
    caller = Caller(PrincipalConfig(id=PRINCIPALS[0]), frozenset({"agent"}))
    await service.decide(caller, _calls(PRINCIPALS[0], 0)[0])
    await service.stop()

    # Stopped, the file is whole and closed: another process's store opens it and finds the record.
    async with open_store(tmp_path / "audit.db", create=False) as store:
        assert await store.count(RecordFilter(types=("tool_call",))) == 1
        assert (await store.verify()).is_ok
