"""The audit setting: a file path (relative to the configuration file) or a PostgreSQL URL, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from bastion.config import Config
from bastion.errors import ConfigError
from bastion.store import PostgresStore, SqliteStore, open_store


def test_a_postgresql_url_stays_a_url_and_a_file_is_taken_from_the_configuration_directory(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('audit = "postgresql://bastion@db.internal/audit"\n')
    (tmp_path / "b.toml").write_text('audit = "logs/audit.db"\nsessions_in_memory = 50\nsession_idle_seconds = 5\n')

    shared = Config.load(tmp_path / "a.toml")
    local = Config.load(tmp_path / "b.toml")

    assert shared.audit == "postgresql://bastion@db.internal/audit"
    assert isinstance(open_store(shared.audit), PostgresStore)
    assert local.audit == tmp_path / "logs" / "audit.db"
    assert isinstance(local.audit, Path) and isinstance(open_store(local.audit), SqliteStore)
    assert (local.sessions_in_memory, local.session_idle_seconds) == (50, 5.0)


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"audit": "mysql://root@localhost/audit"}, "audit"),
        ({"sessions_in_memory": 0}, "sessions_in_memory"),
        ({"session_idle_seconds": 0}, "session_idle_seconds"),
        ({"audit": "postgresql://bastion@db/audit", "audit_pool_size": 0}, "audit_pool_size"),
        ({"audit": "postgresql://bastion@db/audit", "audit_pool_size": 5000}, "audit_pool_size"),
        ({"audit": "postgresql://bastion@db/audit", "audit_pool_size": "many"}, "audit_pool_size"),
        ({"audit": "audit.db", "audit_pool_size": 8}, "audit_pool_size"),
        ({"audit_pool_size": 8}, "audit_pool_size"),
        ({"audit": "postgresql://bastion@db/audit", "audit_lock_timeout": 0}, "audit_lock_timeout"),
        ({"audit": "postgresql://bastion@db/audit", "audit_lock_timeout": -1}, "audit_lock_timeout"),
        ({"audit": "postgresql://bastion@db/audit", "audit_lock_timeout": 1e9}, "audit_lock_timeout"),
    ],
)
def test_a_bad_audit_or_memory_setting_is_an_error_naming_it(settings: dict[str, object], named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        Config.from_mapping(settings)


def test_pool_size_and_lock_timeout_reach_the_store_they_configure(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(
        'audit = "postgresql://bastion@db.internal/audit"\naudit_pool_size = 40\naudit_lock_timeout = 2.5\n'
    )
    (tmp_path / "b.toml").write_text('audit = "audit.db"\naudit_lock_timeout = 4\n')
    shared = Config.load(tmp_path / "a.toml")
    local = Config.load(tmp_path / "b.toml")

    assert shared.audit is not None
    store = open_store(shared.audit, pool_size=shared.audit_pool_size, lock_timeout=shared.audit_lock_timeout)
    assert isinstance(store, PostgresStore)
    assert (store.pool_size, store.lock_timeout) == (40, 2.5)
    assert local.audit is not None
    sqlite = open_store(local.audit, lock_timeout=local.audit_lock_timeout)
    assert isinstance(sqlite, SqliteStore) and sqlite.busy_timeout == 4.0
    defaults = open_store("postgresql://bastion@db.internal/audit")
    assert isinstance(defaults, PostgresStore) and (defaults.pool_size, defaults.lock_timeout) == (16, 30.0)
