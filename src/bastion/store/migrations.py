"""The store's schema, as named migrations applied in order and recorded in `bastion_migrations`.

A migration that has shipped is never edited: a schema change is a new migration appended to
MIGRATIONS. A store that records a migration this bastion does not know was written by a newer
bastion (StoreVersionError).
"""

from __future__ import annotations

from dataclasses import dataclass

from bastion.errors import StoreCorruptError, StoreVersionError

__all__ = ["APPLICATION_ID", "MIGRATIONS", "Migration", "check_applied"]

# `PRAGMA application_id` marks the file as a bastion store ("bst1").
APPLICATION_ID = 0x62737431


@dataclass(frozen=True)
class Migration:
    """One schema change.

    Args:
        name: Its unique, never reused name; the order of MIGRATIONS is the order applied.
        sql: The statements (run in one transaction with the row recording it).
    """

    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "m001_decision_log",
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta (key, value) VALUES ('hash_key', lower(hex(randomblob(32))));
        CREATE TABLE records (
            seq INTEGER PRIMARY KEY,
            ts REAL NOT NULL,
            session TEXT NOT NULL,
            type TEXT NOT NULL,
            call_id TEXT,
            tool TEXT,
            verdict TEXT,
            policy_version TEXT,
            latency_us REAL,
            body TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX records_session ON records (session, seq);
        CREATE INDEX records_ts ON records (ts);
        CREATE INDEX records_tool ON records (tool, seq);
        CREATE TABLE chain_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seq INTEGER NOT NULL,
            hash TEXT NOT NULL
        );
        INSERT INTO chain_head (id, seq, hash)
            VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
        CREATE TRIGGER records_advance_head AFTER INSERT ON records
        BEGIN
            UPDATE chain_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
        END;
        CREATE TRIGGER records_no_update BEFORE UPDATE ON records
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END;
        CREATE TRIGGER records_no_delete BEFORE DELETE ON records
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END;
        """,
    ),
    Migration(
        "m002_session_checkpoints",
        """
        CREATE TABLE checkpoints (
            session TEXT PRIMARY KEY,
            slots TEXT NOT NULL,
            updated_at REAL NOT NULL,
            seq INTEGER NOT NULL
        );
        """,
    ),
    Migration(
        "m003_principals_and_quarantines",
        """
        CREATE TABLE principal_checkpoints (
            principal TEXT PRIMARY KEY,
            slots TEXT NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE TABLE quarantines (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('session', 'principal')),
            subject TEXT NOT NULL,
            since REAL NOT NULL,
            reason TEXT NOT NULL,
            released_at REAL,
            released_by TEXT
        );
        CREATE INDEX quarantines_subject ON quarantines (kind, subject);
        """,
    ),
)


def check_applied(applied: list[str], source: str) -> list[Migration]:
    """The migrations still to apply, given those a store records.

    Args:
        applied: The names the store records, in the order applied.
        source: The store's name, for errors.

    Returns:
        The pending migrations, in order.

    Raises:
        StoreVersionError: The store records a migration this bastion does not know.
        StoreCorruptError: The recorded migrations are not a prefix of the known ones.
    """
    known = [m.name for m in MIGRATIONS]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreVersionError(
            f"{source}: written by a newer bastion (schema migration {unknown[0]!r} is unknown to this "
            f"version, which knows up to {known[-1]!r}); upgrade bastion to read it"
        )
    if applied != known[: len(applied)]:
        raise StoreCorruptError(f"{source}: schema migrations recorded out of order: {applied}")
    return list(MIGRATIONS[len(applied) :])
