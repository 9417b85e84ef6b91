"""Shared fixtures: the repository's own policy pack and example catalog; a PostgreSQL server's schemas."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

# numpy's C module loads once per process: importing it before any in-process pytest run (pytester)
# takes its snapshot of sys.modules keeps that run from unloading it and a later import from failing.
import numpy  # noqa: F401
import pytest

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.firewall import Firewall

REPO = Path(__file__).resolve().parent.parent
POLICIES = REPO / "policies"
TOOLS = REPO / "examples" / "tools.json"
# The start of a script for a fresh interpreter in which torch and sentence-transformers cannot be found, as
# after `pip install bastion` without the intent extra.
WITHOUT_INTENT_EXTRA = """
import importlib.abc, sys

class Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("torch", "sentence_transformers"):
            raise ModuleNotFoundError(name)
        return None

sys.meta_path.insert(0, Hide())
"""


@pytest.fixture
def pack_without_intent(tmp_path: Path) -> Path:
    """The default pack's policies and schema without intent.cedar: no embedding model loads."""
    for path in POLICIES.iterdir():
        if path.suffix in (".cedar", ".cedarschema") and path.name != "intent.cedar":
            shutil.copy(path, tmp_path / path.name)
    return tmp_path


@pytest.fixture
def catalog() -> Catalog:
    return Catalog.from_file(TOOLS)


@pytest.fixture
def firewall(catalog: Catalog) -> Firewall:
    config = Config(policies=POLICIES, allowed_roots=("/home/user",))
    return Firewall.from_config(config, catalog=catalog)


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    """A private copy of the default pack that a test may edit."""
    target = tmp_path / "policies"
    shutil.copytree(POLICIES, target)
    return target


# The URL of a PostgreSQL server the tests may create databases on (scripts/test starts one).
POSTGRES_ENV = "BASTION_TEST_POSTGRES"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"{POSTGRES_ENV} is not set: CI must run the PostgreSQL store's tests (scripts/test starts a server)"
            )
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
