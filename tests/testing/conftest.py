"""The in-process pytest runs (pytester) of these tests restore `sys.modules` when they end, dropping
what they imported. A C extension dropped that way cannot be imported again in the same process (the
embedding runtime aborts the interpreter), so the model is loaded once before any such run."""

from __future__ import annotations

import contextlib

import pytest

from bastion.errors import ConfigError
from bastion.intent.embedder import shared_embedder


@pytest.fixture(scope="session", autouse=True)
def _embedder_loaded_before_pytester() -> None:
    # With the core install there is no model to load, and nothing to keep loaded.
    with contextlib.suppress(ConfigError):
        shared_embedder().encode(["bastion"])
