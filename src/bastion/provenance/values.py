"""Values worth tracing: e-mail addresses, URLs and their hosts and query values, IBANs, numbers, ids, paths.

Both sides use the same extraction: the text of messages and tool outputs is indexed by the values it
contains, and an argument is traced by the values it carries. Values are normalized (lower case, IBAN
spaces removed, `1,200.00` read as `1200`) so that the same value written two ways still matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = ["normalize", "text_atoms", "url_parts", "value_atoms"]

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`)\]}]+", re.IGNORECASE)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
_NUMBER = re.compile(r"(?<![\w.])[$€£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.])[$€£]?\d+(?:\.\d+)?(?![\w])")
# An identifier: a token that carries a digit or an inner `_`, `#`, `.`, `/`, `:` or `-` (order ids,
# account ids, card ids, domains, paths). Plain words are not traced: they would match everywhere.
_TOKEN = re.compile(r"[#~/]?[A-Za-z0-9][A-Za-z0-9_#.\-/:~]*[A-Za-z0-9]")
_TRAILING = ".,;:!?)]}'\""
_MIN_DIGITS = 3
_MAX_ATOM = 200


def normalize(text: str) -> str:
    """The comparable form of a value: trimmed, lower case, trailing punctuation dropped."""
    return text.strip().strip(_TRAILING).strip().lower()


def _number(text: str) -> str | None:
    digits = text.lstrip("$€£").replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    if value != value or sum(c.isdigit() for c in digits) < _MIN_DIGITS:
        return None
    return str(int(value)) if value.is_integer() else repr(value)


def url_parts(url: str) -> tuple[str, list[str]]:
    """A URL's host and the values it carries (query values, fragment, path segments with a digit).

    Args:
        url: The URL.

    Returns:
        The lower-case host (empty if none) and the normalized values.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "", []
    host = (parts.hostname or "").lower()
    carried = [normalize(unquote(v)) for _, v in parse_qsl(parts.query, keep_blank_values=False)]
    if parts.fragment:
        carried.append(normalize(unquote(parts.fragment)))
    carried += [normalize(unquote(seg)) for seg in parts.path.split("/") if any(c.isdigit() for c in seg)]
    # Tiny values ("1", "en") would match everywhere; what a URL smuggles out is longer than that.
    return host, [c for c in carried if len(c) >= 4 and not (c.isdigit() and len(c) < _MIN_DIGITS)]


def _is_identifier(token: str) -> bool:
    if len(token) < 4 or len(token) > _MAX_ATOM:
        return False
    if any(c.isdigit() for c in token):
        return True
    return any(c in token[1:-1] for c in "_#./:") or token.startswith(("/", "~/", "#"))


def text_atoms(text: str) -> set[str]:
    """Every traceable value in a text.

    Args:
        text: A message or tool output.

    Returns:
        The normalized values.
    """
    atoms: set[str] = set()
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        atoms.add(normalize(url))
        host, carried = url_parts(url)
        if host:
            atoms.add(host)
        atoms.update(c for c in carried if len(c) <= _MAX_ATOM)
    atoms.update(normalize(m.group(0)) for m in _EMAIL.finditer(text))
    atoms.update(m.group(0).replace(" ", "").lower() for m in _IBAN.finditer(text))
    for match in _NUMBER.finditer(text):
        number = _number(match.group(0))
        if number is not None:
            atoms.add(number)
    for match in _TOKEN.finditer(text):
        token = match.group(0).rstrip(_TRAILING)
        if _is_identifier(token):
            atoms.add(token.lower())
    return atoms


def _scalar_atoms(value: Any) -> set[str]:
    if isinstance(value, bool) or value is None:
        return set()
    if isinstance(value, int | float):
        number = _number(repr(value) if isinstance(value, float) else str(value))
        return {number} if number is not None else set()
    if not isinstance(value, str):
        return set()
    text = value.strip()
    if not text:
        return set()
    compact = text.replace(" ", "")
    if len(compact) <= 34 and _IBAN.fullmatch(text.upper()):
        return {compact.lower()}
    atoms = text_atoms(text)
    if len(text) <= _MAX_ATOM and not any(c.isspace() for c in text) and _is_identifier(normalize(text)):
        # One token: the value itself is traced too (its URL host and query values come from text_atoms).
        atoms.add(normalize(text))
    return atoms


def value_atoms(value: Any, depth: int = 0) -> Iterator[str]:
    """The traceable values inside an argument value (nested lists and objects included).

    Args:
        value: The argument value.
        depth: Nesting depth so far (bounded).

    Returns:
        An iterator of normalized values.
    """
    if depth > 8:
        return
    if isinstance(value, dict):
        for item in value.values():
            yield from value_atoms(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from value_atoms(item, depth + 1)
    else:
        yield from _scalar_atoms(value)
