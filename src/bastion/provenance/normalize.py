"""Read a tool output as a model reads it: escapes undone, markup and comment markers dropped.

An injection hides from a plain-text reader in the layers a tool wraps around its data: a YAML or
JSON record that escapes the string (`to you,\\` newline `    \\ AI assistant`), an HTML page (entities,
tags, an `alt` text), Markdown, a code comment, invisible or bidirectional characters. The model behind
the agent reads through all of them, so the detector reads the text after removing them too.
"""

from __future__ import annotations

import html
import re
import unicodedata

from bastion.text import normalize_text

__all__ = ["normalize_output"]

# YAML's double-quoted folding: a backslash ending a line joins it to the next, whose indentation
# (and a leading escaped space, `\ `) is dropped.
_YAML_FOLD = re.compile(r"\\\r?\n[ \t]*(?:\\(?=[ \t]))?")
_ESCAPES = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrtbf\"'/\\ ])")
_SIMPLE = {"n": "\n", "r": "\n", "t": " ", "b": "", "f": "", '"': '"', "'": "'", "/": "/", "\\": "\\", " ": " "}
_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_HIDDEN_BLOCK = re.compile(r"<(script|style)\b[^>]*>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
_ATTR_TEXT = re.compile(r"""\b(?:alt|title|aria-label|content|placeholder)\s*=\s*("[^"]*"|'[^']*')""", re.IGNORECASE)
_BLOCK_TAGS = (
    "address|article|aside|blockquote|body|br|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|head|"
    "header|hr|html|li|main|meta|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|title|tr|ul"
)
_INLINE_TAGS = (
    "a|abbr|b|bdi|bdo|big|button|cite|code|data|del|dfn|em|font|i|img|input|ins|kbd|label|link|mark|noscript|q|"
    "s|samp|small|span|strike|strong|sub|sup|svg|time|tt|u|var|wbr|center|option|select|textarea|iframe|source|"
    "picture|video|audio|details|summary|caption|col|colgroup|canvas"
)
_TAG = re.compile(rf"</?({_BLOCK_TAGS}|{_INLINE_TAGS})\b[^<>]*?/?>", re.IGNORECASE)
_BLOCK = re.compile(rf"^(?:{_BLOCK_TAGS})$", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!doctype[^>]*>", re.IGNORECASE)
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\s]*)[^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)[^)\n]*\)")
_MD_BOLD = re.compile(r"(?<![\w*])(\*\*|\*)(?=\S)([^*\n]+?)(?<=\S)\1(?![\w*])")
_MD_STRIKE = re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~")
_MD_CODE = re.compile(r"`{1,2}([^`\n]+)`{1,2}")
_FENCE = re.compile(r"^[ \t]*(```|~~~)[\w+-]*[ \t]*$", re.MULTILINE)
# Line-start markers: headings, quotes, list bullets, and comment leaders of the common languages.
_LINE_MARK = re.compile(
    r"^[ \t]*(?:#{1,6}(?=[ \t])|>+|[-*+](?=[ \t])|//+|--(?=[ \t])|;+(?=[ \t])|\*(?=[ \t]))[ \t]*", re.MULTILINE
)
_BLOCK_COMMENT = re.compile(r"/\*+|\*+/|\"\"\"|'''")
_TRAILING_COMMENT = re.compile(r"[ \t](?://|#)[ \t]+(?=[A-Za-z])")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def _unescape(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "ux" and len(code) > 1:
            char = chr(int(code[1:], 16))
            # Control characters become a space; format characters stay for normalize_text to remove.
            return " " if unicodedata.category(char) == "Cc" and char not in "\n\t" else char
        return _SIMPLE[code]

    return _ESCAPES.sub(replace, _YAML_FOLD.sub("", text))


def _strip_html(text: str) -> str:
    if "<" not in text and "&" not in text:
        return text

    def tag(match: re.Match[str]) -> str:
        # Text a browser shows or an agent reads out of an attribute keeps its place.
        shown = " ".join(value[1:-1] for value in _ATTR_TEXT.findall(match.group(0)))
        gap = "\n" if _BLOCK.match(match.group(1)) else ""
        return f"{gap}{shown}{' ' if shown else ''}{gap}" if shown else gap

    text = _HTML_COMMENT.sub(lambda m: "\n" + m.group(1) + "\n", text)
    text = _HIDDEN_BLOCK.sub(lambda m: "\n" + m.group(2) + "\n", text)
    text = _DOCTYPE.sub("", text)
    text = _TAG.sub(tag, text)
    return html.unescape(text) if "&" in text else text


def _strip_markdown(text: str) -> str:
    # Each pass runs only when its mark is in the text: most outputs carry none of them.
    if "```" in text or "~~~" in text:
        text = _FENCE.sub("", text)
    if "](" in text:
        text = _MD_IMAGE.sub(lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(1) else m.group(2), text)
        text = _MD_LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)
    if "*" in text:
        text = _MD_BOLD.sub(r"\2", text)
    if "~~" in text:
        text = _MD_STRIKE.sub(r"\1", text)
    if "`" in text:
        text = _MD_CODE.sub(r"\1", text)
    text = _LINE_MARK.sub("", text)
    if "/*" in text or "*/" in text or '"""' in text or "'''" in text:
        text = _BLOCK_COMMENT.sub(" ", text)
    if "//" in text or "#" in text:
        text = _TRAILING_COMMENT.sub(" ", text)
    return text


def normalize_output(text: str) -> str:
    """The text of a tool output as a model reads it.

    Unicode is normalised (NFKC, zero-width, bidirectional and other invisible characters removed,
    look-alike letters mapped); JSON and YAML string escapes and YAML's folded line continuations are
    undone (twice, for a record escaped inside another); HTML comments, tags and entities, Markdown
    emphasis, links, code marks and fences, and comment markers are dropped, keeping the words they
    wrapped; runs of spaces become one and blank lines collapse.

    Args:
        text: A tool output.

    Returns:
        The normalised text.
    """
    text = normalize_text(text)
    for _ in range(2):
        if "\\" not in text:
            break
        text = _unescape(text)
    text = _strip_html(text)
    text = _strip_markdown(text)
    text = normalize_text(text)  # entities and \u escapes may have spelled invisible characters
    text = _SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _BLANK_LINES.sub("\n", text).strip()
