"""Read and write traces: JSON Lines, one event per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from bastion.errors import Problem, TraceError
from bastion.events import Decision, EventAdapter, Message, ToolCall, ToolResult

__all__ = ["describe_validation_error", "parse_event", "read_trace", "write_events"]

AnyEvent = Message | ToolCall | ToolResult

# Reporting stops here so that a wholly wrong file gives a readable error, not thousands of lines.
_MAX_PROBLEMS = 20


def describe_validation_error(exc: ValidationError) -> str:
    """Turn a pydantic error into one line naming each offending field.

    Args:
        exc: The pydantic validation error.

    Returns:
        A `field: message` list joined by semicolons.
    """
    parts = []
    for err in exc.errors():
        path = [str(p) for p in err["loc"]]
        # The discriminated union puts the tag first in the location; it only adds noise.
        if path and path[0] in ("message", "tool_call", "tool_result"):
            path = path[1:]
        loc = ".".join(path)
        if err["type"] == "union_tag_invalid":
            tag = err.get("input", {}).get("type") if isinstance(err.get("input"), dict) else None
            parts.append(f"unknown event type {tag!r} (expected 'message', 'tool_call' or 'tool_result')")
        elif err["type"] == "union_tag_not_found":
            parts.append("missing 'type' (expected 'message', 'tool_call' or 'tool_result')")
        elif err["type"] == "extra_forbidden":
            parts.append(f"unknown field {loc!r}")
        else:
            parts.append(f"{loc or 'event'}: {err['msg']}")
    return "; ".join(parts)


def parse_event(obj: Any) -> AnyEvent:
    """Validate one decoded JSON object as a trace event.

    Args:
        obj: The decoded JSON value.

    Returns:
        The event.

    Raises:
        ValueError: The object is not a valid event; the message names what is wrong.
    """
    if not isinstance(obj, dict):
        raise ValueError(f"an event must be a JSON object, not {type(obj).__name__}")
    try:
        return EventAdapter.validate_python(obj)
    except ValidationError as exc:
        raise ValueError(describe_validation_error(exc)) from exc


def _iter_lines(lines: Iterable[str], source: str) -> Iterator[tuple[int, AnyEvent | Problem]]:
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text:
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield number, Problem(source, number, f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield number, parse_event(obj)
        except ValueError as exc:
            yield number, Problem(source, number, str(exc))


def read_trace(source: str | Path | IO[str], *, name: str | None = None) -> list[AnyEvent]:
    """Read a whole trace, checking every line before returning any event.

    Nothing is returned unless every line is valid: a firewall that decided on part of a trace
    and skipped the rest would silently drop events.

    Args:
        source: A path, or an open text stream (for example stdin).
        name: The name to report in errors (defaults to the path, or `<stream>`).

    Returns:
        The events in file order.

    Raises:
        TraceError: One or more lines are malformed; each problem names its line.
    """
    if isinstance(source, str | Path):
        path = Path(source)
        label = name or str(path)
        try:
            with path.open(encoding="utf-8") as handle:
                return _collect(handle, label)
        except FileNotFoundError:
            raise TraceError([Problem(label, None, "no such file")]) from None
        except UnicodeDecodeError as exc:
            raise TraceError([Problem(label, None, f"not UTF-8 text: {exc.reason}")]) from None
        except IsADirectoryError:
            raise TraceError([Problem(label, None, "is a directory, not a trace file")]) from None
    return _collect(source, name or "<stream>")


def _collect(lines: Iterable[str], label: str) -> list[AnyEvent]:
    events: list[AnyEvent] = []
    problems: list[Problem] = []
    for _, item in _iter_lines(lines, label):
        if isinstance(item, Problem):
            problems.append(item)
            if len(problems) >= _MAX_PROBLEMS:
                problems.append(Problem(label, None, "stopped after 20 problems"))
                break
        else:
            events.append(item)
    if problems:
        raise TraceError(problems)
    return events


def write_events(events: Iterable[AnyEvent | Decision], stream: IO[str]) -> None:
    """Write events or decisions as JSON Lines, with the trace format's field names.

    Args:
        events: What to write.
        stream: An open text stream.
    """
    for event in events:
        stream.write(event.model_dump_json(by_alias=True, exclude_none=True))
        stream.write("\n")
