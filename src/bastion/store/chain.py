"""The hash chain: each record carries the hash of the one before, so any edit, deletion or reordering shows.

    hash(n) = sha256(hash(n-1) "\\n" seq(n) "\\n" body(n))      hash(0) = GENESIS

The body is the record's canonical JSON text, stored as written and hashed byte for byte, so
verification never depends on re-serializing it the same way.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["GENESIS", "ChainBreak", "canonical_json", "index_columns", "link_hash", "verify_chain"]

GENESIS = "0" * 64


def canonical_json(body: dict[str, Any]) -> str:
    """The one text a record body is stored and hashed as (sorted keys, no spaces).

    Args:
        body: The record body; JSON values only.

    Returns:
        The JSON text.

    Raises:
        TypeError: The body holds a value JSON cannot represent.
        ValueError: The body holds NaN or infinity.
    """
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def link_hash(prev_hash: str, seq: int, body_text: str) -> str:
    """The hash of record `seq`, chained to the record before it.

    Args:
        prev_hash: The previous record's hash (GENESIS for the first).
        seq: This record's sequence number (1 for the first).
        body_text: This record's canonical JSON text.

    Returns:
        The hex SHA-256 digest.
    """
    digest = hashlib.sha256(f"{prev_hash}\n{seq}\n".encode())
    digest.update(body_text.encode())
    return digest.hexdigest()


def index_columns(body: dict[str, Any]) -> tuple[Any, ...]:
    """The indexed columns of a record, derived from its body (they are never a second source of truth).

    Returns:
        (ts, session, type, call_id, tool, verdict, policy_version, latency_us).
    """
    event = body.get("event") or {}
    decision = body.get("decision") or {}
    return (
        body.get("ts"),
        body.get("session"),
        body.get("type"),
        event.get("id"),
        event.get("tool"),
        decision.get("verdict"),
        body.get("policy_version"),
        decision.get("latency_us"),
    )


@dataclass(frozen=True)
class ChainBreak:
    """The first record at which the chain does not hold.

    Args:
        seq: The sequence number of the broken record (or of the missing one).
        problem: What is wrong with it.
    """

    seq: int
    problem: str

    def __str__(self) -> str:
        return f"record {self.seq}: {self.problem}"


Row = tuple[int, Any, Any, Any, Any, Any, Any, Any, Any, str, str, str]


def verify_chain(rows: Iterable[Row], *, start: tuple[int, str] = (0, GENESIS)) -> tuple[int, str, ChainBreak | None]:
    """Walk stored rows in sequence order and find the first that breaks the chain.

    Args:
        rows: (seq, ts, session, type, call_id, tool, verdict, policy_version, latency_us, body, prev_hash,
            hash) in ascending seq order.
        start: The (seq, hash) the rows continue from.

    Returns:
        The last good (seq, hash), and the first break or None.
    """
    last_seq, last_hash = start
    for row in rows:
        seq, *columns = row[:9]
        body_text, prev_hash, stored_hash = row[9], row[10], row[11]
        if seq != last_seq + 1:
            if seq <= last_seq:
                return last_seq, last_hash, ChainBreak(seq, f"out of order: it follows record {last_seq}")
            missing = f"record {last_seq + 1}" if seq == last_seq + 2 else f"records {last_seq + 1}..{seq - 1}"
            return last_seq, last_hash, ChainBreak(last_seq + 1, f"missing: {missing} deleted (next is {seq})")
        if prev_hash != last_hash:
            return (
                last_seq,
                last_hash,
                ChainBreak(seq, "does not follow the record before it (a record was deleted, inserted or reordered)"),
            )
        if link_hash(prev_hash, seq, body_text) != stored_hash:
            return last_seq, last_hash, ChainBreak(seq, "its content does not match its hash (the record was altered)")
        try:
            body = json.loads(body_text)
        except ValueError:
            return last_seq, last_hash, ChainBreak(seq, "its body is not valid JSON")
        if not isinstance(body, dict) or tuple(columns) != index_columns(body):
            return last_seq, last_hash, ChainBreak(seq, "its indexed columns do not match its body (altered)")
        last_seq, last_hash = seq, stored_hash
    return last_seq, last_hash, None
