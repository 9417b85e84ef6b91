"""How a person reads a text: Unicode normalised, invisible characters removed, look-alikes mapped."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_text", "skeleton"]

# Latin look-alikes an attacker swaps in so that `rm` or `DROP` no longer matches as written
# (Cyrillic, Greek, and a few symbols NFKC leaves alone). Matching uses the mapped reading only.
_HOMOGLYPHS = str.maketrans(
    # Cyrillic, Armenian and Greek letters, slashes, dashes and bars, each beside its Latin look-alike.
    "\u0430\u0432\u0435\u043a\u043c\u043d\u043e\u0440\u0441\u0442\u0443\u0445"
    "\u0455\u0456\u0458\u0501\u04bb\u04cf\u051b\u051d\u0261\u0578\u057d\u0410"
    "\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0405\u0406"
    "\u0408\u0500\u04ae\u03b1\u03bf\u03c1\u03bd\u03b9\u03ba\u03c4\u03c5\u03b5"
    "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4"
    "\u03a5\u03a7\u2215\u2044\u2216\u2010\u2011\u2012\u2013\u2014\u2212\u01c0"
    "\u2223\uff1b",
    "abekmhopctyxsijdhlqwgnuABEKMHOPCTXSIJDYaopviktueABEZHIKMNOPTYX//\\------||;",
)
# Unicode format characters (category Cf: zero-width, joiners, bidi controls, tags), listed as
# ranges so stripping them is one regex pass, and fillers that render as nothing but are not Cf.
_INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\u115f\u1160\u3164\uffa0\u034f]"
)


def normalize_text(text: str) -> str:
    """The reading of a text a person would see: NFKC, format and zero-width characters removed, homoglyphs mapped.

    Args:
        text: Any text.

    Returns:
        The normalised text (the text itself when it is plain ASCII).
    """
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", text)).translate(_HOMOGLYPHS)


_ALIKE = str.maketrans({"i": "l", "1": "l", "|": "l", "0": "o"})


def skeleton(name: str) -> str:
    """A name reduced to what a reader tells apart: normalised, case-folded, separators unified.

    Two tool names with one skeleton (`read_file`, `Read-File`, `read_fiIe`, `r\u0435ad_file` with a Cyrillic e) are
    indistinguishable to a model choosing between them.

    Args:
        name: A tool name.

    Returns:
        Its skeleton.
    """
    folded = re.sub(r"[\s._/:-]+", "_", normalize_text(name).casefold())
    # Letters that look alike in most fonts once case is gone: I/l/1, O/0, rn/m.
    return folded.translate(_ALIKE).replace("rn", "m")
