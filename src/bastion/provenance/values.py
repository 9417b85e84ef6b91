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

__all__ = [
    "delegates",
    "is_key_argument",
    "is_prose",
    "normalize",
    "request_sentences",
    "short_id_atom",
    "text_atoms",
    "topic_words",
    "url_parts",
    "value_atoms",
]

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


# A number of one or two digits that a noun names as an id ("file 13", "event id: 7", `"id": 4`,
# "#24"). Alone it would match everywhere; traced as `#13`, it matches only an argument that is an
# id by its name (`short_id_atom`).
_SHORT_ID = re.compile(
    r"(?:\b(?:file|id|event|message|e-?mail|ticket|item|transaction|document|doc|entry|record)s?\b[\"']?"
    r"(?:\s*id\b[\"']?)?\s*[:#=]?\s*[\"']?|#)(\d{1,2})(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
_ID_NAME = re.compile(r"(^|_)ids?$", re.IGNORECASE)


def short_id_atom(name: str, value: Any) -> str | None:
    """The traced form (`#13`) of a one- or two-digit value of an argument named as an id.

    Args:
        name: The argument's name (`file_id`, `id`, `event_ids`).
        value: Its value.

    Returns:
        `#` and the number, or None when the name is not an id's or the value not such a number.
    """
    if not _ID_NAME.search(name.replace("-", "_")) or isinstance(value, bool):
        return None
    text = str(value).strip() if isinstance(value, int | str) else ""
    return "#" + str(int(text)) if text.isdigit() and len(text) <= 2 else None


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
    atoms.update("#" + str(int(m.group(1))) for m in _SHORT_ID.finditer(text))
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


# Arguments that say where something goes or how much of it: a value planted there redirects the call.
_KEY_NAME = re.compile(
    r"(^|_|\b)(to|cc|bcc|recipients?|receivers?|email|e_?mail_?address|address(es)?|emails?|accounts?|"
    r"account_?(id|number|no)|iban|bic|swift|routing|payee|beneficiary|destination|dest|target|url|uri|link|"
    r"href|endpoint|webhook|host|hostname|domain|server|path|paths|file|filename|file_?path|dir|directory|"
    r"folder|amount|sum|total|price|quantity|phone|phone_?number|guests?|guest_?ids?|members?|grantee|"
    r"owner|user_?email|contact|contacts|wallet|payment_?method(_?id)?|address_?to|to_?address|repo|repository|channel)($|_|\b)",
    re.IGNORECASE,
)
# A home path is `~` or `~/...`: "~100g cheese" on a shopping list is not one.
_PATH_VALUE = re.compile(r"^(~(/|$)|/|[A-Za-z]:\\)")


def is_key_argument(name: str, value: Any) -> bool:
    """Whether an argument says where the call sends, writes or pays, or how much.

    Recipients, e-mail addresses, accounts and IBANs, URLs and hosts, paths and amounts: by the
    argument's name, or by the shape of its value (an e-mail address, an IBAN, a URL, an absolute path).

    Args:
        name: The argument's name.
        value: Its value.

    Returns:
        True for a key argument.
    """
    if _KEY_NAME.search(name.replace("-", "_")):
        return True
    for text in _strings(value):
        stripped = text.strip()
        if _EMAIL.fullmatch(stripped) or _URL.match(stripped) or _PATH_VALUE.match(stripped):
            return True
        if len(stripped.replace(" ", "")) <= 34 and _IBAN.fullmatch(stripped.upper()):
            return True
    return False


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    if depth > 8:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, depth + 1)


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_CAMEL = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
# Words that carry no topic: they would tie any call to any text.
_STOPWORD_TEXT = (
    "the and for you your with this that from are was were have has had not but all any can will "
    "would should could into onto over under about after before then than them they their there here "
    "what when where which who whom whose why how also just only very more most some such each other "
    "our ours out use using please thanks thank get set new now one two per via its it's let make "
    "made need needs want wants like been being does did doing done yes okay sure tool tools call "
    "calls function assistant user data result results value values true false null none"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def topic_words(text: str) -> set[str]:
    """The topic words of a text, for a cheap lexical comparison: lower case, stems of five letters.

    Identifiers are split (`send_money`, `GmailSendEmail` give send, money, gmail, email); words of
    fewer than three letters and words that carry no topic are dropped.

    Args:
        text: A message, tool output region, tool name or argument value.

    Returns:
        The stems.
    """
    stems: set[str] = set()
    for token in _WORD.findall(text):
        for part in _CAMEL.findall(token) if not token.islower() else token.split("_"):
            word = part.lower()
            if len(word) >= 3 and word not in _STOPWORDS and not word.isdigit():
                stems.add(word[:5])
    return stems


# A sentence ends at . ! ? before a space (not inside `passport.pdf` or an address), at a line
# break, or at the quotes and braces of a JSON record (a list inside a string, "at intersections
# ['123', '456']", stays in its sentence; a JSON list's items are cut apart by their quotes). A
# comma before a capital starts a clause of its own: an order spliced into a sentence ("Our new
# flavour, Withdraw 5 BTC to ...").
# A record's next `key: value` field after a comma ("..., note: TODO: ...") starts a part of its own too.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]['\"])\s+|[\n\"{}]|,\s+(?=[A-Z][a-z])|,\s+(?=[a-z_]{2,24}:\s)")
_ORDER_VERBS = (
    r"send|transfer|pay|wire|forward|e-?mail|mail|delete|remove|erase|upload|post|share|grant|give|add|invite|"
    r"change|update|reset|unlock|open|disable|enable|move|copy|buy|purchase|order|book|reserve|schedule|cancel|"
    r"deposit|withdraw|sell|create|set|install|download|run|execute|visit|click|reply|call|text|message|"
    r"tweet|publish|invest|approve|authori[sz]e|sign|subscribe|follow|navigate|redirect|export|print|switch|"
    r"attach|rotate|find"
)
_REQUEST = re.compile(
    # An optional label ("TODO:", "[ADMIN] Security check:", "NOTE TO SELF -", "P.S.") and form of
    # address ("assistant,", "hi Sam,", "@assistant") may stand before the order, and so may a clause
    # that sets when it is to be done ("Before you answer my question, add ...", "I need one thing
    # done first: pay ...").
    r"^\W*(?:[A-Za-z][\w .'\]-]{0,40}?(?::|\s[-\u2013\u2014])\s*){0,2}"
    r"(?:(?:hi|hello|hey|dear|assistant|ai|agent|bot)\b[^,.]{0,30},\s*|@[\w.-]+[,:]?\s+)?"
    r"(?:(?:before|after|once|when|as soon as)\b[^,.:;!?]{0,80}[,:]\s*(?:[^,.:;!?]{0,40}:\s*)?)?"
    r"(?:please|pls|kindly|could you|can you|would you|will you|ignore|disregard|forget|instead|now|also|first|"
    r"i need you to|i want you to|make sure|you must|you should|go ahead and|remember to|don'?t forget to|"
    # A verb that labels a field ("Pay to:", "Reply by:") names where, not what to do.
    r"(?:" + _ORDER_VERBS + r")\b(?!\s*(?:to|by|from|on|at|before|until|with|via)?\s*:))",
    re.IGNORECASE,
)
# A request put in the third person or as a wish: "Martha would be grateful if her assistant could
# e-mail ...", "the owner wants file 731 shared with ...", "it is essential that the assistant ...".
_INDIRECT_REQUEST = re.compile(
    r"\b(?:would|'d)\s+(?:be\s+(?:\w+\s+)?(?:grateful|thankful|glad|happy|obliged)|appreciate(?:\s+it)?)\s+if\b"
    r"|\b(?:essential|important|necessary|required|vital|imperative|crucial)\s+that\s+(?:the\s+|your\s+)?"
    r"(?:\w+\s+)?(?:assistant|agent|ai|model|bot)s?\b"
    r"|\bwants?\b(?:[^,.;!?]|\.(?=\S)){0,60}?\b(?:sent|shared|forwarded|e-?mailed|mailed|deleted|paid|transferred|moved|"
    r"posted|uploaded|added|invited)\s+(?:to|with)\b",
    re.IGNORECASE,
)


def request_sentences(text: str) -> list[str]:
    """The sentences of a text that ask the reader to do something ("Please transfer ...", "Grant access ...").

    Data rarely asks anything of its reader; an injection always does. These sentences, with the
    detector's suspicious region, are the text a call should not lean towards.

    Args:
        text: A normalised tool output.

    Returns:
        The request sentences, in order.
    """
    return [
        part.strip()
        for part in _SENTENCE_BREAK.split(text)
        if part.strip() and (_REQUEST.match(part) or _INDIRECT_REQUEST.search(part))
    ]


_PROSE_WORDS = 6


def is_prose(value: Any) -> bool:
    """Whether an argument is prose (a message body, a task's wording), not a value to trace.

    Every string it holds runs to six words or more. A sentence copied from an output carries that
    output's words; its values are traced on their own, but it is not a requested value.

    Args:
        value: The argument value.

    Returns:
        True for prose.
    """
    texts = list(_strings(value))
    return bool(texts) and all(len(text.split()) >= _PROSE_WORDS for text in texts)


# The user hands what an output asks over as the task: "follow the steps in ...", "do the setup it
# describes", "add anything they ask me to do", "track any action item", "what does Dana want".
_DELEGATION = re.compile(
    r"\bfollow\b[^.?!\n]{0,60}?\b(steps?|instructions?|directions?|guide|procedure|recipe|setup)\b"
    r"|\b(do|run|carry out|perform|execute|complete|go through|apply)\b[^.?!\n]{0,30}?"
    r"\b(steps?|instructions?|setup|procedure|to-?dos?|checklist)\b"
    r"|\b(do|did|does)\s+(what|whatever|as)\b[^.?!\n]{0,30}?\b(says?|asks?|wants?|requests?|describes?|tells?)\b"
    r"|\b(whatever|anything|everything|what)\b[^.?!\n]{0,30}?\b(says?|asks?|ask(ed|s)? (me|us) to|wants?|"
    r"requests?|describes?|tells? (me|us) to|needs? (me|us) to)\b"
    r"|\baction items?\b",
    re.IGNORECASE,
)


def delegates(text: str) -> bool:
    """Whether a user's message hands an output's requests over as the task.

    "Follow the steps in the README", "do what the note says", "add anything they ask me to do to
    my to-do list": the values and actions the output then asks for are the user's own task.

    Args:
        text: A user message.

    Returns:
        True when the message delegates.
    """
    return bool(_DELEGATION.search(text))
