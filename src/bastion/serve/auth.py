"""Bearer tokens: each maps to a principal and its roles; the principal never comes from a request body.

    configured tokens (`[[tokens]]`, by SHA-256 digest)  -> principal, roles
    BASTION_TOKEN (environment)                           -> the configured principal, agent and approver

A token is compared by its digest in constant time; the token itself is never stored.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Literal

from bastion.config import Config, PrincipalConfig
from bastion.errors import ConfigError

__all__ = ["Caller", "Role", "TokenTable", "token_digest"]

Role = Literal["agent", "approver"]


def token_digest(token: str) -> str:
    """The SHA-256 hex digest of a token, as `[[tokens]] sha256 = ...` expects it."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Caller:
    """Who a request comes from, as its token says.

    Attributes:
        principal: The principal the token speaks for.
        roles: What it may do.
    """

    principal: PrincipalConfig
    roles: frozenset[Role]

    @property
    def principal_id(self) -> str:
        """The principal's id."""
        return self.principal.id

    def may(self, role: Role) -> bool:
        """True when the token carries this role."""
        return role in self.roles


class TokenTable:
    """The tokens a server accepts.

    Args:
        config: The configuration (its `tokens`, and its principal for `env_token`).
        env_token: The value of `BASTION_TOKEN`, if set: a token of the configured principal with
            both roles (the simplest setup; give agents tokens of their own in the configuration
            when they must not approve their own calls).

    Raises:
        ConfigError: Two tokens share a digest, a principal is described two ways, or `env_token` is empty.
    """

    def __init__(self, config: Config, *, env_token: str | None = None) -> None:
        self._callers: dict[str, Caller] = {}
        principals: dict[str, PrincipalConfig] = {config.principal.id: config.principal}
        for entry in config.tokens:
            if entry.sha256 in self._callers:
                raise ConfigError(f"tokens: the token with sha256 {entry.sha256[:12]}... is listed twice")
            known = principals.setdefault(entry.principal.id, entry.principal)
            if known != entry.principal:
                # One firewall per principal id: two descriptions of it would make one of them a lie.
                raise ConfigError(
                    f"tokens: principal {entry.principal.id!r} is given different groups or attributes "
                    "in two places; describe it the same way everywhere"
                )
            self._callers[entry.sha256] = Caller(entry.principal, frozenset(entry.roles))
        if env_token is not None:
            if not env_token.strip():
                raise ConfigError("BASTION_TOKEN is set but empty; unset it or give it a token")
            digest = token_digest(env_token)
            if digest in self._callers:
                raise ConfigError("BASTION_TOKEN is also listed in the configuration's tokens; list it once")
            self._callers[digest] = Caller(config.principal, frozenset(("agent", "approver")))

    def __len__(self) -> int:
        return len(self._callers)

    def principals(self) -> list[PrincipalConfig]:
        """Every principal some token speaks for, once each, by id."""
        seen: dict[str, PrincipalConfig] = {}
        for caller in self._callers.values():
            seen.setdefault(caller.principal_id, caller.principal)
        return list(seen.values())

    def caller(self, token: str) -> Caller | None:
        """The caller a token belongs to, or None for an unknown token."""
        digest = token_digest(token)
        found = None
        for known, caller in self._callers.items():
            # Every digest is compared, so the time taken says nothing about which one matched.
            if hmac.compare_digest(known, digest):
                found = caller
        return found
