from __future__ import annotations

from typing import Any

from bastion.store.chain import GENESIS, canonical_json, index_columns, link_hash, verify_chain


def _rows(bodies: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    prev = GENESIS
    for seq, body in enumerate(bodies, start=1):
        text = canonical_json(body)
        digest = link_hash(prev, seq, text)
        rows.append((seq, *index_columns(body), text, prev, digest))
        prev = digest
    return rows


BODIES = [{"ts": float(i), "session": "s", "type": "message", "event": {"content": str(i)}} for i in range(5)]


def test_intact_chain_verifies_to_its_last_record() -> None:
    rows = _rows(BODIES)

    seq, digest, problem = verify_chain(rows)

    assert (seq, digest, problem) == (5, rows[-1][11], None)


def test_canonical_json_does_not_depend_on_key_order() -> None:
    assert canonical_json({"b": 1, "a": [1, {"d": 2, "c": 3}]}) == canonical_json({"a": [1, {"c": 3, "d": 2}], "b": 1})


def test_changed_body_breaks_the_chain_at_that_record() -> None:
    rows = _rows(BODIES)
    altered = {**BODIES[2], "event": {"content": "forged"}}
    rows[2] = (*rows[2][:9], canonical_json(altered), rows[2][10], rows[2][11])

    _, _, problem = verify_chain(rows)

    assert problem is not None and problem.seq == 3


def test_missing_record_is_named() -> None:
    rows = _rows(BODIES)
    del rows[1]

    _, _, problem = verify_chain(rows)

    assert problem is not None and problem.seq == 2 and "missing" in problem.problem
