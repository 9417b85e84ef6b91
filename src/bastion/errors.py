"""Every exception bastion raises, in one tree.

    BastionError
    ├── ConfigError              a configuration file or setting is invalid
    ├── TraceError               a trace or scenario line is malformed (file and line)
    ├── CatalogError             a tool catalog is malformed
    ├── PolicyError              policies could not be loaded
    │   ├── PolicyParseError     a .cedar or .cedarschema file does not parse (file and line)
    │   └── PolicyValidationError  a policy does not match the schema (file, line, policy id)
    ├── StoreError               the audit store cannot be read or written
    │   ├── StoreCorruptError    the file is not a bastion store, or a record was altered
    │   ├── StoreStateError      a session's or principal's state cannot be checkpointed (not JSON)
    │   └── StoreVersionError    the store was written by a newer bastion
    ├── ApprovalError            an approval cannot be answered (unknown, already answered, expired)
    ├── AdapterError             an adapter (MCP, LangChain) could not do its work
    └── ToolCallBlocked          a tool call was refused; carries the Decision

The core never raises to signal a deny: it returns a Decision. Adapters raise ToolCallBlocked
where their framework expects an exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bastion.events import Decision

__all__ = [
    "AdapterError",
    "ApprovalError",
    "BastionError",
    "CatalogError",
    "ConfigError",
    "PolicyError",
    "PolicyParseError",
    "PolicyValidationError",
    "Problem",
    "StoreCorruptError",
    "StoreError",
    "StoreStateError",
    "StoreVersionError",
    "ToolCallBlocked",
    "TraceError",
]


class BastionError(Exception):
    """The base of every error bastion raises."""


class ConfigError(BastionError):
    """A configuration file or setting is invalid."""


@dataclass(frozen=True)
class Problem:
    """One located problem: where it is and what is wrong.

    Args:
        source: The file (or other source) the problem is in.
        line: The 1-based line number, when known.
        message: What is wrong, and where useful what to do next.
        policy_id: The `@id` of the policy concerned, when there is one.
    """

    source: str
    line: int | None
    message: str
    policy_id: str | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        who = f" [{self.policy_id}]" if self.policy_id else ""
        return f"{where}:{who} {self.message}"


def _describe(problems: list[Problem], where: str) -> str:
    count = len(problems)
    lines = "\n".join(f"  {p}" for p in problems)
    return f"{count} problem{'s' if count != 1 else ''} {where}:\n{lines}"


class TraceError(BastionError):
    """A trace (JSON Lines) or scenario file is malformed; `problems` lists every bad line.

    Args:
        problems: Each problem with its file, line and message.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(_describe(self.problems, "in the trace"))


class CatalogError(BastionError):
    """A tool catalog (a list of MCP tool descriptions) is malformed."""


class PolicyError(BastionError):
    """Policies could not be loaded; `problems` lists every one found.

    Args:
        problems: Each problem with its file, line and message.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(_describe(self.problems, "in the policies"))


class PolicyParseError(PolicyError):
    """A `.cedar` or `.cedarschema` file does not parse."""


class PolicyValidationError(PolicyError):
    """A policy parses but does not match the schema (or lacks a required annotation)."""


class StoreError(BastionError):
    """The audit store cannot be read or written."""


class StoreCorruptError(StoreError):
    """The file is not a bastion store, or its records were altered."""


class StoreStateError(StoreError):
    """A session's or principal's state cannot be checkpointed (a stage's slot is not JSON)."""


class StoreVersionError(StoreError):
    """The store was written by a newer version of bastion."""


class ApprovalError(BastionError):
    """An approval cannot be answered as asked.

    Args:
        approval_id: The approval concerned.
        problem: `unknown` (no such approval), `answered` (already answered) or `expired`.
        message: What is wrong.
    """

    def __init__(self, approval_id: str, problem: str, message: str) -> None:
        self.approval_id = approval_id
        self.problem = problem
        super().__init__(message)


class AdapterError(BastionError):
    """An adapter could not do its work (an upstream failed, a framework misbehaved)."""


class ToolCallBlocked(BastionError):
    """A tool call was refused (deny, or ask without approval).

    Args:
        decision: The Decision that refused the call.
    """

    def __init__(self, decision: Decision) -> None:
        from bastion.events import refusal_text

        self.decision = decision
        # The wording every adapter shows a model: frameworks that turn a tool's exception into a
        # tool message (LangGraph's ToolNode) then show the same refusal as the adapters do.
        super().__init__(refusal_text(decision))
