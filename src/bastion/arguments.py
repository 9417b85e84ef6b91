"""The argument stage: flags dangerous shell and SQL, and paths that leave the allowed roots.

It reads every string in a call's arguments, including strings nested in lists, objects and
JSON-encoded strings, so a command cannot hide one level down. Findings reach policies as
`context.bastion.flags` (a set of strings).
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterator, Sequence
from typing import Any

from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import StageContext

__all__ = ["ArgumentStage", "iter_strings", "scan_value"]

_SHELL = re.compile(
    r"""
    \brm\s+(-[A-Za-z]*[rRf][A-Za-z]*\s+)+\S      # rm -rf, rm -r -f, rm -fr ...
    | \bmkfs(\.\w+)?\b | \bdd\s+[^|;&]*\bof=/dev/ | >\s*/dev/(sd|nvme|hd)\w*
    | :\(\)\s*\{\s*:\|:&\s*\};:                   # fork bomb
    | \b(curl|wget)\b[^|;&]*\|\s*(ba|z|da)?sh\b     # pipe a download into a shell
    | \bchmod\s+(-R\s+)?0?777\s+/ | \bchown\s+-R\s+\S+\s+/(\s|$)
    | \b(shutdown|reboot|halt|poweroff)\b(\s|$) | \bkill\s+-9\s+(-1|1)\b
    | \bgit\s+push\s+(\S+\s+)*--force\b | \bfind\s+\S+.*\s-delete\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SQL = re.compile(
    r"""
    \bdrop\s+(table|database|schema|index|view|user)\b
    | \btruncate\s+(table\s+)?\w+
    | \bdelete\s+from\s+[\w."`\[\]]+\s*(;|$|--)      # DELETE with no WHERE
    | \bupdate\s+[\w."`\[\]]+\s+set\b(?![^;]*\bwhere\b)  # UPDATE with no WHERE
    | \balter\s+table\s+\S+\s+drop\b
    | \bgrant\s+all\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PATH_KEYS = re.compile(
    r"(^|_)(path|paths|file|filename|filepath|dir|directory|folder|src|dst|source|"
    r"destination|target|dest|cwd|root)s?$",
    re.IGNORECASE,
)
_MAX_DEPTH = 8


def iter_strings(value: Any, key: str = "", depth: int = 0) -> Iterator[tuple[str, str]]:
    """Yield (argument key, string) for every string inside a value, decoding JSON-encoded strings.

    Args:
        value: An argument value.
        key: The key it was found under.
        depth: Nesting depth so far (bounded, so a hostile value cannot exhaust the stack).

    Returns:
        An iterator of (key, string) pairs.
    """
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        yield key, value
        text = value.strip()
        if text[:1] in ("{", "[") and len(text) < 1_000_000:
            try:
                decoded = json.loads(text)
            except ValueError:
                return
            yield from iter_strings(decoded, key, depth + 1)
    elif isinstance(value, dict):
        for sub_key, item in value.items():
            yield from iter_strings(item, str(sub_key), depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from iter_strings(item, key, depth + 1)


def _is_pathlike(key: str, text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    return bool(_PATH_KEYS.search(key)) or text.startswith(("/", "~/", "../", "./"))


def _outside(path: str, roots: Sequence[str]) -> bool:
    norm = posixpath.normpath(posixpath.expanduser(path) if path.startswith("~") else path)
    if not norm.startswith("/"):
        return norm == ".." or norm.startswith("../")
    return not any(norm == root or norm.startswith(root.rstrip("/") + "/") for root in roots)


def scan_value(arguments: dict[str, Any], allowed_roots: Sequence[str] = ()) -> list[str]:
    """The flags a call's arguments raise.

    Args:
        arguments: The call's arguments.
        allowed_roots: Normalized absolute directories paths must stay inside (empty: only `..`
            escapes are flagged).

    Returns:
        Sorted flags among `shell_destructive`, `sql_destructive`, `path_traversal`, `path_outside_roots`.
    """
    flags: set[str] = set()
    for key, text in iter_strings(arguments):
        if _SHELL.search(text):
            flags.add("shell_destructive")
        if _SQL.search(text):
            flags.add("sql_destructive")
        if _is_pathlike(key, text):
            parts = text.replace("\\", "/").split("/")
            if ".." in parts:
                flags.add("path_traversal")
            if allowed_roots and _outside(text, allowed_roots):
                flags.add("path_outside_roots")
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
