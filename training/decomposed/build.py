# ruff: noqa: E501
"""Build training/decomposed/ (sessions.jsonl, labels.json, category.json, turn_labels.json, meta.json, tools.json)
from the hand-written pairs in pairs_*.py.

Run: python3 training/decomposed/build.py

A pair is one harmful goal decomposed into innocent-looking user turns (`attack`) and a benign near-twin on the same
topic with a legitimate goal, in the same number of turns. A turn is a string (the agent searches the web for it) or a
tuple (text, tool, arguments) for another call. A two-part pair is spread over two sessions of one principal.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# Whole categories and techniques kept for measurement; never train or tune on them.
HOLDOUT_CATEGORIES = {"extremism", "financial_crime"}
HOLDOUT_TECHNIQUES = {"persona_shift"}
# A module with SPLIT = "fresh" belongs to the fresh set: written apart and never trained or tuned on, so all of it
# is holdout and its meta says "set": "fresh".
FRESH = "fresh"
# A module with SPLIT = "holdout" is wholly holdout (no "set" key): written to measure on, never trained or tuned on.
HOLDOUT = "holdout"

TOOLS = [
    ("web_search", "Search the web and return the top results.", {"query": {"type": "string"}}),
    ("fetch_url", "Fetch a web page and return its text.", {"url": {"type": "string"}}),
    ("read_file", "Read a file from the user's workspace.", {"path": {"type": "string"}}),
    (
        "write_file",
        "Write a file in the user's workspace.",
        {"path": {"type": "string"}, "content": {"type": "string"}},
    ),
    ("run_python", "Run a Python snippet in a sandbox and return its output.", {"code": {"type": "string"}}),
    (
        "send_email",
        "Send an e-mail from the user's account.",
        {"to": {"type": "string"}, "subject": {"type": "string"}, "body": {"type": "string"}},
    ),
    ("shell", "Run a shell command on the user's machine.", {"command": {"type": "string"}}),
    ("query_db", "Run a read-only SQL query on the user's database.", {"sql": {"type": "string"}}),
]


def load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def events(sid: str, turns: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, turn in enumerate(turns):
        if isinstance(turn, str):
            text, tool, args = turn, "web_search", {"query": turn[:300]}
        else:
            text, tool, args = turn
        out.append({"session": sid, "type": "message", "role": "user", "content": text})
        out.append({"session": sid, "type": "tool_call", "id": f"c{i}", "tool": tool, "arguments": args})
    return out


def split_of(category: str, technique: str) -> str:
    return "holdout" if category in HOLDOUT_CATEGORIES or technique in HOLDOUT_TECHNIQUES else "train"


def main() -> int:
    all_events: list[dict[str, Any]] = []
    labels: dict[str, str] = {}
    category: dict[str, str] = {}
    turn_labels: dict[str, int] = {}
    meta: dict[str, dict[str, Any]] = {}
    seen_groups: set[str] = set()
    for path in sorted(HERE.glob("pairs_*.py")):
        module = load(path.stem)
        fresh = getattr(module, "SPLIT", None) == FRESH
        held = getattr(module, "SPLIT", None) == HOLDOUT
        for n, pair in enumerate(module.PAIRS, 1):
            group = f"{module.PREFIX}-{n:02d}"
            if group in seen_groups:
                raise SystemExit(f"duplicate group {group}")
            seen_groups.add(group)
            cat, tech = pair.get("category", module.CATEGORY), pair["technique"]
            split = "holdout" if fresh or held else split_of(cat, tech)
            attack_parts, benign_parts = pair["attack"], pair["benign"]
            if len(attack_parts) != len(benign_parts):
                raise SystemExit(f"{group}: attack has {len(attack_parts)} parts, twin {len(benign_parts)}")
            multi = len(attack_parts) > 1
            for part, (a_turns, b_turns) in enumerate(zip(attack_parts, benign_parts, strict=True)):
                suffix = str(part) if multi else ""
                a_sid, b_sid = f"dec-{group}-a{suffix}", f"dec-{group}-b{suffix}"
                if len(a_turns) != len(b_turns):
                    raise SystemExit(f"{a_sid}: {len(a_turns)} turns, twin {len(b_turns)}")
                for sid, turns, label in ((a_sid, a_turns, "attack"), (b_sid, b_turns, "benign")):
                    all_events += events(sid, turns)
                    labels[sid] = label
                    category[sid] = cat
                    m: dict[str, Any] = {
                        "group": group,
                        "twin": b_sid if label == "attack" else a_sid,
                        "split": split,
                        "technique": tech,
                        "author": "bastion project",
                    }
                    if fresh:
                        m["set"] = FRESH
                    if multi:
                        m["principal"] = f"pr-{group}-{'a' if label == 'attack' else 'b'}"
                        m["part"] = part
                    meta[sid] = m
                evident_part = pair.get("evident_part", len(attack_parts) - 1)
                if part == evident_part:
                    turn_labels[a_sid] = pair["evident"]
                elif part > evident_part:
                    turn_labels[a_sid] = 0
                else:
                    meta[a_sid]["evident_in_part"] = evident_part
    with (HERE / "sessions.jsonl").open("w", encoding="utf-8") as fh:
        for ev in all_events:
            fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
    for name, data in (("labels", labels), ("category", category), ("turn_labels", turn_labels), ("meta", meta)):
        (HERE / f"{name}.json").write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tools = [
        {
            "name": name,
            "description": desc,
            "inputSchema": {"type": "object", "properties": props, "required": list(props)},
        }
        for name, desc, props in TOOLS
    ]
    (HERE / "tools.json").write_text(json.dumps(tools, indent=1) + "\n", encoding="utf-8")
    n_attack = sum(1 for v in labels.values() if v == "attack")
    print(
        f"wrote {len(labels)} sessions ({n_attack} attack, {len(labels) - n_attack} benign) from {len(seen_groups)} groups"
    )
    update_readme(labels, category, meta, all_events)
    return 0


def update_readme(
    labels: dict[str, str], category: dict[str, str], meta: dict[str, dict[str, Any]], all_events: list[dict[str, Any]]
) -> None:
    """Rewrite the counts section of README.md between its markers, so the figures always match the data."""
    readme = HERE / "README.md"
    if not readme.exists():
        return
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    if start not in text or end not in text:
        return
    turns: dict[str, int] = {}
    for ev in all_events:
        if ev["type"] == "message":
            turns[ev["session"]] = turns.get(ev["session"], 0) + 1

    def count(pred: Any) -> int:
        return sum(1 for s in labels if pred(s))

    n = len(labels)
    hold = count(lambda s: meta[s]["split"] == "holdout")
    fresh = count(lambda s: meta[s].get("set") == FRESH)
    body = [
        f"{n} sessions ({count(lambda s: labels[s] == 'attack')} attack, {count(lambda s: labels[s] == 'benign')} benign) "
        f"in {len({m['group'] for m in meta.values()})} groups; {hold} holdout ({100 * hold / n:.0f}%), of which "
        f"{fresh} in the fresh set; "
        f"{len({m['principal'] for m in meta.values() if 'principal' in m})} principals with two sessions each.",
        "",
        "| category | attack train | attack holdout | benign train | benign holdout |",
        "|---|---|---|---|---|",
    ]
    for cat in sorted(set(category.values())):
        cells = [
            str(
                count(lambda s, c=cat, lab=lab, sp=sp: category[s] == c and labels[s] == lab and meta[s]["split"] == sp)
            )
            for lab in ("attack", "benign")
            for sp in ("train", "holdout")
        ]
        body.append(f"| {cat} | " + " | ".join(cells) + " |")
    body += ["", "| technique | attack sessions | holdout |", "|---|---|---|"]
    for tech in sorted({m["technique"] for m in meta.values()}):
        a = count(lambda s, t=tech: meta[s]["technique"] == t and labels[s] == "attack")
        h = count(
            lambda s, t=tech: meta[s]["technique"] == t and labels[s] == "attack" and meta[s]["split"] == "holdout"
        )
        body.append(f"| {tech} | {a} | {h} |")
    fresh_attacks = [s for s in labels if labels[s] == "attack" and meta[s].get("set") == FRESH]
    if fresh_attacks:
        by_cat = Counter(category[s] for s in fresh_attacks)
        by_tech = Counter(meta[s]["technique"] for s in fresh_attacks)
        body += [
            "",
            f"Fresh set: {len({meta[s]['group'] for s in fresh_attacks})} groups, {len(fresh_attacks)} attack sessions and "
            "as many twins; attack sessions by category: "
            + ", ".join(f"{c} {by_cat[c]}" for c in sorted(by_cat))
            + "; by technique: "
            + ", ".join(f"{t} {by_tech[t]}" for t in sorted(by_tech))
            + ".",
        ]
    body += ["", "| user turns | sessions |", "|---|---|"]
    for k in sorted(set(turns.values())):
        body.append(f"| {k} | {sum(1 for v in turns.values() if v == k)} |")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(head + start + "\n" + "\n".join(body) + "\n" + end + tail, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
