"""`bastion mcp --listen` deciding for many principals at once keeps one audit store, one chain.

A real `bastion mcp` process, wrapping a stdio server, serves MCP clients over HTTP that each name
their principal in the trusted header; every principal's firewall must record into the one store of
the process: every call in the log, the chain intact, and on PostgreSQL one store's connections.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import mcp_types as types
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from bastion.store import RecordFilter, open_store

REPO = Path(__file__).resolve().parents[3]
MISBEHAVING = Path(__file__).parent / "servers" / "misbehaving.py"
PRINCIPALS = [f"agent-{n}" for n in range(8)]
CALLS_PER_PRINCIPAL = 8
POOL_SIZE = 2


@pytest.fixture(params=["sqlite", "postgresql"])
def audit_target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    if request.param == "sqlite":
        return tmp_path / "audit.db"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """The default pack without `intent.cedar`: no embedding model loads."""
    target = tmp_path / "policies"
    shutil.copytree(REPO / "policies", target)
    (target / "intent.cedar").unlink()
    return target


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src")}


@contextmanager
def _listening(pack: Path, target: str | Path, tmp_path: Path) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = tmp_path / "bastion.toml"
    lines = [f"policies = {json.dumps(str(pack))}", f"audit = {json.dumps(str(target))}"]
    if isinstance(target, str):
        lines.append(f"audit_pool_size = {POOL_SIZE}")
    config.write_text("\n".join(lines) + "\n")
    command = [
        sys.executable, "-m", "bastion.cli.main", "mcp", "--config", str(config),
        "--listen", f"127.0.0.1:{port}", "--principal-header", "X-Bastion-Principal",
        "--", sys.executable, str(MISBEHAVING),
    ]  # fmt: skip
    process = subprocess.Popen(
        command, env=_env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                assert process.stderr is not None
                pytest.fail(f"bastion mcp --listen exited: {process.stderr.read().decode()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("bastion mcp --listen did not start listening within 120 s")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        process.wait(timeout=60)
        if process.stderr is not None:
            process.stderr.close()


async def _calls_as(url: str, principal_id: str) -> list[types.CallToolResult]:
    results = []
    async with (
        create_mcp_http_client(headers={"X-Bastion-Principal": principal_id}) as http,
        Client(streamable_http_client(url, http_client=http), mode="legacy") as client,
    ):
        for _ in range(CALLS_PER_PRINCIPAL):
            results.append(await client.call_tool("echo", {}))
    return results


async def _server_connections(url: str) -> int:
    import asyncpg

    admin = await asyncpg.connect(url)
    try:
        count: int = await admin.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return count
    finally:
        await admin.close()


async def test_principals_calling_through_the_wrapper_at_once_leave_every_call_in_one_intact_chain(
    pack: Path, audit_target: str | Path, tmp_path: Path
) -> None:
    connections = None
    with _listening(pack, audit_target, tmp_path) as url:
        results = [r for rs in await asyncio.gather(*(_calls_as(url, p) for p in PRINCIPALS)) for r in rs]
        if isinstance(audit_target, str):
            connections = await _server_connections(audit_target)

    assert len(results) == len(PRINCIPALS) * CALLS_PER_PRINCIPAL
    assert all(not r.is_error for r in results), [r for r in results if r.is_error][:1]
    verified = subprocess.run(
        [sys.executable, "-m", "bastion.cli", "audit", "verify", str(audit_target), "--json"],
        capture_output=True, text=True, env=_env(), timeout=120, check=False,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stdout + verified.stderr
    report: dict[str, Any] = json.loads(verified.stdout)
    async with open_store(audit_target, create=False) as store:
        calls = [r async for r in store.records(RecordFilter(types=("tool_call",)))]
        total = await store.count()
    assert len(calls) == len(results) and {r.verdict for r in calls} == {"allow"}
    # Each principal's firewall recorded its policy set into the same chain.
    policy_sets = [r async for r in _policy_sets(audit_target)]
    assert set(policy_sets) >= set(PRINCIPALS)
    assert report["ok"] is True and report["records"] == total
    if connections is not None:
        assert connections <= POOL_SIZE + 7, connections


async def _policy_sets(target: str | Path) -> Any:
    async with open_store(target, create=False) as store:
        async for record in store.records(RecordFilter(types=("policy_set",))):
            yield record.body["policy_set"]["principal"]["id"]
