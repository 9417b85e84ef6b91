"""One frozen configuration, loaded and validated once (TOML file or keyword arguments)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bastion.errors import ConfigError
from bastion.policy.engine import Principal

__all__ = [
    "ApprovalConfig",
    "ConductConfig",
    "Config",
    "PrincipalConfig",
    "TokenConfig",
    "UpstreamEnvConfig",
    "shipped_pack",
]

# The packs that ship inside the package: `default` is the pack `--policies` falls back to.
PACKS = Path(__file__).resolve().parent / "packs"
# Bounds of the audit store's connection settings.
MAX_POOL_SIZE = 1000
MAX_LOCK_TIMEOUT = 86400.0


def shipped_pack(name: str = "default") -> Path:
    """The directory of a policy pack shipped with bastion.

    Args:
        name: The pack's name.

    Returns:
        Its directory inside the installed package.

    Raises:
        ConfigError: No pack has that name; the message lists those that exist.
    """
    path = PACKS / name
    if not (path / "bastion.cedarschema").is_file():
        known = sorted(p.name for p in PACKS.iterdir() if (p / "bastion.cedarschema").is_file())
        raise ConfigError(f"no policy pack named {name!r} ships with bastion; packs: {', '.join(known)}")
    return path


class PrincipalConfig(BaseModel):
    """Who the agent acts for: the Cedar principal entity, its groups and attributes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default="agent", min_length=1)
    groups: tuple[str, ...] = ()
    attributes: dict[str, Any] = Field(default_factory=dict)

    def to_principal(self) -> Principal:
        """The engine's view of this principal."""
        return Principal(self.id, tuple(self.groups), tuple(sorted(self.attributes.items())))


class ConductConfig(BaseModel):
    """Windows and limits for rates, boundary probing and quarantine (the `[conduct]` table).

    Attributes:
        near_miss_floor: A call whose risk reaches this, below `near_miss_ceiling`, is a near miss.
        near_miss_ceiling: The risk at which the default pack asks (a near miss stays below it).
        session_window: Seconds over which a session's near misses and refusals are counted.
        principal_window: Seconds over which a principal's near misses and refusals are counted.
        quarantine_refusals: Refused calls (deny or ask) within the window that quarantine a session (0: never).
        quarantine_near_misses: Near misses within the window that quarantine a session (0: never).
        principal_quarantine_refusals: Refused calls within the window that quarantine a principal (0: never).
        principal_quarantine_near_misses: Near misses within the window that quarantine a principal (0: never).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    near_miss_floor: int = Field(default=75, ge=0, le=100)
    near_miss_ceiling: int = Field(default=90, ge=1, le=101)
    session_window: float = Field(default=3600.0, gt=0)
    principal_window: float = Field(default=86400.0, gt=0)
    quarantine_refusals: int = Field(default=5, ge=0)
    quarantine_near_misses: int = Field(default=4, ge=0)
    # Off unless configured: every session of a firewall acts for one principal, so a replay of
    # unrelated sessions would pile their refusals onto it.
    principal_quarantine_refusals: int = Field(default=0, ge=0)
    principal_quarantine_near_misses: int = Field(default=0, ge=0)


class UpstreamEnvConfig(BaseModel):
    """Which of bastion's environment variables a stdio MCP server it runs gets (`[upstream_env]`).

    By default every one: an MCP client's `env` for the server (API keys, data paths) reaches bastion,
    which passes it on. Patterns are shell-style (`AWS_*`); deny wins over allow.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    allow: tuple[str, ...] | None = None
    deny: tuple[str, ...] = ()


class ApprovalConfig(BaseModel):
    """How long a call sent for approval waits for a person, and how long the answer holds.

    Attributes:
        ttl: Seconds an approval lives: a pending one expires unanswered after this long, and an
            answer decides the same call (session, tool, arguments) for this long after it was given.
        wait: The longest an adapter, or a `POST /v1/decide?wait=` request, waits for the answer.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    ttl: float = Field(default=900.0, gt=0)
    wait: float = Field(default=300.0, ge=0)


class TokenConfig(BaseModel):
    """A bearer token of `bastion serve` and the principal it speaks for.

    Attributes:
        sha256: The token's SHA-256 digest in hex (the token itself never sits in the file).
        principal: The Cedar principal a request with this token acts for.
        roles: `agent` (decide and observe calls, read its own sessions) and/or `approver`
            (the console: answer approvals, read the audit log).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    principal: PrincipalConfig = Field(default_factory=PrincipalConfig)
    roles: tuple[Literal["agent", "approver"], ...] = Field(default=("agent",), min_length=1)


class Config(BaseModel):
    """bastion's settings. Every field has a safe default; unknown keys are errors.

    Attributes:
        policies: The policy directory (`.cedar` files and one `.cedarschema` stub); by default the
            pack shipped with bastion (`bastion init` writes a copy to edit).
        profile: A named profile of the policy directory to add to its policies
            (`profiles/<profile>.cedar`; the default pack offers `ask-side-effects`).
        tools: A JSON file of MCP tool descriptions (the catalog), when not given by an adapter.
        principal: The Cedar principal the agent acts for.
        resource_id: The Cedar resource id of the toolset or server providing the tools.
        shadow: Decide and record, never block (for rollout).
        fail_open: Let a call run when a stage fails internally (off: such calls are denied);
            every decision made this way says so.
        allowed_roots: Directories that path arguments must stay inside (empty: only traversal is flagged).
        audit: The audit store (decision log and session checkpoints): an SQLite file, or a
            `postgresql://user@host/database` URL that many replicas share; None for no store.
        audit_privacy: What the log keeps of arguments, messages and tool outputs: `raw`, `redacted`
            (strings replaced by their length) or `hashed` (keyed hashes). Recognised secrets are
            never written raw in any mode.
        audit_on_failure: A decision that cannot be recorded is denied (`deny`), or allowed with an
            alarm and an error in the Decision (`allow`).
        audit_sync: `full` syncs every commit to disk before a decision returns (survives power
            loss); `normal` survives a crash of the process but not of the machine, and is faster.
        audit_pool_size: Connections each process keeps for a `postgresql://` store's reads and for
            waiting on sessions and principals another replica holds (default 16; PostgreSQL only).
        audit_lock_timeout: Seconds to wait for a session or principal another replica holds
            (PostgreSQL, default 30) or for another process's write lock (SQLite, default 10); the
            event is then denied (failing closed).
        sessions_in_memory: With an audit store, at most this many sessions stay in process memory
            (the least recently used are let go first and restored from their checkpoint when they
            come back).
        session_idle_seconds: With an audit store, a session idle this long is let go from memory.
        intent_model: An intent model file (exemplars and scorer weights) to use instead of the one
            shipped with bastion; read only when a policy reads `risk` or `drift`.
        trajectory_model: A trajectory model file (`.npz`, from benchmarks/train_intent.py) to use
            instead of the one shipped with bastion.
        conduct: Rates, boundary probing and quarantine limits.
        approvals: The approval queue's timing (it lives in the audit store).
        tokens: The bearer tokens `bastion serve` accepts, each mapped to a principal.
        upstream_env: The environment variables a stdio MCP server run by `bastion mcp` gets.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    policies: Path = Field(default_factory=shipped_pack)
    profile: str | None = Field(default=None, min_length=1)
    tools: Path | None = None
    principal: PrincipalConfig = Field(default_factory=PrincipalConfig)
    resource_id: str = Field(default="tools", min_length=1)
    shadow: bool = False
    fail_open: bool = False
    allowed_roots: tuple[str, ...] = ()
    audit: Path | str | None = None
    audit_privacy: Literal["raw", "redacted", "hashed"] = "raw"
    audit_on_failure: Literal["deny", "allow"] = "deny"
    audit_sync: Literal["full", "normal"] = "full"
    audit_pool_size: int | None = None
    audit_lock_timeout: float | None = None
    sessions_in_memory: int = Field(default=10_000, ge=1)
    session_idle_seconds: float = Field(default=600.0, gt=0)
    intent_model: Path | None = None
    trajectory_model: Path | None = None
    conduct: ConductConfig = Field(default_factory=ConductConfig)
    approvals: ApprovalConfig = Field(default_factory=ApprovalConfig)
    tokens: tuple[TokenConfig, ...] = ()
    upstream_env: UpstreamEnvConfig = Field(default_factory=UpstreamEnvConfig)

    @field_validator("audit", mode="before")
    @classmethod
    def _audit_target(cls, value: Any) -> Any:
        # A URL stays text (and must be PostgreSQL's); anything else is a file path.
        if isinstance(value, str) and "://" in value:
            if not value.startswith(("postgresql://", "postgres://")):
                raise ValueError(
                    f"{value.split('://', 1)[0]}:// is not an audit store: give a file or a postgresql:// URL"
                )
            return value
        if isinstance(value, str):
            return Path(value)
        return value

    @field_validator("audit_pool_size")
    @classmethod
    def _pool_size(cls, value: int | None) -> int | None:
        if value is not None and not 1 <= value <= MAX_POOL_SIZE:
            raise ValueError(f"{value} connections: give 1 to {MAX_POOL_SIZE} connections per process")
        return value

    @field_validator("audit_lock_timeout")
    @classmethod
    def _lock_timeout(cls, value: float | None) -> float | None:
        if value is not None and not 0 < value <= MAX_LOCK_TIMEOUT:
            raise ValueError(f"{value} seconds: give more than 0 and at most {MAX_LOCK_TIMEOUT:.0f} seconds")
        return value

    @model_validator(mode="after")
    def _pool_needs_postgres(self) -> Config:
        if self.audit_pool_size is not None and not (
            isinstance(self.audit, str) and self.audit.startswith(("postgresql://", "postgres://"))
        ):
            where = "no audit store is set" if self.audit is None else f"audit is the file {str(self.audit)!r}"
            raise ValueError(
                f"audit_pool_size sizes the connection pool of a postgresql:// audit store, but {where}; "
                "remove audit_pool_size or set audit to a postgresql:// URL"
            )
        return self

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
        for key in ("policies", "tools", "audit", "intent_model", "trajectory_model"):
            if isinstance(raw.get(key), str) and "://" not in raw[key] and not Path(raw[key]).is_absolute():
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
            details = "; ".join(_describe(e["loc"], e["msg"]) for e in exc.errors())
            raise ConfigError(f"{source}: {details}") from None


def _describe(loc: tuple[int | str, ...], message: str) -> str:
    # A check of the whole configuration has no location; "Value error, " is pydantic's, not ours.
    message = message.removeprefix("Value error, ")
    return f"{'.'.join(str(p) for p in loc)}: {message}" if loc else message
