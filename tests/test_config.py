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
    ],
)
def test_a_bad_audit_or_memory_setting_is_an_error_naming_it(settings: dict[str, object], named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        Config.from_mapping(settings)
