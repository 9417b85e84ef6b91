"""Tokens from a TOML configuration and from BASTION_TOKEN, mapped to principals and roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from bastion.config import Config, PrincipalConfig
from bastion.errors import ConfigError
from bastion.serve import TokenTable, token_digest

CONFIG = """
policies = "policies"
audit = "audit.db"

[principal]
id = "alice"

[approvals]
ttl = 120
wait = 30

[[tokens]]
sha256 = "{agent}"
principal = {{ id = "billing-agent", groups = ["payments"] }}
roles = ["agent"]

[[tokens]]
sha256 = "{approver}"
principal = {{ id = "carol" }}
roles = ["approver"]
"""


def load(tmp_path: Path, **digests: str) -> Config:
    path = tmp_path / "bastion.toml"
    path.write_text(CONFIG.format(**digests), encoding="utf-8")
    return Config.load(path)


def test_tokens_in_the_configuration_map_to_their_principals_and_roles(tmp_path: Path) -> None:
    config = load(tmp_path, agent=token_digest("agent-secret"), approver=token_digest("approver-secret"))
    assert (config.approvals.ttl, config.approvals.wait) == (120, 30)
    table = TokenTable(config, env_token="env-secret")
    agent = table.caller("agent-secret")
    approver = table.caller("approver-secret")
    by_env = table.caller("env-secret")
    assert agent is not None and approver is not None and by_env is not None
    assert agent.principal == PrincipalConfig(id="billing-agent", groups=("payments",))
    assert (agent.may("agent"), agent.may("approver")) == (True, False)
    assert (approver.principal_id, approver.may("agent"), approver.may("approver")) == ("carol", False, True)
    assert (by_env.principal_id, by_env.roles) == ("alice", frozenset({"agent", "approver"}))
    assert table.caller("agent-secret ") is None
    assert table.caller("") is None
    assert [p.id for p in table.principals()] == ["billing-agent", "carol", "alice"]


@pytest.mark.parametrize(
    ("digest", "where"),
    [("not-hex", "tokens.0.sha256"), ("A" * 64, "tokens.0.sha256")],
)
def test_a_token_digest_that_is_not_lowercase_sha256_hex_is_a_config_error(
    tmp_path: Path, digest: str, where: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        load(tmp_path, agent=digest, approver=token_digest("b"))
    assert where in str(raised.value)


def test_the_same_token_twice_is_an_error(tmp_path: Path) -> None:
    config = load(tmp_path, agent=token_digest("same"), approver=token_digest("same"))
    with pytest.raises(ConfigError, match="listed twice"):
        TokenTable(config)
    with pytest.raises(ConfigError, match="BASTION_TOKEN is also listed"):
        TokenTable(load(tmp_path, agent=token_digest("a"), approver=token_digest("b")), env_token="a")


def test_one_principal_described_two_ways_is_an_error() -> None:
    config = Config.from_mapping(
        {
            "principal": {"id": "alice", "groups": ["admins"]},
            "tokens": [{"sha256": token_digest("t"), "principal": {"id": "alice"}}],
        }
    )
    with pytest.raises(ConfigError, match="principal 'alice' is given different groups"):
        TokenTable(config)


def test_an_unknown_role_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"tokens\.0\.roles"):
        Config.from_mapping({"tokens": [{"sha256": token_digest("t"), "roles": ["admin"]}]})
