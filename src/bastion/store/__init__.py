"""The audit store: a hash-chained, append-only decision log and session checkpoints.

SqliteStore      one file (the embedded default): group-committed appends, checkpoints, reading, verification
PostgresStore    one database that many replicas share: one chain, sessions leased per event
open_store       the store a file path or postgresql:// URL names
AuditRecorder    the stage after the decision that writes every event and decision
Redactor         what of arguments and texts reaches the log (raw, redacted, hashed; never secrets)
records          what every store returns and the protocols they implement
migrations       the schema as named, ordered migrations (one list per engine)
chain            the hash chain and its verification
"""

from bastion.store.chain import ChainBreak
from bastion.store.open import open_store
from bastion.store.postgres import PostgresStore
from bastion.store.recorder import AuditLog, AuditRecorder, describe_policy_set
from bastion.store.records import AuditStore, Receipt, RecordFilter, SharedStore, StoredRecord, VerifyReport
from bastion.store.redact import Privacy, Redactor, scrub_secrets
from bastion.store.sqlite import SqliteStore

__all__ = [
    "AuditLog",
    "AuditRecorder",
    "AuditStore",
    "ChainBreak",
    "PostgresStore",
    "Privacy",
    "Receipt",
    "RecordFilter",
    "Redactor",
    "SharedStore",
    "SqliteStore",
    "StoredRecord",
    "VerifyReport",
    "describe_policy_set",
    "open_store",
    "scrub_secrets",
]
