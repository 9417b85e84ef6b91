"""Choose the store a target names: a `postgresql://` URL, or an SQLite file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from bastion.errors import StoreError
from bastion.store.postgres import PostgresStore, is_postgres_url
from bastion.store.sqlite import SqliteStore

__all__ = ["open_store"]


def open_store(
    target: str | Path,
    *,
    create: bool = True,
    synchronous: Literal["full", "normal"] = "full",
    pool_size: int | None = None,
    lock_timeout: float | None = None,
) -> SqliteStore | PostgresStore:
    """The store a target names (not yet opened: it opens on first use, inside the running loop).

    Args:
        target: `postgresql://user@host/database` (shared by many replicas) or an SQLite file path.
        create: Create the store if it does not exist (commands that only read pass False).
        synchronous: `full` or `normal` durability (see each store).
        pool_size: PostgreSQL's connection pool (None: its default).
        lock_timeout: Seconds to wait for what another process holds (None: the store's default).

    Returns:
        The store.

    Raises:
        StoreError: The target is a URL of another kind, or a pool size is given for SQLite.
    """
    if is_postgres_url(target):
        assert isinstance(target, str)
        settings: dict[str, Any] = {}
        if pool_size is not None:
            settings["pool_size"] = pool_size
        if lock_timeout is not None:
            settings["lock_timeout"] = lock_timeout
        return PostgresStore(target, create=create, synchronous=synchronous, **settings)
    if isinstance(target, str) and "://" in target:
        scheme = target.split("://", 1)[0]
        raise StoreError(f"{target.split('@')[-1]!r}: an audit store is a file or a postgresql:// URL, not {scheme}://")
    if pool_size is not None:
        raise StoreError(f"{target}: a pool size applies to a postgresql:// store, not to an SQLite file")
    if lock_timeout is None:
        return SqliteStore(target, create=create, synchronous=synchronous)
    return SqliteStore(target, create=create, synchronous=synchronous, busy_timeout=lock_timeout)
