"""Token counts: the same whether a text is counted for the first time, again, or is too long to remember."""

from __future__ import annotations

import tiktoken

from bastion.tokens import ENCODING_NAME, count_tokens


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
