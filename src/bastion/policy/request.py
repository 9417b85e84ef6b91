"""Turn a tool call's arguments and the firewall's signals into a Cedar context.

Types come from the generated schema and are resolved once per action into a small tree, so a
call only walks its own arguments. Values are converted to Cedar's JSON form; anything the schema
cannot hold is reported, never silently reshaped. An argument declared `UntypedJson` (its tool's
schema says nothing of its shape) becomes its canonical JSON text: keys sorted, no spaces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["UNTYPED_JSON_TYPE", "CedarType", "ContextBuilder", "Conversion", "canonical_json", "resolve_type"]

UNTYPED_JSON_TYPE = "UntypedJson"

_BUILTINS = {"String": "string", "Long": "long", "Bool": "bool", "Boolean": "bool", "decimal": "decimal"}
# Cedar decimals hold four fractional digits within the range of a 64-bit integer / 10^4.
_DECIMAL_LIMIT = 922337203685477


@dataclass(frozen=True)
class CedarType:
    """A resolved Cedar type: a kind and, for sets and records, what is inside."""

    kind: str  # string | long | bool | decimal | json | set | record | choice | opaque
    element: CedarType | None = None
    attributes: dict[str, tuple[CedarType, bool]] = field(default_factory=dict)
    choices: tuple[tuple[str, CedarType], ...] = ()


@dataclass
class Conversion:
    """What converting arguments found besides the value: arguments the schema does not declare or hold."""

    undeclared: list[str] = field(default_factory=list)
    unrepresentable: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def canonical_json(value: Any) -> str:
    """The canonical JSON text of a value: keys sorted, no spaces, non-ASCII kept.

    Args:
        value: A JSON value (dicts, lists, strings, numbers, booleans, None).

    Returns:
        The text an `UntypedJson` argument holds in Cedar.

    Raises:
        ValueError: The value is not JSON (a NaN or infinite number, an object JSON cannot express).
    """
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(str(exc)) from None


def _lookup(schema: dict[str, Any], namespace: str, name: str) -> Any:
    if "::" in name:
        space, _, short = name.rpartition("::")
    else:
        space, short = namespace, name
    common = schema.get(space, {}).get("commonTypes", {})
    return common.get(short)


def resolve_type(schema: dict[str, Any], namespace: str, raw: dict[str, Any]) -> CedarType:
    """Resolve a type of Cedar's JSON schema format into a CedarType.

    Args:
        schema: The whole JSON schema.
        namespace: The namespace the type appears in.
        raw: The type, as the JSON schema writes it.

    Returns:
        The resolved type (`opaque` for entity references and anything a plain value cannot be).
    """
    kind = raw.get("type")
    name = raw.get("name")
    if kind in ("EntityOrCommon", "Extension") and isinstance(name, str):
        kind = name
    if kind in _BUILTINS:
        return CedarType(_BUILTINS[kind])
    if kind == "Set":
        return CedarType("set", element=resolve_type(schema, namespace, raw["element"]))
    if kind == "Record":
        attributes = {
            key: (resolve_type(schema, namespace, value), value.get("required", True))
            for key, value in raw.get("attributes", {}).items()
        }
        if attributes and all(key.startswith("typeChoice") for key in attributes):
            return CedarType("choice", choices=tuple((k, t) for k, (t, _) in sorted(attributes.items())))
        return CedarType("record", attributes=attributes)
    if isinstance(kind, str):
        target = _lookup(schema, namespace, kind)
        if kind.rpartition("::")[2] == UNTYPED_JSON_TYPE and target is not None:
            return CedarType("json")
        if target is not None:
            space = kind.rpartition("::")[0] if "::" in kind else namespace
            return resolve_type(schema, space, target)
    return CedarType("opaque")


class _Mismatch(Exception):
    pass


def _convert(value: Any, typ: CedarType, path: str, report: Conversion) -> Any:
    if typ.kind == "string":
        if not isinstance(value, str):
            raise _Mismatch(f"{path}: expected a string, got {type(value).__name__}")
        return value
    if typ.kind == "long":
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                return int(value)
            raise _Mismatch(f"{path}: expected an integer, got {value!r}")
        return value
    if typ.kind == "bool":
        if not isinstance(value, bool):
            raise _Mismatch(f"{path}: expected true or false, got {value!r}")
        return value
    if typ.kind == "decimal":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Mismatch(f"{path}: expected a number, got {value!r}")
        if abs(value) >= _DECIMAL_LIMIT or value != value:
            raise _Mismatch(f"{path}: number {value!r} is out of Cedar's decimal range")
        return {"__extn": {"fn": "decimal", "arg": f"{value:.4f}"}}
    if typ.kind == "json":
        try:
            return canonical_json(value)
        except ValueError as exc:
            raise _Mismatch(f"{path}: not a JSON value ({exc})") from None
    if typ.kind == "set":
        if not isinstance(value, list):
            raise _Mismatch(f"{path}: expected a list, got {type(value).__name__}")
        assert typ.element is not None
        return [_convert(item, typ.element, f"{path}[{i}]", report) for i, item in enumerate(value)]
    if typ.kind == "record":
        if not isinstance(value, dict):
            raise _Mismatch(f"{path}: expected an object, got {type(value).__name__}")
        return _convert_record(value, typ, path, report)
    if typ.kind == "choice":
        for key, choice in typ.choices:
            if choice.kind == "opaque":
                continue
            try:
                return {key: _convert(value, choice, path, Conversion())}
            except _Mismatch:
                continue
        raise _Mismatch(f"{path}: {value!r} matches none of the types the tool's schema allows")
    raise _Mismatch(f"{path}: cannot be represented in Cedar")


def _convert_record(value: dict[str, Any], typ: CedarType, path: str, report: Conversion) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, item in value.items():
        where = f"{path}.{key}" if path else key
        declared = typ.attributes.get(key)
        if declared is None:
            report.undeclared.append(where)
            continue
        attr_type, _ = declared
        if attr_type.kind == "opaque":
            report.unrepresentable.append(where)
            continue
        if item is None:
            # JSON null has no Cedar form; an absent optional attribute is the faithful reading.
            continue
        out[key] = _convert(item, attr_type, where, report)
    for key, (attr_type, required) in typ.attributes.items():
        if required and key not in out and attr_type.kind != "opaque":
            where = f"{path}.{key}" if path else key
            raise _Mismatch(f"{where}: required by the schema but missing")
    return out


class ContextBuilder:
    """Build the Cedar context of one action from arguments and signals.

    Args:
        input_type: The resolved type of `context.input`.
        signals_type: The resolved type of `context.bastion`, or None if the stub declares no signals.
    """

    def __init__(self, input_type: CedarType, signals_type: CedarType | None) -> None:
        self.input_type = input_type
        self.signals_type = signals_type

    def build(self, arguments: dict[str, Any], signals: dict[str, Any]) -> tuple[dict[str, Any], Conversion]:
        """Convert arguments and signals.

        Args:
            arguments: The call's arguments.
            signals: The facts the stages contributed.

        Returns:
            The context (None-free, Cedar JSON form) and the conversion report; when the report has
            errors the context is incomplete and must not be authorized as it stands.
        """
        report = Conversion()
        context: dict[str, Any] = {}
        try:
            context["input"] = _convert_record(arguments, self.input_type, "", report)
        except _Mismatch as exc:
            report.errors.append(f"argument {exc}")
        if self.signals_type is not None:
            known = {k: v for k, v in signals.items() if k in self.signals_type.attributes}
            try:
                context["bastion"] = _convert_record(known, self.signals_type, "", Conversion())
            except _Mismatch as exc:
                report.errors.append(f"signal {exc}")
        return context, report
