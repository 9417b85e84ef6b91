"""The trace format: the events every adapter produces and the decisions the firewall returns.

One event per JSON line; a session's events share its `session`:

    {"session": "s1", "type": "message", "role": "user", "content": "Pay my rent"}
    {"session": "s1", "type": "tool_call", "id": "c1", "tool": "read_inbox", "arguments": {}}
    {"session": "s1", "type": "tool_result", "id": "c1", "content": "..."}
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

__all__ = [
    "Decision",
    "Event",
    "EventAdapter",
    "Message",
    "Outcome",
    "SignalValue",
    "ToolCall",
    "ToolResult",
    "Verdict",
    "refusal_text",
    "state_not_saved",
]


class Verdict(StrEnum):
    """What happens to a tool call: it runs, it is refused, or it waits for a person."""

    ALLOW = "allow"
    DENY = "deny"
    ASK = "ask"


@dataclass(frozen=True)
class Outcome:
    """What the deciding stage concluded of a call: the verdict, the deciding policies and why."""

    verdict: Verdict
    policy_ids: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    session: str = Field(min_length=1)


class Message(_Event):
    """A chat message: what the user asked, what the system prompt says, what the model answered."""

    type: Literal["message"] = "message"
    role: Literal["user", "system", "assistant", "tool"]
    content: str


class ToolCall(_Event):
    """A request to run one tool with arguments; the firewall decides on it before it runs."""

    type: Literal["tool_call"] = "tool_call"
    call_id: str = Field(alias="id", min_length=1)
    tool_name: str = Field(alias="tool", min_length=1)
    arguments: dict[str, Any] = Field(default_factory=dict)
    expect: Verdict | None = Field(default=None, description="Expected verdict, in scenario files only.")


class ToolResult(_Event):
    """What a tool returned; the firewall observes it (provenance, injection scanning)."""

    type: Literal["tool_result"] = "tool_result"
    call_id: str = Field(alias="id", min_length=1)
    content: str
    is_error: bool = False


Event = Annotated[Message | ToolCall | ToolResult, Field(discriminator="type")]
EventAdapter: TypeAdapter[Message | ToolCall | ToolResult] = TypeAdapter(Event)

SignalValue = bool | int | str | list[str]


class Decision(BaseModel):
    """The firewall's answer for one tool call, with everything needed to explain and audit it.

    `verdict` is what the policies decided. `is_enforced` is False in shadow mode, where the
    call runs whatever the verdict; adapters block only when `is_blocking` is True.
    `latency_us` is the time the firewall took to decide; `wait_us` is the time the call waited
    before that for a model to finish loading (only a call that arrives during start-up waits).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    type: Literal["decision"] = "decision"
    session: str
    call_id: str = Field(alias="id")
    tool_name: str = Field(alias="tool")
    verdict: Verdict
    reasons: list[str] = Field(default_factory=list)
    policy_ids: list[str] = Field(default_factory=list)
    signals: dict[str, SignalValue] = Field(default_factory=dict)
    errors: list[str] = Field(default_factory=list)
    latency_us: float = 0.0
    wait_us: float = 0.0
    is_enforced: bool = True
    is_fail_open: bool = False

    @property
    def is_blocking(self) -> bool:
        """True when the adapter must not run the call as it stands (deny or ask, enforced)."""
        return self.is_enforced and self.verdict is not Verdict.ALLOW

    def to_json(self) -> str:
        """The decision as one JSON line of the trace format."""
        return self.model_dump_json(by_alias=True)

    def to_record(self) -> dict[str, Any]:
        """The decision as a JSON-ready dict, with the trace format's field names."""
        return self.model_dump(mode="json", by_alias=True)

    def withdrawn(self, failure: str, *, is_failing_open: bool) -> Decision:
        """This decision after a failure past the deciding stage (its state could not be saved, say).

        Args:
            failure: What failed, added to the errors.
            is_failing_open: The firewall fails open: the verdict stands, marked fail-open.

        Returns:
            The decision the firewall returns: an allow becomes a deny (failing closed); a deny or an
            ask stands, with the failure among its errors.
        """
        update: dict[str, Any] = {"errors": [*self.errors, failure]}
        if is_failing_open:
            update["is_fail_open"] = True
            update["reasons"] = [*self.reasons, f"fail-open: {failure}"]
        elif self.verdict is Verdict.ALLOW:
            update["verdict"] = Verdict.DENY
            update["policy_ids"] = []
            update["reasons"] = [f"internal error, failing closed: {failure}"]
        return self.model_copy(update=update)


def state_not_saved(exc: BaseException) -> str:
    """The failure a decision carries when its session's or principal's state could not be saved."""
    return f"session state could not be saved: {type(exc).__name__}: {exc}"


def refusal_text(decision: Decision, *, why_not_run: str = "") -> str:
    """What a model reads when a call is refused: the verdict, each deciding policy and its reason.

    Every adapter uses this wording, so a model reads the same refusal whichever adapter stood in its
    way. Reasons beyond the deciding policies' (why an ask was not approved) follow them.

    Args:
        decision: The refusing Decision.
        why_not_run: For an ask, why it did not run after all (no way to ask, declined, ...).

    Returns:
        One paragraph of plain text.
    """
    head = f"bastion refused the call to tool {decision.tool_name!r} ({decision.verdict.value})"
    policies, reasons = decision.policy_ids, decision.reasons
    if policies and len(reasons) >= len(policies):
        parts = [f"policy {p}: {r}" for p, r in zip(policies, reasons, strict=False)]
        parts += reasons[len(policies) :]
    elif policies:
        parts = [f"policies {', '.join(policies)}: {'; '.join(reasons) or 'no reason given'}"]
    else:
        parts = list(reasons) or ["no reason given"]
    tail = f" {why_not_run}" if why_not_run else ""
    return f"{head}. {'; '.join(parts)}.{tail} The tool did not run."
