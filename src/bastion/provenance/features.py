"""What the injection detector reads of a text: its windows, their words, and the shape of what they say.

A normalised tool output is cut into sentences; a window is one sentence or two neighbours. Each
window is read two ways:

- terms: lower-case word unigrams and bigrams, with e-mail addresses, URLs and identifiers
  (anything carrying a digit, `_`, `/`, `.` or `:`) replaced by a placeholder, so that the model
  learns that an order names a recipient, not which one;
- shape: how the window speaks rather than what it names: address to an AI or assistant, the second
  person, the imperative mood and verbs of tool actions, claims of authority (system, admin, the
  user), urgency, concealment, overriding earlier instructions, a task before the task, role
  markers and separators, where in the output it sits, and how far it departs from the register of
  the rest of the output.

The text is tokenized once; every feature is a lookup per token, so the cost grows with the text's
length, not with the number of features or windows.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

__all__ = ["FEATURES", "Windows", "read_windows"]

# Chinese and Japanese are written without spaces: each of their characters is a word of its own (and
# neighbouring characters a bigram), or a whole clause would be one unseen token.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = rf"[^\W{_CJK}]+"
_TOKEN = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?|ftp)://[^\s\"'<>]+|www\.[^\s\"'<>]+|"
    rf"{_WORD}(?:[-'./:#]{_WORD})*|[{_CJK}]|[!?:<>|\[\]\uff01\uff1f\uff1a]"
)
# Sentence ends, line ends, and the joints between a JSON record's fields (`", "`, `{"`), so that each field
# of a record is read on its own rather than as one long line.
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s)|[\u3002\uff01\uff1f]+|\n|\"\s*[,}\]]+\s*(?=[\"{\[])|[{\[]+\s*(?=\")")
_MAX_SENTENCE = 320
_IDENTIFIER = re.compile(r"[\d_/.:#]")
_KEY = re.compile(r"[\s\"']*[\w .-]{1,40}[\"']?\s*:\s+[\"']?")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The same sets in the other languages of the training data (Spanish, French, German, Portuguese, Italian,
# Russian, Chinese), so that an order in one of them has a shape even when its words are not in the vocabulary.
# Chinese entries are two characters (read as a character bigram); words shared with English usage ("die",
# French "du") are left out.
_FOREIGN = {
    "ai": "asistentes assistentes assistant ia ki-assistent ассистент ассистента ассистенту помощник помощника "
    "ии бот агент агента нейросеть 助手 智能 机器 模型 代理",
    "you": "tu tú te ti vous votre vos toi dich dir dein deine deinen deiner ihr euch você vocês seu sua teu tua "
    "usted ustedes su tus ты тебя тебе твой твоя твои вы вас вам ваш ваша ваши 你的 您的",
    "authority": "sistema système administrador administrateur administrator administração administración "
    "verwaltung it-leitung direction dirección система администратор администратора администрация руководство "
    "系统 管理 通知",
    "override": "ignora ignore ignorez ignoriere ignorieren ignorar olvida oublie oubliez vergiss ignorate "
    "игнорируй игнорировать забудь забудьте 忽略 忽视 无视 忘记",
    "prior": "anteriores anterior précédentes précédents précédente vorherigen vorherige bisherigen precedenti "
    "предыдущие предыдущих прежние 之前 以前 先前 上述",
    "task": "instrucciones instrucción tarea instructions consignes tâche mission anweisungen anweisung aufgabe "
    "instruções tarefa istruzioni compito инструкции инструкций задача задачу указания 指令 任务 指示",
    "urgent": "urgente inmediatamente immédiatement dringend sofort imediatamente срочно немедленно "
    "立即 马上 立刻 紧急",
    "conceal": "secreto secrètement heimlich segredo секрет тайно 秘密 悄悄",
    "verbs": "envía envia envíe reenvía transfiere elimina borra comparte compra concede ejecuta instala envoie "
    "envoyez transfère transférez supprime supprimez partage exécute installe accorde commande sende schicke "
    "leite überweise lösche teile installiere füge führe gib encaminhe envie transfira exclua apague compartilhe "
    "compre conceda execute instale invia inoltra elimina отправь отправьте перешли перешлите переведи удали "
    "удалите поделись купи выдай запусти установи закажи 发送 转发 转账 删除 分享 购买 安装 执行 运行 打开",
}


def _foreign(kind: str) -> frozenset[str]:
    return frozenset(_FOREIGN[kind].split())


_AI = _words(
    "ai assistant assistants agent agents llm llms chatbot bot gpt chatgpt claude gemini copilot model models "
    "asistente assistente assistent assistenten ki ia helper"
) | _foreign("ai")
_GREETING = _words("dear hey hi hello attention to for any the")
_YOU = _words("you your yours yourself u") | _foreign("you")
_FIRST = _words("i me my mine myself we our us")
_AUTHORITY = _words(
    "system admin administrator developer developers operator root sudo official authorized authorised authority "
    "compliance management ceo supervisor security policy mandatory required owner"
) | _foreign("authority")
_OVERRIDE = _words("ignore disregard forget override bypass overrule supersede abandon skip") | _foreign("override")
_PRIOR = _words("previous prior above earlier preceding original initial old former") | _foreign("prior")
_NEW = _words("new updated real actual true additional following revised latest only instead")
_TASK = _words(
    "task tasks instruction instructions prompt prompts request goal objective directive directives order orders "
    "command commands guidelines rules"
) | _foreign("task")
_URGENT = _words("urgent urgently immediately asap now critical quickly promptly deadline") | _foreign("urgent")
_CONCEAL = _words(
    "secret secretly silently quietly covertly discreetly confidential hidden privately unnoticed"
) | _foreign("conceal")
_MARKERS = _words("important urgent attention notice warning note instruction instructions system admin update")
_VERBS = _words(
    "send forward transfer wire pay email e-mail mail delete remove erase wipe upload post share run execute click "
    "visit open download install move copy grant change update reply call invoke buy purchase book redirect export "
    "fetch retrieve read collect gather list add create reset disable enable approve confirm sign print output say "
    "respond answer write tell include insert append navigate go browse search look give provide reveal disclose "
    "leak summarize translate schedule cancel unlock lock set save publish transmit deposit withdraw sell order "
    "subscribe invite accept attach paste submit make do use stop start ignore disregard forget drop replace "
    "contact notify check verify ensure remember note follow obey comply respond begin repeat guide leave let turn "
    "switch allow renew apply ship deliver return refund generate draft compose sort mark clear rename archive sync "
    "push pull commit deploy restart kill shut transfer-out enroll register log login signup sign-up tweet dm"
) | _foreign("verbs")
_PLEASE = _words("please kindly bitte veuillez пожалуйста 请")
_SOFTENERS = _PLEASE | _words(
    "now also then first next and so immediately just finally quickly additionally favor favour"
)
_PHRASES = {
    "as_the_user": (
        "the user",
        "your user",
        "account owner",
        "your owner",
        "your principal",
        "my behalf",
        "his behalf",
        "her behalf",
        "it's me",
        "this is me",
        "i am the user",
        "person you work for",
        "user has requested",
        "user requested",
        "user wants",
        "user asked",
        "user has authorized",
        "el usuario",
        "al usuario",
        "l'utilisateur",
        "der nutzer",
        "dem nutzer",
        "den nutzer",
        "o usuário",
        "ao usuário",
        "пользователь",
        "пользователю",
        "用 户",
    ),
    "before_task": (
        "before you",
        "before continuing",
        "before proceeding",
        "before answering",
        "before responding",
        "before replying",
        "before solving",
        "before completing",
        "prior to",
        "in addition to",
        "first of all",
        "after that",
        "after you",
        "once you",
        "instead of",
        "rather than",
        "at the same time",
        "while you",
        "when you",
        "antes de",
        "avant de",
        "bevor du",
        "prima di",
        "прежде чем",
        "перед тем",
    ),
    "conceal": (
        "do not tell",
        "don't tell",
        "do not mention",
        "don't mention",
        "do not inform",
        "don't inform",
        "do not notify",
        "do not reveal",
        "don't reveal",
        "do not disclose",
        "do not alert",
        "do not report",
        "never tell",
        "never mention",
        "without telling",
        "without informing",
        "without notifying",
        "without asking",
        "without mentioning",
        "without confirmation",
        "without confirming",
        "no need to",
        "keep this",
        "between us",
        "not to mention",
        "not to tell",
        "no se lo",
        "no le digas",
        "ne le mentionne",
        "ne le dis",
        "sans demander",
        "sag dem",
        "sag niemandem",
        "não conte",
        "não diga",
        "не говори",
        "не сообщай",
        "никого не",
        "不 要 告",
        "不 用 告",
        "不 需 要",
    ),
    "you_modal": (
        "you must",
        "you should",
        "you need",
        "you have to",
        "you are to",
        "you will",
        "you shall",
        "you are required",
        "you are now",
        "you can now",
        "your task",
        "your new",
        "your job",
        "your goal",
        "your instructions",
        "your real",
        "debes",
        "tienes que",
        "tu dois",
        "vous devez",
        "du musst",
        "sie müssen",
        "você deve",
        "ты должен",
        "вы должны",
        "обязан",
        "必 须",
        "tu nueva",
        "ta nouvelle",
        "deine neue",
        "sua nova",
        "твоя новая",
        "你 的 新",
    ),
    "output_address": (
        "your response",
        "your answer",
        "your reply",
        "your output",
        "your code",
        "your solution",
        "your algorithm",
        "your implementation",
        "your summary",
        "your message",
        "your final",
        "in your",
        "respond with",
        "answer with",
        "reply with",
        "respond only",
        "as part of your",
        "at the end of your",
    ),
    "reader_benign": (
        "if you did",
        "if you didn't",
        "if you have",
        "if you no",
        "if you wish",
        "if you would",
        "if you received",
        "to learn more",
        "for more information",
        "thank you for",
        "we will",
        "we have",
        "we are",
        "unsubscribe",
        "click here",
        "let us know",
        "feel free",
        "si no",
        "si vous",
        "falls sie",
        "wenn sie",
        "se você",
        "se não",
        "если вы",
        "如 果",
    ),
}
_SETS = (
    ("ai_address", _AI),
    ("second_person", _YOU),
    ("first_person", _FIRST),
    ("authority", _AUTHORITY),
    ("override", _OVERRIDE),
    ("prior", _PRIOR),
    ("new", _NEW),
    ("task_words", _TASK),
    ("urgency", _URGENT),
    ("conceal_word", _CONCEAL),
    ("verb", _VERBS),
)
_LEXICON: dict[str, tuple[int, ...]] = {}
_SHAPES = (
    *(name for name, _ in _SETS),
    *_PHRASES,
    "ai_vocative",
    "marker",
    "role_tag",
    "separator",
    "target",
    "identifier",
    "question",
    "exclaim",
    "imperative",
    "override_prior",
    "verb_target",
    "you_imperative",
    "ai_imperative",
    "ai_you",
    "user_verb",
    "before_you",
    "conceal_verb",
    "authority_marker",
    "modal_verb",
    "output_verb",
)
_COL = {name: index for index, name in enumerate(_SHAPES)}
for _index, (_name, _members) in enumerate(_SETS):
    for _word in _members:
        _LEXICON[_word] = (*_LEXICON.get(_word, ()), _index)
_PHRASE_INDEX: dict[str, tuple[int, int]] = {}
for _name, _phrases in _PHRASES.items():
    for _phrase in _phrases:
        _PHRASE_INDEX[_phrase] = (_COL[_name], len(_phrase.split()))
_PHRASE_FIRST = frozenset(phrase.split()[0] for phrase in _PHRASE_INDEX)
_EXCLAIM, _QUESTION, _MARKER, _VOCATIVE = _COL["exclaim"], _COL["question"], _COL["marker"], _COL["ai_vocative"]
_IDENT, _TARGET, _IMPERATIVE = _COL["identifier"], _COL["target"], _COL["imperative"]
_OVERRIDE_PRIOR, _VERB_TARGET = _COL["override_prior"], _COL["verb_target"]
_CONTEXT = (
    "log_words",
    "is_first",
    "is_last",
    "position",
    "is_pair",
    "you_shift",
    "verb_shift",
    "ai_shift",
    "only_window",
    "non_ascii",
)
FEATURES: tuple[str, ...] = _SHAPES + _CONTEXT
_ROLE = re.compile(
    r"<\|?/?(?:im_start|im_end|system|assistant|user|endoftext)\|?>|\[/?(?:inst|system|sys)\]|"
    r"^\s*(?:system|assistant|user|human|ai)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# Only words that end a context; rules of dashes or equals signs are everywhere in documentation.
_SEPARATOR = re.compile(r"<end of [^>]*>|\bend of (?:session|document|context|conversation|input|data)\b", re.I)
_RULES = ("end of", "END OF", "End of")


@dataclass(frozen=True)
class Windows:
    """The windows of one text and what was read of them.

    Attributes:
        spans: Start and end of each window in the text: every sentence, then every pair of neighbours.
        terms: The terms of each window (unigrams and bigrams).
        shapes: A (windows, len(FEATURES)) array of the dense features.
    """

    spans: list[tuple[int, int]]
    terms: list[list[str]]
    shapes: NDArray[np.float32]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        _add_sentence(spans, text, start, match.end())
        start = match.end()
    _add_sentence(spans, text, start, len(text))
    return spans


def _add_sentence(spans: list[tuple[int, int]], text: str, start: int, stop: int) -> None:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    # A sentence without punctuation can run for kilobytes (a minified record); cut it at spaces.
    while stop - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        spans.append((start, cut))
        start = cut + 1
    if stop - start >= 2:
        spans.append((start, stop))


def _term(token: str) -> str:
    if "@" in token:
        return "<email>"
    if token.startswith(("http", "ftp", "www.")) and ("://" in token or token.startswith("www.")):
        return "<url>"
    if _IDENTIFIER.search(token):
        return "<id>"
    return token


def _read_sentence(text: str, start: int, end: int, row: list[float]) -> list[str]:
    words: list[str] = []
    previous = ""
    lexicon = _LEXICON
    for raw in _TOKEN.findall(text, start, end):
        if len(raw) == 1 and not raw.isalnum():
            if raw == "!":
                row[_EXCLAIM] += 1
            elif raw == "?":
                row[_QUESTION] += 1
            elif raw == ":" and previous in _MARKERS:
                row[_MARKER] += 1
            if raw in ":," and previous in _AI:
                row[_VOCATIVE] += 1
            continue
        token = raw.lower()
        if not token.isalpha():
            token = _term(token)
            if token[0] == "<":
                row[_IDENT if token == "<id>" else _TARGET] += 1
        columns = lexicon.get(token)
        if columns is None and len(token) == 1 and len(previous) == 1 and token > "\u3000":
            columns = lexicon.get(previous + token)
        if columns is not None:
            for column in columns:
                row[column] += 1
            if previous in _GREETING and token in _AI:
                row[_VOCATIVE] += 1
        words.append(token)
        previous = token
    first = _PHRASE_FIRST
    for index, word in enumerate(words):
        if word in first:
            for size in (2, 3, 4):
                found = _PHRASE_INDEX.get(" ".join(words[index : index + size]))
                if found is not None and found[1] == size:
                    row[found[0]] += 1
            if word in _PHRASE_INDEX:
                row[_PHRASE_INDEX[word][0]] += 1
    # The field name of a record (`"note": "Please ...`, `Notes: please ...`) is not the sentence's first word.
    key = _KEY.match(text, start, end)
    skip = len(_TOKEN.findall(key.group(), 0)) if key else 0
    lead = next((w for w in words[skip:] if w not in _SOFTENERS), "")
    if lead in _VERBS or (len(words) > skip and words[skip] in _PLEASE):
        row[_IMPERATIVE] = 1
    row[_OVERRIDE_PRIOR] = min(row[_COL["override"]], row[_COL["prior"]] + row[_COL["task_words"]])
    row[_VERB_TARGET] = min(row[_COL["verb"]], row[_TARGET])
    # A linear model cannot ask for two things at once; these pairs are the shapes of an order to the reader.
    you, verb, ai = row[_COL["second_person"]], row[_COL["verb"]], row[_COL["ai_address"]]
    imperative = row[_IMPERATIVE]
    row[_COL["you_imperative"]] = min(you, imperative)
    row[_COL["ai_imperative"]] = min(ai + row[_VOCATIVE], imperative + row[_COL["you_modal"]])
    row[_COL["ai_you"]] = min(ai + row[_VOCATIVE], you)
    row[_COL["user_verb"]] = min(row[_COL["as_the_user"]], verb)
    row[_COL["before_you"]] = min(row[_COL["before_task"]], you + imperative)
    row[_COL["conceal_verb"]] = min(row[_COL["conceal"]] + row[_COL["conceal_word"]], verb)
    row[_COL["authority_marker"]] = min(row[_COL["authority"]], row[_MARKER] + imperative)
    row[_COL["modal_verb"]] = min(row[_COL["you_modal"]], verb)
    row[_COL["output_verb"]] = min(row[_COL["output_address"]], verb + imperative)
    return words


def read_windows(text: str, *, max_sentences: int = 2000) -> Windows:
    """Cut a normalised text into windows and read each.

    Args:
        text: The normalised text.
        max_sentences: How many sentences are read at most (the first ones).

    Returns:
        The windows: every sentence, then every pair of neighbouring sentences.
    """
    sentences = _sentences(text)[:max_sentences]
    count = len(sentences)
    if not count:
        return Windows([], [], np.zeros((0, len(FEATURES)), dtype=np.float32))
    rows = [[0.0] * len(_SHAPES) for _ in sentences]
    words = [_read_sentence(text, start, end, rows[i]) for i, (start, end) in enumerate(sentences)]
    counts = np.array(rows, dtype=np.float32)
    for pattern, name, marks in ((_ROLE, "role_tag", ("<", "[", ":")), (_SEPARATOR, "separator", _RULES)):
        if not any(mark in text for mark in marks):
            continue
        for match in pattern.finditer(text):
            row = _sentence_of(sentences, match.start())
            if row is not None:
                counts[row, _COL[name]] += 1
    sizes = np.array([max(1, len(w)) for w in words], dtype=np.float32)
    spans = [*sentences, *((sentences[i][0], sentences[i + 1][1]) for i in range(count - 1))]
    pair_counts = counts[:-1] + counts[1:]
    pair_sizes = sizes[:-1] + sizes[1:]
    window_counts = np.vstack([counts, pair_counts])
    window_sizes = np.concatenate([sizes, pair_sizes])
    terms: list[list[str]] = [_grams(w) for w in words]
    terms.extend(terms[i] + terms[i + 1] for i in range(count - 1))
    total = counts.sum(axis=0)
    words_total = float(sizes.sum())
    rest = np.maximum(words_total - window_sizes, 1.0)[:, None]
    rate = window_counts / window_sizes[:, None]
    shift = rate - (total[None, :] - window_counts) / rest if count > 1 else rate * 0.0
    windows = len(spans)
    length = float(max(1, len(text)))
    starts = np.array([s for s, _ in spans], dtype=np.float32)
    is_pair = np.concatenate([np.zeros(count), np.ones(count - 1)])
    first = np.concatenate([np.arange(count) == 0, np.arange(count - 1) == 0])
    last = np.concatenate([np.arange(count) == count - 1, np.arange(count - 1) == count - 2])
    non_ascii = np.array(
        [sum(1 for c in text[s:e] if c > "\x7f") / max(1, e - s) if not text[s:e].isascii() else 0.0 for s, e in spans],
        dtype=np.float32,
    )
    context = np.column_stack(
        [
            np.log1p(window_sizes),
            first,
            last,
            starts / length,
            is_pair,
            shift[:, _COL["second_person"]],
            shift[:, _COL["verb"]],
            shift[:, _COL["ai_address"]],
            np.full(windows, float(count == 1)),
            non_ascii,
        ]
    )
    shapes = np.hstack([np.log1p(window_counts), context]).astype(np.float32)
    return Windows(spans, terms, shapes)


def _grams(words: list[str]) -> list[str]:
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def _sentence_of(sentences: list[tuple[int, int]], position: int) -> int | None:
    low, high = 0, len(sentences)
    while low < high:
        middle = (low + high) // 2
        if sentences[middle][0] <= position:
            low = middle + 1
        else:
            high = middle
    row = low - 1
    return row if row >= 0 and position < sentences[row][1] else None
