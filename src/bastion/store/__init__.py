"""The audit store: a hash-chained, append-only decision log and session checkpoints (SQLite by default).

SqliteStore      the file: group-committed appends, checkpoints, reading, verification
AuditRecorder    the stage after the decision that writes every event and decision
Redactor         what of arguments and texts reaches the log (raw, redacted, hashed; never secrets)
migrations       the schema as named, ordered migrations
chain            the hash chain and its verification
"""

from bastion.store.chain import ChainBreak
from bastion.store.recorder import AuditLog, AuditRecorder, describe_policy_set
from bastion.store.redact import Privacy, Redactor, scrub_secrets
from bastion.store.sqlite import Receipt, RecordFilter, SqliteStore, StoredRecord, VerifyReport

__all__ = [
    "AuditLog",
    "AuditRecorder",
    "ChainBreak",
    "Privacy",
    "Receipt",
    "RecordFilter",
    "Redactor",
    "SqliteStore",
    "StoredRecord",
    "VerifyReport",
    "describe_policy_set",
    "scrub_secrets",
]
