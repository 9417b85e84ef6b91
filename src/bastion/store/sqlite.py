"""The SQLite audit store, through aiosqlite: one file in WAL mode holding the decision log and checkpoints.

Every write goes through one writer task. Whatever is pending when it wakes (records and checkpoints
of any number of concurrent sessions) is written in one transaction and committed with one sync
(group commit); `append` returns only once its transaction is durable, and a record's session
checkpoint can ride in the same transaction. The writer chains each record to the one before
(see `bastion.store.chain`).

The store opens lazily, on first use inside the running event loop, and is closed with `aclose`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import aiosqlite

from bastion.errors import StoreCorruptError, StoreError, StoreStateError
from bastion.store.chain import GENESIS, ChainBreak, canonical_json, index_columns, link_hash, verify_chain
from bastion.store.migrations import APPLICATION_ID, MIGRATIONS, check_applied
from bastion.store.records import Receipt, RecordFilter, StoredRecord, VerifyReport

__all__ = ["SqliteStore"]

logger = logging.getLogger("bastion.store")

_SQLITE_HEADER = b"SQLite format 3\x00"
_COLUMNS = "seq, ts, session, type, call_id, tool, verdict, policy_version, latency_us, body, prev_hash, hash"
_INSERT_RECORD = f"INSERT INTO records ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_UPSERT_CHECKPOINT = (
    "INSERT INTO checkpoints (session, slots, updated_at, seq) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (session) DO UPDATE SET slots = excluded.slots, updated_at = excluded.updated_at, seq = excluded.seq"
)
_UPSERT_PRINCIPAL = (
    "INSERT INTO principal_checkpoints (principal, slots, updated_at) VALUES (?, ?, ?) "
    "ON CONFLICT (principal) DO UPDATE SET slots = excluded.slots, updated_at = excluded.updated_at"
)
_INSERT_QUARANTINE = "INSERT INTO quarantines (kind, subject, since, reason) VALUES (?, ?, ?, ?)"
_RELEASE_QUARANTINE = (
    "UPDATE quarantines SET released_at = ?, released_by = ? WHERE kind = ? AND subject = ? AND released_at IS NULL"
)
_CHUNK = 1000
# Sessions whose last written state is remembered (to skip an unchanged one).
_REMEMBERED_CHECKPOINTS = 4096
# Commits between two WAL checkpoints (a commit writes a handful of pages).
_CHECKPOINT_EVERY = 64
# A commit that conflicts with another process's append is retried with the chain reloaded.
_ATTEMPTS = 5


_Kind = Literal["record", "checkpoint", "flush", "principal", "quarantine"]


@dataclass
class _Pending:
    kind: _Kind
    text: str
    body: dict[str, Any] | None
    session: str | None
    future: asyncio.Future[Any] | None = field(repr=False)


def _fail(future: asyncio.Future[Any] | None, exc: BaseException) -> None:
    if future is not None and not future.done():
        future.set_exception(exc)


def _succeed(future: asyncio.Future[Any] | None, value: Any) -> None:
    if future is not None and not future.done():
        future.set_result(value)


class SqliteStore:
    """The audit store in one SQLite file (WAL): the hash-chained decision log and session checkpoints.

    It implements the firewall's `CheckpointStore` protocol.

    Args:
        path: The database file.
        create: Create the file if it does not exist (commands that only read pass False).
        synchronous: `full` syncs every commit to disk (a returned record survives power loss);
            `normal` survives a crash of the process but not of the machine.
        busy_timeout: Seconds to wait for another process holding the write lock.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        create: bool = True,
        synchronous: Literal["full", "normal"] = "full",
        busy_timeout: float = 10.0,
    ) -> None:
        self.path = Path(path)
        self.is_creating = create
        self.synchronous = synchronous
        self.busy_timeout = busy_timeout
        self._conn: aiosqlite.Connection | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._open_lock: asyncio.Lock | None = None
        self._writer: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._pending: list[_Pending] = []
        self._head: tuple[int, str] = (0, GENESIS)
        self._hash_key: bytes = b""
        self._checkpointer: aiosqlite.Connection | None = None
        self._batch: list[_Pending] | None = None
        # The last state written per session, to skip writing it again; bounded, since the firewall
        # evicts idle sessions and this must not keep what it lets go.
        self._checkpointed: OrderedDict[str, str] = OrderedDict()
        self._checkpointing: asyncio.Task[None] | None = None
        self._principals_written: dict[str, str] = {}
        self._commits_since_checkpoint = 0
        self._is_closing = False
        self._is_closed = False
        self.commits = 0

    def __repr__(self) -> str:
        return f"SqliteStore({str(self.path)!r})"

    @property
    def location(self) -> str:
        """The file, to name in messages."""
        return str(self.path)

    # -- opening and closing -------------------------------------------------------------------

    async def open(self) -> None:
        """Open the file, check it is a bastion store, apply pending migrations and start the writer.

        Called by every other method; calling it first only makes errors surface early.

        Raises:
            StoreCorruptError: The file is not a bastion store, or is damaged.
            StoreVersionError: The store was written by a newer bastion.
            StoreError: The file is missing (with create=False), or the store is closed.
        """
        loop = asyncio.get_running_loop()
        if self._conn is not None:
            if loop is not self._loop:
                raise StoreError(f"{self.path}: the audit store was opened in another event loop")
            return
        if self._is_closed:
            raise StoreError(f"{self.path}: the audit store is closed")
        if self._open_lock is None:
            self._open_lock = asyncio.Lock()
        async with self._open_lock:
            if self._conn is not None:
                return
            conn = await self._connect()
            try:
                await self._prepare(conn)
            except sqlite3.DatabaseError as exc:
                await conn.close()
                raise StoreCorruptError(f"{self.path}: not a readable bastion audit store: {exc}") from exc
            except BaseException:
                await conn.close()
                raise
            self._loop = loop
            self._wake = asyncio.Event()
            self._conn = conn
            self._writer = loop.create_task(self._write_loop(), name=f"bastion-audit-writer:{self.path.name}")

    async def _connect(self) -> aiosqlite.Connection:
        path = self.path
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not an audit store file")
        if path.exists():
            with path.open("rb") as handle:
                header = handle.read(len(_SQLITE_HEADER))
            if header and header != _SQLITE_HEADER:
                raise StoreCorruptError(f"{path}: not a bastion audit store (not an SQLite database)")
            if not header and not self.is_creating:
                raise StoreCorruptError(f"{path}: an empty file, not a bastion audit store")
        elif not self.is_creating:
            raise StoreError(f"{path}: no such audit store")
        elif not path.parent.is_dir():
            raise StoreError(f"{path}: cannot create the audit store: directory {path.parent} does not exist")
        try:
            return await aiosqlite.connect(str(path))
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the audit store: {exc}") from exc

    async def _prepare(self, conn: aiosqlite.Connection) -> None:
        await conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        app_id = await self._scalar(conn, "PRAGMA application_id")
        tables = {row[0] for row in await conn.execute_fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and app_id == 0:
            if not self.is_creating:
                raise StoreCorruptError(f"{self.path}: an empty database, not a bastion audit store")
            await conn.executescript(
                f"PRAGMA application_id = {APPLICATION_ID};"
                "CREATE TABLE IF NOT EXISTS bastion_migrations ("
                " seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at REAL NOT NULL);"
            )
        elif app_id != APPLICATION_ID or "bastion_migrations" not in tables:
            listed = ", ".join(sorted(tables)) or "none"
            raise StoreCorruptError(
                f"{self.path}: not a bastion audit store (an SQLite database with tables: {listed})"
            )
        mode = await self._scalar(conn, "PRAGMA journal_mode = WAL")
        if str(mode).lower() != "wal":
            raise StoreError(f"{self.path}: cannot switch the audit store to WAL mode (got {mode!r})")
        await conn.execute(f"PRAGMA synchronous = {self.synchronous.upper()}")
        # The writer never copies the WAL back into the database itself (a commit that did would
        # stall every decision waiting on it); `_checkpoint_wal` does, on its own connection.
        await conn.execute("PRAGMA wal_autocheckpoint = 0")
        applied = [row[0] for row in await conn.execute_fetchall("SELECT name FROM bastion_migrations ORDER BY seq")]
        for migration in check_applied(applied, str(self.path), MIGRATIONS):
            try:
                await conn.executescript(
                    f"BEGIN IMMEDIATE;\n{migration.sql}\n"
                    f"INSERT INTO bastion_migrations (name, applied_at) VALUES ('{migration.name}', {time.time()});\n"
                    "COMMIT;"
                )
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    await conn.rollback()
                raise StoreError(f"{self.path}: schema migration {migration.name!r} failed: {exc}") from exc
            logger.info("%s: applied schema migration %s", self.path, migration.name)
        head = list(await conn.execute_fetchall("SELECT seq, hash FROM chain_head WHERE id = 1"))
        if len(head) != 1:
            raise StoreCorruptError(f"{self.path}: the chain head is missing")
        self._head = (int(head[0][0]), str(head[0][1]))
        key = list(await conn.execute_fetchall("SELECT value FROM meta WHERE key = 'hash_key'"))
        try:
            self._hash_key = bytes.fromhex(key[0][0])
        except (IndexError, ValueError):
            raise StoreCorruptError(f"{self.path}: the store's hashing key is missing or malformed") from None

    @staticmethod
    async def _scalar(conn: aiosqlite.Connection, sql: str) -> Any:
        rows = list(await conn.execute_fetchall(sql))
        return rows[0][0] if rows else None

    async def aclose(self) -> None:
        """Write whatever is pending, stop the writer and close the file (idempotent)."""
        if self._is_closed:
            return
        self._is_closed = True
        if self._writer is not None and self._wake is not None:
            self._is_closing = True
            self._wake.set()
            await self._writer
        await self._close_connections()

    async def _close_connections(self) -> None:
        if self._checkpointing is not None:
            # A checkpoint cancelled with the loop is no error: the WAL is checkpointed on close.
            await asyncio.gather(self._checkpointing, return_exceptions=True)
        if self._checkpointer is not None:
            await self._checkpointer.close()
            self._checkpointer = None
        # SQLite checkpoints the WAL itself when the last connection to the file closes.
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await conn.close()

    async def __aenter__(self) -> SqliteStore:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def _connection(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise StoreError(f"{self.path}: the audit store is closed")
        return self._conn

    # -- writing -------------------------------------------------------------------------------

    async def hash_key(self) -> bytes:
        """The store's own key for keyed hashes of logged values (privacy mode `hashed`)."""
        await self.open()
        return self._hash_key

    async def append(self, body: dict[str, Any]) -> Receipt:
        """Append one record; return once it is durable.

        Args:
            body: The record (JSON values only): `ts`, `session`, `type`, and what the type carries.

        Returns:
            Its sequence number and hash.

        Raises:
            StoreError: The record could not be written (the caller must not act as if it were).
        """
        (receipt,) = await self.append_many([body])
        return receipt

    async def append_many(
        self,
        bodies: Sequence[dict[str, Any]],
        *,
        checkpoint: tuple[str, dict[str, dict[str, Any]]] | None = None,
        principal: tuple[str, dict[str, dict[str, Any]]] | None = None,
    ) -> list[Receipt]:
        """Append records in this order, in one transaction; return once they are durable.

        Args:
            bodies: The records.
            checkpoint: A session id and its slots, committed in the same transaction as the records.
            principal: A principal id and its slots, likewise.

        Returns:
            Their receipts, in order.

        Raises:
            StoreError: The records could not be written.
        """
        await self.open()
        texts = []
        for body in bodies:
            try:
                texts.append(canonical_json(body))
            except (TypeError, ValueError) as exc:
                raise StoreError(f"audit record is not JSON-serializable: {exc}") from exc
        # Both states are serialised before anything is enqueued: a bad one writes nothing.
        session_text = None if checkpoint is None else _state_text("session", *checkpoint)
        principal_text = None if principal is None else _state_text("principal", *principal)
        if checkpoint is not None and session_text is not None:
            self._enqueue_session_text(checkpoint[0], session_text)
        if principal is not None and principal_text is not None:
            self._enqueue_principal_text(principal[0], principal_text)
        futures = [self._enqueue("record", text, body, None).future for text, body in zip(texts, bodies, strict=True)]
        if len(futures) == 1:
            assert futures[0] is not None
            return [await futures[0]]
        return list(await asyncio.gather(*(f for f in futures if f is not None)))

    async def save_session(self, session_id: str, slots: dict[str, dict[str, Any]]) -> None:
        """Checkpoint a session's state (every stage slot), written with the next commit.

        The state is copied now and committed with whatever the writer commits next, without
        waiting for it. With the audit recorder in the pipeline the checkpoint has usually gone
        already, in the same transaction as the event's record (`append_many(checkpoint=...)`),
        and an unchanged state is not written again. A checkpoint that fails to commit fails its
        whole batch, so the records committed with it fail too, and the failure is logged.

        Args:
            session_id: The session.
            slots: Each stage's slot, keyed by stage name; JSON values only.

        Raises:
            StoreError: A slot is not JSON-serializable, or the store is closed.
        """
        await self.open()
        self._enqueue_checkpoint(session_id, slots)

    def _enqueue_checkpoint(self, session_id: str, slots: dict[str, dict[str, Any]]) -> None:
        self._enqueue_session_text(session_id, _state_text("session", session_id, slots))

    def _enqueue_session_text(self, session_id: str, text: str) -> None:
        # The same state again (already written with the session's last record) is not written twice.
        if self._checkpointed.get(session_id) == text:
            self._checkpointed.move_to_end(session_id)
            return
        self._checkpointed[session_id] = text
        self._checkpointed.move_to_end(session_id)
        if len(self._checkpointed) > _REMEMBERED_CHECKPOINTS:
            self._checkpointed.popitem(last=False)
        self._enqueue("checkpoint", text, None, session_id)

    async def flush(self) -> None:
        """Wait until everything enqueued so far (checkpoints included) is durable.

        Raises:
            StoreError: The commit failed.
        """
        await self.open()
        if self._pending:
            future = self._enqueue("flush", "", None, None).future
            assert future is not None
            await future

    async def load_session(self, session_id: str) -> dict[str, dict[str, Any]] | None:
        """A session's slots as last checkpointed, or None for a session never seen.

        Raises:
            StoreCorruptError: The checkpoint is not valid JSON of the expected shape.
        """
        await self.open()
        for item in reversed(self._pending):
            if item.kind == "checkpoint" and item.session == session_id:
                return self._parse_slots(session_id, item.text)
        try:
            rows = list(
                await self._connection().execute_fetchall(
                    "SELECT slots FROM checkpoints WHERE session = ?", (session_id,)
                )
            )
        except sqlite3.DatabaseError as exc:
            raise StoreCorruptError(f"{self.path}: cannot read checkpoint of session {session_id!r}: {exc}") from exc
        if not rows:
            return None
        return self._parse_slots(session_id, rows[0][0])

    async def save_principal(self, principal_id: str, slots: dict[str, dict[str, Any]]) -> None:
        """Checkpoint a principal's state (shared by its sessions), written with the next commit.

        Args:
            principal_id: The principal.
            slots: Each stage's slot, keyed by stage name; JSON values only.

        Raises:
            StoreError: A slot is not JSON-serializable, or the store is closed.
        """
        await self.open()
        self._enqueue_principal(principal_id, slots)

    def _enqueue_principal(self, principal_id: str, slots: dict[str, dict[str, Any]]) -> None:
        self._enqueue_principal_text(principal_id, _state_text("principal", principal_id, slots))

    def _enqueue_principal_text(self, principal_id: str, text: str) -> None:
        if self._principals_written.get(principal_id) == text:
            return
        self._principals_written[principal_id] = text
        if len(self._principals_written) > _REMEMBERED_CHECKPOINTS:
            self._principals_written.pop(next(iter(self._principals_written)))
        self._enqueue("principal", text, None, principal_id)

    async def load_principal(self, principal_id: str) -> dict[str, dict[str, Any]] | None:
        """A principal's slots as last checkpointed, or None for a principal never seen.

        Raises:
            StoreCorruptError: The checkpoint is not valid JSON of the expected shape.
        """
        await self.open()
        for item in reversed(self._pending):
            if item.kind == "principal" and item.session == principal_id:
                return self._parse_slots(f"principal {principal_id}", item.text)
        try:
            rows = list(
                await self._connection().execute_fetchall(
                    "SELECT slots FROM principal_checkpoints WHERE principal = ?", (principal_id,)
                )
            )
        except sqlite3.DatabaseError as exc:
            raise StoreCorruptError(
                f"{self.path}: cannot read checkpoint of principal {principal_id!r}: {exc}"
            ) from exc
        return self._parse_slots(f"principal {principal_id}", rows[0][0]) if rows else None

    async def add_quarantine(
        self, kind: Literal["session", "principal"], subject: str, reason: str, since: float
    ) -> None:
        """Record a quarantine, and append it to the audit log; return once both are durable.

        Raises:
            StoreError: It could not be written.
        """
        await self.open()
        row = {"op": "add", "kind": kind, "subject": subject, "since": since, "reason": reason}
        self._enqueue("quarantine", "", row, None)
        body = {"ts": time.time(), "session": subject if kind == "session" else "", "type": "quarantine", **row}
        body.pop("op")
        await self.append(body)

    async def release_quarantine(self, kind: Literal["session", "principal"], subject: str, released_by: str) -> int:
        """Release a session's or principal's quarantine, and append the release to the audit log.

        Args:
            kind: `session` or `principal`.
            subject: The session or principal id.
            released_by: Who released it (recorded).

        Returns:
            How many active quarantines were released (0: none was active).

        Raises:
            StoreError: It could not be written.
        """
        active = [q for q in await self.quarantines() if q["kind"] == kind and q["subject"] == subject]
        if not active:
            return 0
        row = {"op": "release", "kind": kind, "subject": subject, "released_by": released_by, "at": time.time()}
        self._enqueue("quarantine", "", row, None)
        body = {
            "ts": row["at"],
            "session": subject if kind == "session" else "",
            "type": "quarantine_release",
            "kind": kind,
            "subject": subject,
            "released_by": released_by,
        }
        await self.append(body)
        return len(active)

    async def quarantines(self, *, include_released: bool = False) -> list[dict[str, Any]]:
        """The quarantines recorded (active ones only, unless `include_released`), oldest first.

        Raises:
            StoreCorruptError: The table cannot be read.
        """
        await self.open()
        await self.flush()
        where = "" if include_released else " WHERE released_at IS NULL"
        try:
            rows = await self._connection().execute_fetchall(
                f"SELECT kind, subject, since, reason, released_at, released_by FROM quarantines{where} ORDER BY id"
            )
        except sqlite3.DatabaseError as exc:
            raise StoreCorruptError(f"{self.path}: cannot read quarantines: {exc}") from exc
        names = ("kind", "subject", "since", "reason", "released_at", "released_by")
        return [dict(zip(names, row, strict=True)) for row in rows]

    async def quarantine_released(self, kind: Literal["session", "principal"], subject: str, since: float) -> bool:
        """True if the quarantine of `subject` that began at `since` was released (by any process).

        Raises:
            StoreCorruptError: The table cannot be read.
        """
        await self.open()
        for item in reversed(self._pending):
            if (
                item.kind == "quarantine"
                and item.body
                and item.body["subject"] == subject
                and item.body["kind"] == kind
            ):
                return bool(item.body["op"] == "release")
        try:
            rows = list(
                await self._connection().execute_fetchall(
                    "SELECT released_at FROM quarantines WHERE kind = ? AND subject = ? AND since = ?",
                    (kind, subject, since),
                )
            )
        except sqlite3.DatabaseError as exc:
            raise StoreCorruptError(f"{self.path}: cannot read quarantines: {exc}") from exc
        # A quarantine this store never recorded (a checkpoint from elsewhere) stays until released here.
        return bool(rows) and rows[0][0] is not None

    def _parse_slots(self, session_id: str, text: str) -> dict[str, dict[str, Any]]:
        try:
            slots = json.loads(text)
        except ValueError:
            slots = None
        if not isinstance(slots, dict) or not all(isinstance(v, dict) for v in slots.values()):
            raise StoreCorruptError(f"{self.path}: the checkpoint of session {session_id!r} is malformed")
        return slots

    def _enqueue(self, kind: _Kind, text: str, body: Any, session: str | None) -> _Pending:
        if self._is_closing or self._wake is None or self._loop is None:
            raise StoreError(f"{self.path}: the audit store is closed")
        # Nobody waits on a checkpoint; a future nobody retrieves would only log noise when it fails.
        future = None if kind in ("checkpoint", "principal") else self._loop.create_future()
        item = _Pending(kind, text, body, session, future)
        self._pending.append(item)
        self._wake.set()
        return item

    async def _write_loop(self) -> None:
        try:
            await self._write_until_closed()
        except asyncio.CancelledError:
            # The loop is shutting down with the store still open (its owner never called aclose):
            # write what is pending and close the file rather than lose checkpoints.
            logger.warning("%s: the audit store was not closed; closing it as the event loop shuts down", self.path)
            self._is_closing = True
            try:
                await self._recover_interrupted_batch()
                await self._write_until_closed()
                await self._close_connections()
            finally:
                self._is_closed = True
            raise

    async def _write_until_closed(self) -> None:
        assert self._wake is not None
        while True:
            if not self._pending:
                if self._is_closing:
                    return
                await self._wake.wait()
                self._wake.clear()
                continue
            batch, self._pending = self._pending, []
            self._batch = batch
            try:
                await self._commit(batch)
            except Exception as exc:
                # The writer must outlive any one failed batch, and no caller may be left waiting.
                logger.exception("%s: audit batch of %d writes failed", self.path, len(batch))
                for item in batch:
                    _fail(item.future, StoreError(f"{self.path}: audit write failed: {exc}"))
                    if item.kind == "checkpoint" and item.session is not None:
                        self._checkpointed.pop(item.session, None)
                    elif item.kind == "principal" and item.session is not None:
                        self._principals_written.pop(item.session, None)
            self._batch = None

    async def _recover_interrupted_batch(self) -> None:
        # A batch cut short by cancellation: its statement may still be running on the connection's
        # thread. Once it has finished (the rollback queues behind it), the chain head says whether
        # its commit landed; what did not land is written again (checkpoints always: they overwrite).
        batch, self._batch = self._batch, None
        if not batch or self._conn is None:
            return
        await self._rollback(self._conn)
        committed = await self._reload_head(self._conn)
        again = [item for item in batch if item.kind == "checkpoint" or (item.kind == "record" and not committed)]
        self._pending[:0] = again

    async def _commit(self, batch: list[_Pending]) -> None:
        conn = self._connection()
        records = [item for item in batch if item.kind == "record"]
        checkpoints: dict[str, _Pending] = {}
        principals: dict[str, _Pending] = {}
        for item in batch:
            if item.kind == "checkpoint":
                assert item.session is not None
                checkpoints[item.session] = item
            elif item.kind == "principal":
                assert item.session is not None
                principals[item.session] = item
        quarantines = [item.body for item in batch if item.kind == "quarantine" and item.body is not None]
        for attempt in range(_ATTEMPTS):
            seq, prev = self._head
            rows: list[tuple[Any, ...]] = []
            receipts: list[Receipt] = []
            for item in records:
                assert item.body is not None
                seq += 1
                digest = link_hash(prev, seq, item.text)
                rows.append((seq, *index_columns(item.body), item.text, prev, digest))
                receipts.append(Receipt(seq, digest))
                prev = digest
            try:
                if rows:
                    await conn.executemany(_INSERT_RECORD, rows)
                if checkpoints:
                    now = time.time()
                    await conn.executemany(
                        _UPSERT_CHECKPOINT, [(s, item.text, now, seq) for s, item in checkpoints.items()]
                    )
                if principals:
                    now = time.time()
                    await conn.executemany(_UPSERT_PRINCIPAL, [(p, item.text, now) for p, item in principals.items()])
                for row in quarantines:
                    if row["op"] == "add":
                        await conn.execute(
                            _INSERT_QUARANTINE, (row["kind"], row["subject"], row["since"], row["reason"])
                        )
                    else:
                        await conn.execute(
                            _RELEASE_QUARANTINE, (row["at"], row["released_by"], row["kind"], row["subject"])
                        )
                await conn.commit()
            except sqlite3.IntegrityError as exc:
                await self._rollback(conn)
                if attempt + 1 < _ATTEMPTS and await self._reload_head(conn):
                    continue  # another process appended first; chain onto its records
                raise StoreError(f"{self.path}: audit write rejected: {exc}") from exc
            except sqlite3.Error as exc:
                await self._rollback(conn)
                raise StoreError(f"{self.path}: audit write failed: {exc}") from exc
            self._head = (seq, prev)
            self.commits += 1
            self._commits_since_checkpoint += 1
            if self._commits_since_checkpoint >= _CHECKPOINT_EVERY and self._checkpointing is None:
                self._commits_since_checkpoint = 0
                assert self._loop is not None
                self._checkpointing = self._loop.create_task(self._checkpoint_wal())
            for item, receipt in zip(records, receipts, strict=True):
                _succeed(item.future, receipt)
            for item in batch:
                if item.kind != "record":
                    _succeed(item.future, None)
            return

    async def _checkpoint_wal(self) -> None:
        # A passive checkpoint on a second connection runs beside the writer's commits instead of
        # inside one; a failure only leaves the WAL longer, so it is logged, not raised.
        try:
            if self._checkpointer is None:
                self._checkpointer = await aiosqlite.connect(str(self.path))
                await self._checkpointer.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            await self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            logger.exception("%s: WAL checkpoint failed", self.path)
        finally:
            self._checkpointing = None

    @staticmethod
    async def _rollback(conn: aiosqlite.Connection) -> None:
        try:
            if conn.in_transaction:
                await conn.rollback()
        except sqlite3.Error:
            logger.exception("rollback of a failed audit write failed")

    async def _reload_head(self, conn: aiosqlite.Connection) -> bool:
        rows = list(await conn.execute_fetchall("SELECT seq, hash FROM chain_head WHERE id = 1"))
        head = (int(rows[0][0]), str(rows[0][1])) if rows else self._head
        moved = head != self._head
        self._head = head
        return moved

    # -- reading -------------------------------------------------------------------------------

    async def records(self, where: RecordFilter | None = None) -> AsyncIterator[StoredRecord]:
        """The records matching a filter, in log order.

        Args:
            where: The filter (default: every record).

        Returns:
            An async iterator of records.

        Raises:
            StoreCorruptError: A page cannot be read or a body is not JSON.
        """
        await self.open()
        where = where or RecordFilter()
        condition, params = where.where()
        last = 0
        left = where.limit
        while left is None or left > 0:
            chunk = _CHUNK if left is None else min(_CHUNK, left)
            rows = await self._fetch(
                f"SELECT {_COLUMNS} FROM records WHERE seq > ? AND {condition} ORDER BY seq LIMIT ?",
                (last, *params, chunk),
            )
            for row in rows:
                yield self._to_record(row)
            if len(rows) < chunk:
                return
            last = int(rows[-1][0])
            if left is not None:
                left -= len(rows)

    async def count(self, where: RecordFilter | None = None) -> int:
        """How many records match a filter."""
        await self.open()
        condition, params = (where or RecordFilter()).where()
        rows = await self._fetch(f"SELECT count(*) FROM records WHERE {condition}", tuple(params))
        return int(rows[0][0])

    async def _fetch(
        self, sql: str, params: Iterable[Any] = (), *, conn: aiosqlite.Connection | None = None
    ) -> list[Any]:
        try:
            return list(await (conn or self._connection()).execute_fetchall(sql, tuple(params)))
        except sqlite3.DatabaseError as exc:
            raise StoreCorruptError(f"{self.path}: the audit store is damaged: {exc}") from exc

    def _to_record(self, row: Any) -> StoredRecord:
        return StoredRecord.from_row(row, self.path)

    async def verify(self) -> VerifyReport:
        """Check the file's pages, then walk the whole chain and report the first broken record.

        Returns:
            The report; `problem` names the first record edited, deleted or reordered.

        Raises:
            StoreCorruptError: SQLite finds damaged pages.
        """
        await self.flush()
        # Its own connection and one read transaction: a snapshot that this store's writer, or a
        # writer in another process, cannot change while the chain is walked.
        conn = await self._connect()
        try:
            checks = [str(row[0]) for row in await self._fetch("PRAGMA quick_check", conn=conn)]
            if checks != ["ok"]:
                raise StoreCorruptError(f"{self.path}: the database file is damaged: {'; '.join(checks[:5])}")
            await conn.execute("BEGIN")
            head_rows = await self._fetch("SELECT seq, hash FROM chain_head WHERE id = 1", conn=conn)
            head = (int(head_rows[0][0]), str(head_rows[0][1])) if head_rows else None
            good_seq, good_hash, problem = 0, GENESIS, None
            count = 0
            fetched = 0
            while problem is None:
                rows = await self._fetch(
                    f"SELECT {_COLUMNS} FROM records WHERE seq > ? ORDER BY seq LIMIT ?", (fetched, _CHUNK), conn=conn
                )
                if not rows:
                    break
                before = good_seq
                good_seq, good_hash, problem = verify_chain(rows, start=(good_seq, good_hash))
                count += good_seq - before
                fetched = int(rows[-1][0])
        finally:
            await conn.close()
        if problem is None:
            if head is None:
                problem = ChainBreak(good_seq + 1, "the chain head is missing")
            elif head[0] > good_seq:
                problem = ChainBreak(
                    good_seq + 1,
                    f"missing: the log ends at record {good_seq} but its head is record {head[0]} "
                    "(records were deleted from the end)",
                )
            elif head != (good_seq, good_hash):
                problem = ChainBreak(good_seq, "does not match the chain head (the log or its head was altered)")
        return VerifyReport(str(self.path), count, good_seq, good_hash, problem)


def _state_text(subject: str, key: str, slots: dict[str, dict[str, Any]]) -> str:
    try:
        return json.dumps(slots, sort_keys=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        bad = [name for name, slot in slots.items() if not _is_json(slot)]
        raise StoreStateError(f"{subject} {key!r}: the state of stage(s) {bad} cannot be checkpointed: {exc}") from exc


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True
