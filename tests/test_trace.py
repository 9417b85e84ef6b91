from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bastion.errors import TraceError
from bastion.events import Message, ToolCall, ToolResult, Verdict
from bastion.trace import read_trace, write_events


def _lines(*objs: object) -> io.StringIO:
    return io.StringIO("\n".join(o if isinstance(o, str) else json.dumps(o) for o in objs))


def test_valid_trace_reads_every_event_in_order() -> None:
    events = read_trace(
        _lines(
            {"session": "s1", "type": "message", "role": "user", "content": "hi"},
            {"session": "s1", "type": "tool_call", "id": "c1", "tool": "read_inbox", "arguments": {}},
            {"session": "s1", "type": "tool_result", "id": "c1", "content": "mail"},
        )
    )
    assert events == [
        Message(session="s1", role="user", content="hi"),
        ToolCall(session="s1", id="c1", tool="read_inbox", arguments={}),
        ToolResult(session="s1", id="c1", content="mail"),
    ]


def test_blank_lines_are_skipped_but_line_numbers_stay_true() -> None:
    with pytest.raises(TraceError) as info:
        read_trace(_lines({"session": "s", "type": "message", "role": "user", "content": "x"}, "", "{oops"))
    assert [(p.line, p.source) for p in info.value.problems] == [(3, "<stream>")]


def test_every_malformed_line_is_reported_with_its_number_and_no_event_is_returned() -> None:
    with pytest.raises(TraceError) as info:
        read_trace(
            _lines(
                {"session": "s", "type": "tool_call", "id": "c", "tool": "x"},
                "not json",
                {"session": "s", "type": "launch"},
                {"session": "s", "type": "tool_call", "tool": "x"},
                [1, 2],
                {"session": "s", "type": "message", "role": "robot", "content": "x"},
                {"session": "s", "type": "tool_call", "id": "c", "tool": "x", "surprise": 1},
            )
        )
    problems = info.value.problems
    assert [p.line for p in problems] == [2, 3, 4, 5, 6, 7]
    assert "not valid JSON" in problems[0].message
    assert "unknown event type 'launch'" in problems[1].message
    assert "id" in problems[2].message
    assert "JSON object" in problems[3].message
    assert "role" in problems[4].message
    assert "surprise" in problems[5].message


def test_missing_file_is_a_trace_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(TraceError) as info:
        read_trace(tmp_path / "absent.jsonl")
    assert info.value.problems[0].source.endswith("absent.jsonl")


def test_non_utf8_file_is_a_trace_error(tmp_path: Path) -> None:
    path = tmp_path / "bin.jsonl"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(TraceError):
        read_trace(path)


def test_written_events_read_back_identically(tmp_path: Path) -> None:
    events: list[Message | ToolCall | ToolResult] = [
        Message(session="s", role="system", content="be nice"),
        ToolCall(session="s", id="c1", tool="t", arguments={"a": [1, {"b": None}]}, expect=Verdict.DENY),
        ToolResult(session="s", id="c1", content="ok", is_error=True),
    ]
    buffer = io.StringIO()
    write_events(events, buffer)
    buffer.seek(0)
    assert read_trace(buffer) == events
