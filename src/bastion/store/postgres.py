"""The PostgreSQL audit store, through asyncpg: one database that every replica of a deployment shares.

The same decision log and checkpoints as the SQLite store, with what many processes need:

- **One chain.** Each replica's writer sends whatever is pending (records and checkpoints of any number
  of sessions) as one call of `bastion_append`, a function that locks the chain head, chains the batch
  onto it and commits with one sync (group commit, one round trip). Replicas' batches interleave in
  the one chain, in the order they took the head.
- **One session at a time.** `lease` takes the session's advisory lock, which serialises the
  session's events across every replica, and reads its checkpoint version with it: a replica whose
  copy is not current gets the stored state. A checkpoint committed under a lease carries the next
  version. A principal's state, which all its sessions share, is leased the same way
  (`lease_principal`); the firewall holds it for every event of the principal it has under way.
  The leases a replica has under way are taken and released together, like the records: its
  locker sends, in one round trip, the releases of finished leases and tries of new ones, all on one
  connection; a session another replica holds is then waited for on a pooled connection of its own,
  a principal on a connection kept for it.
  If the process dies, its connections close and the server releases every lock they held.

`append` returns only once its transaction is durable. The store opens lazily, on first use inside
the running event loop, and is closed with `aclose`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit, urlunsplit

from bastion.errors import StoreCorruptError, StoreError, StoreStateError
from bastion.store.chain import GENESIS, ChainBreak, canonical_json, index_columns, verify_chain
from bastion.store.migrations import LOCK_CLASS, POSTGRES_MIGRATIONS, check_applied
from bastion.store.records import Receipt, RecordFilter, StoredRecord, VerifyReport

if TYPE_CHECKING:
    import asyncpg

__all__ = ["PostgresLease", "PostgresStore", "is_postgres_url"]

logger = logging.getLogger("bastion.store")

_COLUMNS = "seq, ts, session, type, call_id, tool, verdict, policy_version, latency_us, body, prev_hash, hash"
_CHUNK = 1000
# Connections for reads (records, quarantines, checkpoints outside a lease).
_READERS = 4
# SQLSTATE that bastion_append raises when a checkpoint would overwrite a newer one.
_LOST_LEASE = "BSTLE"
_INSTALL = "pip install 'bastion[postgresql]'"


def is_postgres_url(target: object) -> bool:
    """True for a `postgresql://` or `postgres://` URL."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


def _import_asyncpg() -> Any:
    try:
        import asyncpg
    except ImportError as exc:
        raise StoreError(f"a PostgreSQL audit store needs the asyncpg driver: {_INSTALL}") from exc
    return asyncpg


HoldKind = Literal["session", "principal"]


@dataclass
class PostgresLease:
    """A session or principal held across every replica (see `PostgresStore.lease`).

    Attributes:
        session_id: The session (or principal).
        version: The stored checkpoint version when leased; after a checkpoint under this lease
            committed, that checkpoint's version.
        slots: The stored state, when the caller's copy was not current.
        token: Marks the checkpoints written under this lease.
    """

    session_id: str
    version: int
    slots: dict[str, dict[str, Any]] | None
    token: str = field(default_factory=lambda: secrets.token_hex(8))
    written: str | None = None
    kind: HoldKind = "session"


@dataclass
class _LockRequest:
    kind: HoldKind
    session_id: str
    known_version: int
    future: asyncio.Future[tuple[int, bool, int, str | None]] = field(repr=False)


_Kind = Literal["record", "checkpoint", "principal", "quarantine", "flush"]


@dataclass
class _Pending:
    kind: _Kind
    text: str
    body: dict[str, Any] | None
    session: str | None
    lease: PostgresLease | None
    future: asyncio.Future[Any] | None = field(repr=False)


def _settle(future: asyncio.Future[Any] | None, value: Any = None, exc: BaseException | None = None) -> None:
    if future is None or future.done():
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(value)


class PostgresStore:
    """The audit store in a PostgreSQL database that many replicas share.

    It implements the `SharedStore` protocol (and so the firewall's `CheckpointStore`).

    Args:
        url: `postgresql://user[:password]@host[:port]/database` (libpq query parameters allowed).
        create: Create the schema if the database has none (commands that only read pass False).
        synchronous: `full` waits for each commit to reach the server's disk (synchronous_commit on);
            `normal` returns once the server has it (off: a crash of the server may lose the last
            fraction of a second, a crash of this process loses nothing acknowledged).
        pool_size: Connections for waiting on sessions another replica holds: at most this many
            such waits at once (reads have 4 connections of their own, and each principal waited
            for one).
        lock_timeout: Seconds to wait for a session held by another replica before giving up (the
            event is then denied, failing closed).
    """

    def __init__(
        self,
        url: str,
        *,
        create: bool = True,
        synchronous: Literal["full", "normal"] = "full",
        pool_size: int = 16,
        lock_timeout: float = 30.0,
    ) -> None:
        if not is_postgres_url(url):
            raise StoreError(f"{url!r} is not a PostgreSQL URL (postgresql://user@host/database)")
        if not 1 <= pool_size <= 1000:
            raise StoreError(f"pool_size {pool_size}: give 1 to 1000 connections")
        if not 0 < lock_timeout <= 86400:
            raise StoreError(f"lock_timeout {lock_timeout}: give more than 0 and at most 86400 seconds")
        self.url = url
        self.is_creating = create
        self.synchronous = synchronous
        self.pool_size = pool_size
        self.lock_timeout = lock_timeout
        self._conn: asyncpg.Connection | None = None
        self._pool: asyncpg.Pool | None = None
        # Reads have a pool of their own: the waiting pool may be taken up entirely by sessions
        # held elsewhere, while the events holding it need a read (a quarantine's release) to finish.
        self._reads: asyncpg.Pool | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._open_lock: asyncio.Lock | None = None
        self._writer: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._pending: list[_Pending] = []
        self._leases: dict[tuple[HoldKind, str], PostgresLease] = {}
        self._releasing: set[asyncio.Task[None]] = set()
        # Connections that wait for principals other replicas hold (one per principal, kept).
        self._principal_conns: dict[str, asyncpg.Connection] = {}
        self._principal_releases: dict[str, asyncio.Task[None]] = {}
        # The locker: one connection holding the locks of every session leased through it.
        self._locker: asyncpg.Connection | None = None
        self._locker_task: asyncio.Task[None] | None = None
        self._locker_wake: asyncio.Event | None = None
        self._locker_generation = 0
        self._lock_requests: list[_LockRequest] = []
        self._unlocks: list[tuple[HoldKind, str]] = []
        self.lock_rounds = 0
        self._hash_key = b""
        self._is_closing = False
        self._is_closed = False
        self.commits = 0

    def __repr__(self) -> str:
        return f"PostgresStore({self.location!r})"

    @property
    def location(self) -> str:
        """The URL without its password."""
        return _without_password(self.url)

    # -- opening and closing -------------------------------------------------------------------

    def _settings(self) -> dict[str, str]:
        return {
            "application_name": "bastion",
            "synchronous_commit": "on" if self.synchronous == "full" else "off",
            "lock_timeout": f"{max(1, round(self.lock_timeout * 1000))}ms",
        }

    async def _connect(self) -> asyncpg.Connection:
        asyncpg = _import_asyncpg()
        try:
            conn = await asyncpg.connect(self.url, server_settings=self._settings())
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
            raise StoreError(f"{self.location}: cannot connect to the audit store: {exc}") from exc
        return conn

    async def open(self) -> None:
        """Connect, check the database holds a bastion store, apply pending migrations, start the writer.

        Called by every other method; calling it first only makes errors surface early.

        Raises:
            StoreCorruptError: The database holds other tables but no bastion store, or a damaged one.
            StoreVersionError: The store was written by a newer bastion.
            StoreError: The server cannot be reached, the store is missing (create=False), or closed.
        """
        loop = asyncio.get_running_loop()
        if self._conn is not None:
            if loop is not self._loop:
                raise StoreError(f"{self.location}: the audit store was opened in another event loop")
            return
        if self._is_closed:
            raise StoreError(f"{self.location}: the audit store is closed")
        if self._open_lock is None:
            self._open_lock = asyncio.Lock()
        async with self._open_lock:
            if self._conn is not None:
                return
            asyncpg = _import_asyncpg()
            conn = await self._connect()
            try:
                await self._prepare(conn)
                pool = await asyncpg.create_pool(
                    self.url, min_size=1, max_size=self.pool_size, server_settings=self._settings()
                )
                try:
                    reads = await asyncpg.create_pool(
                        self.url, min_size=1, max_size=_READERS, server_settings=self._settings()
                    )
                except BaseException:
                    await pool.close()
                    raise
            except asyncpg.PostgresError as exc:
                await conn.close()
                raise StoreError(f"{self.location}: cannot open the audit store: {exc}") from exc
            except BaseException:
                await conn.close()
                raise
            self._pool = pool
            self._reads = reads
            self._loop = loop
            self._wake = asyncio.Event()
            self._locker_wake = asyncio.Event()
            self._conn = conn
            self._writer = loop.create_task(self._write_loop(), name="bastion-audit-writer:postgresql")
            self._locker_task = loop.create_task(self._lock_loop(), name="bastion-audit-locker:postgresql")

    async def _prepare(self, conn: asyncpg.Connection) -> None:
        tables = {
            row[0]
            for row in await conn.fetch(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            )
        }
        if "bastion_migrations" not in tables:
            if not self.is_creating:
                raise StoreError(f"{self.location}: no bastion audit store in this database")
            if tables & {"records", "checkpoints", "chain_head", "meta"}:
                listed = ", ".join(sorted(tables))
                raise StoreCorruptError(
                    f"{self.location}: not a bastion audit store (a database with tables: {listed})"
                )
        # Replicas starting together: one applies the migrations, the others wait and find them applied.
        await conn.execute("SELECT pg_advisory_lock($1, 0)", LOCK_CLASS)
        try:
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS bastion_migrations ("
                " seq serial PRIMARY KEY, name text NOT NULL UNIQUE, applied_at double precision NOT NULL)"
            )
            applied = [row[0] for row in await conn.fetch("SELECT name FROM bastion_migrations ORDER BY seq")]
            for migration in check_applied(applied, self.location, POSTGRES_MIGRATIONS):
                try:
                    async with conn.transaction():
                        await conn.execute(migration.sql)
                        await conn.execute(
                            "INSERT INTO bastion_migrations (name, applied_at) VALUES ($1, $2)",
                            migration.name,
                            time.time(),
                        )
                except Exception as exc:
                    raise StoreError(f"{self.location}: schema migration {migration.name!r} failed: {exc}") from exc
                logger.info("%s: applied schema migration %s", self.location, migration.name)
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1, 0)", LOCK_CLASS)
        key = await conn.fetchval("SELECT value FROM meta WHERE key = 'hash_key'")
        try:
            self._hash_key = bytes.fromhex(key)
        except (TypeError, ValueError):
            raise StoreCorruptError(f"{self.location}: the store's hashing key is missing or malformed") from None

    async def aclose(self) -> None:
        """Write whatever is pending, stop the writer and close the connections (idempotent)."""
        if self._is_closed:
            return
        self._is_closed = True
        if self._writer is not None and self._wake is not None:
            self._is_closing = True
            self._wake.set()
            await self._writer
        if self._locker_task is not None and self._locker_wake is not None:
            self._locker_wake.set()
            await self._locker_task
        if self._locker is not None:
            locker, self._locker = self._locker, None
            await locker.close()
        if self._releasing:
            await asyncio.gather(*self._releasing, return_exceptions=True)
        for conn in self._principal_conns.values():
            await conn.close()
        self._principal_conns.clear()
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()
        if self._reads is not None:
            reads, self._reads = self._reads, None
            await reads.close()
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await conn.close()

    async def __aenter__(self) -> PostgresStore:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def _get_pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise StoreError(f"{self.location}: the audit store is closed")
        return self._pool

    def _get_reads(self) -> asyncpg.Pool:
        if self._reads is None:
            raise StoreError(f"{self.location}: the audit store is closed")
        return self._reads

    # -- leases --------------------------------------------------------------------------------

    def lease(self, session_id: str, known_version: int) -> AbstractAsyncContextManager[PostgresLease]:
        """Hold the session against every other replica until the context exits.

        Args:
            session_id: The session.
            known_version: The checkpoint version of the caller's copy (-1 for none).

        Returns:
            A context manager yielding the lease; `lease.slots` is the stored state when the
            caller's copy is not current.

        Raises:
            StoreError: The server cannot be reached, or the session stayed held by another replica
                for longer than `lock_timeout`.
            StoreCorruptError: The stored checkpoint is malformed.
        """
        return self._hold("session", session_id, known_version)

    def lease_principal(self, principal_id: str, known_version: int) -> AbstractAsyncContextManager[PostgresLease]:
        """Hold a principal's state against every other replica until the context exits (as `lease`).

        Args:
            principal_id: The principal.
            known_version: The checkpoint version of the caller's copy (-1 for none).

        Returns:
            A context manager yielding the lease.

        Raises:
            StoreError: The server cannot be reached, or the principal stayed held by another
                replica for longer than `lock_timeout`.
            StoreCorruptError: The stored checkpoint is malformed.
        """
        return self._hold("principal", principal_id, known_version)

    @asynccontextmanager
    async def _hold(self, kind: HoldKind, key: str, known_version: int) -> AsyncIterator[PostgresLease]:
        await self.open()
        if (kind, key) in self._leases:
            raise StoreError(f"{kind} {key!r} is already leased by this process")
        generation, is_held, version, text = await self._try_lock(kind, key, known_version)
        if not is_held:
            # Another replica holds it: wait for it on a connection of its own.
            async with self._wait_for_lease(kind, key, known_version) as lease:
                yield lease
            return
        try:
            slots = None if text is None else _parse_slots(self.location, text, kind, key)
            lease = PostgresLease(key, version, slots, kind=kind)
            self._leases[(kind, key)] = lease
            try:
                yield lease
            finally:
                self._leases.pop((kind, key), None)
        finally:
            if generation == self._locker_generation and self._locker_wake is not None:
                self._unlocks.append((kind, key))
                self._locker_wake.set()

    async def _try_lock(self, kind: HoldKind, key: str, known_version: int) -> tuple[int, bool, int, str | None]:
        if self._is_closing or self._loop is None or self._locker_wake is None:
            raise StoreError(f"{self.location}: the audit store is closed")
        future: asyncio.Future[tuple[int, bool, int, str | None]] = self._loop.create_future()
        self._lock_requests.append(_LockRequest(kind, key, known_version, future))
        self._locker_wake.set()
        return await future

    async def _lock_loop(self) -> None:
        assert self._locker_wake is not None
        while True:
            if not self._lock_requests and not self._unlocks:
                if self._is_closing:
                    return
                await self._locker_wake.wait()
                self._locker_wake.clear()
                continue
            requests, self._lock_requests = self._lock_requests, []
            unlocks, self._unlocks = self._unlocks, []
            try:
                rows = await self._lock_round(unlocks, requests)
            except Exception as exc:
                # Whatever this connection held is let go with it; leases under way keep their
                # version check, so none of them can overwrite a newer state.
                logger.exception("%s: taking session leases failed", self.location)
                self._drop_locker()
                error = exc if isinstance(exc, StoreError) else StoreError(f"{self.location}: cannot lease: {exc}")
                for request in requests:
                    _settle(request.future, exc=error)
                continue
            for request, row in zip(requests, rows, strict=True):
                _settle(request.future, (self._locker_generation, bool(row[1]), int(row[2]), row[3]))

    async def _lock_round(self, unlocks: list[tuple[HoldKind, str]], requests: list[_LockRequest]) -> list[Any]:
        asyncpg = _import_asyncpg()
        if self._locker is None or self._locker.is_closed():
            self._locker = await self._connect()
            self._locker_generation += 1
            unlocks = []  # those locks went with the old connection
        try:
            rows = await self._locker.fetch(
                "SELECT out_index, out_held, out_version, out_slots "
                "FROM bastion_try_holds($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[]) "
                "ORDER BY out_index",
                [kind for kind, _ in unlocks],
                [key for _, key in unlocks],
                [request.kind for request in requests],
                [request.session_id for request in requests],
                [request.known_version for request in requests],
            )
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StoreError(f"{self.location}: cannot lease sessions: {exc}") from exc
        self.lock_rounds += 1
        return list(rows)

    def _drop_locker(self) -> None:
        if self._locker is not None:
            self._locker.terminate()
            self._locker = None

    @asynccontextmanager
    async def _wait_for_lease(self, kind: HoldKind, key: str, known_version: int) -> AsyncIterator[PostgresLease]:
        asyncpg = _import_asyncpg()
        pool = self._get_pool()
        try:
            if kind == "principal":
                # A principal is waited for on a connection of its own, never one of the pool's: the
                # pool may be taken up by leased sessions whose events all wait for this principal.
                releasing = self._principal_releases.pop(key, None)
                if releasing is not None:
                    await asyncio.gather(releasing, return_exceptions=True)
                conn = self._principal_conns.pop(key, None)
                if conn is None or conn.is_closed():
                    conn = await self._connect()
            else:
                conn = await pool.acquire()
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StoreError(f"{self.location}: cannot reach the audit store: {exc}") from exc
        try:
            row = await conn.fetchrow(
                "SELECT out_version, out_slots FROM bastion_hold($1, $2, $3)", kind, key, known_version
            )
        except BaseException as exc:
            # The lock may be held or half-taken: the connection goes, and the lock with it.
            conn.terminate()
            if kind == "session":
                await pool.release(conn)
            if isinstance(exc, asyncpg.exceptions.LockNotAvailableError):
                raise StoreError(
                    f"{kind} {key!r} stayed held by another replica for longer than the lock timeout "
                    f"({self.lock_timeout:g} s, `audit_lock_timeout`)"
                ) from exc
            if isinstance(exc, OSError | asyncpg.PostgresError | asyncpg.InterfaceError):
                raise StoreError(f"{self.location}: cannot lease {kind} {key!r}: {exc}") from exc
            raise
        version = 0 if row is None else int(row[0])
        try:
            slots = None if row is None or row[1] is None else _parse_slots(self.location, row[1], kind, key)
            lease = PostgresLease(key, version, slots, kind=kind)
            self._leases[(kind, key)] = lease
            try:
                yield lease
            finally:
                self._leases.pop((kind, key), None)
        finally:
            # Nothing waits here for the lock to go: the next lease of a principal waits for it.
            if kind == "principal":
                task = asyncio.get_running_loop().create_task(self._release_principal(key, conn))
                self._principal_releases[key] = task
            else:
                # Releasing resets the connection (pg_advisory_unlock_all).
                task = asyncio.get_running_loop().create_task(self._release(pool, conn))
            self._releasing.add(task)
            task.add_done_callback(self._releasing.discard)

    async def _release_principal(self, key: str, conn: asyncpg.Connection) -> None:
        try:
            await conn.execute("SELECT pg_advisory_unlock_all()")
        except Exception:
            logger.exception("releasing a principal's lock failed; closing its connection (the lock goes with it)")
            conn.terminate()
            return
        if self._is_closed:
            await conn.close()
        else:
            self._principal_conns[key] = conn

    @staticmethod
    async def _release(pool: asyncpg.Pool, conn: asyncpg.Connection) -> None:
        try:
            await pool.release(conn)
        except Exception:
            logger.exception("releasing a leased connection failed; closing it (its locks go with it)")
            conn.terminate()

    # -- writing -------------------------------------------------------------------------------

    async def hash_key(self) -> bytes:
        """The store's own key for keyed hashes of logged values (privacy mode `hashed`)."""
        await self.open()
        return self._hash_key

    async def append(self, body: dict[str, Any]) -> Receipt:
        """Append one record; return once it is durable.

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
            checkpoint: A session id and its slots, committed in the same transaction as the records
                (under the session's lease, when this process holds one).
            principal: A principal id and its slots, likewise.

        Returns:
            Their receipts, in order.

        Raises:
            StoreStateError: A checkpoint's state is not JSON (nothing was written).
            StoreError: The records could not be written.
        """
        await self.open()
        texts = []
        for body in bodies:
            try:
                texts.append(canonical_json(body))
            except (TypeError, ValueError) as exc:
                raise StoreError(f"audit record is not JSON-serializable: {exc}") from exc
        states = [
            (kind, state[0], _checkpoint_text(kind, *state))
            for kind, state in (("checkpoint", checkpoint), ("principal", principal))
            if state is not None
        ]
        waits: list[asyncio.Future[Any]] = []
        for kind, key, text in states:
            item = self._enqueue_state(kind, key, text)  # type: ignore[arg-type]
            if item is not None and item.future is not None:
                waits.append(item.future)
        futures = [self._enqueue("record", text, body, None, None) for text, body in zip(texts, bodies, strict=True)]
        receipts = list(await asyncio.gather(*(item.future for item in futures if item.future is not None), *waits))
        return receipts[: len(futures)]

    async def save_session(self, session_id: str, slots: dict[str, dict[str, Any]]) -> None:
        """Checkpoint a session's state; return once it is durable.

        Under the session's lease, a state already committed under it is not written again.

        Raises:
            StoreError: A slot is not JSON-serializable, the write failed, or the lease was lost.
        """
        await self.open()
        item = self._enqueue_checkpoint("checkpoint", session_id, slots)
        if item is not None and item.future is not None:
            await item.future

    async def save_principal(self, principal_id: str, slots: dict[str, dict[str, Any]]) -> None:
        """Checkpoint a principal's state (shared by its sessions); return once it is durable.

        Under the principal's lease, a state already committed under it is not written again.

        Raises:
            StoreError: A slot is not JSON-serializable, the write failed, or the lease was lost.
        """
        await self.open()
        item = self._enqueue_checkpoint("principal", principal_id, slots)
        if item is not None and item.future is not None:
            await item.future

    def _enqueue_checkpoint(
        self, kind: Literal["checkpoint", "principal"], key: str, slots: dict[str, dict[str, Any]]
    ) -> _Pending | None:
        return self._enqueue_state(kind, key, _checkpoint_text(kind, key, slots))

    def _enqueue_state(self, kind: Literal["checkpoint", "principal"], key: str, text: str) -> _Pending | None:
        subject: HoldKind = "session" if kind == "checkpoint" else "principal"
        lease = self._leases.get((subject, key))
        if lease is not None:
            if lease.written == text:
                return None
            lease.written = text
        return self._enqueue(kind, text, None, key, lease)

    async def flush(self) -> None:
        """Wait until everything enqueued so far is durable.

        Raises:
            StoreError: The commit failed.
        """
        await self.open()
        if self._pending:
            item = self._enqueue("flush", "", None, None, None)
            assert item.future is not None
            await item.future

    async def load_session(self, session_id: str) -> dict[str, dict[str, Any]] | None:
        """A session's slots as last checkpointed, or None for a session never seen.

        Raises:
            StoreCorruptError: The checkpoint is not valid JSON of the expected shape.
            StoreError: The server cannot be reached.
        """
        return await self._load("checkpoint", session_id)

    async def load_principal(self, principal_id: str) -> dict[str, dict[str, Any]] | None:
        """A principal's slots as last checkpointed, or None for a principal never seen.

        Raises:
            StoreCorruptError: The checkpoint is not valid JSON of the expected shape.
            StoreError: The server cannot be reached.
        """
        return await self._load("principal", principal_id)

    async def _load(self, kind: Literal["checkpoint", "principal"], key: str) -> dict[str, dict[str, Any]] | None:
        await self.open()
        subject: HoldKind = "session" if kind == "checkpoint" else "principal"
        for item in reversed(self._pending):
            if item.kind == kind and item.session == key:
                return _parse_slots(self.location, item.text, subject, key)
        if kind == "checkpoint":
            text = await self._fetchval("SELECT slots FROM checkpoints WHERE session = $1", key)
        else:
            text = await self._fetchval("SELECT slots FROM principal_checkpoints WHERE principal = $1", key)
        return None if text is None else _parse_slots(self.location, text, subject, key)

    # -- quarantine ----------------------------------------------------------------------------

    async def add_quarantine(self, kind: HoldKind, subject: str, reason: str, since: float) -> None:
        """Record a quarantine and append it to the audit log, in one transaction; return once durable.

        Raises:
            StoreError: It could not be written.
        """
        await self.open()
        row = {"op": "add", "kind": kind, "subject": subject, "at": since, "text": reason}
        change = self._enqueue("quarantine", "", row, None, None)
        body = {
            "ts": time.time(),
            "session": subject if kind == "session" else "",
            "type": "quarantine",
            "kind": kind,
            "subject": subject,
            "since": since,
            "reason": reason,
        }
        assert change.future is not None
        # One batch holds both; a failure fails both, and each is retrieved.
        await asyncio.gather(self.append(body), change.future)

    async def release_quarantine(self, kind: HoldKind, subject: str, released_by: str) -> int:
        """Release a session's or principal's quarantine and append the release to the audit log.

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
        now = time.time()
        row = {"op": "release", "kind": kind, "subject": subject, "at": now, "text": released_by}
        change = self._enqueue("quarantine", "", row, None, None)
        body = {
            "ts": now,
            "session": subject if kind == "session" else "",
            "type": "quarantine_release",
            "kind": kind,
            "subject": subject,
            "released_by": released_by,
        }
        assert change.future is not None
        await asyncio.gather(self.append(body), change.future)
        return len(active)

    async def quarantines(self, *, include_released: bool = False) -> list[dict[str, Any]]:
        """The quarantines recorded by every replica (active ones only, unless `include_released`), oldest first.

        Raises:
            StoreError: The server cannot be reached.
        """
        await self.flush()
        where = "" if include_released else " WHERE released_at IS NULL"
        rows = await self._fetch(
            f"SELECT kind, subject, since, reason, released_at, released_by FROM quarantines{where} ORDER BY id"
        )
        names = ("kind", "subject", "since", "reason", "released_at", "released_by")
        return [dict(zip(names, tuple(row), strict=True)) for row in rows]

    async def quarantine_released(self, kind: HoldKind, subject: str, since: float) -> bool:
        """True if the quarantine of `subject` that began at `since` was released (by any process).

        Raises:
            StoreError: The server cannot be reached.
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
        rows = await self._fetch(
            "SELECT released_at FROM quarantines WHERE kind = $1 AND subject = $2 AND since = $3", kind, subject, since
        )
        # A quarantine this store never recorded (a checkpoint from elsewhere) stays until released here.
        return bool(rows) and rows[0][0] is not None

    def _enqueue(self, kind: _Kind, text: str, body: Any, session: str | None, lease: PostgresLease | None) -> _Pending:
        if self._is_closing or self._wake is None or self._loop is None:
            raise StoreError(f"{self.location}: the audit store is closed")
        item = _Pending(kind, text, body, session, lease, self._loop.create_future())
        self._pending.append(item)
        self._wake.set()
        return item

    async def _write_loop(self) -> None:
        assert self._wake is not None
        while True:
            if not self._pending:
                if self._is_closing:
                    return
                await self._wake.wait()
                self._wake.clear()
                continue
            batch, self._pending = self._pending, []
            try:
                await self._commit(batch)
            except Exception as exc:
                # The writer must outlive any one failed batch, and no caller may be left waiting.
                logger.exception("%s: audit batch of %d writes failed", self.location, len(batch))
                error = (
                    exc if isinstance(exc, StoreError) else StoreError(f"{self.location}: audit write failed: {exc}")
                )
                for item in batch:
                    _settle(item.future, exc=error)
                    if item.lease is not None and item.lease.written == item.text:
                        item.lease.written = None

    async def _commit(self, batch: list[_Pending]) -> None:
        asyncpg = _import_asyncpg()
        records = [item for item in batch if item.kind == "record"]
        # A session's or principal's latest state in the batch is the one written.
        checkpoints: dict[str, _Pending] = {}
        principals: dict[str, _Pending] = {}
        quarantines: list[dict[str, Any]] = []
        for item in batch:
            if item.kind == "checkpoint":
                assert item.session is not None
                checkpoints[item.session] = item
            elif item.kind == "principal":
                assert item.session is not None
                principals[item.session] = item
            elif item.kind == "quarantine":
                assert item.body is not None
                quarantines.append(item.body)
        columns: list[list[Any]] = [[] for _ in range(9)]
        for item in records:
            assert item.body is not None
            for column, value in zip(columns, (*index_columns(item.body), item.text), strict=True):
                column.append(value)
        ts, sessions, types, call_ids, tools, verdicts, versions, latencies, texts = columns
        if self._conn is None or self._conn.is_closed():
            self._conn = await self._connect()
        try:
            rows = await self._conn.fetch(
                "SELECT out_seq, out_hash FROM bastion_commit("
                "$1::float8[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], "
                "$8::float8[], $9::text[], $10::text[], $11::text[], $12::bigint[], $13::text[], "
                "$14::text[], $15::text[], $16::bigint[], $17::text[], "
                "$18::text[], $19::text[], $20::text[], $21::float8[], $22::text[])",
                [float(v) for v in ts],
                [str(v) for v in sessions],
                [str(v) for v in types],
                [None if v is None else str(v) for v in call_ids],
                [None if v is None else str(v) for v in tools],
                [None if v is None else str(v) for v in verdicts],
                [None if v is None else str(v) for v in versions],
                [None if v is None else float(v) for v in latencies],
                texts,
                *_checkpoint_columns(checkpoints),
                *_checkpoint_columns(principals),
                [q["op"] for q in quarantines],
                [q["kind"] for q in quarantines],
                [q["subject"] for q in quarantines],
                [float(q["at"]) for q in quarantines],
                [q["text"] for q in quarantines],
            )
        except asyncpg.PostgresError as exc:
            if getattr(exc, "sqlstate", None) == _LOST_LEASE:
                raise StoreError(f"{self.location}: {exc}") from exc
            raise StoreError(f"{self.location}: audit write failed: {exc}") from exc
        except (OSError, asyncpg.InterfaceError) as exc:
            # The connection is gone; whether the batch committed is unknown, so every caller fails
            # (fail closed). The next batch reconnects.
            self._conn.terminate()
            self._conn = None
            raise StoreError(f"{self.location}: lost the connection to the audit store: {exc}") from exc
        self.commits += 1
        for item, row in zip(records, rows, strict=True):
            _settle(item.future, Receipt(int(row[0]), str(row[1])))
        for item in (*checkpoints.values(), *principals.values()):
            if item.lease is not None:
                item.lease.version += 1
        for item in batch:
            if item.kind != "record":
                _settle(item.future)

    # -- reading -------------------------------------------------------------------------------

    async def _fetch(self, sql: str, *params: Any) -> list[Any]:
        asyncpg = _import_asyncpg()
        await self.open()
        try:
            async with self._get_reads().acquire() as conn:
                return list(await conn.fetch(sql, *params))
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StoreError(f"{self.location}: cannot read the audit store: {exc}") from exc

    async def _fetchval(self, sql: str, *params: Any) -> Any:
        rows = await self._fetch(sql, *params)
        return rows[0][0] if rows else None

    async def records(self, where: RecordFilter | None = None) -> AsyncIterator[StoredRecord]:
        """The records matching a filter, in log order.

        Raises:
            StoreCorruptError: A body is not JSON.
            StoreError: The server cannot be reached.
        """
        where = where or RecordFilter()
        condition, params = where.where(numbered_from=2)
        last = 0
        left = where.limit
        while left is None or left > 0:
            chunk = _CHUNK if left is None else min(_CHUNK, left)
            rows = await self._fetch(
                f"SELECT {_COLUMNS} FROM records WHERE seq > $1 AND {condition} ORDER BY seq LIMIT {int(chunk)}",
                last,
                *params,
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
        condition, params = (where or RecordFilter()).where(numbered_from=1)
        return int(await self._fetchval(f"SELECT count(*) FROM records WHERE {condition}", *params))

    def _to_record(self, row: Any) -> StoredRecord:
        return StoredRecord.from_row(row, self.location)

    async def verify(self) -> VerifyReport:
        """Walk the whole chain, written by every replica, and report the first broken record.

        Returns:
            The report; `problem` names the first record edited, deleted, inserted or reordered.

        Raises:
            StoreError: The server cannot be reached.
        """
        asyncpg = _import_asyncpg()
        await self.flush()
        good_seq, good_hash, problem = 0, GENESIS, None
        count = 0
        try:
            async with (
                self._get_reads().acquire() as conn,
                conn.transaction(isolation="repeatable_read", readonly=True),
            ):
                # One snapshot: replicas go on appending while the chain is walked.
                head_row = await conn.fetchrow("SELECT seq, hash FROM chain_head WHERE id = 1")
                head = None if head_row is None else (int(head_row[0]), str(head_row[1]))
                fetched = 0
                while problem is None:
                    rows = await conn.fetch(
                        f"SELECT {_COLUMNS} FROM records WHERE seq > $1 ORDER BY seq LIMIT {_CHUNK}", fetched
                    )
                    if not rows:
                        break
                    before = good_seq
                    good_seq, good_hash, problem = verify_chain(
                        [tuple(row) for row in rows], start=(good_seq, good_hash)
                    )
                    count += good_seq - before
                    fetched = int(rows[-1][0])
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StoreError(f"{self.location}: cannot read the audit store: {exc}") from exc
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
        return VerifyReport(self.location, count, good_seq, good_hash, problem)


def _parse_slots(location: str, text: str, kind: HoldKind, key: str) -> dict[str, dict[str, Any]]:
    try:
        slots = json.loads(text)
    except ValueError:
        slots = None
    if not isinstance(slots, dict) or not all(isinstance(v, dict) for v in slots.values()):
        raise StoreCorruptError(f"{location}: the checkpoint of {kind} {key!r} is malformed")
    return slots


def _checkpoint_text(kind: str, key: str, slots: dict[str, dict[str, Any]]) -> str:
    try:
        return json.dumps(slots, sort_keys=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        bad = [name for name, slot in slots.items() if not _is_json(slot)]
        subject = "session" if kind == "checkpoint" else "principal"
        raise StoreStateError(f"{subject} {key!r}: the state of stage(s) {bad} cannot be checkpointed: {exc}") from exc


def _checkpoint_columns(items: dict[str, _Pending]) -> tuple[list[Any], ...]:
    # Under a lease a checkpoint carries the version after the lease's; without one (None) the
    # stored version is simply incremented.
    return (
        list(items),
        [item.text for item in items.values()],
        [None if item.lease is None else item.lease.version + 1 for item in items.values()],
        [None if item.lease is None else item.lease.token for item in items.values()],
    )


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True
