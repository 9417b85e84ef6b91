"""Fit the intent scorer's logistic weights on the AgentHarm validation split (the training split).

    python benchmarks/train_intent.py [DATA_DIR] [--write] [--heldout]

DATA_DIR defaults to ../shared/data relative to the repository. The exemplar descriptions are read
from the shipped model file (src/bastion/intent/model.json); with --write the fitted weights are
written back into it. --heldout also prints the scorer's separation on the test_public split, which
is never trained on.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from bastion.catalog import Catalog  # noqa: E402
from bastion.events import Message, ToolCall, ToolResult  # noqa: E402
from bastion.firewall import StageContext  # noqa: E402
from bastion.intent.scorer import FEATURE_NAMES, MODEL_FILE, IntentModel  # noqa: E402
from bastion.intent.stage import IntentStage  # noqa: E402
from bastion.trace import read_trace  # noqa: E402

TRAIN_SPLIT = "validation"
HELDOUT_SPLIT = "test_public"


def sessions_of(data: Path, split: str) -> tuple[dict[str, list[Message | ToolCall | ToolResult]], dict[str, int]]:
    """The AgentHarm sessions of one split, and each session's label (1 attack, 0 benign)."""
    labels = json.loads((data / "agentharm" / "labels.json").read_text())
    sessions: dict[str, list[Message | ToolCall | ToolResult]] = defaultdict(list)
    for event in read_trace(data / "agentharm" / "traces.jsonl"):
        if event.session.startswith(f"agentharm-{split}-"):
            sessions[event.session].append(event)
    return dict(sessions), {s: int(labels[s] == "attack") for s in sessions}


async def collect(stage: IntentStage, sessions: dict[str, list[Any]]) -> dict[str, list[list[float]]]:
    """Replay each session through the intent stage; the features of every tool call."""
    found: dict[str, list[list[float]]] = {}
    for session_id, events in sessions.items():
        state: dict[str, Any] = {}
        rows = []
        for event in events:
            if isinstance(event, ToolCall):
                values, _, _ = await stage.call_features(state, event)
                rows.append(values)
            else:
                await stage.process(event, StageContext(session_id, state, {}, "tools"))
        found[session_id] = rows
    return found


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-regularized logistic regression by Newton's method (x already standardized)."""
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    penalty = np.eye(d + 1) * l2
    penalty[d, d] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (p - y) + penalty @ beta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:d], float(beta[d])


def auc(scores: list[float], labels: list[int]) -> float:
    """Area under the ROC curve (probability a random attack outscores a random benign)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / max(1, len(pos) * len(neg))


def session_scores(model: IntentModel, found: dict[str, list[list[float]]]) -> dict[str, float]:
    """Each session's highest risk over its calls (what the stage's running peak reports)."""
    return {s: max((model.probability(r) for r in rows), default=0.0) for s, rows in found.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--write", action="store_true", help="write the fitted weights into model.json")
    parser.add_argument("--heldout", action="store_true", help="also report on the held-out test_public split")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the standardized weights")
    args = parser.parse_args()
    if not (args.data / "agentharm" / "traces.jsonl").is_file():
        print(f"{args.data}: no agentharm/traces.jsonl here; pass the data directory", file=sys.stderr)
        return 2
    raw = json.loads(MODEL_FILE.read_text())
    model = IntentModel.from_mapping(raw)
    catalog = Catalog.from_file(args.data / "agentharm" / "tools.json")
    stage = IntentStage(model, catalog=catalog)
    started = time.perf_counter()
    train, train_labels = sessions_of(args.data, TRAIN_SPLIT)
    found = asyncio.run(collect(stage, train))
    x = np.array([row for s in train for row in found[s]])
    y = np.array([train_labels[s] for s in train for _ in found[s]], dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    weights, bias = fit_logistic((x - mean) / scale, y, args.l2)
    raw["scorer"] = {
        "features": list(FEATURE_NAMES),
        "weights": [round(float(w), 5) for w in weights],
        "bias": round(bias, 5),
        "mean": [round(float(m), 5) for m in mean],
        "scale": [round(float(s), 5) for s in scale],
        "trained_on": f"AgentHarm {TRAIN_SPLIT} split: {len(train)} sessions, {len(y)} tool calls",
    }
    fitted = IntentModel.from_mapping(raw)
    print(f"trained on {len(train)} sessions / {len(y)} calls in {time.perf_counter() - started:.1f}s")
    for name, w in zip(FEATURE_NAMES, weights, strict=True):
        print(f"  {name:18s} {w:+.3f}")
    scores = session_scores(fitted, found)
    print(f"training split session AUC: {auc([scores[s] for s in train], [train_labels[s] for s in train]):.3f}")
    if args.heldout:
        heldout, heldout_labels = sessions_of(args.data, HELDOUT_SPLIT)
        held_found = asyncio.run(collect(stage, heldout))
        held_scores = session_scores(fitted, held_found)
        order = sorted(heldout)
        print(
            f"held-out ({HELDOUT_SPLIT}) session AUC: "
            f"{auc([held_scores[s] for s in order], [heldout_labels[s] for s in order]):.3f}"
        )
        benign_sorted = sorted(held_scores[s] for s in order if not heldout_labels[s])
        cut = benign_sorted[int(0.95 * len(benign_sorted))]
        caught = [held_scores[s] > cut for s in order if heldout_labels[s]]
        print(f"  at 5% false positives (risk > {cut * 100:.0f}): detects {sum(caught) / len(caught):.1%}")
        for threshold in (50, 70, 80, 90, 93, 95, 97, 99):
            attacks = [held_scores[s] * 100 >= threshold for s in order if heldout_labels[s]]
            benign = [held_scores[s] * 100 >= threshold for s in order if not heldout_labels[s]]
            print(
                f"  risk >= {threshold}: detects {sum(attacks) / len(attacks):.1%} of attacks, "
                f"flags {sum(benign) / len(benign):.1%} of benign twins"
            )
    if args.write:
        MODEL_FILE.write_text(json.dumps(raw, indent=1) + "\n")
        print(f"wrote {MODEL_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
