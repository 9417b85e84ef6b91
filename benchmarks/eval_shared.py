"""The README's detection table: every public data set in the trace format, replayed with one policy pack.

    python benchmarks/eval_shared.py [DATA_DIR] [--policies DIR] [--profile NAME] [--without-intent]
                                     [--sets asb,tau,...] [--sessions N] [--json]

DATA_DIR defaults to ../shared/data relative to the repository. Each set is measured exactly as
`bastion eval TRACE --labels LABELS --tools FILE` would (the same library function), one session at
a time, every event in order. A call counts as stopped when its verdict is ask or deny.

    agentharm       held-out split only (test_public; the intent scorer was trained on validation);
                    session labels; its calls carry no arguments, so the catalog keeps the tools'
                    descriptions and drops their required arguments
    asb             per-call labels; tools inferred from the trace (ASB names its tools only)
    tau             tau-bench retail, all benign, with its catalog
    injecagent, hard_negatives, bipia, garak_latent
                    the folders of injection/, per-call labels, each with its catalog

The provenance pack's thresholds were chosen looking at InjecAgent's direct-harm sessions and benign
twins, the hard negatives' e-mail, recipe, CLI-help and software-docs sections, and tau-bench's train
sessions: those rows say "(tuning)"; the rest of each set is reported apart as "(held out)".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from bastion.catalog import Catalog  # noqa: E402
from bastion.cli.replay import infer_catalog  # noqa: E402
from bastion.config import Config  # noqa: E402
from bastion.firewall import Firewall  # noqa: E402
from bastion.testing.evaluation import EvalReport, Labels, evaluate, load_labels, select_sessions  # noqa: E402
from bastion.trace import read_trace  # noqa: E402

HELDOUT_SPLIT = "test_public"


def policy_dir(source: Path, without_intent: bool, workdir: Path) -> Path:
    """The policy directory to evaluate: the given one, optionally without intent.cedar."""
    if not without_intent:
        return source
    target = workdir / "policies"
    shutil.copytree(source, target)
    (target / "intent.cedar").unlink(missing_ok=True)
    return target


def _agentharm_catalog(folder: Path, events: list[Any]) -> Catalog:
    tools = json.loads((folder / "tools.json").read_text())
    return Catalog.from_list([{**t, "inputSchema": {"type": "object", "properties": {}}} for t in tools])


# Cedar reserves these words; the schema generator refuses an argument so named. No call of the data
# sets passes one (InjecAgent's SlackSearchMessage declares `in`), so such a declaration is dropped.
_RESERVED = frozenset({"in", "has", "like", "is", "if", "then", "else", "true", "false", "permit", "forbid"})


def _folder_catalog(folder: Path, events: list[Any]) -> Catalog:
    tools = json.loads((folder / "tools.json").read_text())
    for tool in tools:
        schema = tool.get("inputSchema", {})
        for name in _RESERVED & set(schema.get("properties", {})):
            print(f"  note: {tool['name']}: argument {name!r} is a Cedar reserved word; left out", file=sys.stderr)
            del schema["properties"][name]
            schema["required"] = [r for r in schema.get("required", []) if r != name]
    return Catalog.from_list(tools)


def _inferred(folder: Path, events: list[Any]) -> Catalog:
    return infer_catalog(events)


# name -> (folder, trace file, label file or None for all benign, session pattern, catalog builder)
SETS: dict[str, tuple[str, str, str | None, str | None, Callable[[Path, list[Any]], Catalog]]] = {
    "agentharm": ("agentharm", "traces.jsonl", "labels.json", f"-{HELDOUT_SPLIT}-", _agentharm_catalog),
    "asb": ("asb", "traces.jsonl", "labels.json", None, _inferred),
    "tau": ("taubench_retail", "traces.jsonl", None, None, _folder_catalog),
    "injecagent": ("injection/injecagent", "sessions.jsonl", "labels.json", None, _folder_catalog),
    "hard_negatives": ("injection/hard_negatives", "sessions.jsonl", "labels.json", None, _folder_catalog),
    "bipia": ("injection/bipia", "sessions.jsonl", "labels.json", None, _folder_catalog),
    "garak_latent": ("injection/garak_latent", "sessions.jsonl", "labels.json", None, _folder_catalog),
}
# The provenance pack's thresholds were chosen on part of three sets; the other part is held out.
SPLITS: dict[str, tuple[str, str]] = {
    "injecagent": ("-dh-|benign", "-ds-"),
    "hard_negatives": ("hn-(email|recipe|cli_help|software_docs)-", "hn-(tutorial|support_article|readme)-"),
    "tau": ("-train-", "-(test|dev)-"),
}


def measure(name: str, data: Path, config: Config, limit: int, pattern: str | None = None) -> EvalReport:
    """Evaluate one data set (the sessions matching `pattern`, or the set's own selection)."""
    folder_name, trace_name, label_name, default_pattern, build_catalog = SETS[name]
    folder = data / folder_name
    events = select_sessions(read_trace(folder / trace_name), pattern=pattern or default_pattern, limit=limit)
    labels = load_labels(folder / label_name) if label_name else Labels.all_benign()
    firewall = Firewall.from_config(config, catalog=build_catalog(folder, events))
    return asyncio.run(evaluate(firewall, events, labels))


def _cell(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def table(reports: dict[str, EvalReport]) -> str:
    """The Markdown table of the README."""
    lines = [
        "| data set | sessions | attacked sessions stopped | attack calls stopped | benign sessions untouched "
        "| user's own calls in attacked sessions allowed |",
        "|---|---|---|---|---|---|",
    ]
    for name, report in reports.items():
        f = report.figures()
        lines.append(
            f"| {name} | {report.sessions} | {_cell(f['attacked_sessions_stopped'])} "
            f"({report.attacked_stopped}/{report.attacked_sessions}) | {_cell(f['attack_calls_stopped'])} "
            f"| {_cell(f['benign_sessions_untouched'])} ({report.benign_untouched}/{report.benign_sessions}) "
            f"| {_cell(f['own_calls_in_attacked_allowed'])} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--policies", type=Path, default=REPO / "policies", help="policy directory")
    parser.add_argument("--profile", help="a named profile of the pack (see README)")
    parser.add_argument("--without-intent", action="store_true", help="leave intent.cedar out (no model)")
    parser.add_argument(
        "--sessions", type=int, default=0, metavar="N", help="replay about N sessions of each set (default: all)"
    )
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, of: {', '.join(SETS)}")
    parser.add_argument("--json", action="store_true", help="print every report as JSON after the table")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"{args.data}: no such data directory; pass it as the first argument", file=sys.stderr)
        return 2
    chosen = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SETS]
    if unknown:
        print(f"unknown data set(s) {unknown}; choose from {list(SETS)}", file=sys.stderr)
        return 2
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    reports: dict[str, EvalReport] = {}
    with tempfile.TemporaryDirectory() as workdir:
        policies = policy_dir(args.policies, args.without_intent, Path(workdir))
        settings: dict[str, Any] = {"policies": policies}
        if args.profile:
            settings["profile"] = args.profile
        config = Config.from_mapping(settings)
        what = f"{args.policies}{' without intent.cedar' if args.without_intent else ''}"
        print(f"policies: {what}{f', profile {args.profile}' if args.profile else ''}", file=sys.stderr)
        for name in chosen:
            started = time.perf_counter()
            if name in SPLITS:
                tuning, held_out = SPLITS[name]
                reports[f"{name} (tuning)"] = measure(name, args.data, config, args.sessions, tuning)
                reports[f"{name} (held out)"] = measure(name, args.data, config, args.sessions, held_out)
            else:
                reports[name] = measure(name, args.data, config, args.sessions)
            print(f"  {name}: {time.perf_counter() - started:.1f}s", file=sys.stderr)
    print(table(reports))
    print()
    for name, report in reports.items():
        print(f"{name}: stopped attack calls: {dict(report.policies_on_attack.most_common())}")
        print(f"{name}: stopped benign calls: {dict(report.policies_on_benign.most_common())}")
    if args.json:
        print(json.dumps({name: report.to_dict() for name, report in reports.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
