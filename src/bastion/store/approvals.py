"""The approval queue's table in the audit store, shared by every process that opens the store.

Approvals live in their own table (migration `m003_approvals` in SQLite, `p004_approvals` in
PostgreSQL), written on a connection of their own so that an approval never joins a transaction of
the decision log's writer. Each answer is also appended to the hash-chained log as an `approval`
record: who answered which call, how, and when.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import aiosqlite

from bastion.approvals import Approval
from bastion.errors import ApprovalError, StoreError
from bastion.store.migrations import LOCK_CLASS
from bastion.store.postgres import PostgresStore, is_postgres_url
from bastion.store.sqlite import SqliteStore

__all__ = ["PostgresApprovals", "SqliteApprovals", "open_approvals"]

_COLUMNS = (
    "id, call_key, session, call_id, tool, principal, request, created_at, expires_at, "
    "status, answered_by, answered_at, note"
)


def _to_approval(row: Any) -> Approval:
    request = json.loads(row[6])
    return Approval(
        approval_id=str(row[0]),
        call_key=str(row[1]),
        session=str(row[2]),
        call_id=str(row[3]),
        tool_name=str(row[4]),
        principal_id=row[5],
        arguments=dict(request.get("arguments") or {}),
        decision=dict(request.get("decision") or {}),
        created_at=float(row[7]),
        expires_at=float(row[8]),
        status=row[9],
        answered_by=row[10],
        answered_at=row[11],
        note=row[12] or "",
    )


def _not_answerable(approval_id: str, current: Approval | None) -> ApprovalError:
    """Why an approval could not take an answer: unknown, answered already, or expired."""
    if current is None:
        return ApprovalError(approval_id, "unknown", f"no approval {approval_id!r}")
    if current.status != "pending":
        return ApprovalError(
            approval_id, "answered", f"approval {approval_id!r} was already {current.status} by {current.answered_by!r}"
        )
    return ApprovalError(approval_id, "expired", f"approval {approval_id!r} has expired")


class SqliteApprovals:
    """The approval queue in a SQLite audit store (implements `bastion.approvals.ApprovalStore`).

    Args:
        path: The audit store file (created, with its schema, if missing).
        busy_timeout: Seconds to wait for another process holding the write lock.
        log: The process's store of that file, shared with its firewalls, to append answers to (its
            owner closes it); default: a store of the queue's own.
    """

    def __init__(self, path: str | Path, *, busy_timeout: float = 10.0, log: SqliteStore | None = None) -> None:
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.is_owning_log = log is None
        self.log = SqliteStore(self.path, busy_timeout=busy_timeout) if log is None else log
        self._conn: aiosqlite.Connection | None = None
        self._lock: asyncio.Lock | None = None
        # One connection, one transaction at a time: concurrent asks and answers of this process queue here.
        self._writing = asyncio.Lock()

    def __repr__(self) -> str:
        return f"SqliteApprovals({str(self.path)!r})"

    async def open(self) -> None:
        """Open the store (applying its migrations) and the queue's own connection.

        Raises:
            StoreError: The store cannot be opened, or is not a bastion store.
        """
        if self._conn is not None:
            return
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._conn is not None:
                return
            await self.log.open()
            try:
                conn = await aiosqlite.connect(str(self.path))
                await conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot open the approval queue: {exc}") from exc
            self._conn = conn

    async def aclose(self) -> None:
        """Close the connection, and the log if it is the queue's own (idempotent)."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await conn.close()
        if self.is_owning_log:
            await self.log.aclose()

    async def _connection(self) -> aiosqlite.Connection:
        await self.open()
        assert self._conn is not None
        return self._conn

    async def _fetch(self, sql: str, params: tuple[Any, ...]) -> list[Approval]:
        conn = await self._connection()
        try:
            rows = list(await conn.execute_fetchall(sql, params))
            return [_to_approval(row) for row in rows]
        except (sqlite3.Error, ValueError) as exc:
            raise StoreError(f"{self.path}: cannot read the approval queue: {exc}") from exc

    async def add_approval(self, approval: Approval) -> Approval:
        """See `ApprovalStore.add_approval`."""
        conn = await self._connection()
        request = json.dumps({"arguments": approval.arguments, "decision": approval.decision}, default=str)
        async with self._writing:
            return await self._add(conn, approval, request)

    async def _add(self, conn: aiosqlite.Connection, approval: Approval, request: str) -> Approval:
        try:
            # BEGIN IMMEDIATE takes the write lock first, so two processes asking about the same
            # call at once end with one approval, not two.
            await conn.execute("BEGIN IMMEDIATE")
            rows = list(
                await conn.execute_fetchall(
                    f"SELECT {_COLUMNS} FROM approvals WHERE call_key = ? AND expires_at > ? "
                    "ORDER BY created_at DESC LIMIT 1",
                    (approval.call_key, approval.created_at),
                )
            )
            if rows:
                await conn.rollback()
                return _to_approval(rows[0])
            await conn.execute(
                f"INSERT INTO approvals ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', NULL, NULL, '')",
                (
                    approval.approval_id,
                    approval.call_key,
                    approval.session,
                    approval.call_id,
                    approval.tool_name,
                    approval.principal_id,
                    request,
                    approval.created_at,
                    approval.expires_at,
                ),
            )
            await conn.commit()
        except sqlite3.Error as exc:
            if conn.in_transaction:
                await conn.rollback()
            raise StoreError(f"{self.path}: cannot add to the approval queue: {exc}") from exc
        return approval

    async def get_approval(self, approval_id: str) -> Approval | None:
        """See `ApprovalStore.get_approval`."""
        found = await self._fetch(f"SELECT {_COLUMNS} FROM approvals WHERE id = ?", (approval_id,))
        return found[0] if found else None

    async def live_approval(self, key: str, now: float) -> Approval | None:
        """See `ApprovalStore.live_approval`."""
        found = await self._fetch(
            f"SELECT {_COLUMNS} FROM approvals WHERE call_key = ? AND expires_at > ? ORDER BY created_at DESC LIMIT 1",
            (key, now),
        )
        return found[0] if found else None

    async def list_approvals(self, *, is_pending_only: bool, now: float, limit: int) -> list[Approval]:
        """See `ApprovalStore.list_approvals`."""
        if is_pending_only:
            return await self._fetch(
                f"SELECT {_COLUMNS} FROM approvals WHERE status = 'pending' AND expires_at > ? "
                "ORDER BY created_at DESC LIMIT ?",
                (now, limit),
            )
        return await self._fetch(f"SELECT {_COLUMNS} FROM approvals ORDER BY created_at DESC LIMIT ?", (limit,))

    async def answer_approval(self, answered: Approval) -> Approval:
        """See `ApprovalStore.answer_approval`."""
        conn = await self._connection()
        async with self._writing:
            return await self._answer(conn, answered)

    async def _answer(self, conn: aiosqlite.Connection, answered: Approval) -> Approval:
        now = answered.answered_at if answered.answered_at is not None else time.time()
        try:
            cursor = await conn.execute(
                "UPDATE approvals SET status = ?, answered_by = ?, answered_at = ?, note = ?, expires_at = ? "
                "WHERE id = ? AND status = 'pending' AND expires_at > ?",
                (
                    answered.status,
                    answered.answered_by,
                    now,
                    answered.note,
                    answered.expires_at,
                    answered.approval_id,
                    now,
                ),
            )
            changed = cursor.rowcount
            await conn.commit()
        except sqlite3.Error as exc:
            if conn.in_transaction:
                await conn.rollback()
            raise StoreError(f"{self.path}: cannot record the answer to {answered.approval_id!r}: {exc}") from exc
        if changed != 1:
            raise _not_answerable(answered.approval_id, await self.get_approval(answered.approval_id))
        try:
            await self.log.append(_answer_record(answered, now))
        except StoreError:
            # An answer nobody can audit does not stand: put the approval back as it was.
            await conn.execute(
                "UPDATE approvals SET status = 'pending', answered_by = NULL, answered_at = NULL, note = '', "
                "expires_at = ? WHERE id = ? AND answered_at = ?",
                (answered.created_at + (answered.expires_at - now), answered.approval_id, now),
            )
            await conn.commit()
            raise
        return answered


def _answer_record(answered: Approval, now: float) -> dict[str, Any]:
    return {
        "ts": now,
        "session": answered.session,
        "type": "approval",
        "approval": {
            "approval_id": answered.approval_id,
            "call_id": answered.call_id,
            "tool": answered.tool_name,
            "call_key": answered.call_key,
            "answer": answered.status,
            "answered_by": answered.answered_by,
            "note": answered.note,
            "expires_at": answered.expires_at,
        },
    }


class PostgresApprovals:
    """The approval queue in a PostgreSQL audit store, shared by every replica (implements `ApprovalStore`).

    Args:
        url: The audit store's URL (its schema is created, if missing, by the log's migrations).
        log: The process's store of that database, shared with its firewalls (its owner closes it);
            default: a store, and a connection pool, of the queue's own.
    """

    def __init__(self, url: str, *, log: PostgresStore | None = None) -> None:
        self.is_owning_log = log is None
        self.log = PostgresStore(url) if log is None else log
        self.location = self.log.location

    def __repr__(self) -> str:
        return f"PostgresApprovals({self.location!r})"

    async def open(self) -> None:
        """Open the store (applying its migrations).

        Raises:
            StoreError: The server cannot be reached, or the database holds no bastion store.
        """
        await self.log.open()

    async def aclose(self) -> None:
        """Close the store, if it is the queue's own (idempotent)."""
        if self.is_owning_log:
            await self.log.aclose()

    async def _fetch(self, sql: str, *params: Any) -> list[Approval]:
        await self.open()
        rows = await self.log._fetch(sql, *params)
        try:
            return [_to_approval(row) for row in rows]
        except ValueError as exc:
            raise StoreError(f"{self.location}: cannot read the approval queue: {exc}") from exc

    async def add_approval(self, approval: Approval) -> Approval:
        """See `ApprovalStore.add_approval`."""
        import asyncpg

        await self.open()
        request = json.dumps({"arguments": approval.arguments, "decision": approval.decision}, default=str)
        try:
            async with self.log._get_pool().acquire() as conn, conn.transaction():
                # The call's own lock: two replicas asking about the same call at once end with one approval.
                await conn.execute("SELECT pg_advisory_xact_lock($1, hashtext($2))", LOCK_CLASS, approval.call_key)
                row = await conn.fetchrow(
                    f"SELECT {_COLUMNS} FROM approvals WHERE call_key = $1 AND expires_at > $2 "
                    "ORDER BY created_at DESC LIMIT 1",
                    approval.call_key,
                    approval.created_at,
                )
                if row is not None:
                    return _to_approval(row)
                await conn.execute(
                    f"INSERT INTO approvals ({_COLUMNS}) "
                    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', NULL, NULL, '')",
                    approval.approval_id,
                    approval.call_key,
                    approval.session,
                    approval.call_id,
                    approval.tool_name,
                    approval.principal_id,
                    request,
                    approval.created_at,
                    approval.expires_at,
                )
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StoreError(f"{self.location}: cannot add to the approval queue: {exc}") from exc
        return approval

    async def get_approval(self, approval_id: str) -> Approval | None:
        """See `ApprovalStore.get_approval`."""
        found = await self._fetch(f"SELECT {_COLUMNS} FROM approvals WHERE id = $1", approval_id)
        return found[0] if found else None

    async def live_approval(self, key: str, now: float) -> Approval | None:
        """See `ApprovalStore.live_approval`."""
        found = await self._fetch(
            f"SELECT {_COLUMNS} FROM approvals WHERE call_key = $1 AND expires_at > $2 "
            "ORDER BY created_at DESC LIMIT 1",
            key,
            now,
        )
        return found[0] if found else None

    async def list_approvals(self, *, is_pending_only: bool, now: float, limit: int) -> list[Approval]:
        """See `ApprovalStore.list_approvals`."""
        if is_pending_only:
            return await self._fetch(
                f"SELECT {_COLUMNS} FROM approvals WHERE status = 'pending' AND expires_at > $1 "
                "ORDER BY created_at DESC LIMIT $2",
                now,
                limit,
            )
        return await self._fetch(f"SELECT {_COLUMNS} FROM approvals ORDER BY created_at DESC LIMIT $1", limit)

    async def answer_approval(self, answered: Approval) -> Approval:
        """See `ApprovalStore.answer_approval`."""
        import asyncpg

        await self.open()
        now = answered.answered_at if answered.answered_at is not None else time.time()
        try:
            async with self.log._get_pool().acquire() as conn:
                changed = await conn.fetchval(
                    "WITH answered AS (UPDATE approvals SET status = $1, answered_by = $2, answered_at = $3, "
                    "note = $4, expires_at = $5 WHERE id = $6 AND status = 'pending' AND expires_at > $3 "
                    "RETURNING id) SELECT count(*) FROM answered",
                    answered.status,
                    answered.answered_by,
                    now,
                    answered.note,
                    answered.expires_at,
                    answered.approval_id,
                )
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StoreError(f"{self.location}: cannot record the answer to {answered.approval_id!r}: {exc}") from exc
        if changed != 1:
            raise _not_answerable(answered.approval_id, await self.get_approval(answered.approval_id))
        try:
            await self.log.append(_answer_record(answered, now))
        except StoreError:
            # An answer nobody can audit does not stand: put the approval back as it was.
            await self.log._fetch(
                "UPDATE approvals SET status = 'pending', answered_by = NULL, answered_at = NULL, note = '', "
                "expires_at = $1 WHERE id = $2 AND answered_at = $3",
                answered.created_at + (answered.expires_at - now),
                answered.approval_id,
                now,
            )
            raise
        return answered


def open_approvals(
    target: str | Path, *, log: SqliteStore | PostgresStore | None = None
) -> SqliteApprovals | PostgresApprovals:
    """The approval queue in the audit store a target names (a file path or a postgresql:// URL).

    Args:
        target: The audit store.
        log: The process's store of that target, shared with its firewalls (see `SqliteApprovals`).

    Raises:
        StoreError: The shared store is of the other engine than the target.
    """
    if is_postgres_url(target):
        assert isinstance(target, str)
        if log is not None and not isinstance(log, PostgresStore):
            raise StoreError(f"the approval queue of {log.location!r}: {log!r} is not a PostgreSQL store")
        return PostgresApprovals(target, log=log)
    if log is not None and not isinstance(log, SqliteStore):
        raise StoreError(f"the approval queue of {target}: {log!r} is not an SQLite store")
    return SqliteApprovals(target, log=log)
