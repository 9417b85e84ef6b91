"""Measure the trajectory model with sources and categories held out in turn.

    nice -n 10 python benchmarks/eval_intent.py [DATA_DIR] [--folds source,category] [--json FILE]

For each fold, a model is trained (benchmarks/train_intent.py's `train`, calibrated to flag at most 2%
of its own calibration split's benign sessions) on every session outside the fold and measured on the
fold. A session counts as flagged when the risk at any of its tool calls reaches the ask threshold
(90), the default `ask-high-risk` policy; an attack flagged at its last call or earlier is stopped
before its last step runs. Rows:

    trajectory  the sequence scorer (step, peak, topic, category evidence)
    per-step    the same model's harm head alone, one step at a time, calibrated the same way: the
                gain of the trajectory over it is what accumulating across turns buys

The decomposed set's `holdout` split and its fresh batch (training/decomposed, when present) are never
trained on and are reported on their own with the shipped-recipe model trained on everything else.
`--without-cues` trains every fold without the intent-cue sequence features, to show what they add.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from intent_data import CACHE_DIR, HELD_OUT, LabelledSession, default_data, load_corpus
from train_intent import RISK_ASK, Steps, embed_corpus, replay, train, with_purposes
from train_purpose import LowerStates, training_rows

from bastion.intent.embedder import Embedder
from bastion.intent.trajectory import SEQUENCE_FEATURES, TrajectoryModel


def per_step_threshold(model: TrajectoryModel, calibration: list[Steps], benign_rate: float) -> float:
    """The step-logit threshold that flags `benign_rate` of calibration benign sessions."""
    peaks = sorted(max(replay(model, s)[1], default=-10.0) for s in calibration if not s.session.is_attack)
    if not peaks:
        return 0.0
    return peaks[min(len(peaks) - 1, int(np.ceil((1.0 - benign_rate) * len(peaks))))] + 1e-6


def measure(model: TrajectoryModel, sessions: list[Steps], step_threshold: float) -> dict[str, Any]:
    """Caught, turn of detection and benign flagged, for the trajectory and the per-step rows."""
    rows: dict[str, dict[str, Any]] = {}
    replayed = [(s, replay(model, s)) for s in sessions]
    for name in ("trajectory", "per-step"):
        attacks = benign = caught = early = flagged = 0
        turns: list[float] = []
        for s, (_, peaks, risks) in replayed:
            if not risks:
                continue
            hits = (
                [r * 100 >= RISK_ASK for r in risks] if name == "trajectory" else [p >= step_threshold for p in peaks]
            )
            call_turns = [t for t, c in zip(s.turns, s.is_call, strict=True) if c]
            if s.session.is_attack:
                attacks += 1
                if any(hits):
                    caught += 1
                    first = hits.index(True)
                    turns.append(call_turns[first] + 1)
                    if call_turns[first] < max(call_turns):
                        early += 1
            else:
                benign += 1
                flagged += any(hits)
        rows[name] = {
            "attacks": attacks,
            "caught": caught,
            "caught_before_last_turn": early,
            "benign": benign,
            "benign_flagged": flagged,
            "mean_detection_turn": round(float(np.mean(turns)), 2) if turns else None,
        }
    return rows


def run_fold(
    name: str,
    train_on: list[Steps],
    test_on: list[Steps],
    seeds: dict[str, np.ndarray],
    rate: float,
    iterations: int,
    features: list[str],
    states: LowerStates | None = None,
) -> dict[str, Any]:
    """Train on one side, measure on the other; with `states`, the purpose head is tuned first, on the
    training side only, and both sides read its logits."""
    if states is not None:
        weights = states.fit(training_rows([s.session for s in train_on]))
        texts = sorted({t for s in train_on + test_on for t in s.texts or []})
        purpose_of = states.score(weights, texts)
        train_on, test_on = with_purposes(train_on, purpose_of), with_purposes(test_on, purpose_of)
    model = train(train_on, seeds, benign_rate=rate, iterations=iterations, features=features)
    calibration = [s for s in train_on if hash_split(s.session) == "calibration"]
    threshold = per_step_threshold(model, calibration, rate)
    return {"fold": name, **measure(model, test_on, threshold)}


def holdout_all(held_out: dict[str, list[Steps]]) -> list[Steps]:
    """Every held-out session, once."""
    return [s for sessions in held_out.values() for s in sessions]


def hash_split(session: LabelledSession) -> str:
    """The fit/calibration split train_intent uses."""
    from train_intent import _split_of

    return _split_of(session.group)


def _priority(source: str) -> tuple[int, str]:
    """Folds in order of what they tell: the decomposed set and the attack sources first."""
    order = ["decomposed", "multiturn/hhrlhf_redteam", "agentharm", "multiturn/coconot", "multiturn/xstest"]
    return (order.index(source) if source in order else len(order), source)


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "-"


def render(results: list[dict[str, Any]], title: str) -> str:
    """A markdown table of folds."""
    lines = [
        f"### {title}",
        "",
        "| held out | attacks caught (trajectory) | before last turn | detection turn | benign flagged (trajectory) "
        "| attacks caught (per-step) | benign flagged (per-step) |",
        "|---|---|---|---|---|---|---|",
    ]
    totals: dict[str, int] = defaultdict(int)
    for r in results:
        t, p = r["trajectory"], r["per-step"]
        lines.append(
            f"| {r['fold']} | {_pct(t['caught'], t['attacks'])} | {_pct(t['caught_before_last_turn'], t['attacks'])} "
            f"| {t['mean_detection_turn'] or '-'} | {_pct(t['benign_flagged'], t['benign'])} "
            f"| {_pct(p['caught'], p['attacks'])} | {_pct(p['benign_flagged'], p['benign'])} |"
        )
        for key in ("attacks", "caught", "caught_before_last_turn", "benign", "benign_flagged"):
            totals[f"t_{key}"] += t[key]
            totals[f"p_{key}"] += p[key]
    lines.append(
        f"| **all folds** | {_pct(totals['t_caught'], totals['t_attacks'])} "
        f"| {_pct(totals['t_caught_before_last_turn'], totals['t_attacks'])} | "
        f"| {_pct(totals['t_benign_flagged'], totals['t_benign'])} | {_pct(totals['p_caught'], totals['p_attacks'])} "
        f"| {_pct(totals['p_benign_flagged'], totals['p_benign'])} |"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=default_data())
    parser.add_argument("--folds", default="source,category,holdout", help="any of source, category, holdout, shipped")
    parser.add_argument("--benign-rate", type=float, default=0.02, help="as train_intent.py (the shipped model)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--only", default="", help="comma-separated source or category names: run only these folds")
    parser.add_argument("--iterations", type=int, default=60, help="L-BFGS iterations per head (as the shipped model)")
    parser.add_argument(
        "--without-purpose",
        action="store_true",
        help="train every fold without the purpose head (step harm from the embedding's harm head)",
    )
    parser.add_argument(
        "--without-cues",
        action="store_true",
        help="train without the intent-cue sequence features (to show their gain)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    only = {name for name in args.only.split(",") if name}
    everything = load_corpus(args.data, include_holdout=True)
    steps, seeds = embed_corpus(args.data, everything)
    holdout = [s for s in steps if s.session.split == "holdout"]
    # Every set never trained or tuned on, reported row by row.
    held_out = {
        name: [s for s in steps if s.session.split == split]
        for name, split in (
            ("decomposed holdout", "holdout"),
            ("decomposed fresh batch", "fresh"),
            ("actor-anchored chains held out", "holdout-actor"),
        )
    }
    usable = [s for s in steps if s.session.split not in HELD_OUT]
    features = [f for f in SEQUENCE_FEATURES if not (args.without_cues and f.startswith("cue_"))]
    # The purpose head is tuned again for every fold, on its training side only (the lower layers, frozen,
    # run once for every text).
    states = (
        None
        if args.without_purpose
        else LowerStates(sorted({t for s in steps for t in s.texts or []}), cache=CACHE_DIR.parent / "lower")
    )
    if states is not None:
        print(
            f"lower layers run on {len(states.states)} texts ({time.perf_counter() - started:.0f} s)", file=sys.stderr
        )
    output: dict[str, Any] = {}
    if "source" in args.folds:
        results = []
        for source in sorted({s.session.source for s in usable}, key=_priority):
            if only and source not in only:
                continue
            inside = [s for s in usable if s.session.source == source]
            outside = [s for s in usable if s.session.source != source]
            results.append(
                run_fold(source, outside, inside, seeds, args.benign_rate, args.iterations, features, states)
            )
            print(f"source {source} done ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
            print(json.dumps({"kind": "source", **results[-1]}), file=sys.stderr, flush=True)
        output["source"] = results
        print(render(results, "Leave one source out"))
    if "category" in args.folds:
        results = []
        for category in sorted({s.session.category for s in usable if s.session.category}):
            if only and category not in only:
                continue
            inside = [s for s in usable if s.session.category == category]
            groups = {s.session.group for s in inside}
            outside = [s for s in usable if s.session.category != category and s.session.group not in groups]
            results.append(
                run_fold(category, outside, inside, seeds, args.benign_rate, args.iterations, features, states)
            )
            print(f"category {category} done ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
            print(json.dumps({"kind": "category", **results[-1]}), file=sys.stderr, flush=True)
        output["category"] = results
        print(render(results, "Leave one category out"))
    if holdout and "shipped" in args.folds:
        # The shipped model (trained on everything but the holdout) on the holdout: no refit.
        model = TrajectoryModel.load()
        calibration = [s for s in usable if hash_split(s.session) == "calibration"]
        if model.reads_purpose:
            # The purpose logits as bastion computes them: the shipped head in the quantized graph.
            embedder = Embedder(backend="onnx")
            texts = sorted({t for s in calibration + holdout_all(held_out) for t in s.texts or []})
            purpose_of = dict(zip(texts, embedder.embed(texts)[1].tolist(), strict=True))
            calibration = with_purposes(calibration, purpose_of)
            held_out_shipped = {name: with_purposes(sessions, purpose_of) for name, sessions in held_out.items()}
        else:
            held_out_shipped = held_out
        threshold = per_step_threshold(model, calibration, args.benign_rate)
        shipped = [
            {"fold": f"{name}, shipped model", **measure(model, sessions, threshold)}
            for name, sessions in held_out_shipped.items()
            if sessions
        ]
        output["shipped"] = shipped
        print(render(shipped, "Decomposed sessions never trained or tuned on (the shipped model)"))
    if holdout and "holdout" in args.folds:
        results = [
            run_fold(name, usable, sessions, seeds, args.benign_rate, args.iterations, features, states)
            for name, sessions in held_out.items()
            if sessions
        ]
        output["holdout"] = results
        print(render(results, "Decomposed sessions never trained or tuned on"))
    print(f"\n{len(usable)} sessions, {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(output, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
