"""Shared fixtures: the repository's own policy pack and example catalog."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.firewall import Firewall

REPO = Path(__file__).resolve().parent.parent
POLICIES = REPO / "policies"
TOOLS = REPO / "examples" / "tools.json"


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
