"""Build training/injection/injection.jsonl from the hand-written modules in this folder.

Run: python3 training/injection/build.py
Whole records come from whole_*.py; composed records from compose.py (hand-written carriers x payloads x wrappings).
The split is decided by family and carrier, never by row: a family or carrier listed below is `holdout` entirely.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "injection.jsonl"

# Whole families and whole carriers kept out of training and tuning.
HOLDOUT_FAMILIES = {
    # injections
    "roleplay_frame",
    "todo_item",
    "yaml_continuation",
    "multilingual_b",
    "composed_split_fields",
    "composed_todo",
    "composed_roleplay",
    # benign
    "assistant_docs",
    "support_steps",
    "twin_b",
    "multilingual_benign_b",
    "composed_benign_split_fields",
    "composed_benign_assistant_doc",
    "composed_benign_support",
}
HOLDOUT_CARRIERS = {"transcript", "pdf"}

FIELDS = ("id", "text", "label", "family", "register", "carrier", "escaped", "language", "split")
ESCAPES = {"none", "json", "yaml", "html", "markdown", "code_comment"}


def load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split_of(family: str, carrier: str) -> str:
    return "holdout" if family in HOLDOUT_FAMILIES or carrier in HOLDOUT_CARRIERS else "train"


def whole_records() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for path in sorted(HERE.glob("whole_*.py")):
        module = load(path.stem)
        for defaults, items in module.BLOCKS:
            for item in items:
                carrier, text = item[0], item[1]
                overrides = item[2] if len(item) > 2 else {}
                rec = {"language": "en", "escaped": "none", **defaults, **overrides, "carrier": carrier, "text": text}
                rec["origin"] = "whole"
                records.append(rec)
    return records


def main() -> int:
    records = whole_records()
    if (HERE / "compose.py").exists():
        for rec in load("compose").compose():
            rec["origin"] = "composed"
            records.append(rec)
    counters: dict[str, int] = {}
    seen_text: set[str] = set()
    out = []
    for rec in records:
        if rec["text"] in seen_text:
            raise SystemExit(f"duplicate text in family {rec['family']}: {rec['text'][:60]!r}")
        seen_text.add(rec["text"])
        prefix = "inj" if rec["label"] == "injection" else "ben"
        key = f"{prefix}-{rec['family']}"
        counters[key] = counters.get(key, 0) + 1
        rec["id"] = f"{key}-{counters[key]:03d}"
        rec["split"] = split_of(rec["family"], rec["carrier"])
        if rec["escaped"] not in ESCAPES:
            raise SystemExit(f"{rec['id']}: escaped {rec['escaped']!r} not in {sorted(ESCAPES)}")
        out.append({k: rec[k] for k in FIELDS} | {"origin": rec["origin"]})
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records to {OUT.relative_to(HERE.parent.parent)}")
    update_readme(out)
    return 0


def table(out: list[dict[str, Any]], key: str) -> str:
    values = sorted({r[key] for r in out})
    lines = [
        f"| {key} | injection train | injection holdout | benign train | benign holdout |",
        "|---|---|---|---|---|",
    ]
    for v in values:
        cells = []
        for label in ("injection", "benign"):
            for split in ("train", "holdout"):
                cells.append(str(sum(1 for r in out if r[key] == v and r["label"] == label and r["split"] == split)))
        lines.append(f"| {v} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def update_readme(out: list[dict[str, Any]]) -> None:
    """Rewrite the counts section of README.md between its markers, so the figures always match the data."""
    readme = HERE / "README.md"
    if not readme.exists():
        return
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    if start not in text or end not in text:
        return
    n = len(out)
    by = {
        (lab, sp): sum(1 for r in out if r["label"] == lab and r["split"] == sp)
        for lab in ("injection", "benign")
        for sp in ("train", "holdout")
    }
    whole = sum(1 for r in out if r["origin"] == "whole")
    body = [
        f"{n} records: {by['injection', 'train'] + by['injection', 'holdout']} injection, "
        f"{by['benign', 'train'] + by['benign', 'holdout']} benign; "
        f"{by['injection', 'holdout'] + by['benign', 'holdout']} holdout "
        f"({100 * (by['injection', 'holdout'] + by['benign', 'holdout']) / n:.0f}%); "
        f"{whole} written whole, {n - whole} composed.",
        "",
        "| label | train | holdout |",
        "|---|---|---|",
        f"| injection | {by['injection', 'train']} | {by['injection', 'holdout']} |",
        f"| benign | {by['benign', 'train']} | {by['benign', 'holdout']} |",
    ]
    for key in ("carrier", "register", "escaped", "language", "family"):
        body += ["", f"By {key}:", "", table(out, key)]
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(head + start + "\n" + "\n".join(body) + "\n" + end + tail, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
