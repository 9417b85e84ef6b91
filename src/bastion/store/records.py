"""What every audit store shares: the records it returns, the filter it reads by, its reports, and the
protocols a store implements (the decision log, session checkpoints and leases across replicas).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from bastion.errors import StoreCorruptError
from bastion.stage import CheckpointLease
from bastion.store.chain import ChainBreak

__all__ = ["AuditStore", "Receipt", "RecordFilter", "SharedStore", "StoredRecord", "VerifyReport"]


@dataclass(frozen=True)
class Receipt:
    """Where a record landed: its sequence number and chained hash (durable when returned)."""

    seq: int
    hash: str


@dataclass(frozen=True)
class StoredRecord:
    """One record of the decision log as stored.

    Attributes:
        seq: Its position (1 for the first record).
        ts: When it was recorded (seconds since the epoch, UTC).
        session: The session it belongs to.
        type: `tool_call`, `message`, `tool_result`, `policy_set` or `gap`.
        call_id: The tool call's id, for calls and results.
        tool: The tool, for calls.
        verdict: The verdict, for calls.
        policy_version: The policy set's version, for calls.
        latency_us: The decision's latency, for calls.
        body: The whole record (event, decision, signals, ...).
        prev_hash: The hash of the record before.
        hash: This record's hash.
    """

    seq: int
    ts: float
    session: str
    type: str
    call_id: str | None
    tool: str | None
    verdict: str | None
    policy_version: str | None
    latency_us: float | None
    body: dict[str, Any]
    prev_hash: str
    hash: str

    @classmethod
    def from_row(cls, row: Any, location: object) -> StoredRecord:
        """A record from a row of `seq, ts, session, type, call_id, tool, verdict, policy_version,
        latency_us, body, prev_hash, hash`, as either store selects it.

        Raises:
            StoreCorruptError: The body is not valid JSON; the message names the store and the record.
        """
        try:
            body = json.loads(row[9])
        except ValueError:
            raise StoreCorruptError(f"{location}: record {row[0]} is not valid JSON") from None
        return cls(
            seq=int(row[0]),
            ts=float(row[1]),
            session=str(row[2]),
            type=str(row[3]),
            call_id=row[4],
            tool=row[5],
            verdict=row[6],
            policy_version=row[7],
            latency_us=row[8],
            body=body,
            prev_hash=str(row[10]),
            hash=str(row[11]),
        )

    @property
    def time(self) -> datetime:
        """When it was recorded, as an aware UTC datetime."""
        return datetime.fromtimestamp(self.ts, UTC)


@dataclass(frozen=True)
class RecordFilter:
    """Which records to read; every field narrows, None means any.

    Attributes:
        session: Only this session.
        verdict: Only tool calls with this verdict.
        tool: Only this tool.
        types: Only these record types.
        since: Recorded at or after this time (epoch seconds).
        until: Recorded before this time (epoch seconds).
        limit: At most this many records.
    """

    session: str | None = None
    verdict: str | None = None
    tool: str | None = None
    types: tuple[str, ...] | None = None
    since: float | None = None
    until: float | None = None
    limit: int | None = None

    def where(self, *, numbered_from: int | None = None) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters.

        Args:
            numbered_from: Number the placeholders `$n, $n+1, ...` (PostgreSQL) from this n; default `?`.
        """
        clauses: list[str] = []
        params: list[Any] = []

        def mark() -> str:
            if numbered_from is None:
                return "?"
            return f"${numbered_from + len(params) - 1}"

        for column, value in (("session", self.session), ("verdict", self.verdict), ("tool", self.tool)):
            if value is not None:
                params.append(value)
                clauses.append(f"{column} = {mark()}")
        if self.types:
            marks = []
            for record_type in self.types:
                params.append(record_type)
                marks.append(mark())
            clauses.append(f"type IN ({', '.join(marks)})")
        if self.since is not None:
            params.append(self.since)
            clauses.append(f"ts >= {mark()}")
        if self.until is not None:
            params.append(self.until)
            clauses.append(f"ts < {mark()}")
        return " AND ".join(clauses) or "TRUE", params


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of walking the whole chain.

    Attributes:
        path: The store (a file, or a database URL without its password).
        records: How many records were checked and found good.
        head_seq: The last good record's sequence number.
        head_hash: The last good record's hash.
        problem: The first break, or None when the chain holds end to end.
    """

    path: str
    records: int
    head_seq: int
    head_hash: str
    problem: ChainBreak | None

    @property
    def is_ok(self) -> bool:
        """True when no record was edited, deleted or reordered."""
        return self.problem is None


class AuditStore(Protocol):
    """What the firewall, the recorder and `bastion audit` need of a store (SQLite or PostgreSQL)."""

    @property
    def location(self) -> str:
        """Where the store is, to name in messages (never with a password)."""
        ...

    async def open(self) -> None:
        """Open the store, apply pending migrations and start the writer."""
        ...

    async def aclose(self) -> None:
        """Write what is pending and close."""
        ...

    async def hash_key(self) -> bytes:
        """The store's key for keyed hashes of logged values."""
        ...

    async def append(self, body: dict[str, Any]) -> Receipt:
        """Append one record; return once it is durable."""
        ...

    async def append_many(
        self,
        bodies: Sequence[dict[str, Any]],
        *,
        checkpoint: tuple[str, dict[str, dict[str, Any]]] | None = None,
        principal: tuple[str, dict[str, dict[str, Any]]] | None = None,
    ) -> list[Receipt]:
        """Append records in order, in one transaction (with a session's and a principal's checkpoint);
        return once durable."""
        ...

    async def flush(self) -> None:
        """Wait until everything enqueued so far is durable."""
        ...

    async def load_session(self, session_id: str) -> dict[str, dict[str, Any]] | None:
        """A session's slots as last checkpointed, or None."""
        ...

    async def save_session(self, session_id: str, slots: dict[str, dict[str, Any]]) -> None:
        """Checkpoint a session's slots."""
        ...

    def records(self, where: RecordFilter | None = None) -> AsyncIterator[StoredRecord]:
        """The records matching a filter, in log order."""
        ...

    async def count(self, where: RecordFilter | None = None) -> int:
        """How many records match a filter."""
        ...

    async def verify(self) -> VerifyReport:
        """Walk the whole chain and report the first broken record."""
        ...


class SharedStore(AuditStore, Protocol):
    """A store that many processes share: a session is leased (locked across all of them) per event."""

    def lease(self, session_id: str, known_version: int) -> AbstractAsyncContextManager[CheckpointLease]:
        """Hold the session against every other process until the context exits.

        Args:
            session_id: The session.
            known_version: The checkpoint version the caller's in-memory copy corresponds to (-1: none).

        Returns:
            A context manager yielding the lease.
        """
        ...
