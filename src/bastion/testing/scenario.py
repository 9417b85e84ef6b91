"""Scenario files: a trace with expectations, in YAML, loaded with the line of everything in it.

One scenario per file:

    name: destructive-shell-rm-rf
    technique: destructive-shell
    description: A plain recursive delete of the user's home.
    tools: ../../examples/tools.json      # a catalog file (relative to this file) or an inline list
    approved_tools: ...                   # optional: the tools as a person approved them (pins)
    settings: {allowed_roots: [/home/user]}
    events:
      - {type: message, role: user, content: "Tidy up my home directory"}
      - type: tool_call
        id: c1
        tool: run_shell
        arguments: {command: "rm -rf /home/user"}
        expect: deny
        expect_policy: deny-destructive-shell
        expect_signals: {flags: {contains: shell_destructive}}

Besides the trace fields, an event may carry `repeat: N` (the event happens N times in a row;
its expectations hold for every repetition) and a tool call `unknown_tool: true` (the tool is
deliberately absent from the catalog). The tag `!repeat [TEXT, N]` builds a long string.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import BastionError, CatalogError, ConfigError, Problem, TraceError
from bastion.events import Message, SignalValue, ToolCall, ToolResult, Verdict
from bastion.trace import parse_event

__all__ = [
    "Expectation",
    "Scenario",
    "SignalBound",
    "Step",
    "discover",
    "load_scenario",
    "load_scenario_text",
]

AnyEvent = Message | ToolCall | ToolResult

_TOP_KEYS = ("name", "technique", "description", "tools", "approved_tools", "settings", "events")
_STEP_KEYS = ("expect_policy", "expect_signals", "unknown_tool", "repeat")
_BOUND_KEYS = ("min", "max", "equals", "contains", "excludes")
# Settings a scenario may not change: the policies and catalog are what the run tests.
_FIXED_SETTINGS = ("policies", "tools", "audit")
_MAX_REPEAT = 10_000
_MAX_REPEATED_TEXT = 10_000_000
SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class SignalBound:
    """A bound on one signal of a decision.

    Args:
        signal: The signal's name (as in `Decision.signals`).
        line: The line of the bound in the scenario file.
        minimum: The signal must be at least this.
        maximum: The signal must be at most this.
        equals: The signal must equal this.
        contains: A set signal must hold every one of these.
        excludes: A set signal must hold none of these.
    """

    signal: str
    line: int
    minimum: int | None = None
    maximum: int | None = None
    equals: SignalValue | None = None
    contains: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()

    @classmethod
    def from_spec(cls, signal: str, spec: Any, line: int = 0) -> SignalBound:
        """Build a bound from its written form: a value (equals) or a mapping of min, max, equals, contains, excludes.

        Args:
            signal: The signal's name.
            spec: The written bound, e.g. `{"min": 70}`, `{"contains": "shell_destructive"}` or `501`.
            line: Where it is written (0 when not in a file).

        Returns:
            The bound.

        Raises:
            ValueError: The bound is malformed; the message names the signal and the problem.
        """
        what = f"expect_signals.{signal}"
        if not isinstance(spec, dict):
            if (
                spec is None
                or isinstance(spec, float | dict)
                or (isinstance(spec, list) and not all(isinstance(v, str) for v in spec))
            ):
                raise ValueError(f"{what}: expected a number, a string, true/false, a list of strings or a bound")
            return cls(signal, line, equals=spec)
        unknown = sorted(set(spec) - set(_BOUND_KEYS))
        if unknown or not spec:
            raise ValueError(f"{what}: give one or more of {', '.join(_BOUND_KEYS)} (not {', '.join(unknown)})")
        found: dict[str, Any] = {}
        for key, value in spec.items():
            if key in ("min", "max"):
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValueError(f"{what}.{key} must be an integer, not {value!r}")
                found[key] = value
            elif key in ("contains", "excludes"):
                items = value if isinstance(value, list) else [value]
                if not items or not all(isinstance(v, str) and v for v in items):
                    raise ValueError(f"{what}.{key} must be a string or a list of strings")
                found[key] = tuple(items)
            else:
                found[key] = value
        return cls(
            signal,
            line,
            minimum=found.get("min"),
            maximum=found.get("max"),
            equals=found.get("equals"),
            contains=found.get("contains", ()),
            excludes=found.get("excludes", ()),
        )

    def describe(self) -> str:
        """The bound as a person would write it, e.g. `risk >= 70`."""
        parts = []
        if self.minimum is not None:
            parts.append(f">= {self.minimum}")
        if self.maximum is not None:
            parts.append(f"<= {self.maximum}")
        if self.equals is not None:
            parts.append(f"== {json.dumps(self.equals)}")
        if self.contains:
            parts.append(f"contains {', '.join(self.contains)}")
        if self.excludes:
            parts.append(f"excludes {', '.join(self.excludes)}")
        return f"{self.signal} " + " and ".join(parts)

    def violation(self, value: SignalValue) -> str | None:
        """Why a signal's value breaks this bound, or None when it holds.

        Args:
            value: The signal's value in the decision.

        Returns:
            A one-line explanation, or None.
        """
        shown = json.dumps(value)
        if self.minimum is not None or self.maximum is not None:
            if isinstance(value, bool) or not isinstance(value, int):
                return f"{self.describe()}: the signal is not a number ({shown})"
            if self.minimum is not None and value < self.minimum:
                return f"{self.describe()}: got {shown}"
            if self.maximum is not None and value > self.maximum:
                return f"{self.describe()}: got {shown}"
        if self.equals is not None and value != self.equals:
            return f"{self.describe()}: got {shown}"
        if self.contains or self.excludes:
            if not isinstance(value, list):
                return f"{self.describe()}: the signal is not a set ({shown})"
            missing = [v for v in self.contains if v not in value]
            present = [v for v in self.excludes if v in value]
            if missing or present:
                return f"{self.describe()}: got {shown}"
        return None


@dataclass(frozen=True)
class Expectation:
    """What a tool call's decision must be.

    Args:
        verdict: The expected verdict, if named.
        policy_ids: Policies that must be among the deciding ones.
        signals: Bounds on signals.
    """

    verdict: Verdict | None = None
    policy_ids: tuple[str, ...] = ()
    signals: tuple[SignalBound, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing is expected."""
        return self.verdict is None and not self.policy_ids and not self.signals


@dataclass(frozen=True)
class Step:
    """One event of a scenario, where it is written, and what its decision must be.

    Args:
        number: The 1-based position among the scenario's events.
        line: The line the event starts on.
        event: The event.
        expectation: What the decision must be (tool calls only).
        repeat: How many times in a row the event happens.
        is_unknown_tool: The call names a tool deliberately absent from the catalog.
    """

    number: int
    line: int
    event: AnyEvent
    expectation: Expectation = field(default_factory=Expectation)
    repeat: int = 1
    is_unknown_tool: bool = False


@dataclass(frozen=True)
class Scenario:
    """A scenario file, validated: its trace, its catalog, its settings and its expectations.

    Args:
        scenario_name: The unique name.
        technique: The technique it belongs to (groups reports).
        description: What it shows.
        path: The file.
        catalog: The tools the firewall knows for this scenario.
        settings: Config overrides (policies and catalog excluded).
        steps: The events, in order.
        approved_tools: The tools as a person approved them (their pins), or None: a tool of `catalog`
            described differently here is `tool_changed` (a rug pull).
    """

    scenario_name: str
    technique: str
    description: str
    path: Path
    catalog: Catalog
    settings: dict[str, Any]
    steps: tuple[Step, ...]
    approved_tools: Catalog | None = None

    @property
    def call_count(self) -> int:
        """How many tool calls the scenario makes (repetitions counted)."""
        return sum(step.repeat for step in self.steps if isinstance(step.event, ToolCall))


class _Loader(yaml.SafeLoader):
    """A safe loader that also knows `!repeat [TEXT, N]`."""


def _construct_repeat(loader: yaml.SafeLoader, node: Node) -> str:
    value = loader.construct_sequence(node, deep=True) if isinstance(node, SequenceNode) else None
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not isinstance(value[0], str)
        or isinstance(value[1], bool)
        or not isinstance(value[1], int)
        or value[1] < 0
    ):
        raise _Invalid(_line(node), '!repeat takes [TEXT, COUNT], e.g. !repeat ["lorem ", 5000]')
    if len(value[0]) * value[1] > _MAX_REPEATED_TEXT:
        raise _Invalid(_line(node), f"!repeat builds more than {_MAX_REPEATED_TEXT:,} characters")
    return value[0] * value[1]


_Loader.add_constructor("!repeat", _construct_repeat)


class _Invalid(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _mapping(node: Node, what: str) -> dict[str, tuple[Node, Node]]:
    """A mapping node's entries by key, with their key nodes (for lines); duplicate keys are errors."""
    if not isinstance(node, MappingNode):
        raise _Invalid(_line(node), f"{what} must be a mapping")
    entries: dict[str, tuple[Node, Node]] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            raise _Invalid(_line(key_node), f"{what}: keys must be plain names")
        key = str(key_node.value)
        if key in entries:
            raise _Invalid(_line(key_node), f"{what}: key {key!r} is given twice")
        entries[key] = (key_node, value_node)
    return entries


def _check_keys(entries: dict[str, tuple[Node, Node]], allowed: tuple[str, ...], what: str) -> None:
    for key, (key_node, _) in entries.items():
        if key not in allowed:
            raise _Invalid(_line(key_node), f"{what}: unknown key {key!r} (expected one of: {', '.join(allowed)})")


def _string(loader: _Loader, node: Node, what: str) -> str:
    value = loader.construct_object(node, deep=True)
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(_line(node), f"{what} must be a non-empty string")
    return value


def _strings(loader: _Loader, node: Node, what: str) -> tuple[str, ...]:
    value = loader.construct_object(node, deep=True)
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(v, str) and v for v in items):
        raise _Invalid(_line(node), f"{what} must be a string or a list of strings")
    return tuple(items)


def _integer(loader: _Loader, node: Node, what: str) -> int:
    value = loader.construct_object(node, deep=True)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(_line(node), f"{what} must be an integer, not {value!r}")
    return value


def _bounds(loader: _Loader, node: Node) -> tuple[SignalBound, ...]:
    bounds = []
    for signal, (key_node, value_node) in _mapping(node, "expect_signals").items():
        if isinstance(value_node, MappingNode):
            _check_keys(_mapping(value_node, f"expect_signals.{signal}"), _BOUND_KEYS, f"expect_signals.{signal}")
        spec = loader.construct_object(value_node, deep=True)
        try:
            bounds.append(SignalBound.from_spec(signal, spec, _line(key_node)))
        except ValueError as exc:
            raise _Invalid(_line(value_node), str(exc)) from None
    return tuple(bounds)


def _catalog(loader: _Loader, node: Node, base: Path) -> Catalog:
    value = loader.construct_object(node, deep=True)
    try:
        if isinstance(value, str):
            path = Path(value)
            return Catalog.from_file(path if path.is_absolute() else base / path)
        return Catalog.from_list(value, source="tools")
    except CatalogError as exc:
        raise _Invalid(_line(node), f"tools: {exc}") from None


def _settings(loader: _Loader, node: Node) -> dict[str, Any]:
    entries = _mapping(node, "settings")
    for key, (key_node, _) in entries.items():
        if key in _FIXED_SETTINGS:
            raise _Invalid(
                _line(key_node), f"settings: {key!r} cannot be set by a scenario (it is what `bastion test` tests)"
            )
    value = loader.construct_object(node, deep=True)
    assert isinstance(value, dict)
    try:
        Config.from_mapping(value, source="settings")
    except ConfigError as exc:
        raise _Invalid(_line(node), str(exc)) from None
    return value


def _step(loader: _Loader, node: Node, number: int, session: str, catalog: Catalog) -> Step:
    line = _line(node)
    entries = _mapping(node, f"event {number}")
    raw = loader.construct_object(node, deep=True)
    assert isinstance(raw, dict)
    extras = {key: raw.pop(key) for key in _STEP_KEYS if key in raw}
    raw.setdefault("session", session)
    try:
        event = parse_event(raw)
    except ValueError as exc:
        raise _Invalid(line, f"event {number}: {exc}") from None
    repeat = 1
    if "repeat" in extras:
        repeat = _integer(loader, entries["repeat"][1], "repeat")
        if not 1 <= repeat <= _MAX_REPEAT:
            raise _Invalid(_line(entries["repeat"][1]), f"repeat must be between 1 and {_MAX_REPEAT}")
    if not isinstance(event, ToolCall):
        for key in ("expect_policy", "expect_signals", "unknown_tool"):
            if key in extras:
                raise _Invalid(_line(entries[key][0]), f"{key!r} only applies to a tool_call event")
        return Step(number, line, event, repeat=repeat)
    is_unknown_tool = extras.get("unknown_tool", False)
    if not isinstance(is_unknown_tool, bool):
        raise _Invalid(_line(entries["unknown_tool"][1]), "unknown_tool must be true or false")
    if event.tool_name not in catalog and not is_unknown_tool:
        near = [n for n in catalog.names() if n.lower() == event.tool_name.lower()]
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise _Invalid(
            _line(entries["tool"][1]) if "tool" in entries else line,
            f"event {number}: unknown tool {event.tool_name!r}: it is not in the scenario's catalog{hint}; "
            "mark the call `unknown_tool: true` if that is the point of the scenario",
        )
    if event.tool_name in catalog and is_unknown_tool:
        raise _Invalid(
            _line(entries["unknown_tool"][1]), f"unknown_tool is set but {event.tool_name!r} is in the catalog"
        )
    policy_ids = _strings(loader, entries["expect_policy"][1], "expect_policy") if "expect_policy" in extras else ()
    signals = _bounds(loader, entries["expect_signals"][1]) if "expect_signals" in extras else ()
    expectation = Expectation(event.expect, policy_ids, signals)
    return Step(number, line, event, expectation, repeat, is_unknown_tool)


def load_scenario_text(
    text: str, *, source: str, base: Path | None = None, default_tools: Catalog | None = None
) -> Scenario:
    """Validate the text of one scenario file.

    Args:
        text: The YAML text.
        source: The file name to report (and the scenario's path).
        base: The directory relative catalog paths are taken from (default: the source's directory).
        default_tools: The catalog for a scenario that names none.

    Returns:
        The scenario.

    Raises:
        TraceError: The file is malformed; the problem names the file and line.
    """
    path = Path(source)
    base = base if base is not None else path.parent
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = int(mark.line) + 1 if mark is not None else None
            raise _Invalid(where, f"not valid YAML: {exc.problem or exc.context}") from None
        except yaml.YAMLError as exc:
            raise _Invalid(None, f"not valid YAML: {exc}") from None
        if root is None:
            raise _Invalid(None, "the file is empty")
        entries = _mapping(root, "a scenario")
        _check_keys(entries, _TOP_KEYS, "scenario")
        for required in ("name", "technique", "events"):
            if required not in entries:
                raise _Invalid(_line(root), f"scenario: missing {required!r}")
        scenario_name = _string(loader, entries["name"][1], "name")
        technique = _string(loader, entries["technique"][1], "technique")
        description = ""
        if "description" in entries:
            description = _string(loader, entries["description"][1], "description")
        if "tools" in entries:
            catalog = _catalog(loader, entries["tools"][1], base)
        elif default_tools is not None:
            catalog = default_tools
        else:
            raise _Invalid(_line(root), "scenario: no tool catalog; add `tools:` (a file or a list) or pass --tools")
        approved = _catalog(loader, entries["approved_tools"][1], base) if "approved_tools" in entries else None
        if approved is not None:
            unknown = [name for name in approved.names() if name not in catalog]
            if unknown:
                raise _Invalid(
                    _line(entries["approved_tools"][1]),
                    f"approved_tools: {', '.join(map(repr, unknown))} not in the scenario's catalog (`tools`)",
                )
        settings = _settings(loader, entries["settings"][1]) if "settings" in entries else {}
        events_node = entries["events"][1]
        if not isinstance(events_node, SequenceNode) or not events_node.value:
            raise _Invalid(_line(events_node), "events must be a non-empty list of trace events")
        steps = tuple(
            _step(loader, node, number, scenario_name, catalog) for number, node in enumerate(events_node.value, 1)
        )
    except _Invalid as exc:
        raise TraceError([Problem(source, exc.line, exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = int(mark.line) + 1 if mark is not None else None
        raise TraceError([Problem(source, where, f"cannot read a value: {exc.problem or exc.context}")]) from None
    finally:
        loader.dispose()
    if not any(isinstance(step.event, ToolCall) for step in steps):
        raise TraceError([Problem(source, _line(events_node), "the scenario makes no tool call; nothing to test")])
    if not any(not step.expectation.is_empty for step in steps):
        raise TraceError(
            [Problem(source, _line(events_node), "no tool call has an expectation (expect: allow | deny | ask)")]
        )
    return Scenario(scenario_name, technique, description, path, catalog, settings, steps, approved)


def load_scenario(path: str | Path, *, default_tools: Catalog | None = None) -> Scenario:
    """Load and validate one scenario file.

    Args:
        path: The YAML file.
        default_tools: The catalog for a scenario that names none.

    Returns:
        The scenario.

    Raises:
        TraceError: The file is missing, unreadable or malformed (with file and line).
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TraceError([Problem(str(file), None, "no such scenario file")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TraceError([Problem(str(file), None, f"cannot read the scenario: {exc}")]) from None
    return load_scenario_text(text, source=str(file), default_tools=default_tools)


def discover(paths: list[Path]) -> list[Path]:
    """The scenario files under some paths: YAML files in directories (recursively), files as given.

    Args:
        paths: Files and directories.

    Returns:
        The files, sorted within each directory, without duplicates.

    Raises:
        BastionError: A path does not exist.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise BastionError(f"{path}: no such scenario file or directory")
    unique: dict[Path, None] = dict.fromkeys(found)
    return list(unique)
