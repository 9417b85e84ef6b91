"""What of a call's arguments and a session's text reaches the audit log.

Three privacy modes, set by `audit_privacy`:

- `raw`: values as given;
- `redacted`: every string replaced by its length (structure, numbers and booleans kept);
- `hashed`: every string and number replaced by a keyed hash, so equal values can still be matched
  across records without being readable.

In every mode, recognised secrets are never written: a value under a secret-like key (password,
token, api_key, ...) is replaced whole, and secret-shaped text (API keys, bearer tokens, private
keys, passwords in URLs) is cut out of any string. Secrets are never hashed: a short password's
hash can be guessed back.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import math
import re
from typing import Any, Literal

__all__ = ["SECRET", "Privacy", "Redactor", "is_secret_key", "scrub_secrets"]

Privacy = Literal["raw", "redacted", "hashed"]

SECRET = "[secret]"

_SECRET_KEY_PARTS = (
    "password",
    "passwd",
    "passphrase",
    "secret",
    "apikey",
    "accesskey",
    "privatekey",
    "credential",
    "authorization",
    "cookie",
    "sessionid",
    "signingkey",
    "encryptionkey",
)
_SECRET_KEY_ENDINGS = ("token", "pwd", "bearer")
_SECRET_KEYS_EXACT = ("auth", "pass", "pin", "otp", "jwt")

# Each pattern matches the secret itself; the surrounding text is kept.
_SECRET_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "private_key",
        re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)", re.DOTALL),
    ),
    ("openai_key", re.compile(r"\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}")),
    ("stripe_key", re.compile(r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}")),
    ("github_token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})")),
    ("gitlab_token", re.compile(r"\bglpat-[A-Za-z0-9_-]{20,}")),
    ("aws_access_key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("google_api_key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    ("slack_token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")),
    ("bearer_token", re.compile(r"(?i)(?<=bearer )[A-Za-z0-9._~+/=-]{16,}")),
    ("url_password", re.compile(r"(?<=://)[^/\s:@]+:[^/\s@]+(?=@)")),
    (
        "assigned_secret",
        re.compile(
            r"(?i)(?<![A-Za-z0-9[])(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|token)"
            r"""(\s*[:=]\s*["']?)([^\s"',;&]{4,})"""
        ),
    ),
)


@functools.lru_cache(maxsize=4096)
def is_secret_key(key: str) -> bool:
    """Whether an argument name says its value is a secret (password, api_key, authToken, ...).

    Args:
        key: The argument (or nested object) key.

    Returns:
        True for a secret-like key.
    """
    norm = re.sub(r"[^a-z0-9]", "", key.lower())
    if norm in _SECRET_KEYS_EXACT:
        return True
    return any(part in norm for part in _SECRET_KEY_PARTS) or norm.endswith(_SECRET_KEY_ENDINGS)


# One pass that finds whether any pattern could match; most texts hold no secret and stop here.
_ANY_SECRET = re.compile(
    r"-----BEGIN|sk-|[rs]k_|gh[pousr]_|github_pat_|glpat-|AKIA|ASIA|AIza|xox|eyJ|bearer|://[^/\s]*@"
    r"|pass|pwd|secret|api[_-]?key|token",
    re.IGNORECASE,
)


def scrub_secrets(text: str) -> str:
    """Cut every secret-shaped substring out of a text.

    Args:
        text: Any text (an argument, a message, a tool output).

    Returns:
        The text with each secret replaced by `[secret:KIND]`.
    """
    if not _ANY_SECRET.search(text):
        return text
    for kind, pattern in _SECRET_PATTERNS:
        if kind == "assigned_secret":
            text = pattern.sub(lambda m: m.group(0)[: m.start(2) - m.start(0)] + "[secret:assigned_secret]", text)
        else:
            text = pattern.sub(f"[secret:{kind}]", text)
    return text


class Redactor:
    """Turn values into what the audit log may keep.

    Args:
        privacy: `raw`, `redacted` or `hashed`.
        key: The store's hashing key (required for `hashed`).
    """

    def __init__(self, privacy: Privacy = "raw", key: bytes | None = None) -> None:
        if privacy == "hashed" and not key:
            raise ValueError("hashed privacy needs the store's hashing key")
        self.privacy = privacy
        self._key = key or b""

    def _hash(self, value: str) -> str:
        return "hmac-sha256:" + hmac.new(self._key, value.encode(), hashlib.sha256).hexdigest()[:32]

    def text(self, text: str) -> str:
        """A message, tool output or free-text string as the log may keep it."""
        if self.privacy == "redacted":
            return f"[redacted: {len(text)} chars]"
        if self.privacy == "hashed":
            return self._hash(text)
        return scrub_secrets(text)

    def value(self, value: Any, key: str = "", depth: int = 0) -> Any:
        """An argument value as the log may keep it (recursively through lists and objects).

        Args:
            value: The value.
            key: The key it was found under (a secret-like key hides the whole value).
            depth: Nesting so far (deeper values are dropped, so a hostile value cannot exhaust the stack).

        Returns:
            The loggable value.
        """
        if key and is_secret_key(key) and value not in (None, "", [], {}):
            return SECRET
        if depth > 32:
            return "[too deep]"
        if isinstance(value, dict):
            return {str(k): self.value(v, str(k), depth + 1) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.value(v, key, depth + 1) for v in value]
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int | float):
            if self.privacy == "hashed":
                return self._hash(repr(value))
            # JSON has no NaN or infinity; the log keeps their spelling instead.
            return value if isinstance(value, int) or math.isfinite(value) else repr(value)
        return self.text(str(value))

    def free_text(self, text: str) -> str:
        """Text the firewall wrote itself (reasons, errors): secrets cut out, never hashed away."""
        return _scrub_cached(text) if len(text) < 512 else scrub_secrets(text)


# Reasons and errors repeat (they come from policy annotations): scrub each distinct one once.
_scrub_cached = functools.lru_cache(maxsize=4096)(scrub_secrets)
