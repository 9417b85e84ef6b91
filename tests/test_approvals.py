"""The approval queue on a real SQLite audit store and a real PostgreSQL one: asking, answering, following,
expiring, auditing."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bastion.approvals import ApprovalQueue, call_key
from bastion.errors import ApprovalError, StoreError
from bastion.events import Decision, ToolCall, Verdict
from bastion.store import RecordFilter, open_store
from bastion.store.approvals import SqliteApprovals, open_approvals

CALL = ToolCall(session="s1", id="c1", tool="send_money", arguments={"iban": "DE89", "amount": 1200})


def ask(call: ToolCall = CALL) -> Decision:
    return Decision(
        session=call.session,
        id=call.call_id,
        tool=call.tool_name,
        verdict=Verdict.ASK,
        reasons=["payments need a person"],
        policy_ids=["ask-open-world-side-effect"],
        signals={"session_calls": 2},
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """The audit store the queue lives in, once for each engine."""
    if request.param == "sqlite":
        return tmp_path / "audit.db"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
async def queue(target: str | Path) -> AsyncIterator[ApprovalQueue]:
    queue = ApprovalQueue(open_approvals(target), ttl=60, wait=5)
    await queue.open()
    yield queue
    await queue.aclose()


def test_call_key_ignores_the_call_id_but_not_the_arguments() -> None:
    same = call_key("s1", "send_money", {"amount": 1200, "iban": "DE89"})
    assert same == call_key("s1", "send_money", {"iban": "DE89", "amount": 1200})
    assert same != call_key("s1", "send_money", {"iban": "DE89", "amount": 1201})
    assert same != call_key("s2", "send_money", {"iban": "DE89", "amount": 1200})
    assert same != call_key("s1", "pay", {"iban": "DE89", "amount": 1200})


async def test_an_ask_waits_pending_with_the_call_its_reasons_and_signals(queue: ApprovalQueue) -> None:
    approval = await queue.submit(CALL, ask(), principal_id="alice")
    assert approval.state() == "pending"
    (pending,) = await queue.pending()
    assert pending == approval
    record = pending.to_record()
    assert record["arguments"] == {"iban": "DE89", "amount": 1200}
    assert record["reasons"] == ["payments need a person"]
    assert record["policy_ids"] == ["ask-open-world-side-effect"]
    assert record["signals"] == {"session_calls": 2}
    assert record["principal"] == "alice"


async def test_the_same_call_asked_again_joins_its_live_approval(queue: ApprovalQueue) -> None:
    first = await queue.submit(CALL, ask())
    again = await queue.submit(CALL.model_copy(update={"call_id": "c2"}), ask())
    other = await queue.submit(CALL.model_copy(update={"arguments": {"iban": "XX", "amount": 1200}}), ask())
    assert again.approval_id == first.approval_id
    assert other.approval_id != first.approval_id
    assert len(await queue.pending()) == 2


async def test_an_answer_decides_the_same_call_later_and_not_other_arguments(queue: ApprovalQueue) -> None:
    approval = await queue.submit(CALL, ask())
    await queue.answer(approval.approval_id, is_approved=True, note="rent", answered_by="carol")
    followed = await queue.follow(CALL.model_copy(update={"call_id": "c9"}))
    assert followed is not None and followed.state() == "approved"
    assert await queue.follow(CALL.model_copy(update={"arguments": {"iban": "DE89", "amount": 9999}})) is None
    assert await queue.pending() == []


async def test_who_answered_what_and_when_goes_into_the_chained_log(queue: ApprovalQueue, target: str | Path) -> None:
    approval = await queue.submit(CALL, ask())
    before = time.time()
    await queue.answer(approval.approval_id, is_approved=False, note="not this month", answered_by="carol")
    async with open_store(target, create=False) as log:
        (record,) = [r async for r in log.records(RecordFilter(types=("approval",)))]
        report = await log.verify()
    assert report.is_ok
    assert record.session == "s1"
    assert record.ts >= before
    assert record.body["approval"] == {
        "approval_id": approval.approval_id,
        "call_id": "c1",
        "tool": "send_money",
        "call_key": approval.call_key,
        "answer": "denied",
        "answered_by": "carol",
        "note": "not this month",
        "expires_at": pytest.approx(record.ts + 60, abs=1),
    }


async def test_an_approval_cannot_be_answered_twice(queue: ApprovalQueue) -> None:
    approval = await queue.submit(CALL, ask())
    await queue.answer(approval.approval_id, is_approved=True, answered_by="carol")
    with pytest.raises(ApprovalError) as raised:
        await queue.answer(approval.approval_id, is_approved=False, answered_by="dave")
    assert raised.value.problem == "answered"
    stored = await queue.get(approval.approval_id)
    assert stored is not None and stored.status == "approved" and stored.answered_by == "carol"


async def test_an_unknown_approval_cannot_be_answered(queue: ApprovalQueue) -> None:
    with pytest.raises(ApprovalError) as raised:
        await queue.answer("ap-nope", is_approved=True, answered_by="carol")
    assert (raised.value.approval_id, raised.value.problem) == ("ap-nope", "unknown")


async def test_an_unanswered_approval_expires_and_then_cannot_be_answered(target: str | Path) -> None:
    async with ApprovalQueue(open_approvals(target), ttl=0.3, wait=5) as queue:
        approval = await queue.submit(CALL, ask())
        waited = await queue.wait(approval.approval_id, 5)
        assert waited.state() == "expired"
        with pytest.raises(ApprovalError) as raised:
            await queue.answer(approval.approval_id, is_approved=True, answered_by="carol")
        assert raised.value.problem == "expired"
        assert await queue.pending() == []
        # Once expired, the same call asks afresh.
        fresh = await queue.submit(CALL, ask())
        assert fresh.approval_id != approval.approval_id


async def test_a_waiter_wakes_when_the_answer_comes_in_the_same_process(queue: ApprovalQueue) -> None:
    approval = await queue.submit(CALL, ask())
    waiting = asyncio.create_task(queue.wait(approval.approval_id, 5))
    await asyncio.sleep(0)
    await queue.answer(approval.approval_id, is_approved=True, answered_by="carol")
    answered = await asyncio.wait_for(waiting, 2)
    assert answered.state() == "approved"


async def test_a_wait_that_runs_out_leaves_the_approval_pending(queue: ApprovalQueue) -> None:
    approval = await queue.submit(CALL, ask())
    waited = await queue.wait(approval.approval_id, 0.3)
    assert waited.state() == "pending"


ANSWER_FROM_ANOTHER_PROCESS = """
import asyncio, sys
from bastion.approvals import ApprovalQueue
from bastion.store.approvals import open_approvals

async def main():
    async with ApprovalQueue(open_approvals(sys.argv[1])) as queue:
        while not (pending := await queue.pending()):
            await asyncio.sleep(0.05)
        await queue.answer(pending[0].approval_id, is_approved=True, note="from afar", answered_by="erin")

asyncio.run(main())
"""


async def test_an_answer_given_in_another_process_reaches_the_waiter(queue: ApprovalQueue, target: str | Path) -> None:
    answerer = subprocess.Popen([sys.executable, "-c", ANSWER_FROM_ANOTHER_PROCESS, str(target)])
    try:
        approval = await queue.submit(CALL, ask())
        answered = await queue.wait(approval.approval_id, 20)
    finally:
        assert answerer.wait(timeout=30) == 0
    assert answered.state() == "approved"
    assert (answered.answered_by, answered.note) == ("erin", "from afar")


async def test_the_queue_on_a_file_that_is_not_a_store_fails_with_a_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not a database")
    queue = ApprovalQueue(SqliteApprovals(bogus))
    with pytest.raises(StoreError):
        await queue.submit(CALL, ask())
    await queue.aclose()


async def test_concurrent_asks_in_one_process_each_get_an_approval_and_the_same_call_one(
    queue: ApprovalQueue,
) -> None:
    calls = [CALL.model_copy(update={"call_id": f"c{i}", "arguments": {"amount": i}}) for i in range(8)]
    distinct = await asyncio.gather(*(queue.submit(call, ask(call)) for call in calls))
    same = await asyncio.gather(*(queue.submit(CALL, ask()) for _ in range(8)))
    assert len({a.approval_id for a in distinct}) == 8
    assert len({a.approval_id for a in same}) == 1
    assert len(await queue.pending()) == 9
