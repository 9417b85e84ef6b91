"""Check the format of the project's own training data and print its counts.

Run: python3 training/validate.py            (exit status 1 and one line per problem if anything is wrong)

training/injection/injection.jsonl: every field present and typed, labels and escapes from their sets, ids and texts
unique, splits decided by family (a family is wholly train or wholly holdout), every carrier seen with both labels,
JSON-escaped records parse as JSON.
training/decomposed/: every session has a label, a category, a meta entry and (attacks) a turn label inside the
session; every attack has a benign twin and the twin points back; twins share group, split, category and turn count;
splits are by group; a principal's parts share a split; events follow the trace format; a session of the fresh set
(`"set": "fresh"` in meta) is holdout and its twin is in the same set; the holdout share is counted without that set.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
INJECTION_FIELDS = {
    "id": str,
    "text": str,
    "label": str,
    "family": str,
    "register": str,
    "carrier": str,
    "escaped": str,
    "language": str,
    "split": str,
    "origin": str,
}
ESCAPES = {"none", "json", "yaml", "html", "markdown", "code_comment"}
SPLITS = {"train", "holdout"}
SETS = {"fresh"}
TOOLS = {"web_search", "fetch_url", "read_file", "write_file", "run_python", "send_email", "shell", "query_db"}


class Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, what: str) -> None:
        self.items.append(f"{where}: {what}")


def check_injection(p: Problems) -> dict[str, Any]:
    path = ROOT / "injection" / "injection.jsonl"
    if not path.exists():
        p.add(str(path), "missing")
        return {}
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            p.add(f"{path.name}:{n}", f"not JSON ({exc})")
            continue
        for field, typ in INJECTION_FIELDS.items():
            if not isinstance(rec.get(field), typ):
                p.add(f"{path.name}:{n}", f"field {field!r} missing or not {typ.__name__}")
        if rec.get("label") not in {"injection", "benign"}:
            p.add(f"{path.name}:{n}", f"label {rec.get('label')!r}")
        if rec.get("escaped") not in ESCAPES:
            p.add(f"{path.name}:{n}", f"escaped {rec.get('escaped')!r}")
        if rec.get("split") not in SPLITS:
            p.add(f"{path.name}:{n}", f"split {rec.get('split')!r}")
        if not str(rec.get("text", "")).strip():
            p.add(f"{path.name}:{n}", "empty text")
        if rec.get("escaped") == "json" and rec.get("carrier") == "api_json":
            try:
                json.loads(rec["text"])
            except (json.JSONDecodeError, KeyError):
                p.add(f"{path.name}:{n}", "escaped json but the text does not parse as JSON")
        records.append(rec)
    for key in ("id", "text"):
        dup = [v for v, c in Counter(r.get(key) for r in records).items() if c > 1]
        for v in dup:
            p.add(path.name, f"duplicate {key}: {str(v)[:60]!r}")
    fam_splits: dict[str, set[str]] = defaultdict(set)
    fam_labels: dict[str, set[str]] = defaultdict(set)
    for r in records:
        fam_splits[r["family"]].add(r["split"])
        fam_labels[r["family"]].add(r["label"])
    for fam, splits in fam_splits.items():
        # a family is one split, except records moved to holdout because their whole carrier is held out
        train_carriers = {r["carrier"] for r in records if r["family"] == fam and r["split"] == "train"}
        hold_carriers = {r["carrier"] for r in records if r["family"] == fam and r["split"] == "holdout"}
        if len(splits) > 1 and train_carriers & hold_carriers:
            p.add(path.name, f"family {fam} has carrier(s) {sorted(train_carriers & hold_carriers)} in both splits")
    for fam, labels in fam_labels.items():
        if len(labels) > 1:
            p.add(path.name, f"family {fam} mixes labels")
    carrier_labels: dict[str, set[str]] = defaultdict(set)
    for r in records:
        carrier_labels[r["carrier"]].add(r["label"])
    for carrier, labels in carrier_labels.items():
        if labels != {"injection", "benign"}:
            p.add(path.name, f"carrier {carrier} appears only as {sorted(labels)}")
    counts = {
        "records": len(records),
        "by_label_split": Counter(f"{r['label']}/{r['split']}" for r in records),
        "by_origin": Counter(r["origin"] for r in records),
        "languages": len({r["language"] for r in records}),
        "carriers": len(carrier_labels),
    }
    holdout = sum(1 for r in records if r["split"] == "holdout")
    if records and not 0.18 <= holdout / len(records) <= 0.35:
        p.add(path.name, f"holdout share {holdout / len(records):.0%} outside 18-35%")
    whole = counts["by_origin"].get("whole", 0)
    if records and whole * 2 < len(records):
        p.add(path.name, f"only {whole} of {len(records)} records written whole (need at least half)")
    return counts


def load_json(path: Path, p: Problems) -> dict[str, Any]:
    if not path.exists():
        p.add(str(path.relative_to(ROOT)), "missing")
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        p.add(path.name, "not a JSON object")
        return {}
    return data


def check_decomposed(p: Problems) -> dict[str, Any]:
    folder = ROOT / "decomposed"
    sessions_path = folder / "sessions.jsonl"
    if not sessions_path.exists():
        p.add("decomposed/sessions.jsonl", "missing")
        return {}
    labels = load_json(folder / "labels.json", p)
    category = load_json(folder / "category.json", p)
    turn_labels = load_json(folder / "turn_labels.json", p)
    meta = load_json(folder / "meta.json", p)
    turns: dict[str, int] = Counter()
    call_ids: dict[str, set[str]] = defaultdict(set)
    last_type: dict[str, str] = {}
    for n, line in enumerate(sessions_path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"sessions.jsonl:{n}"
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as exc:
            p.add(where, f"not JSON ({exc})")
            continue
        sid = ev.get("session")
        if not isinstance(sid, str):
            p.add(where, "no session")
            continue
        if ev.get("type") == "message":
            if ev.get("role") != "user" or not isinstance(ev.get("content"), str) or not ev["content"].strip():
                p.add(where, "message must have role user and non-empty content")
            turns[sid] += 1
        elif ev.get("type") == "tool_call":
            if last_type.get(sid) != "message":
                p.add(where, "tool_call not preceded by a user message")
            if ev.get("tool") not in TOOLS:
                p.add(where, f"unknown tool {ev.get('tool')!r}")
            if not isinstance(ev.get("arguments"), dict) or not ev["arguments"]:
                p.add(where, "tool_call without arguments")
            cid = ev.get("id")
            if not isinstance(cid, str) or cid in call_ids[sid]:
                p.add(where, f"call id {cid!r} missing or repeated")
            else:
                call_ids[sid].add(cid)
        else:
            p.add(where, f"unexpected event type {ev.get('type')!r}")
        last_type[sid] = ev.get("type", "")
    sids = set(turns)
    for name, table in (("labels", labels), ("category", category), ("meta", meta)):
        for sid in sids - set(table):
            p.add(f"{name}.json", f"session {sid} has no entry")
        for sid in set(table) - sids:
            p.add(f"{name}.json", f"entry {sid} has no session")
    groups: dict[str, set[str]] = defaultdict(set)
    principals: dict[str, list[str]] = defaultdict(list)
    for sid in sorted(sids):
        label, m = labels.get(sid), meta.get(sid, {})
        if label not in {"attack", "benign"}:
            p.add("labels.json", f"{sid}: label {label!r}")
        if not 3 <= turns[sid] <= 7:
            p.add("sessions.jsonl", f"{sid}: {turns[sid]} turns (want 3-7)")
        for key in ("group", "twin", "split", "technique"):
            if key not in m:
                p.add("meta.json", f"{sid}: no {key!r}")
        if m.get("split") not in SPLITS:
            p.add("meta.json", f"{sid}: split {m.get('split')!r}")
        groups[m.get("group", "")].add(m.get("split", ""))
        if "set" in m:
            if m["set"] not in SETS:
                p.add("meta.json", f"{sid}: set {m['set']!r} (want one of {sorted(SETS)})")
            elif m.get("split") != "holdout":
                p.add("meta.json", f"{sid}: in set {m['set']!r} but split {m.get('split')!r} (want holdout)")
        if label == "attack" and "evident_in_part" in m:
            if sid in turn_labels or not isinstance(m.get("part"), int) or m["evident_in_part"] <= m["part"]:
                p.add("meta.json", f"{sid}: evident_in_part must name a later part and the session has no turn label")
        elif label == "attack":
            t = turn_labels.get(sid)
            if not isinstance(t, int) or not 0 <= t < turns[sid]:
                p.add("turn_labels.json", f"{sid}: turn label {t!r} not inside 0..{turns[sid] - 1}")
        elif sid in turn_labels:
            p.add("turn_labels.json", f"{sid}: benign session has a turn label")
        twin = m.get("twin")
        if twin is not None:
            tm = meta.get(twin)
            if tm is None:
                p.add("meta.json", f"{sid}: twin {twin} does not exist")
            else:
                if tm.get("twin") != sid:
                    p.add("meta.json", f"{sid}: twin {twin} does not point back")
                if labels.get(twin) == label:
                    p.add("labels.json", f"{sid} and its twin {twin} have the same label")
                for key in ("group", "split", "set"):
                    if tm.get(key) != m.get(key):
                        p.add("meta.json", f"{sid} and twin {twin} differ in {key}")
                if category.get(twin) != category.get(sid):
                    p.add("category.json", f"{sid} and twin {twin} differ in category")
                if turns.get(twin) != turns[sid]:
                    p.add("sessions.jsonl", f"{sid} has {turns[sid]} turns, its twin {twin} {turns.get(twin)}")
        elif label == "attack":
            p.add("meta.json", f"attack {sid} has no benign twin")
        if "principal" in m:
            principals[m["principal"]].append(sid)
            if not isinstance(m.get("part"), int):
                p.add("meta.json", f"{sid}: principal without an integer part")
    for group, splits in groups.items():
        if len(splits) > 1:
            p.add("meta.json", f"group {group} spans splits {sorted(splits)}")
    for principal, members in principals.items():
        parts = sorted(meta[s]["part"] for s in members)
        if len(members) < 2 or parts != list(range(len(members))):
            p.add("meta.json", f"principal {principal}: parts {parts} (want 0..n-1, n >= 2)")
        if len({meta[s]["split"] for s in members}) > 1:
            p.add("meta.json", f"principal {principal} spans splits")
    attacks = [s for s in sids if labels.get(s) == "attack"]
    holdout = [s for s in sids if meta.get(s, {}).get("split") == "holdout"]
    # the fresh set is wholly holdout by design; the share is a property of the main set
    main = [s for s in sids if "set" not in meta.get(s, {})]
    main_holdout = [s for s in main if meta.get(s, {}).get("split") == "holdout"]
    # (15%: with the fresh set and the actor holdout besides, a quarter of all sessions are never trained on)
    if main and not 0.15 <= len(main_holdout) / len(main) <= 0.35:
        p.add("meta.json", f"holdout share {len(main_holdout) / len(main):.0%} outside 15-35% (fresh set not counted)")
    return {
        "sessions": len(sids),
        "attack": len(attacks),
        "benign": len(sids) - len(attacks),
        "holdout": len(holdout),
        "fresh": sum(1 for s in sids if meta.get(s, {}).get("set") == "fresh"),
        "groups": len(groups),
        "principals": len(principals),
        "by_category": Counter(f"{category.get(s)}/{labels.get(s)}" for s in sids),
        "by_technique": Counter(meta[s]["technique"] for s in attacks if s in meta),
        "turns": Counter(turns[s] for s in sids),
    }


def main() -> int:
    p = Problems()
    inj = check_injection(p)
    dec = check_decomposed(p)
    print("injection:", json.dumps(inj, default=dict, sort_keys=True))
    print("decomposed:", json.dumps(dec, default=dict, sort_keys=True))
    for item in p.items:
        print("PROBLEM", item)
    print(f"{len(p.items)} problem(s)")
    return 1 if p.items else 0


if __name__ == "__main__":
    sys.exit(main())
