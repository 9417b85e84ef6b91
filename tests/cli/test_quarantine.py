"""`bastion replay` with quarantine and rates, and `bastion quarantine list|release`, on a real SQLite store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from bastion.cli.main import main

REPO = Path(__file__).resolve().parents[2]
TOOLS = REPO / "examples" / "tools.json"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    target = tmp_path / "policies"
    shutil.copytree(REPO / "policies", target)
    (target / "intent.cedar").unlink()  # conduct needs no embedding model
    return target


def _trace(path: Path, events: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    return path


def _replay(trace: Path, pack: Path, audit: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    main(["replay", str(trace), "--policies", str(pack), "--tools", str(TOOLS), "--audit", str(audit)])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_replay_quarantines_a_probing_session_until_it_is_released(
    pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    audit = tmp_path / "audit.db"
    write = {"session": "r", "type": "tool_call", "tool": "write_file", "arguments": {"path": "/tmp/x", "content": "x"}}
    probing: list[dict[str, object]] = [
        {"session": "r", "type": "tool_call", "id": f"c{i}", "tool": "run_shell", "arguments": {"command": "rm -rf /"}}
        for i in range(5)
    ]
    first = _replay(_trace(tmp_path / "a.jsonl", [*probing, {**write, "id": "w1"}]), pack, audit, capsys)
    assert [d["verdict"] for d in first] == ["deny"] * 5 + ["ask"]
    assert first[-1]["policy_ids"] == ["ask-quarantined"]
    assert first[-1]["signals"]["quarantined"] is True

    later = _trace(tmp_path / "b.jsonl", [{**write, "id": "w2"}])
    assert _replay(later, pack, audit, capsys)[0]["verdict"] == "ask"
    assert main(["quarantine", "list", "--audit", str(audit)]) == 1
    assert "session   r" in capsys.readouterr().out
    assert main(["quarantine", "release", "r", "--audit", str(audit), "--by", "ops"]) == 0
    capsys.readouterr()
    (after,) = _replay(_trace(tmp_path / "c.jsonl", [{**write, "id": "w3"}]), pack, audit, capsys)
    assert after["verdict"] == "allow"
    assert main(["quarantine", "list", "--audit", str(audit)]) == 0
    assert main(["audit", "show", str(audit), "--json"]) == 0
    types = [json.loads(line)["type"] for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert "quarantine" in types and "quarantine_release" in types


def test_quarantine_without_a_store_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quarantine", "list"]) == 2
    assert "--audit" in capsys.readouterr().err


def test_quarantine_list_and_release_work_on_a_postgresql_store(
    pack: Path, tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    probing: list[dict[str, object]] = [
        {"session": "r", "type": "tool_call", "id": f"c{i}", "tool": "run_shell", "arguments": {"command": "rm -rf /"}}
        for i in range(5)
    ]
    trace = _trace(tmp_path / "a.jsonl", probing)
    main(["replay", str(trace), "--policies", str(pack), "--tools", str(TOOLS), "--audit", postgres_url])
    capsys.readouterr()

    assert main(["quarantine", "list", "--audit", postgres_url, "--json"]) == 1
    (listed,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (listed["kind"], listed["subject"], listed["released_at"]) == ("session", "r", None)
    assert main(["quarantine", "release", "r", "--audit", postgres_url, "--by", "ops", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["released"] == 1
    assert main(["quarantine", "list", "--audit", postgres_url]) == 0
    assert main(["quarantine", "list", "--audit", postgres_url, "--all", "--json"]) == 0
    (released,) = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert released["released_by"] == "ops"
