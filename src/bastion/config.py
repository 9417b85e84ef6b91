"""One frozen configuration, loaded and validated once (TOML file or keyword arguments)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bastion.errors import ConfigError
from bastion.policy.engine import Principal

__all__ = ["Config", "PrincipalConfig"]


class PrincipalConfig(BaseModel):
    """Who the agent acts for: the Cedar principal entity, its groups and attributes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default="agent", min_length=1)
    groups: tuple[str, ...] = ()
    attributes: dict[str, Any] = Field(default_factory=dict)

    def to_principal(self) -> Principal:
        """The engine's view of this principal."""
        return Principal(self.id, tuple(self.groups), tuple(sorted(self.attributes.items())))


class Config(BaseModel):
    """bastion's settings. Every field has a safe default; unknown keys are errors.

    Attributes:
        policies: The policy directory (`.cedar` files and one `.cedarschema` stub).
        profile: A named profile of the policy directory to add to its policies
            (`profiles/<profile>.cedar`; the default pack offers `ask-side-effects`).
        tools: A JSON file of MCP tool descriptions (the catalog), when not given by an adapter.
        principal: The Cedar principal the agent acts for.
        resource_id: The Cedar resource id of the toolset or server providing the tools.
        shadow: Decide and record, never block (for rollout).
        fail_open: Let a call run when a stage fails internally (off: such calls are denied);
            every decision made this way says so.
        allowed_roots: Directories that path arguments must stay inside (empty: only traversal is flagged).
        audit: The SQLite audit store (decision log and session checkpoints), or None for no store.
        audit_privacy: What the log keeps of arguments, messages and tool outputs: `raw`, `redacted`
            (strings replaced by their length) or `hashed` (keyed hashes). Recognised secrets are
            never written raw in any mode.
        audit_on_failure: A decision that cannot be recorded is denied (`deny`), or allowed with an
            alarm and an error in the Decision (`allow`).
        audit_sync: `full` syncs every commit to disk before a decision returns (survives power
            loss); `normal` survives a crash of the process but not of the machine, and is faster.
        intent_model: An intent model file (exemplars and scorer weights) to use instead of the one
            shipped with bastion; read only when a policy reads `risk` or `drift`.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    policies: Path = Path("policies")
    profile: str | None = Field(default=None, min_length=1)
    tools: Path | None = None
    principal: PrincipalConfig = Field(default_factory=PrincipalConfig)
    resource_id: str = Field(default="tools", min_length=1)
    shadow: bool = False
    fail_open: bool = False
    allowed_roots: tuple[str, ...] = ()
    audit: Path | None = None
    audit_privacy: Literal["raw", "redacted", "hashed"] = "raw"
    audit_on_failure: Literal["deny", "allow"] = "deny"
    audit_sync: Literal["full", "normal"] = "full"
    intent_model: Path | None = None

    @classmethod
    def load(cls, path: str | Path) -> Config:
        """Load a TOML configuration file; relative paths in it are taken from the file's directory.

        Args:
            path: The TOML file.

        Returns:
            The configuration.

        Raises:
            ConfigError: The file is missing, not TOML, or has an invalid or unknown setting.
        """
        file = Path(path)
        try:
            raw = tomllib.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{file}: no such configuration file") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file}: not valid TOML: {exc}") from None
        base = file.parent
        for key in ("policies", "tools", "audit", "intent_model"):
            if isinstance(raw.get(key), str) and not Path(raw[key]).is_absolute():
                raw[key] = str(base / raw[key])
        return cls.from_mapping(raw, source=str(file))

    @classmethod
    def from_mapping(cls, raw: dict[str, Any], *, source: str = "<config>") -> Config:
        """Validate a mapping of settings.

        Args:
            raw: The settings.
            source: The name to report in errors.

        Returns:
            The configuration.

        Raises:
            ConfigError: A setting is invalid or unknown; the message names it.
        """
        try:
            return cls.model_validate(raw)
        except ValidationError as exc:
            details = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
            raise ConfigError(f"{source}: {details}") from None
