"""Token and call budgets are rates over the last hour, so a session that lasts days is never locked out for good."""

from __future__ import annotations

import tiktoken

from bastion.config import Config
from bastion.events import ToolCall, ToolResult, Verdict
from bastion.firewall import Firewall
from bastion.stage import StageContext
from bastion.tokens import ENCODING_NAME, TokenStage, count_tokens
from tests.conftest import POLICIES, TOOLS

# About 100,000 tokens: five of them pass the default pack's 500,000 tokens an hour.
BIG_OUTPUT = "lorem ipsum " * 50_000


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def firewall_at(clock: Clock) -> Firewall:
    firewall = Firewall.from_config(Config(policies=POLICIES, tools=TOOLS))
    firewall.stages = [TokenStage(clock=clock) if stage.name == "tokens" else stage for stage in firewall.stages]
    return firewall


def read(call_id: str) -> ToolCall:
    return ToolCall(session="s", id=call_id, tool="read_file", arguments={"path": "/home/user/log.txt"})


async def test_a_session_over_the_hourly_token_budget_is_refused_with_how_to_raise_it() -> None:
    clock = Clock()
    async with firewall_at(clock) as firewall:
        await firewall.decide(read("c1"))
        for _ in range(5):
            await firewall.observe(ToolResult(session="s", id="c1", content=BIG_OUTPUT))
            clock.now += 60
        refused = await firewall.decide(read("c2"))
    assert refused.verdict is Verdict.DENY
    assert refused.policy_ids == ["deny-session-token-budget"]
    tokens = refused.signals["tokens_last_hour"]
    assert isinstance(tokens, int) and tokens > 500_000
    assert "raise the limit in budgets.cedar" in refused.reasons[0]


async def test_tokens_older_than_an_hour_no_longer_count_but_the_lifetime_total_keeps_them() -> None:
    clock = Clock()
    async with firewall_at(clock) as firewall:
        await firewall.decide(read("c1"))
        for _ in range(5):
            await firewall.observe(ToolResult(session="s", id="c1", content=BIG_OUTPUT))
        clock.now += 3600 + 60
        later = await firewall.decide(read("c2"))
    assert later.verdict is Verdict.ALLOW
    assert later.signals["tokens_last_hour"] == count_tokens('{"path":"/home/user/log.txt"}')
    lifetime = later.signals["session_tokens"]
    assert isinstance(lifetime, int) and lifetime > 500_000


async def test_calls_older_than_an_hour_leave_the_call_rate() -> None:
    clock = Clock()
    async with firewall_at(clock) as firewall:
        for number in range(3):
            await firewall.decide(read(f"c{number}"))
            clock.now += 1200
        decision = await firewall.decide(read("c3"))
    # Calls at 0, 20, 40 and 60 minutes: the one at 0 is an hour old and no longer counts.
    assert decision.signals["calls_last_hour"] == 3
    assert decision.signals["session_calls"] == 4


async def test_a_session_state_stays_small_however_long_the_session_lasts() -> None:
    clock = Clock()
    stage = TokenStage(clock=clock)
    ctx = StageContext(session_id="s", state={}, signals={}, resource_id="tools")
    for number in range(600):
        await stage.process(ToolResult(session="s", id="c", content=f"line {number}"), ctx)
        clock.now += 30
    await stage.process(read("c1"), ctx)
    # Five hours of results: only the last hour's minutes are kept.
    assert 60 <= len(ctx.state["token_minutes"]) <= 61
    assert ctx.signals["tokens_last_hour"] == sum(n for _, n in ctx.state["token_minutes"])
    assert ctx.state["session_tokens"] > ctx.signals["tokens_last_hour"]


def test_a_text_counted_again_or_too_long_to_remember_has_tiktokens_own_count() -> None:
    encoding = tiktoken.get_encoding(ENCODING_NAME)
    short = "Transfer 1,200 EUR to DE89370400440532013000 <|endoftext|> today"
    long = "the quick brown fox jumps over the lazy dog " * 1000
    expected = [len(encoding.encode(text, disallowed_special=())) for text in (short, long)]
    assert [count_tokens(short), count_tokens(short), count_tokens(long), count_tokens(long)] == [
        expected[0],
        expected[0],
        expected[1],
        expected[1],
    ]
    assert len(long) > 16_384
