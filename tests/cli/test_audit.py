from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from bastion.cli.audit import parse_time
from bastion.cli.main import main
from bastion.errors import ConfigError
from bastion.events import ToolCall
from bastion.trace import read_trace

ROOT = Path(__file__).resolve().parents[2]
TRACE = ROOT / "tests" / "data" / "audit_trace.jsonl"
TOOLS = ROOT / "examples" / "tools.json"
POLICIES = ROOT / "policies"


@pytest.fixture
def store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "audit.db"
    code = main(
        [
            "replay",
            str(TRACE),
            "--tools",
            str(TOOLS),
            "--policies",
            str(POLICIES),
            "--allowed-root",
            "/home/user",
            "--audit",
            str(path),
        ]
    )
    assert code == 0
    capsys.readouterr()
    return path


def test_replay_with_audit_records_every_decision_it_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "audit.db"
    main(["replay", str(TRACE), "--tools", str(TOOLS), "--policies", str(POLICIES), "--audit", str(path)])
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    assert main(["audit", "show", str(path), "--calls", "--json"]) == 0
    shown = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    assert [s["decision"] for s in shown] == printed
    assert len(printed) == sum(1 for e in read_trace(TRACE) if isinstance(e, ToolCall))


def test_verify_passes_on_an_intact_log(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", str(store), "--json"]) == 0

    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is True and result["records"] == 13 and result["broken_seq"] is None


def test_verify_exits_1_naming_the_first_broken_record(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(store)
    conn.execute("DROP TRIGGER records_no_update")
    conn.execute("UPDATE records SET body = replace(body, '\"ask\"', '\"allow\"') WHERE seq = 6")
    conn.commit()
    conn.close()

    assert main(["audit", "verify", str(store)]) == 1

    assert capsys.readouterr().out.startswith("broken: record 6:")


def test_verify_exits_2_on_a_file_that_is_not_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "trace.db"
    path.write_text(TRACE.read_text())

    assert main(["audit", "verify", str(path)]) == 2

    assert "not a bastion audit store" in capsys.readouterr().err


def test_verify_exits_2_on_a_store_from_a_newer_bastion(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(store)
    conn.execute("INSERT INTO bastion_migrations (name, applied_at) VALUES ('m900_later', 0)")
    conn.commit()
    conn.close()

    assert main(["audit", "verify", str(store)]) == 2

    assert "newer bastion" in capsys.readouterr().err


def test_replay_refuses_to_run_on_a_corrupt_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "audit.db"
    path.write_bytes(b"\x01" * 8192)

    code = main(["replay", str(TRACE), "--tools", str(TOOLS), "--policies", str(POLICIES), "--audit", str(path)])

    captured = capsys.readouterr()
    assert code == 2 and captured.out == "" and "not a bastion audit store" in captured.err


def test_show_filters_by_session_verdict_and_tool(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "show", str(store), "--session", "notes", "--verdict", "deny", "--json"]) == 0
    denied = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["audit", "show", str(store), "--tool", "run_shell", "--json"]) == 0
    shell = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    assert [r["event"]["id"] for r in denied] == ["n3", "n4", "n6"]
    assert [(r["event"]["id"], r["decision"]["verdict"]) for r in shell] == [("n4", "deny"), ("n5", "allow")]


def test_show_prints_a_table_for_people(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "show", str(store), "--session", "rent"]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["seq", "time", "(UTC)"]
    assert any("delete_file" in line and "ask" in line and "ask-untrusted-argument" in line for line in lines)


def test_show_window_in_the_future_is_empty(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "show", str(store), "--since", "2999-01-01", "--json"]) == 0

    assert capsys.readouterr().out == ""


def test_export_events_only_gives_back_the_trace(
    tmp_path: Path, store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "exported.jsonl"

    assert main(["audit", "export", str(store), "--events-only", "-o", str(out)]) == 0

    assert read_trace(out) == read_trace(TRACE)


def test_export_puts_each_decision_after_its_call(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "export", str(store), "--session", "rent"]) == 0

    types = [json.loads(line)["type"] for line in capsys.readouterr().out.splitlines()]
    assert types == [
        "message",
        "tool_call",
        "decision",
        "tool_result",
        "tool_call",
        "decision",
        "tool_call",
        "decision",
    ]


def test_audit_replay_reports_the_calls_a_policy_change_would_change(
    tmp_path: Path, store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stricter = tmp_path / "stricter"
    stricter.mkdir()
    for file in POLICIES.glob("*.cedar*"):
        text = file.read_text()
        (stricter / file.name).write_text(text.replace('@verdict("ask")\n', ""))

    assert main(["audit", "replay", str(store), "--policies", str(stricter), "--json"]) == 0

    result = json.loads(capsys.readouterr().out)
    assert result["summary"] == {
        "policies": str(stricter),
        "calls": 9,
        "changed": 1,
        "unchanged": 8,
        "changes": {"ask -> deny": 1},
        "with_notes": 0,
    }
    assert [(c["id"], c["before"], c["after"]) for c in result["calls"]] == [("c3", "ask", "deny")]


def test_audit_replay_under_the_same_policies_changes_nothing(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "replay", str(store), "--policies", str(POLICIES)]) == 0

    assert capsys.readouterr().out.strip().endswith("0 would change, 9 unchanged")


def test_stats_count_verdicts_policies_tools_and_latency(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "stats", str(store), "--json"]) == 0

    stats = json.loads(capsys.readouterr().out)
    assert stats["decisions"] == 9
    assert stats["by_verdict"] == {"allow": 5, "ask": 1, "deny": 3}
    assert stats["by_tool"]["run_shell"] == {"allow": 1, "deny": 1}
    assert stats["by_policy"]["deny-path-outside-roots"] == {"deny": 2}
    assert stats["complete_share"] == 1.0 and stats["lost"] == 0
    latency = stats["latency_us"]
    assert 0 < latency["p50"] <= latency["p95"] <= latency["p99"] <= latency["max"]


def test_store_can_come_from_the_configuration(tmp_path: Path, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "bastion.toml"
    config.write_text(f'audit = "{store.name}"\n')

    assert main(["audit", "verify", "--config", str(config)]) == 0


def test_times_are_iso_or_an_age() -> None:
    assert parse_time("2026-11-25T10:00:00Z") == parse_time("2026-11-25T10:00") == 1795600800.0
    assert parse_time("2h", now=10_000.0) == 2800.0
    with pytest.raises(ConfigError):
        parse_time("yesterday")


def test_audit_privacy_option_keeps_no_readable_argument(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "audit.db"
    main(
        [
            "replay",
            str(TRACE),
            "--tools",
            str(TOOLS),
            "--policies",
            str(POLICIES),
            "--audit",
            str(path),
            "--audit-privacy",
            "hashed",
        ]
    )
    capsys.readouterr()

    assert main(["audit", "show", str(path), "--calls", "--json", "--session", "rent"]) == 0

    shown = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    money = next(r for r in shown if r["event"]["tool"] == "send_money")
    assert money["privacy"] == "hashed"
    assert all(str(v).startswith("hmac-sha256:") for v in money["event"]["arguments"].values())
    assert "DE89370400440532013000" not in json.dumps(shown)


@pytest.fixture
def postgres_store(postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    policies = tmp_path / "policies"
    shutil.copytree(POLICIES, policies)
    (policies / "intent.cedar").unlink()
    args = ["replay", str(TRACE), "--tools", str(TOOLS), "--policies", str(policies), "--allowed-root", "/home/user"]
    assert main([*args, "--audit", postgres_url]) == 0
    capsys.readouterr()
    return postgres_url


def test_every_audit_command_reads_a_postgresql_store(
    postgres_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "verify", postgres_store, "--json"]) == 0
    verified = json.loads(capsys.readouterr().out)
    assert main(["audit", "show", postgres_store, "--session", "notes", "--verdict", "deny", "--json"]) == 0
    denied = [json.loads(line)["event"]["id"] for line in capsys.readouterr().out.splitlines()]
    assert main(["audit", "export", postgres_store, "--events-only", "-o", str(tmp_path / "trace.jsonl")]) == 0
    exported = read_trace(tmp_path / "trace.jsonl")
    assert main(["audit", "stats", postgres_store, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert main(["audit", "replay", postgres_store, "--policies", str(POLICIES), "--json"]) == 0
    replayed = json.loads(capsys.readouterr().out)

    assert verified["ok"] is True and verified["records"] == 13
    assert "@" in verified["store"] and verified["store"].startswith("postgresql://")
    assert denied == ["n3", "n4", "n6"]
    assert [e.model_dump() for e in exported] == [e.model_dump() for e in read_trace(TRACE)]
    calls = sum(1 for e in read_trace(TRACE) if isinstance(e, ToolCall))
    assert stats["decisions"] == calls
    assert replayed["summary"]["calls"] == calls


def test_verify_of_an_altered_postgresql_store_exits_1(postgres_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio

    import asyncpg

    async def alter() -> None:
        conn = await asyncpg.connect(postgres_store)
        await conn.execute("ALTER TABLE records DISABLE TRIGGER USER")
        await conn.execute("UPDATE records SET body = replace(body, '\"session\"', '\"sessions\"') WHERE seq = 6")
        await conn.close()

    asyncio.run(alter())

    assert main(["audit", "verify", postgres_store]) == 1
    assert capsys.readouterr().out.startswith("broken: record 6:")


def test_a_url_of_another_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", "mysql://root@localhost/audit"]) == 2
    assert "postgresql://" in capsys.readouterr().err
