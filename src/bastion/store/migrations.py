"""The store's schema, as named migrations applied in order and recorded in `bastion_migrations`.

Each engine has its own list (MIGRATIONS for SQLite, POSTGRES_MIGRATIONS for PostgreSQL), the same
tables in each engine's dialect; PostgreSQL's also holds the functions that append a batch to the
chain and lease a session, so that each is one round trip.

A migration that has shipped is never edited: a schema change is a new migration appended to
MIGRATIONS. A store that records a migration this bastion does not know was written by a newer
bastion (StoreVersionError).
"""

from __future__ import annotations

from dataclasses import dataclass

from bastion.errors import StoreCorruptError, StoreVersionError

__all__ = ["APPLICATION_ID", "LOCK_CLASS", "MIGRATIONS", "POSTGRES_MIGRATIONS", "Migration", "check_applied"]

# `PRAGMA application_id` marks the file as a bastion store ("bst1").
APPLICATION_ID = 0x62737431
# The first key of every PostgreSQL advisory lock bastion takes ("bst1"); the second is a session's hash
# (or 0 for the lock serialising migrations).
LOCK_CLASS = 0x62737431


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
        "m003_approvals",
        """
        CREATE TABLE approvals (
            id TEXT PRIMARY KEY,
            call_key TEXT NOT NULL,
            session TEXT NOT NULL,
            call_id TEXT NOT NULL,
            tool TEXT NOT NULL,
            principal TEXT,
            request TEXT NOT NULL,
            created_at REAL NOT NULL,
            expires_at REAL NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'denied')),
            answered_by TEXT,
            answered_at REAL,
            note TEXT
        );
        CREATE INDEX approvals_call_key ON approvals (call_key, created_at);
        CREATE INDEX approvals_status ON approvals (status, expires_at);
        """,
    ),
    Migration(
        "m004_principals_and_quarantines",
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


def check_applied(applied: list[str], source: str, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[Migration]:
    """The migrations still to apply, given those a store records.

    Args:
        applied: The names the store records, in the order applied.
        source: The store's name, for errors.
        migrations: The engine's migrations (SQLite's by default).

    Returns:
        The pending migrations, in order.

    Raises:
        StoreVersionError: The store records a migration this bastion does not know.
        StoreCorruptError: The recorded migrations are not a prefix of the known ones.
    """
    known = [m.name for m in migrations]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreVersionError(
            f"{source}: written by a newer bastion (schema migration {unknown[0]!r} is unknown to this "
            f"version, which knows up to {known[-1]!r}); upgrade bastion to read it"
        )
    if applied != known[: len(applied)]:
        raise StoreCorruptError(f"{source}: schema migrations recorded out of order: {applied}")
    return list(migrations[len(applied) :])


POSTGRES_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "p001_decision_log",
        """
        CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
        INSERT INTO meta (key, value)
            VALUES ('hash_key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
        CREATE TABLE records (
            seq bigint PRIMARY KEY,
            ts double precision NOT NULL,
            session text NOT NULL,
            type text NOT NULL,
            call_id text,
            tool text,
            verdict text,
            policy_version text,
            latency_us double precision,
            body text NOT NULL,
            prev_hash text NOT NULL,
            hash text NOT NULL
        );
        CREATE INDEX records_session ON records (session, seq);
        CREATE INDEX records_ts ON records (ts);
        CREATE INDEX records_tool ON records (tool, seq);
        CREATE TABLE chain_head (
            id integer PRIMARY KEY CHECK (id = 1),
            seq bigint NOT NULL,
            hash text NOT NULL
        );
        INSERT INTO chain_head (id, seq, hash)
            VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
        CREATE FUNCTION bastion_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log is append-only';
        END $$;
        CREATE TRIGGER records_no_update BEFORE UPDATE OR DELETE ON records
            FOR EACH ROW EXECUTE FUNCTION bastion_append_only();
        CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON records
            FOR EACH STATEMENT EXECUTE FUNCTION bastion_append_only();
        """,
    ),
    Migration(
        "p002_session_checkpoints",
        """
        CREATE TABLE checkpoints (
            session text PRIMARY KEY,
            slots text NOT NULL,
            updated_at double precision NOT NULL,
            seq bigint NOT NULL,
            version bigint NOT NULL,
            lease text
        );
        """,
    ),
    Migration(
        "p003_append_and_lease",
        # bastion_append chains a batch onto the head (held FOR UPDATE: one chain across every replica)
        # and writes the batch's checkpoints in the same transaction. A checkpoint written under a
        # lease must follow the version the lease read (or rewrite its own): a process that lost its
        # lease cannot overwrite a newer state. bastion_lease waits for the session's advisory lock,
        # then reads the checkpoint in a fresh snapshot (a volatile function's statements each take
        # one), returning the state only when the caller's copy is not current.
        """
        CREATE FUNCTION bastion_append(
            r_ts double precision[], r_session text[], r_type text[], r_call_id text[], r_tool text[],
            r_verdict text[], r_policy_version text[], r_latency_us double precision[], r_body text[],
            c_session text[], c_slots text[], c_version bigint[], c_lease text[]
        ) RETURNS TABLE (out_seq bigint, out_hash text) LANGUAGE plpgsql AS $$
        DECLARE
            head_seq bigint;
            head_hash text;
            digest text;
            written bigint;
            now double precision := extract(epoch FROM clock_timestamp());
        BEGIN
            SELECT h.seq, h.hash INTO head_seq, head_hash FROM chain_head h WHERE h.id = 1 FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'the chain head is missing';
            END IF;
            FOR i IN 1 .. coalesce(array_length(r_body, 1), 0) LOOP
                head_seq := head_seq + 1;
                digest := encode(
                    sha256(convert_to(head_hash || E'\n' || head_seq::text || E'\n' || r_body[i], 'UTF8')), 'hex'
                );
                INSERT INTO records (seq, ts, session, type, call_id, tool, verdict, policy_version, latency_us,
                                     body, prev_hash, hash)
                    VALUES (head_seq, r_ts[i], r_session[i], r_type[i], r_call_id[i], r_tool[i], r_verdict[i],
                            r_policy_version[i], r_latency_us[i], r_body[i], head_hash, digest);
                head_hash := digest;
                out_seq := head_seq;
                out_hash := digest;
                RETURN NEXT;
            END LOOP;
            UPDATE chain_head SET seq = head_seq, hash = head_hash WHERE id = 1;
            FOR i IN 1 .. coalesce(array_length(c_session, 1), 0) LOOP
                INSERT INTO checkpoints AS c (session, slots, updated_at, seq, version, lease)
                    VALUES (c_session[i], c_slots[i], now, head_seq, coalesce(c_version[i], 1), c_lease[i])
                ON CONFLICT (session) DO UPDATE
                    SET slots = excluded.slots, updated_at = excluded.updated_at, seq = excluded.seq,
                        version = CASE WHEN c_version[i] IS NULL THEN c.version + 1 ELSE excluded.version END,
                        lease = excluded.lease
                    WHERE c_version[i] IS NULL
                       OR c.version = c_version[i] - 1
                       OR (c.version = c_version[i] AND c.lease = c_lease[i]);
                GET DIAGNOSTICS written = ROW_COUNT;
                IF written = 0 THEN
                    RAISE EXCEPTION USING
                        ERRCODE = 'BSTLE',
                        MESSAGE = 'the checkpoint of session ' || quote_literal(c_session[i])
                                  || ' was written by another process while this one held it';
                END IF;
            END LOOP;
        END $$;

        CREATE FUNCTION bastion_lease(p_session text, p_known bigint)
            RETURNS TABLE (out_version bigint, out_slots text) LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_lock(1651733553, hashtext(p_session));
            RETURN QUERY
                SELECT c.version, CASE WHEN c.version = p_known THEN NULL ELSE c.slots END
                FROM checkpoints c WHERE c.session = p_session;
        END $$;
        """,
    ),
    Migration(
        "p004_approvals",
        # The same approval queue as SQLite's m003_approvals.
        """
        CREATE TABLE approvals (
            id text PRIMARY KEY,
            call_key text NOT NULL,
            session text NOT NULL,
            call_id text NOT NULL,
            tool text NOT NULL,
            principal text,
            request text NOT NULL,
            created_at double precision NOT NULL,
            expires_at double precision NOT NULL,
            status text NOT NULL CHECK (status IN ('pending', 'approved', 'denied')),
            answered_by text,
            answered_at double precision,
            note text
        );
        CREATE INDEX approvals_call_key ON approvals (call_key, created_at);
        CREATE INDEX approvals_status ON approvals (status, expires_at);
        """,
    ),
    Migration(
        "p005_leases_together",
        # One round trip releases the leases a replica has finished and tries the ones it wants, for
        # every session it has under way: each lock that was free is taken, with its checkpoint read
        # as bastion_lease reads it; a session held elsewhere is reported, and waited for on its own.
        """
        CREATE FUNCTION bastion_try_leases(p_release text[], p_session text[], p_known bigint[])
            RETURNS TABLE (out_index integer, out_held boolean, out_version bigint, out_slots text)
            LANGUAGE plpgsql AS $$
        BEGIN
            FOR i IN 1 .. coalesce(array_length(p_release, 1), 0) LOOP
                PERFORM pg_advisory_unlock(1651733553, hashtext(p_release[i]));
            END LOOP;
            FOR i IN 1 .. coalesce(array_length(p_session, 1), 0) LOOP
                out_index := i;
                out_held := pg_try_advisory_lock(1651733553, hashtext(p_session[i]));
                out_version := 0;
                out_slots := NULL;
                IF out_held THEN
                    SELECT c.version, CASE WHEN c.version = p_known[i] THEN NULL ELSE c.slots END
                        INTO out_version, out_slots
                        FROM checkpoints c WHERE c.session = p_session[i];
                    IF NOT FOUND THEN
                        out_version := 0;
                        out_slots := NULL;
                    END IF;
                END IF;
                RETURN NEXT;
            END LOOP;
        END $$;
        """,
    ),
    Migration(
        "p006_principals_and_quarantines",
        # A principal's state is shared by all its sessions, whichever replica handles them: it is
        # leased like a session (an advisory lock of its own class, so that a principal and a session
        # of the same name never share a lock; a session's lock is the one bastion_lease takes) and
        # checkpointed with a version under the lease.
        # bastion_commit writes a batch's records and session checkpoints (through bastion_append),
        # its principals' checkpoints and its quarantine changes in one transaction. bastion_try_holds
        # and bastion_hold lease sessions and principals as bastion_try_leases and bastion_lease do
        # sessions (which they supersede).
        """
        CREATE TABLE principal_checkpoints (
            principal text PRIMARY KEY,
            slots text NOT NULL,
            updated_at double precision NOT NULL,
            version bigint NOT NULL,
            lease text
        );
        CREATE TABLE quarantines (
            id bigserial PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('session', 'principal')),
            subject text NOT NULL,
            since double precision NOT NULL,
            reason text NOT NULL,
            released_at double precision,
            released_by text
        );
        CREATE INDEX quarantines_subject ON quarantines (kind, subject, since);

        CREATE FUNCTION bastion_commit(
            r_ts double precision[], r_session text[], r_type text[], r_call_id text[], r_tool text[],
            r_verdict text[], r_policy_version text[], r_latency_us double precision[], r_body text[],
            c_session text[], c_slots text[], c_version bigint[], c_lease text[],
            p_principal text[], p_slots text[], p_version bigint[], p_lease text[],
            q_op text[], q_kind text[], q_subject text[], q_at double precision[], q_text text[]
        ) RETURNS TABLE (out_seq bigint, out_hash text) LANGUAGE plpgsql AS $$
        DECLARE
            written bigint;
            now double precision := extract(epoch FROM clock_timestamp());
        BEGIN
            RETURN QUERY SELECT a.out_seq, a.out_hash FROM bastion_append(
                r_ts, r_session, r_type, r_call_id, r_tool, r_verdict, r_policy_version, r_latency_us, r_body,
                c_session, c_slots, c_version, c_lease) a;
            FOR i IN 1 .. coalesce(array_length(p_principal, 1), 0) LOOP
                INSERT INTO principal_checkpoints AS c (principal, slots, updated_at, version, lease)
                    VALUES (p_principal[i], p_slots[i], now, coalesce(p_version[i], 1), p_lease[i])
                ON CONFLICT (principal) DO UPDATE
                    SET slots = excluded.slots, updated_at = excluded.updated_at,
                        version = CASE WHEN p_version[i] IS NULL THEN c.version + 1 ELSE excluded.version END,
                        lease = excluded.lease
                    WHERE p_version[i] IS NULL
                       OR c.version = p_version[i] - 1
                       OR (c.version = p_version[i] AND c.lease = p_lease[i]);
                GET DIAGNOSTICS written = ROW_COUNT;
                IF written = 0 THEN
                    RAISE EXCEPTION USING
                        ERRCODE = 'BSTLE',
                        MESSAGE = 'the checkpoint of principal ' || quote_literal(p_principal[i])
                                  || ' was written by another process while this one held it';
                END IF;
            END LOOP;
            FOR i IN 1 .. coalesce(array_length(q_op, 1), 0) LOOP
                IF q_op[i] = 'add' THEN
                    INSERT INTO quarantines (kind, subject, since, reason)
                        VALUES (q_kind[i], q_subject[i], q_at[i], q_text[i]);
                ELSE
                    UPDATE quarantines SET released_at = q_at[i], released_by = q_text[i]
                        WHERE kind = q_kind[i] AND subject = q_subject[i] AND released_at IS NULL;
                END IF;
            END LOOP;
        END $$;

        CREATE FUNCTION bastion_lock_class(p_kind text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN p_kind = 'principal' THEN 1651733554 ELSE 1651733553 END
        $$;

        CREATE FUNCTION bastion_read_hold(p_kind text, p_key text, p_known bigint)
            RETURNS TABLE (out_version bigint, out_slots text) LANGUAGE plpgsql AS $$
        BEGIN
            IF p_kind = 'principal' THEN
                RETURN QUERY SELECT c.version, CASE WHEN c.version = p_known THEN NULL ELSE c.slots END
                    FROM principal_checkpoints c WHERE c.principal = p_key;
            ELSE
                RETURN QUERY SELECT c.version, CASE WHEN c.version = p_known THEN NULL ELSE c.slots END
                    FROM checkpoints c WHERE c.session = p_key;
            END IF;
        END $$;

        CREATE FUNCTION bastion_hold(p_kind text, p_key text, p_known bigint)
            RETURNS TABLE (out_version bigint, out_slots text) LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_lock(bastion_lock_class(p_kind), hashtext(p_key));
            RETURN QUERY SELECT * FROM bastion_read_hold(p_kind, p_key, p_known);
        END $$;

        CREATE FUNCTION bastion_try_holds(
            p_release_kind text[], p_release text[], p_kind text[], p_key text[], p_known bigint[]
        ) RETURNS TABLE (out_index integer, out_held boolean, out_version bigint, out_slots text)
            LANGUAGE plpgsql AS $$
        BEGIN
            FOR i IN 1 .. coalesce(array_length(p_release, 1), 0) LOOP
                PERFORM pg_advisory_unlock(bastion_lock_class(p_release_kind[i]), hashtext(p_release[i]));
            END LOOP;
            FOR i IN 1 .. coalesce(array_length(p_key, 1), 0) LOOP
                out_index := i;
                out_held := pg_try_advisory_lock(bastion_lock_class(p_kind[i]), hashtext(p_key[i]));
                out_version := 0;
                out_slots := NULL;
                IF out_held THEN
                    SELECT h.out_version, h.out_slots INTO out_version, out_slots
                        FROM bastion_read_hold(p_kind[i], p_key[i], p_known[i]) h;
                    IF NOT FOUND THEN
                        out_version := 0;
                        out_slots := NULL;
                    END IF;
                END IF;
                RETURN NEXT;
            END LOOP;
        END $$;
        """,
    ),
)
