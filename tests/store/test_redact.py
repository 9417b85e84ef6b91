from __future__ import annotations

from pathlib import Path

import pytest

from bastion.config import Config
from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import Firewall
from bastion.store import Redactor, SqliteStore, scrub_secrets
from bastion.store.redact import SECRET, is_secret_key

SECRETS = {
    "openai": "sk-proj-Zq8x7Vb2Lm4Nc6Xd0Pf1Rg3Th5Jk9Wy",
    "github": "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
    "aws": "AKIAIOSFODNN7EXAMPLE",
    "password": "correct-horse-battery",
}


@pytest.mark.parametrize("key", ["password", "api_key", "X-Api-Key", "githubToken", "client_secret", "Authorization"])
def test_secret_like_keys_are_recognised(key: str) -> None:
    assert is_secret_key(key)


@pytest.mark.parametrize("key", ["path", "query", "max_tokens", "amount", "iban", "content"])
def test_ordinary_keys_are_not_secret(key: str) -> None:
    assert not is_secret_key(key)


def test_values_under_secret_keys_are_replaced_whole_in_every_mode() -> None:
    for privacy in ("raw", "redacted", "hashed"):
        redactor = Redactor(privacy, b"k" * 32)

        logged = redactor.value({"user": "bob", "password": SECRETS["password"], "nested": {"api_key": "abc12345"}})

        assert logged["password"] == SECRET and logged["nested"]["api_key"] == SECRET


def test_secret_shaped_text_is_cut_out_of_strings() -> None:
    text = (
        f"use {SECRETS['openai']} and {SECRETS['github']} with {SECRETS['aws']}; "
        "curl -H 'Authorization: Bearer abcdefghijklmnop0123' https://bob:hunter2pw@example.com/x"
    )

    scrubbed = scrub_secrets(text)

    for secret in (*SECRETS.values(), "abcdefghijklmnop0123", "hunter2pw"):
        assert secret not in scrubbed
    assert scrubbed.startswith("use [secret:openai_key]") and "example.com/x" in scrubbed


def test_redacted_mode_keeps_structure_numbers_and_lengths_only() -> None:
    logged = Redactor("redacted").value({"iban": "DE89370400440532013000", "amount": 1200, "tags": ["a", "bb"]})

    assert logged == {
        "iban": "[redacted: 22 chars]",
        "amount": 1200,
        "tags": ["[redacted: 1 chars]", "[redacted: 2 chars]"],
    }


def test_hashed_mode_keeps_equal_values_equal_and_hides_them() -> None:
    redactor = Redactor("hashed", b"k" * 32)

    first = redactor.value({"iban": "DE89370400440532013000", "amount": 1200})
    second = redactor.value({"to": "DE89370400440532013000"})

    assert first["iban"] == second["to"] and "DE89" not in first["iban"]
    assert first["amount"] != 1200 and str(first["amount"]).startswith("hmac-sha256:")


def test_hashes_depend_on_the_store_key() -> None:
    assert Redactor("hashed", b"a" * 32).text("x") != Redactor("hashed", b"b" * 32).text("x")


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


@pytest.mark.parametrize("privacy", ["raw", "redacted", "hashed"])
async def test_secrets_in_arguments_and_texts_never_reach_the_file(audit_config: Config, privacy: str) -> None:
    config = audit_config.model_copy(update={"audit_privacy": privacy})
    assert isinstance(config.audit, Path)
    async with Firewall.from_config(config) as firewall:
        await firewall.observe(Message(session="s", role="user", content=f"my key is {SECRETS['openai']}"))
        await firewall.decide(
            ToolCall(
                session="s",
                id="c1",
                tool="run_shell",
                arguments={"command": f"deploy --token {SECRETS['github']} --password={SECRETS['password']}"},
            )
        )
        await firewall.observe(ToolResult(session="s", id="c1", content=f"AWS_ACCESS_KEY_ID={SECRETS['aws']}"))

        assert isinstance(config.audit, Path)
        data = _file_bytes(config.audit)

    for secret in SECRETS.values():
        assert secret.encode() not in data


async def test_raw_mode_keeps_ordinary_arguments_for_replay(audit_config: Config) -> None:
    assert isinstance(audit_config.audit, Path)
    async with Firewall.from_config(audit_config) as firewall:
        await firewall.decide(ToolCall(session="s", id="c1", tool="read_file", arguments={"path": "/home/user/a.txt"}))
    async with SqliteStore(audit_config.audit, create=False) as store:
        calls = [r async for r in store.records() if r.type == "tool_call"]

    assert calls[0].body["event"]["arguments"] == {"path": "/home/user/a.txt"}
