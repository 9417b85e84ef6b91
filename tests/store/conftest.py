"""Shared fixtures for the audit store tests: the default policy pack and the example catalog."""

from __future__ import annotations

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
