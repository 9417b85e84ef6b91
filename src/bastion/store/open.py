"""Choose the store a target names: a `postgresql://` URL, or an SQLite file."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from bastion.errors import StoreError
from bastion.store.postgres import PostgresStore, is_postgres_url
from bastion.store.sqlite import SqliteStore

__all__ = ["open_store"]


def open_store(
    target: str | Path, *, create: bool = True, synchronous: Literal["full", "normal"] = "full"
) -> SqliteStore | PostgresStore:
    """The store a target names (not yet opened: it opens on first use, inside the running loop).

    Args:
        target: `postgresql://user@host/database` (shared by many replicas) or an SQLite file path.
        create: Create the store if it does not exist (commands that only read pass False).
        synchronous: `full` or `normal` durability (see each store).

    Returns:
        The store.

    Raises:
        StoreError: The target is a URL of another kind.
    """
    if is_postgres_url(target):
        assert isinstance(target, str)
        return PostgresStore(target, create=create, synchronous=synchronous)
    if isinstance(target, str) and "://" in target:
        scheme = target.split("://", 1)[0]
        raise StoreError(f"{target.split('@')[-1]!r}: an audit store is a file or a postgresql:// URL, not {scheme}://")
    return SqliteStore(target, create=create, synchronous=synchronous)
