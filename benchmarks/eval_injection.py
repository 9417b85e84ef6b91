"""Measure the injection detector: leave-one-source-out, and the shipped model on data it never saw.

    python benchmarks/eval_injection.py DATA_DIR [--only loso|shipped]

DATA_DIR holds the public corpora (`injection/`, `asb/`, `taubench_retail/`).

Leave-one-source-out: for each training source, a model is trained (as `train_injection.py` trains)
on every other training source and scored on the held-out one. Detection is measured at the logits
that 1% and 5% of a benign pool exceed; the pool is the held-out source's own benign outputs plus
tau-bench's (never trained on). `flagged` is the share of the held-out benign outputs above the
fold model's own operating point (the logit that 1% of its training benign outputs exceed, in
sample; the shipped model's is set out of fold). Scores include the cue tier, as shipped.

Shipped model: the model in the package, at its threshold (score 50), on ASB and tau-bench (never
trained or tuned on), on the written corpus's `holdout` split (never trained or tuned on), and on
the hard negatives (a training source: a training figure).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))

from injection_data import EVAL_SOURCES, TRAIN_SOURCES, load_samples
from train_injection import TARGET_FPR, Prepared, fit, prepare, score_documents

from bastion.provenance.detector import MODEL_PATH, THRESHOLD, Detector


def auc(positives: NDArray[np.float64], negatives: NDArray[np.float64]) -> float:
    """The area under the ROC curve (ties count half)."""
    if not len(positives) or not len(negatives):
        return float("nan")
    scores = np.concatenate([positives, negatives])
    order = scores.argsort(kind="stable")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    for value in np.unique(scores):
        tied = scores == value
        ranks[tied] = ranks[tied].mean()
    return float(
        (ranks[: len(positives)].sum() - len(positives) * (len(positives) + 1) / 2) / (len(positives) * len(negatives))
    )


def _pct(value: float) -> str:
    return "n/a" if value != value else f"{100 * value:.1f}%"


def loso(docs: dict[str, list[Prepared]]) -> None:
    """Print the leave-one-source-out table."""
    print("| held out | injected | benign pool | AUC | detected at 1% FPR | at 5% FPR | held-out benign flagged |")
    print("|---|---|---|---|---|---|---|")
    pooled_pos: list[float] = []
    pooled_neg: list[float] = []
    for held in TRAIN_SOURCES:
        train = [d for source in TRAIN_SOURCES if source != held for d in docs[source]]
        model = fit(train)
        train_logits = score_documents(model, [d for d in train if d.sample.label == 0])
        point = float(np.quantile(train_logits, 1.0 - TARGET_FPR))
        # The fold model's own operating point, so that its cue tier sits where the shipped one does.
        model = {**model, "midpoint": point}
        test = docs[held]
        logits = score_documents(model, test)
        labels = np.array([d.sample.label for d in test])
        reference = score_documents(model, docs["taubench"])
        benign = np.concatenate([logits[labels == 0], reference])
        positives = logits[labels == 1]
        at1, at5 = np.quantile(benign, 0.99), np.quantile(benign, 0.95)
        held_benign = logits[labels == 0]
        pooled_pos.extend(positives - point)
        pooled_neg.extend(benign - point)
        print(
            f"| {held} | {len(positives)} | {len(benign)} | {auc(positives, benign):.3f} | "
            f"{_pct(float(np.mean(positives > at1)) if len(positives) else float('nan'))} | "
            f"{_pct(float(np.mean(positives > at5)) if len(positives) else float('nan'))} | "
            f"{_pct(float(np.mean(held_benign > point)) if len(held_benign) else float('nan'))} |",
            flush=True,
        )
    print(
        f"\nPooled (each fold's logits relative to its own operating point): AUC "
        f"{auc(np.array(pooled_pos), np.array(pooled_neg)):.3f}"
    )


def shipped(docs: dict[str, list[Prepared]]) -> None:
    """Print the shipped model's figures."""
    detector = Detector.from_file(MODEL_PATH)
    print(f"\n| data (shipped model, score >= {THRESHOLD}) | injected detected | benign flagged | AUC | trained on |")
    print("|---|---|---|---|---|")
    rows = (
        ("asb", "no"),
        ("taubench", "no"),
        ("written_holdout", "no (holdout split)"),
        ("hard_negatives", "yes: training figure"),
        ("written", "yes: training figure"),
    )
    by_kind: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for source, trained in rows:
        scores = np.array(
            [
                detector.score(float(detector.window_logits(d.windows, d.text).max())) if d.windows.spans else 0
                for d in docs[source]
            ]
        )
        labels = np.array([d.sample.label for d in docs[source]])
        positives, negatives = scores[labels == 1], scores[labels == 0]
        if source == "written_holdout":
            for doc, score in zip(docs[source], scores, strict=True):
                by_kind[doc.sample.kind.split("/")[0]].append((doc.sample.label, int(score >= THRESHOLD)))
        print(
            f"| {source} | {_pct(float(np.mean(positives >= THRESHOLD))) if len(positives) else 'n/a'}"
            f" ({len(positives)}) | {_pct(float(np.mean(negatives >= THRESHOLD))) if len(negatives) else 'n/a'}"
            f" ({len(negatives)}) | {auc(positives.astype(float), negatives.astype(float)):.3f} | {trained} |"
        )
    print("\nWritten holdout by family (share scored >= threshold):")
    for kind, marks in sorted(by_kind.items()):
        label = "injected" if marks[0][0] else "benign"
        print(f"- {kind} ({label}, {len(marks)}): {_pct(sum(m for _, m in marks) / len(marks))}")


def main() -> int:
    """Run the evaluation."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="the directory holding injection/, asb/, taubench_retail/")
    parser.add_argument("--only", choices=("loso", "shipped"), help="only one of the two parts")
    args = parser.parse_args()
    grouped: dict[str, list[Prepared]] = defaultdict(list)
    for doc in prepare(load_samples(args.data_dir, TRAIN_SOURCES + EVAL_SOURCES)):
        grouped[doc.sample.source].append(doc)
    if args.only != "shipped":
        loso(grouped)
    if args.only != "loso":
        shipped(grouped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
