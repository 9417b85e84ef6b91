"""Read a policy directory: `.cedar` files and one `.cedarschema` stub, each policy located by file and line."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import cedarpy

from bastion.errors import PolicyParseError, PolicyValidationError, Problem
from bastion.events import Verdict

__all__ = [
    "CORE_PROFILE",
    "MODEL_SIGNALS",
    "PolicyInfo",
    "PolicySource",
    "available_profiles",
    "load_policy_dir",
    "signals_read",
    "split_statements",
]

# Signals that only a model-backed stage produces (the intent stage's sentence embeddings).
MODEL_SIGNALS = frozenset(
    {
        "risk",
        "drift",
        "risk_category",
        "risk_turns",
        "principal_risk",
        "principal_risk_category",
        "principal_risk_turns",
        "near_misses",
        "principal_near_misses",
    }
)
# The profile every pack offers: the pack less each policy that reads a model-backed signal, for an
# install without the `intent` extra. The policies it leaves out are listed in `PolicySource.omitted`.
CORE_PROFILE = "core"


@dataclass(frozen=True)
class PolicyInfo:
    """One policy as written: where it is, what it says of itself.

    Args:
        policy_id: Its `@id` annotation; decisions and audit records name it.
        effect: `permit` or `forbid`.
        reason: Its `@reason` annotation (falls back to the id).
        verdict: What a matching forbid means: deny, or ask (`@verdict("ask")`).
        file: The file it is in.
        line: The line its text starts on.
        text: Its source text.
    """

    policy_id: str
    effect: Literal["permit", "forbid"]
    reason: str
    verdict: Verdict
    file: str
    line: int
    text: str


@dataclass(frozen=True)
class PolicySource:
    """A policy directory, parsed and checked for structure (not yet against a schema).

    Args:
        directory: The directory read.
        stub_file: The `.cedarschema` stub file.
        stub_text: Its text.
        policies: Every policy, in file order then text order.
        omitted: Policies of the directory that the profile left out (the `core` profile's
            model-backed policies).
    """

    directory: Path
    stub_file: Path
    stub_text: str
    policies: tuple[PolicyInfo, ...]
    omitted: tuple[PolicyInfo, ...] = ()

    @property
    def text(self) -> str:
        """All policies as one Cedar text, in the order of `policies` (so policyN is policies[N])."""
        return "\n".join(p.text for p in self.policies)

    def by_id(self) -> dict[str, PolicyInfo]:
        """The policies keyed by their `@id`."""
        return {p.policy_id: p for p in self.policies}


def split_statements(text: str) -> list[tuple[int, str]]:
    """Split Cedar text into statements ending in `;`, ignoring strings and comments.

    Args:
        text: Cedar policy text.

    Returns:
        (line of the statement's first code character, statement text) for each statement, and a
        final unterminated remainder if there is one.
    """
    statements: list[tuple[int, str]] = []
    start = 0
    line = 1
    first_line: int | None = None
    i = 0
    in_string = False
    while i < len(text):
        ch = text[i]
        if in_string:
            if ch == "\\":
                i += 1
            elif ch == '"':
                in_string = False
        elif ch == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            i = len(text) if end == -1 else end
            continue
        elif ch == '"':
            in_string = True
            first_line = first_line or line
        elif ch == ";":
            statements.append((first_line or line, text[start : i + 1]))
            start = i + 1
            first_line = None
        elif not ch.isspace():
            first_line = first_line or line
        if ch == "\n":
            line += 1
        i += 1
    if first_line is not None:
        statements.append((first_line, text[start:]))
    return statements


def _parse_file(path: Path, label: str, problems: list[Problem]) -> list[PolicyInfo]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(label, None, f"cannot read the file: {exc}"))
        return []
    found: list[PolicyInfo] = []
    for line, statement in split_statements(text):
        try:
            parsed = json.loads(cedarpy.policies_to_json_str(statement))
        except ValueError as exc:
            problems.append(Problem(label, line, f"does not parse: {exc}"))
            continue
        templates = parsed.get("templates") or {}
        if templates:
            problems.append(Problem(label, line, "templates are not supported; write a static policy"))
            continue
        for policy in parsed["staticPolicies"].values():
            annotations: dict[str, str] = policy.get("annotations") or {}
            policy_id = annotations.get("id")
            if not policy_id:
                problems.append(Problem(label, line, 'has no @id("...") annotation; every policy needs a unique id'))
                continue
            effect = policy["effect"]
            verdict_text = annotations.get("verdict", "deny")
            if verdict_text not in ("deny", "ask"):
                problems.append(
                    Problem(label, line, f'@verdict must be "deny" or "ask", not {verdict_text!r}', policy_id)
                )
                continue
            if verdict_text == "ask" and effect != "forbid":
                problems.append(Problem(label, line, '@verdict("ask") only applies to forbid policies', policy_id))
                continue
            found.append(
                PolicyInfo(
                    policy_id=policy_id,
                    effect=effect,
                    reason=annotations.get("reason", policy_id),
                    verdict=Verdict(verdict_text),
                    file=label,
                    line=line,
                    text=statement.strip(),
                )
            )
    return found


PROFILES_DIR = "profiles"


def available_profiles(directory: str | Path) -> list[str]:
    """The named profiles a policy directory offers: `profiles/NAME.cedar` beside its policies.

    Args:
        directory: The policy directory.

    Returns:
        The profile names, sorted.
    """
    return sorted({CORE_PROFILE, *(path.stem for path in (Path(directory) / PROFILES_DIR).glob("*.cedar"))})


def load_policy_dir(directory: str | Path, *, profile: str | None = None) -> PolicySource:
    """Read and parse every `.cedar` file and the `.cedarschema` stub of a directory.

    Args:
        directory: The policy directory.
        profile: A named profile whose policies are added to the directory's
            (`profiles/<profile>.cedar` inside it), or `core`: the directory's policies less
            those that read a model-backed signal (`MODEL_SIGNALS`).

    Returns:
        The parsed source.

    Raises:
        PolicyParseError: The directory is missing, has no schema stub or no policies, or a file
            does not parse; every problem is listed with file and line.
        PolicyValidationError: Policy ids are missing or duplicated, or annotations are invalid.
    """
    root = Path(directory)
    if profile is not None and root.is_dir() and profile not in available_profiles(root):
        offered = ", ".join(available_profiles(root)) or "none"
        raise PolicyParseError(
            [Problem(str(root / PROFILES_DIR), None, f"has no profile {profile!r}; profiles offered: {offered}")]
        )
    if not root.is_dir():
        raise PolicyParseError([Problem(str(root), None, "is not a directory of policies")])
    problems: list[Problem] = []
    stubs = sorted(root.glob("*.cedarschema"))
    if len(stubs) != 1:
        what = "no .cedarschema file" if not stubs else f"{len(stubs)} .cedarschema files"
        raise PolicyParseError([Problem(str(root), None, f"has {what}; put exactly one schema stub there")])
    stub_file = stubs[0]
    stub_text = stub_file.read_text(encoding="utf-8")
    try:
        cedarpy.Schema.from_str(stub_text)
    except ValueError as exc:
        problems.append(Problem(str(stub_file), None, f"schema does not parse: {exc}"))
    files = sorted(root.glob("*.cedar"))
    if not files:
        problems.append(Problem(str(root), None, "has no .cedar policy files"))
    if profile is not None and (root / PROFILES_DIR / f"{profile}.cedar").is_file():
        files.append(root / PROFILES_DIR / f"{profile}.cedar")
    policies: list[PolicyInfo] = []
    for path in files:
        policies.extend(_parse_file(path, str(path), problems))
    if problems:
        raise PolicyParseError(problems)
    seen: dict[str, PolicyInfo] = {}
    for policy in policies:
        if policy.policy_id in seen:
            first = seen[policy.policy_id]
            problems.append(
                Problem(
                    policy.file,
                    policy.line,
                    f"duplicate @id, first used at {first.file}:{first.line}",
                    policy.policy_id,
                )
            )
        seen[policy.policy_id] = policy
    if problems:
        raise PolicyValidationError(problems)
    omitted: list[PolicyInfo] = []
    if profile == CORE_PROFILE:
        omitted = [p for p in policies if _policy_signals(p.text) & MODEL_SIGNALS]
        policies = [p for p in policies if p not in omitted]
        if not policies:
            raise PolicyParseError([Problem(str(root), None, "has no policy left once its model-backed ones are out")])
    return PolicySource(root, stub_file, stub_text, tuple(policies), tuple(omitted))


def _policy_signals(text: str) -> frozenset[str]:
    found: set[str] = set()
    _collect_signals(json.loads(cedarpy.policies_to_json_str(text)), found)
    return frozenset(found)


_SIGNALS_NODE = {".": {"left": {"Var": "context"}, "attr": "bastion"}}


def _collect_signals(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in (".", "has") and isinstance(value, dict) and value.get("left") == _SIGNALS_NODE:
                found.add(str(value.get("attr")))
            _collect_signals(value, found)
    elif isinstance(node, list):
        for item in node:
            _collect_signals(item, found)


def signals_read(source: PolicySource) -> frozenset[str]:
    """The signals the policies read (`context.bastion.<name>` or `context.bastion has <name>`).

    The firewall runs a costly stage (the embedding model) only when some policy reads what it produces.

    Args:
        source: The parsed policy directory.

    Returns:
        The signal names.
    """
    return _policy_signals(source.text)
