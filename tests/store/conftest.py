"""Shared fixtures for the audit store tests: the default policy pack, the example catalog, and a store
of each engine (SQLite files, and databases on a real PostgreSQL server)."""

from __future__ import annotations

import shutil
from pathlib import Path

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
