"""The argument stage: flags dangerous shell and SQL, and paths that leave the allowed roots.

It reads every string in a call's arguments, including strings nested in lists, objects and
JSON-encoded strings, so a command cannot hide one level down. Each string is matched as written
and in the other readings an attacker could rely on: Unicode-normalised (NFKC, format and
zero-width characters removed, common homoglyphs mapped to Latin), with shell quoting and SQL
comments removed, and with base64, hex, `\\x`/`\\u` escapes and URL-encoding decoded (a few layers
deep). Decoding is bounded per call; when the bound is reached the call is flagged
`argument_scan_incomplete` rather than passed as clean. Findings reach policies as
`context.bastion.flags` (a set of strings).
"""

from __future__ import annotations

import base64
import binascii
import json
import posixpath
import re
import urllib.parse
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from bastion.events import Message, ToolCall, ToolResult
from bastion.stage import StageContext
from bastion.text import normalize_text

__all__ = ["ArgumentStage", "iter_strings", "normalize_text", "readings", "scan_value"]

_SHELL = re.compile(
    r"""
    \brm\s+(-[A-Za-z]*[rRf][A-Za-z]*\s+)+\S      # rm -rf, rm -r -f, rm -fr ...
    | \brm\s+(--?[\w-]+\s+)*--(recursive|force)\b  # rm --recursive --force
    | \bdd\s+[^|;&]*\bof=/dev/ | >\s*/dev/(sd|nvme|hd)\w*
    | :\(\)\s*\{\s*:\|:&\s*\};:                   # fork bomb
    | \b(curl|wget)\b[^|;&]*\|\s*((sudo|env)\s+(-\S+\s+)*)?(ba|z|da|k)?sh\b  # pipe a download into a shell
    | \bchmod\s+(-R\s+)?0?777\s+/ | \bchown\s+-R\s+\S+\s+/(\s|$)
    | \bkill\s+-9\s+(-1|1)\b
    | \bgit\s+push\s+(\S+\s+)*(--force|-f)\b | \bfind\s+\S+.*\s-delete\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Commands whose names are also words of prose and of file names ("halt", "a shutdown procedure",
# `tldr mkfs.fat`, `command -v poweroff`) count only where a shell would run them: first in a
# command (the text, or what follows `;`, `&`, `|`, `(`, `$(`, a backquote, a newline), behind
# shell keywords (`then`, `do`, ...), assignments (`A=1`) and what runs its arguments as a command
# (`sudo -u root`, `nohup`, `timeout 5`, `bash -c`, `ssh host`, `chroot DIR`, ...), by name or path.
_COMMAND_BREAK = re.compile(r"[;&|(){}`\n!]|\$\(")
_KEYWORDS = frozenset({"then", "do", "else", "elif", "if", "while", "until", "time", "!"})
_RUNNERS = frozenset(
    {
        "sudo", "doas", "nohup", "nice", "env", "exec", "xargs", "timeout", "watch", "strace",
        "ionice", "stdbuf", "busybox", "eval", "builtin",
    }
)  # fmt: skip
_SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "fish"})
_ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*=")
_POWER = frozenset({"shutdown", "reboot", "halt", "poweroff"})
_POWER_ARGUMENT = re.compile(r"^(-|now$|\+?\d)", re.IGNORECASE)
_SYSTEMCTL_POWER = frozenset({"poweroff", "reboot", "halt", "kexec"})
# How far `su` and `ssh` are read for their `-c` or host: far beyond real use, and it keeps the work linear.
_MAX_RUNNER_WORDS = 64


def _word(token: str) -> str:
    return token.strip("'\"").rsplit("/", 1)[-1].lower()


def _is_option(word: str) -> bool:
    return word.startswith("-") or word[:1].isdigit()


def _starts(words: list[str]) -> set[int]:
    """Every position of a command's words at which a shell may run a command.

    Each position is visited at most once as a command and once as a runner's option, so the work
    stays linear however the options are read (an option may or may not take the next word as its
    value).
    """
    starts: set[int] = set()
    in_options: set[int] = set()
    pending: list[tuple[bool, int]] = [(False, 0)]
    while pending:
        is_option, position = pending.pop()
        if position >= len(words):
            continue
        if is_option:
            # Among a runner's options: the command may start here, or after this option, which
            # may take the next word as its value.
            if position in in_options:
                continue
            in_options.add(position)
            pending.append((False, position))
            if _is_option(words[position]):
                pending.append((True, position + 1))
                if position + 1 < len(words) and not words[position + 1].startswith("-"):
                    pending.append((True, position + 2))
            continue
        if position in starts:
            continue
        starts.add(position)
        word = _word(words[position])
        if word in _KEYWORDS or _ASSIGNMENT.match(words[position]):
            pending.append((False, position + 1))
        elif word == "command":
            if not (position + 1 < len(words) and words[position + 1] in ("-v", "-V")):
                pending.append((False, position + 1))
        elif word in _RUNNERS:
            pending.append((True, position + 1))
        elif word in _SHELLS:
            # `bash -c CMD`, `bash -lc CMD`: the command follows the option that holds `c`.
            after = position + 1
            while after < len(words) and words[after].startswith("-"):
                after += 1
                option = words[after - 1]
                if not option.startswith("--") and "c" in option[1:]:
                    pending.append((False, after))
        elif word == "su":
            last = min(len(words), position + _MAX_RUNNER_WORDS)
            pending.extend((False, p + 1) for p in range(position + 1, last) if words[p] in ("-c", "--command"))
        elif word == "ssh":
            # The host is the first word that is not an option, unless it is an option's value;
            # options may follow the host too (`ssh host -t reboot`).
            for after in range(position + 1, min(len(words), position + _MAX_RUNNER_WORDS)):
                if words[after].startswith("-"):
                    continue
                pending.append((True, after + 1))
                if not words[after - 1].startswith("-") or after - 1 == position:
                    break
        elif word == "chroot":
            after = position + 1
            while after < len(words) and words[after].startswith("-"):
                after += 1
            pending.append((False, after + 1))
    return starts


def _runs_system_command(text: str) -> bool:
    """Whether text runs `mkfs`, a power command or `systemctl poweroff` where a shell would run it."""
    lowered = text.lower()
    if not any(name in lowered for name in ("mkfs", *_POWER)):
        return False
    for command in _COMMAND_BREAK.split(text):
        words = command.split()
        for position in _starts(words):
            word = _word(words[position])
            after = words[position + 1] if position + 1 < len(words) else None
            if word == "mkfs" or word.startswith("mkfs."):
                return True
            if word in _POWER and (after is None or _POWER_ARGUMENT.match(after.strip("'\""))):
                return True
            if word == "systemctl":
                rest = [w for w in words[position + 1 :] if not w.startswith("-")]
                if rest and _word(rest[0]) in _SYSTEMCTL_POWER:
                    return True
    return False


_SQL = re.compile(
    r"""
    \bdrop\s+(table|database|schema|index|view|user)\b
    | \btruncate\s+(table\s+)?\w+
    | \bdelete\s+from\s+[\w."`\[\]]+\s*(;|$|--)      # DELETE with no WHERE
    | \bupdate\s+[\w."`\[\]]+\s+set\b(?![^;]*\bwhere\b)  # UPDATE with no WHERE
    | \b(delete\s+from|update)\s+[^;]*\bwhere\s+      # ... or with a WHERE that is always true,
      (true|'(?P<quoted>\w*)'\s*=\s*'(?P=quoted)'|(?P<number>\d+)\s*=\s*(?P=number))\s*(;|$|--|\)|or\b)
    | \b(delete\s+from|update)\s+[^;]*\bwhere\b[^;]*\bor\s+  # or is made so by an OR
      (true|'(?P<quoted2>\w*)'\s*=\s*'(?P=quoted2)'|(?P<number2>\d+)\s*=\s*(?P=number2))\s*(;|$|--|\)|or\b)
    | \balter\s+table\s+\S+\s+drop\b
    | \bgrant\s+all\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Every match of the patterns above contains one of these: a substring test rules most text out
# far faster than the patterns themselves.
_SHELL_WORDS = (
    "rm", "mkfs", "dd", "/dev/", ":(", "curl", "wget", "chmod", "chown",
    "shutdown", "reboot", "halt", "poweroff", "kill", "push", "find",
)  # fmt: skip
_SQL_WORDS = ("drop", "truncate", "delete", "update", "alter", "grant")
_PATH_KEYS = re.compile(
    r"(^|_)(path|paths|file|filename|filepath|dir|directory|folder|src|dst|source|"
    r"destination|target|dest|cwd|root)s?$",
    re.IGNORECASE,
)
_MAX_DEPTH = 8

_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_CHAR_ESCAPE = re.compile(r"\\x([0-9A-Fa-f]{2})|\\u([0-9A-Fa-f]{4})")
_HEX_TOKEN = re.compile(r"(?<![0-9A-Za-z])(?:0x)?((?:[0-9A-Fa-f]{2}){4,})(?![0-9A-Za-z])")
_BASE64_TOKEN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{8,}={0,2}(?![A-Za-z0-9+/=_-])")
_SHELL_NOISE = re.compile(r"""\$\{IFS[^}]*\}|\$IFS\b|['"\\`]""")
_SQL_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_MAX_DECODE_LAYERS = 3
# Characters of encoded text a single call may make the stage decode. Far above what the default
# call-token budget lets through, so only a call that is denied anyway can reach it.
_DECODE_BUDGET = 4_000_000


@dataclass
class _Budget:
    remaining: int = field(default_factory=lambda: _DECODE_BUDGET)
    is_exhausted: bool = False

    def spend(self, size: int) -> bool:
        if size > self.remaining:
            self.is_exhausted = True
            return False
        self.remaining -= size
        return True


def _printable(raw: bytes) -> str | None:
    if len(raw) < 4:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    unreadable = sum(1 for ch in text if not ch.isprintable() and ch not in "\n\r\t")
    return text if unreadable * 20 <= len(text) else None


def _decode_hex(match: re.Match[str], budget: _Budget) -> str:
    token = match.group(1)
    if not budget.spend(len(token)):
        return match.group(0)
    return _printable(bytes.fromhex(token)) or match.group(0)


def _decode_base64(match: re.Match[str], budget: _Budget) -> str:
    token = match.group(0)
    if len(token) < 12 or not budget.spend(len(token)):
        return token
    body = token.rstrip("=").replace("-", "+").replace("_", "/")
    try:
        raw = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return token
    return _printable(raw) or token


def _decode_layer(text: str, budget: _Budget) -> str:
    """One layer of decoding: every recognisable encoded token replaced, in place, by what it encodes."""
    if _URL_ESCAPE.search(text) and budget.spend(len(text)):
        text = urllib.parse.unquote(text, errors="strict") if _is_utf8_escapes(text) else text
    if "\\" in text and budget.spend(len(text)):
        text = _CHAR_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    text = _HEX_TOKEN.sub(lambda m: _decode_hex(m, budget), text)
    return _BASE64_TOKEN.sub(lambda m: _decode_base64(m, budget), text)


def _is_utf8_escapes(text: str) -> bool:
    try:
        urllib.parse.unquote(text, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def _plain(text: str) -> str:
    """Shell quoting, `$IFS` and SQL comments removed: `r''m${IFS}-rf` reads `rm -rf`."""
    return _SQL_COMMENT.sub(" ", _SHELL_NOISE.sub(lambda m: " " if m.group(0).startswith("$") else "", text))


def readings(text: str, budget: _Budget | None = None) -> list[str]:
    """Every reading of a string the matchers check: as written, normalised, de-obfuscated, decoded.

    Args:
        text: One argument string.
        budget: The call's decoding budget (a fresh one when not given).

    Returns:
        The distinct readings, the text as written first.
    """
    budget = budget or _Budget()
    found = [text]
    current = normalize_text(text)
    for _ in range(_MAX_DECODE_LAYERS + 1):
        if current not in found:
            found.append(current)
        decoded = normalize_text(_decode_layer(current, budget))
        if decoded == current:
            break
        current = decoded
    for reading in list(found):
        plain = _plain(reading)
        if plain not in found:
            found.append(plain)
    return found


def iter_strings(value: Any, key: str = "", depth: int = 0) -> Iterator[tuple[str, str]]:
    """Yield (argument key, string) for every string inside a value, decoding JSON-encoded strings.

    Past the nesting bound the rest of the value is yielded as its JSON text, so that a command
    nested deeper than the bound is still matched rather than skipped.

    Args:
        value: An argument value.
        key: The key it was found under.
        depth: Nesting depth so far (bounded, so a hostile value cannot exhaust the stack).

    Returns:
        An iterator of (key, string) pairs.
    """
    if depth > _MAX_DEPTH:
        yield key, value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        return
    if isinstance(value, str):
        yield key, value
        decoded = _json_value(value)
        if decoded is not None:
            yield from iter_strings(decoded, key, depth + 1)
    elif isinstance(value, dict):
        for sub_key, item in value.items():
            yield from iter_strings(item, str(sub_key), depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from iter_strings(item, key, depth + 1)


def _json_value(text: str) -> Any:
    stripped = text.strip()
    if stripped[:1] not in ("{", "[") or len(stripped) >= 1_000_000:
        return None
    try:
        return json.loads(stripped)
    except ValueError:
        return None


def _is_pathlike(key: str, text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    return bool(_PATH_KEYS.search(key)) or text.startswith(("/", "~/", "../", "./"))


def _is_path_token(text: str) -> bool:
    return "/" in text and len(text) <= 4096 and not any(ch.isspace() for ch in text)


def _outside(path: str, roots: Sequence[str]) -> bool:
    norm = posixpath.normpath(posixpath.expanduser(path) if path.startswith("~") else path)
    if not norm.startswith("/"):
        return norm == ".." or norm.startswith("../")
    return not any(norm == root or norm.startswith(root.rstrip("/") + "/") for root in roots)


def _scan_reading(
    key: str, text: str, allowed_roots: Sequence[str], flags: set[str], *, is_content_read: bool = True
) -> None:
    if is_content_read:
        lowered = text.lower()
        if any(word in lowered for word in _SHELL_WORDS) and (_SHELL.search(text) or _runs_system_command(text)):
            flags.add("shell_destructive")
        if any(word in lowered for word in _SQL_WORDS) and _SQL.search(text):
            flags.add("sql_destructive")
    path = text.replace("\\", "/")
    if _is_pathlike(key, path) or _is_path_token(path):
        if ".." in path.split("/"):
            flags.add("path_traversal")
        if allowed_roots and _is_pathlike(key, path) and _outside(path, allowed_roots):
            flags.add("path_outside_roots")


def scan_value(arguments: dict[str, Any], allowed_roots: Sequence[str] = ()) -> list[str]:
    """The flags a call's arguments raise.

    Args:
        arguments: The call's arguments.
        allowed_roots: Normalized absolute directories paths must stay inside (empty: only `..`
            escapes are flagged).

    Returns:
        Sorted flags among `shell_destructive`, `sql_destructive`, `path_traversal`,
        `path_outside_roots` and `argument_scan_incomplete` (the decoding bound was reached).
    """
    flags: set[str] = set()
    budget = _Budget()
    for key, text in iter_strings(arguments):
        # The matchers only need ASCII, which normalising leaves alone: when the normalised reading
        # differs, matching commands in the text as written adds time but no finding.
        is_normal = text.isascii() or normalize_text(text) == text
        for reading in readings(text, budget):
            is_content_read = reading is not text or is_normal
            _scan_reading(key, reading, allowed_roots, flags, is_content_read=is_content_read)
            if reading is not text:
                # A decoded reading may itself be JSON (base64 of an object, say): read inside it too.
                decoded = _json_value(reading)
                if decoded is not None:
                    for sub_key, sub_text in iter_strings(decoded, key, 1):
                        for sub_reading in readings(sub_text, budget):
                            _scan_reading(sub_key, sub_reading, allowed_roots, flags)
    if budget.is_exhausted:
        flags.add("argument_scan_incomplete")
    return sorted(flags)


class ArgumentStage:
    """Flag dangerous argument values for the policies.

    Args:
        allowed_roots: Directories that path arguments must stay inside.
    """

    name = "arguments"

    def __init__(self, allowed_roots: Sequence[str] = ()) -> None:
        self.allowed_roots = tuple(posixpath.normpath(posixpath.expanduser(r)) for r in allowed_roots)

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Add `flags` to the signals of a tool call."""
        if isinstance(event, ToolCall):
            existing = ctx.signals.get("flags", [])
            found = set(scan_value(event.arguments, self.allowed_roots))
            ctx.signals["flags"] = sorted(found.union(existing if isinstance(existing, list) else []))
