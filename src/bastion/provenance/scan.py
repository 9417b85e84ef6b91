"""Find instruction-like text in tool outputs: imperatives addressed to the assistant, not to the reader.

A tool output is data. Text in it that tells the assistant to drop its instructions, to hide something
from the user, to call a tool, or that speaks as a system or assistant turn, is the mark of an indirect
prompt injection. Each cue has a weight: strong cues (overriding instructions, concealment, role
markers, tool-invocation orders) make an output instruction-like alone; weak ones ("you must") only
together with another. The instruction region runs from the sentence of the first cue to the end of the
output, so that values before it (the genuine bill) keep their plain origin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Scan", "mentions_tool", "scan_output", "strong_cues"]

_F = re.IGNORECASE | re.MULTILINE
_VERBS = (
    r"send|transfer|pay|wire|forward|e-?mail|delete|remove|erase|upload|post|share|run|execute|click|visit|open|"
    r"download|install|move|copy|grant|change|update|reply|call|use|invoke|buy|purchase|redirect|export|fetch"
)
# The names chat models answer to: text that calls the reader by one of them addresses the model.
_MODEL_NAMES = r"gpt[\w.-]*|chatgpt|claude|gemini|llama|mistral|copilot|qwen|deepseek"
_CUES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    (
        "override",
        2,
        re.compile(
            r"\b(ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}?\b(previous|prior|above|earlier|all|any|"
            r"your|the|system|original)\b[^.\n]{0,30}?\b(instructions?|prompts?|directions?|rules|guidelines|"
            r"tasks?|context|directives?)\b",
            _F,
        ),
    ),
    (
        "conceal",
        2,
        re.compile(
            r"\b(do not|don't|never|without)\s+(tell|telling|inform|informing|notify|notifying|mention|mentioning|"
            r"alert|alerting|let)\b[^.\n]{0,25}?\b(the\s+)?(user|owner|customer|client|human|anyone|them)\b"
            r"|\b(secretly|covertly|silently|quietly)\s+(\w+\s+){0,2}?(" + _VERBS + r")\b",
            _F,
        ),
    ),
    (
        "new_task",
        2,
        re.compile(
            r"\b(new|updated|real|actual|additional|following)\s+(instructions?|task|objective|goal|orders?)\s*[:\-]"
            r"|\byour\s+(new\s+|real\s+|actual\s+|only\s+)?(task|job|goal|instructions?|objective)\s+(is|are|now)\b",
            _F,
        ),
    ),
    (
        "address",
        2,
        re.compile(
            r"\b(attention|note to|message to|dear|hey|hello)\b[^.\n]{0,15}?\b(ai|assistant|agent|llm|"
            r"language model|chatbot|gpt|claude)\b|\bif you are an?\s+(ai|assistant|agent|language model|llm)\b"
            r"|\b(ai|llm)\s+(agents?|assistants?|models?)\b[^.\n]{0,40}?:"
            # Called by a name chat models answer to: "Dear Llama", "Hello Gemini", "hey bot".
            r"|\b(dear|hey|hello|hi)\s+(bot|" + _MODEL_NAMES + r")\b",
            _F,
        ),
    ),
    (
        "role_marker",
        2,
        re.compile(
            r"<\|?(im_start|system|assistant)\|?>|\[/?INST\]|^\s*(system|assistant)\s*:|###\s*(instruction|system)",
            _F,
        ),
    ),
    # Marks that set a passage of an output apart for its reader: a bracketed authority tag ("[ADMIN]"),
    # a role word alone on its line (what a "### system" heading becomes once its markers are read
    # away), "the model processing this document". Strong in an output; a tool's own description may
    # carry "[admin]" or speak of "the model reading the result", so the catalog check leaves them out.
    (
        "reader_tag",
        2,
        re.compile(
            r"\[(admin|administrator|system|sysadmin|operator|developer)\]|^[ \t]*(system|assistant)[ \t]*$"
            r"|\b(the|any|each|every)\s+(ai|assistant|agent|model|llm|bot)s?\s+(reading|processing|parsing|"
            r"summari[sz]ing|handling|seeing)\s+(this|these)\b",
            _F,
        ),
    ),
    (
        "tool_order",
        2,
        re.compile(
            r"\b(use|using|call|calling|invoke|invoking|run|execute|trigger)\s+(the\s+)?[`\"']?[A-Za-z_][\w.-]*[`\"']?"
            r"\s+(tool|function|api|command)\b|\b(call|invoke)\s+`?[A-Za-z_][\w.]*\(",
            _F,
        ),
    ),
    (
        "urgent_order",
        2,
        re.compile(
            r"\b(important|urgent|attention|instruction|notice|action required)\s*[!:]+\s*((also|please|now|"
            r"immediately|then)\s+)*(" + _VERBS + r")\b",
            _F,
        ),
    ),
    # "call write_file": an order to the agent, or a README's "run build_all.sh"; weak alone.
    ("tool_mention", 1, re.compile(r"\b(call|invoke|use|run)\s+[`\"']?[A-Za-z][A-Za-z0-9]*_\w+", _F)),
    (
        "you_must",
        1,
        re.compile(r"\byou\s+(must|should now|need to now|have to|are required to|are now|will now)\b", _F),
    ),
    ("immediately", 1, re.compile(r"\b(immediately|right now|without delay|asap)\b", _F)),
    ("marker", 1, re.compile(r"\b(important|urgent|attention|notice|warning|action required)\s*[!:]", _F)),
)
_THRESHOLD = 2
_SENTENCE_END = re.compile(r"[.!?\n]")


def strong_cues(names: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The named strong cues and their patterns, for a detector that uses them as its cue tier.

    Args:
        names: Cue names, e.g. ("override", "role_marker").

    Returns:
        (name, compiled pattern) for each named cue of weight 2, in the scanner's order.
    """
    return tuple((name, pattern) for name, weight, pattern in _CUES if weight >= 2 and name in names)


@dataclass(frozen=True)
class Scan:
    """What scanning one tool output found.

    Attributes:
        is_instruction: The output holds instruction-like text.
        cues: The names of the cues found.
        region_start: Where the instruction region starts (the start of the first cue's sentence);
            the length of the text when there is none.
    """

    is_instruction: bool
    cues: tuple[str, ...]
    region_start: int


def scan_output(text: str) -> Scan:
    """Scan a tool output for instruction-like text.

    Args:
        text: The output.

    Returns:
        The scan.
    """
    score = 0
    cues: list[str] = []
    first = len(text)
    for name, weight, pattern in _CUES:
        match = pattern.search(text)
        if match is None:
            continue
        score += weight
        cues.append(name)
        first = min(first, match.start())
    if score < _THRESHOLD:
        return Scan(False, tuple(cues), len(text))
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, first)]
    return Scan(True, tuple(cues), ends[-1] if ends else 0)


def mentions_tool(region: str, tool_name: str) -> bool:
    """Whether instruction-like text tells the assistant to call this tool.

    A name that is also an ordinary word ("search") counts only when quoted or after a verb such as
    use, call or run; a name no prose would contain (`send_money`, `InvestmentDiversion`) counts anywhere.

    Args:
        region: The instruction region of an output.
        tool_name: The tool being called.

    Returns:
        True when the region names the tool as something to call.
    """
    name = re.escape(tool_name)
    if not re.search(rf"(?<![\w-]){name}(?![\w-])", region, re.IGNORECASE):
        return False
    is_distinctive = bool(re.search(r"[_\d.-]|[a-z][A-Z]", tool_name))
    if is_distinctive:
        return True
    quoted = rf"[`\"']{name}[`\"']|\b(use|using|call|calling|invoke|run|execute)\s+(the\s+)?{name}\b"
    return bool(re.search(quoted, region, re.IGNORECASE))
