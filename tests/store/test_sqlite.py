from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from bastion.errors import StoreCorruptError, StoreError, StoreVersionError
from bastion.store import RecordFilter, SqliteStore
from bastion.store.migrations import MIGRATIONS


def _body(session: str, n: int, verdict: str = "allow") -> dict[str, Any]:
    return {
        "ts": time.time(),
        "session": session,
        "type": "tool_call",
        "event": {"session": session, "type": "tool_call", "id": f"c{n}", "tool": "read_file", "arguments": {}},
        "decision": {"verdict": verdict, "latency_us": 100.0, "policy_ids": ["p"]},
        "policy_version": "v1",
    }


async def _fill(path: Path, count: int = 10) -> None:
    async with SqliteStore(path) as store:
        for n in range(count):
            await store.append(_body("s", n))


def _tamper(path: Path, *statements: str) -> None:
    # An attacker with the file: the append-only triggers are no obstacle to them.
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER records_no_update")
    conn.execute("DROP TRIGGER records_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


async def _verify(path: Path) -> Any:
    async with SqliteStore(path, create=False) as store:
        return await store.verify()


async def test_appended_records_are_chained_and_verify(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path, 10)

    report = await _verify(path)

    assert report.is_ok and report.records == 10 and report.head_seq == 10


async def test_records_read_back_equal_what_was_appended(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    bodies = [_body("s1", 0), _body("s2", 1, "deny")]
    async with SqliteStore(path) as store:
        receipts = await store.append_many(bodies)
        records = [r async for r in store.records()]

    assert [r.body for r in records] == bodies
    assert [(r.seq, r.hash) for r in records] == [(x.seq, x.hash) for x in receipts]
    assert records[1].prev_hash == records[0].hash
    assert (records[1].verdict, records[1].call_id, records[1].tool) == ("deny", "c1", "read_file")


async def test_concurrent_appends_share_transactions(tmp_path: Path) -> None:
    async with SqliteStore(tmp_path / "a.db") as store:
        await asyncio.gather(*(store.append(_body(f"s{i}", i)) for i in range(64)))
        commits = store.commits
        report = await store.verify()

    assert report.is_ok and report.records == 64
    assert commits < 8


async def test_edited_record_is_detected_at_its_seq(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path)
    _tamper(path, "UPDATE records SET body = replace(body, '\"allow\"', '\"deny\"') WHERE seq = 4")

    report = await _verify(path)

    assert not report.is_ok and report.problem is not None and report.problem.seq == 4
    assert report.records == 3


async def test_edited_indexed_column_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path)
    _tamper(path, "UPDATE records SET verdict = 'deny' WHERE seq = 6")

    report = await _verify(path)

    assert report.problem is not None and report.problem.seq == 6


async def test_edited_record_with_recomputed_hash_is_detected_at_the_next_record(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path)
    from bastion.store.chain import link_hash

    conn = sqlite3.connect(path)
    prev, body = conn.execute("SELECT prev_hash, body FROM records WHERE seq = 5").fetchone()
    conn.close()
    forged = body.replace('"allow"', '"deny"')
    _tamper(
        path,
        f"UPDATE records SET body = '{forged}', verdict = 'deny', hash = '{link_hash(prev, 5, forged)}' WHERE seq = 5",
    )

    report = await _verify(path)

    assert report.problem is not None and report.problem.seq == 6


async def test_deleted_record_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path)
    _tamper(path, "DELETE FROM records WHERE seq = 7")

    report = await _verify(path)

    assert report.problem is not None and report.problem.seq == 7 and "missing" in report.problem.problem


async def test_deleted_last_records_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path)
    _tamper(path, "DELETE FROM records WHERE seq >= 9")

    report = await _verify(path)

    assert report.problem is not None and report.problem.seq == 9


async def test_reordered_records_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path)
    _tamper(
        path,
        "UPDATE records SET seq = -3 WHERE seq = 3",
        "UPDATE records SET seq = 3 WHERE seq = 4",
        "UPDATE records SET seq = 4 WHERE seq = -3",
    )

    report = await _verify(path)

    assert report.problem is not None and report.problem.seq == 3


async def test_log_refuses_updates_and_deletes_through_sql(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path, 2)
    conn = sqlite3.connect(path)

    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM records")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE records SET verdict = 'deny'")
    conn.close()


async def test_two_writers_on_one_file_chain_onto_each_other(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    async with SqliteStore(path) as first, SqliteStore(path) as second:
        for n in range(5):
            await first.append(_body("a", n))
            await second.append(_body("b", n))

    report = await _verify(path)

    assert report.is_ok and report.records == 10


async def test_filters_select_by_session_verdict_tool_and_time(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    async with SqliteStore(path) as store:
        await store.append_many([_body("s1", 0), _body("s2", 1, "deny"), _body("s1", 2, "deny")])
        cutoff = time.time()
        await store.append(_body("s1", 3, "deny"))
        by_session = [r.call_id async for r in store.records(RecordFilter(session="s1", verdict="deny"))]
        since = [r.call_id async for r in store.records(RecordFilter(since=cutoff))]
        limited = [r.call_id async for r in store.records(RecordFilter(limit=2))]

    assert by_session == ["c2", "c3"]
    assert since == ["c3"]
    assert limited == ["c0", "c1"]


async def test_migrations_are_recorded_in_order(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path, 1)

    conn = sqlite3.connect(path)
    names = [row[0] for row in conn.execute("SELECT name FROM bastion_migrations ORDER BY seq")]
    conn.close()

    assert names == [m.name for m in MIGRATIONS]


async def test_file_that_is_not_sqlite_is_a_corrupt_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes\n" * 100)

    with pytest.raises(StoreCorruptError) as caught:
        await SqliteStore(path).open()

    assert str(path) in str(caught.value)


async def test_database_of_another_application_is_not_a_bastion_store(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()

    with pytest.raises(StoreCorruptError, match="customers"):
        await SqliteStore(path).open()


async def test_store_written_by_a_newer_bastion_raises_a_version_error(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path, 1)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO bastion_migrations (name, applied_at) VALUES ('m999_from_the_future', 0)")
    conn.commit()
    conn.close()

    with pytest.raises(StoreVersionError, match="m999_from_the_future"):
        await SqliteStore(path).open()


async def test_corrupt_page_raises_a_corrupt_store_error(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    await _fill(path, 300)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page : 6 * page] = b"\xa5" * (3 * page)
    path.write_bytes(bytes(data))

    with pytest.raises(StoreCorruptError):
        await _verify(path)


async def test_missing_store_is_not_created_by_a_reader(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"

    with pytest.raises(StoreError, match="no such audit store"):
        await SqliteStore(path, create=False).open()

    assert not path.exists()


async def test_closed_store_refuses_appends(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "a.db")
    await store.open()
    await store.aclose()

    with pytest.raises(StoreError):
        await store.append(_body("s", 0))
