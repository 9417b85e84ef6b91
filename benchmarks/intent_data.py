"""Labelled multi-turn sessions for training and measuring the intent model, and an embedding cache.

    from intent_data import load_corpus, cached_embedder

Sources (each a folder of trace-format sessions with `labels.json`):

    multiturn/<folder>      the public multi-turn corpus (12 folders; groups in meta.json)
    agentharm               AgentHarm's harmful tasks and benign twins (category from the behaviour files)
    training/decomposed     decomposed sessions with benign twins written for bastion (in the repository,
                            when present; its `holdout` split is never trained or tuned on)
    injection/hard_negatives  benign agent work (the agent reads e-mail, recipes, CLI help or software
                            docs for the user's own task, then acts): only the genres the provenance
                            thresholds were tuned on; tutorials, support articles and READMEs stay out
    taubench_retail         benign customer-service sessions, the train split only (test and dev stay out)

Every session gets one unified harm category (`bastion.intent.trajectory.CATEGORIES`) mapped from its
source's own category; an attack whose source has none is left uncategorised (`""`).

Embedding a corpus takes minutes, so vectors are kept on disk outside the repository
(`$BASTION_EMBED_CACHE`, default /tmp/bastion-intent-cache) and loaded into the embedder's memory
cache: a rerun embeds only texts it has never seen. The cache changes no result, only the time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from bastion.events import Message, ToolCall, ToolResult  # noqa: E402
from bastion.intent.embedder import DIMENSIONS, Embedder  # noqa: E402
from bastion.intent.trajectory import CATEGORIES  # noqa: E402
from bastion.trace import read_trace  # noqa: E402

AnyEvent = Message | ToolCall | ToolResult
# One folder per kind of vector: the intent models are trained on the int8 ONNX graph's vectors.
CACHE_DIR = Path(os.environ.get("BASTION_EMBED_CACHE", "/tmp/bastion-intent-cache")) / "onnx-int8"

# Each source's own category, lower-cased, to bastion's unified harm categories. A benign session's
# category is the topic its twin attacks share, so that holding a category out holds out both.
_CATEGORY_MAP = {
    # catqa
    "fraud/deception": "fraud",
    "adult content": "sexual",
    "child abuse": "child_safety",
    "illegal activity": "crime",
    "malware viruses": "cyber",
    "physical harm": "violence_weapons",
    "tailored financial advice": "fraud",
    "economic harm": "fraud",
    "hate/harass/violence": "harassment_hate",
    "political campaigning": "disinformation",
    "privacy violation activity": "privacy_stalking",
    # simplesafetytests
    "child safety": "child_safety",
    "illegal and highly regulated items": "drugs",
    "physical harm and violence": "violence_weapons",
    "scams and fraud": "fraud",
    "suicide, self-harm, and eating disorders": "self_harm",
    # strongreject
    "non-violent crimes": "crime",
    "violence": "violence_weapons",
    "disinformation and deception": "disinformation",
    "hate, harassment and discrimination": "harassment_hate",
    "illegal goods and services": "drugs",
    "sexual content": "sexual",
    # coconot
    "dangerous or sensitive topics": "violence_weapons",
    "privacy violations": "privacy_stalking",
    "triggers for offensive language": "harassment_hate",
    "false information": "disinformation",
    "wildchats": "crime",
    # xstest
    "discrimination": "harassment_hate",
    "privacy": "privacy_stalking",
    "historical_events": "violence_weapons",
    "definitions": "violence_weapons",
    "homonyms": "violence_weapons",
    "safe_targets": "violence_weapons",
    "figurative_language": "violence_weapons",
    "safe_contexts": "violence_weapons",
    # training/decomposed
    "dangerous_chemistry": "chemical_biological",
    "weapons": "violence_weapons",
    "explosives": "chemical_biological",
    "malware_intrusion": "cyber",
    "fraud_scams": "fraud",
    "stalking_doxxing": "privacy_stalking",
    "harassment_threats": "harassment_hate",
    "privacy_violation": "privacy_stalking",
    "financial_crime": "crime",
    # agentharm
    "fraud": "fraud",
    "drugs": "drugs",
    "harassment": "harassment_hate",
    "copyright": "crime",
    "cybercrime": "cyber",
    "sexual": "sexual",
    "disinformation": "disinformation",
    "hate": "harassment_hate",
    # medquad: consumer-health questions are the benign side of dose and poisoning questions
    "medical/drug": "drugs",
    "medical/disease": "self_harm",
}


@dataclass
class LabelledSession:
    """One session with its labels.

    Attributes:
        session_id: The trace's session id.
        source: The source folder (`multiturn/xstest`, `agentharm`, `decomposed`).
        is_attack: The session pursues a harmful goal.
        category: The unified harm category, or "" when the source gives none.
        first_harmful: 0-based index of the first user turn at which the goal is evident, if known.
        group: Sessions sharing a group stay in one split.
        split: `holdout` or `fresh` (the decomposed set's second batch) for sessions never trained or tuned
            on; otherwise the source's own split, or "".
        technique: How an attack is spread (decomposed data only).
        events: The trace events.
    """

    session_id: str
    source: str
    is_attack: bool
    category: str
    first_harmful: int | None
    group: str
    split: str = ""
    technique: str = ""
    events: list[AnyEvent] = field(default_factory=list)


def default_data() -> Path:
    """The shared data directory beside the repository (or beside the worktrees' folder)."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "data").is_dir():
            return base / "shared" / "data"
    return REPO.parent / "shared" / "data"


def _read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _sessions_of(trace: Path) -> dict[str, list[AnyEvent]]:
    sessions: dict[str, list[AnyEvent]] = defaultdict(list)
    for event in read_trace(trace):
        sessions[event.session].append(event)
    return dict(sessions)


def _folder(path: Path, source: str) -> list[LabelledSession]:
    trace = path / "sessions.jsonl"
    if not trace.is_file():
        trace = path / "traces.jsonl"
    labels = _read_json(path / "labels.json")
    categories = _read_json(path / "category.json")
    turns = _read_json(path / "turn_labels.json")
    meta = _read_json(path / "meta.json")
    found = []
    for session_id, events in _sessions_of(trace).items():
        info = meta.get(session_id, {})
        raw = str(categories.get(session_id, "")).lower()
        category = raw if raw in CATEGORIES else _CATEGORY_MAP.get(raw, "")
        turn = turns.get(session_id)
        found.append(
            LabelledSession(
                session_id,
                source,
                labels[session_id] == "attack",
                category,
                int(turn) if turn is not None else None,
                str(info.get("group") or info.get("twin") or session_id),
                _split(info),
                str(info.get("technique", "")),
                events,
            )
        )
    return found


def _agentharm(path: Path) -> list[LabelledSession]:
    categories: dict[str, str] = {}
    for name in path.glob("*_behaviors_*.json"):
        for behaviour in _read_json(name)["behaviors"]:
            categories[str(behaviour["id"])] = str(behaviour["category"]).lower()
    labels = _read_json(path / "labels.json")
    found = []
    for session_id, events in _sessions_of(path / "traces.jsonl").items():
        # agentharm-<split>-<harmful|benign>-<id>: a harmful task and its benign twin share the id.
        _, _, _, behaviour = session_id.split("-", 3)
        category = _CATEGORY_MAP.get(categories.get(behaviour, ""), "")
        found.append(
            LabelledSession(
                session_id,
                "agentharm",
                labels[session_id] == "attack",
                category,
                0 if labels[session_id] == "attack" else None,
                f"agentharm-{behaviour}",
                "",
                "",
                events,
            )
        )
    return found


def _cap(sessions: list[LabelledSession], limit: int) -> list[LabelledSession]:
    """At most `limit` sessions of each label, chosen by a hash of their group (deterministic, groups kept whole)."""
    kept = []
    for is_attack in (True, False):
        side = [s for s in sessions if s.is_attack == is_attack]
        groups = sorted({s.group for s in side}, key=lambda g: hashlib.sha1(g.encode()).hexdigest())
        chosen: set[str] = set()
        count = 0
        for group in groups:
            if count >= limit:
                break
            chosen.add(group)
            count += sum(1 for s in side if s.group == group)
        kept += [s for s in side if s.group in chosen]
    return kept


# The hard negatives' tuning genres; the others (tutorial, support_article, readme) are kept for measurement.
AGENT_WORK_GENRES = ("email", "cli_help", "recipe", "software_docs")


def _agent_work(data: Path) -> list[LabelledSession]:
    """Benign agent sessions: hard negatives of the tuning genres and tau-bench retail's train split.

    Ordinary agent work (reading a document or a customer's order, then acting on it) is the
    traffic the firewall sees most; without it the model knows benign only as chat.
    """
    found: list[LabelledSession] = []
    folder = data / "injection" / "hard_negatives"
    if (folder / "sessions.jsonl").is_file() and (folder / "meta.jsonl").is_file():
        meta = {}
        for line in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                info = json.loads(line)
                meta[info["session"]] = info
        for session_id, events in _sessions_of(folder / "sessions.jsonl").items():
            info = meta.get(session_id, {})
            if info.get("genre") in AGENT_WORK_GENRES:
                # Sections of one document stay in one split.
                group = f"hn-{info['genre']}-{info.get('source_repo', '')}-{info.get('path', session_id)}"
                found.append(
                    LabelledSession(session_id, "injection/hard_negatives", False, "", None, group, "", "", events)
                )
    tau = data / "taubench_retail" / "traces.jsonl"
    if tau.is_file():
        for session_id, events in _sessions_of(tau).items():
            if session_id.startswith("tau-retail-train-"):
                found.append(
                    LabelledSession(session_id, "taubench_retail", False, "", None, session_id, "", "", events)
                )
    return found


# The decomposed set's splits never trained or tuned on: its holdout, its fresh batch, and the holdout
# sessions of its actor-anchored question chains (reported apart).
HELD_OUT = ("holdout", "fresh", "holdout-actor")


def _split(info: dict[str, Any]) -> str:
    """A session's split as the evaluation reports it."""
    if info.get("set") == "fresh":
        return "fresh"
    split = str(info.get("split", ""))
    if split == "holdout" and str(info.get("group", "")).startswith("actor"):
        return "holdout-actor"
    return split


def load_corpus(data: Path, *, include_holdout: bool = False, cap: int = 200) -> list[LabelledSession]:
    """Every labelled session of the shared data and of the repository's decomposed set.

    Args:
        data: The shared data directory (holding `multiturn/` and `agentharm/`).
        include_holdout: Keep the decomposed set's `holdout` and `fresh` splits (only for measurement).
        cap: At most this many attack and this many benign sessions of one source (the largest
            sources would otherwise be most of the corpus, and most of the embedding time).

    Returns:
        The sessions, in a fixed order.
    """
    found: list[LabelledSession] = []
    for folder in sorted((data / "multiturn").iterdir()):
        if (folder / "labels.json").is_file():
            found += _cap(_folder(folder, f"multiturn/{folder.name}"), cap)
    if (data / "agentharm" / "traces.jsonl").is_file():
        found += _agentharm(data / "agentharm")
    work = _agent_work(data)
    for source in sorted({s.source for s in work}):
        found += _cap([s for s in work if s.source == source], cap)
    decomposed = REPO / "training" / "decomposed"
    if (decomposed / "labels.json").is_file():
        found += [s for s in _folder(decomposed, "decomposed") if include_holdout or s.split not in HELD_OUT]
    return found


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def cached_embedder(texts: list[str]) -> Embedder:
    """An embedder whose memory cache already holds every text (from disk, or embedded now and saved).

    Args:
        texts: The texts the caller will encode (each as the embedder keys it).

    Returns:
        The embedder.
    """
    import torch

    torch.set_num_threads(1)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    embedder = Embedder(cache_size=len(texts) + 100_000)
    stored: dict[str, np.ndarray] = {}
    for part in sorted(CACHE_DIR.glob("vectors-*.npz")):
        with np.load(part) as npz:
            for key, vector in zip(npz["keys"], npz["vectors"], strict=True):
                stored[str(key)] = vector
    unique = list(dict.fromkeys(t[:1200] for t in texts))
    missing = [t for t in unique if _key(t) not in stored]
    print(f"embedding {len(missing)} new texts (cached: {len(unique) - len(missing)})", file=sys.stderr, flush=True)
    # Saved in chunks, so that an interrupted run keeps what it embedded.
    for start in range(0, len(missing), 1000):
        chunk = missing[start : start + 1000]
        vectors = embedder.encode(chunk)
        keys = np.array([_key(t) for t in chunk])
        np.savez(CACHE_DIR / f"vectors-{len(list(CACHE_DIR.glob('*.npz'))):04d}.npz", keys=keys, vectors=vectors)
        for text, vector in zip(chunk, vectors, strict=True):
            stored[_key(text)] = vector
        print(f"  {start + len(chunk)}/{len(missing)}", file=sys.stderr, flush=True)
    with embedder._cache_lock:
        for text in unique:
            # Training reads the purpose logits apart (train_intent.purposes_for): none is cached here.
            vector = np.asarray(stored[_key(text)], dtype=np.float32).reshape(DIMENSIONS)
            embedder._cache[text] = (vector, float("nan"))
    embedder.encoded = 0
    return embedder
