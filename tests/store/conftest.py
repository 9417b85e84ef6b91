"""Shared fixtures for the audit store tests: the default policy pack, the example catalog, and a store
of each engine (SQLite files, and databases on a real PostgreSQL server)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from bastion.config import Config

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def policies_dir() -> Path:
    return ROOT / "policies"


@pytest.fixture
def tools_file() -> Path:
    return ROOT / "examples" / "tools.json"


@pytest.fixture
def audit_config(tmp_path: Path, policies_dir: Path, tools_file: Path) -> Config:
    return Config(policies=policies_dir, tools=tools_file, allowed_roots=("/home/user",), audit=tmp_path / "audit.db")


# The URL of a PostgreSQL server the tests may create databases on (scripts/test starts one).
POSTGRES_ENV = "BASTION_TEST_POSTGRES"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{POSTGRES_ENV} is not set: CI must run the PostgreSQL store's tests (scripts/test starts a server)")
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} (scripts/postgres start DIR prints one)")
    return url


@pytest.fixture
async def postgres_url(postgres_server: str) -> AsyncIterator[str]:
    """A fresh, empty schema on the test server (the URL selects it by search_path), dropped afterwards."""
    import asyncpg

    name = f"bastion_test_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(postgres_server)
    try:
        await admin.execute(f'CREATE SCHEMA "{name}"')
    finally:
        await admin.close()
    parts = urlsplit(postgres_server)
    query = "&".join(q for q in (parts.query, f"search_path={name}") if q)
    yield urlunsplit(parts._replace(query=query))
    admin = await asyncpg.connect(postgres_server)
    try:
        await admin.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    finally:
        await admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a store lives, once for each engine: the contract holds for both."""
    if request.param == "sqlite":
        return tmp_path / "audit.db"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def plain_policies(tmp_path: Path) -> Path:
    """The default pack without its intent policies: no embedding model loads."""
    target = tmp_path / "policies"
    shutil.copytree(ROOT / "policies", target)
    (target / "intent.cedar").unlink()
    return target
