"""The approval queue's table in the SQLite audit store, shared by every process that opens the file.

Approvals live in their own table (migration `m003_approvals`), written on a connection of their own
so that an approval never joins a transaction of the decision log's writer. Each answer is also
appended to the hash-chained log as an `approval` record: who answered which call, how, and when.
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
from bastion.store.sqlite import SqliteStore

__all__ = ["SqliteApprovals"]

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


class SqliteApprovals:
    """The approval queue in a SQLite audit store (implements `bastion.approvals.ApprovalStore`).

    Args:
        path: The audit store file (created, with its schema, if missing).
        busy_timeout: Seconds to wait for another process holding the write lock.
    """

    def __init__(self, path: str | Path, *, busy_timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.log = SqliteStore(self.path, busy_timeout=busy_timeout)
        self._conn: aiosqlite.Connection | None = None
        self._lock: asyncio.Lock | None = None
        # One connection, one transaction at a time: concurrent asks and answers of this process queue here.
        self._writing: asyncio.Lock | None = None

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
            self._writing = asyncio.Lock()
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
        """Close the connection and the log (idempotent)."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await conn.close()
        await self.log.aclose()

    async def _connection(self) -> aiosqlite.Connection:
        await self.open()
        assert self._conn is not None
        return self._conn

    def _write_lock(self) -> asyncio.Lock:
        assert self._writing is not None
        return self._writing

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
        async with self._write_lock():
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
        async with self._write_lock():
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
            current = await self.get_approval(answered.approval_id)
            if current is None:
                raise ApprovalError(answered.approval_id, "unknown", f"no approval {answered.approval_id!r}")
            if current.status != "pending":
                raise ApprovalError(
                    answered.approval_id,
                    "answered",
                    f"approval {answered.approval_id!r} was already {current.status} by {current.answered_by!r}",
                )
            raise ApprovalError(answered.approval_id, "expired", f"approval {answered.approval_id!r} has expired")
        try:
            await self.log.append(
                {
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
            )
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
