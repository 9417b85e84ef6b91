"""Score a tool output for injected instructions: 0..100, with the region that carries them.

A tool output is data. An injection is text in it that turns to the assistant reading it and gives
it orders the user never gave. The detector reads the normalised output (`normalize_output`), cuts
it into windows of one or two sentences (`bastion.provenance.features`), and scores every window
with a logistic model over the window's words and the shape of what it says (address to an AI,
the imperative mood toward tool actions, authority claims, urgency, concealment, a shift of
register from the rest of the output); a sentence with a cue that almost only injections have
(the scanner's strong cues: overriding earlier instructions, a new task, address to the AI, a
role marker, concealment, an urgent order; and the role-tag and conceal-verb shapes) scores at least 75.
The output's score is its most suspicious window's; the region is that window, widened over the
neighbouring sentences that reach the threshold on their own.

The model is numpy only (no torch), trained by `benchmarks/train_injection.py` and shipped as
`injection_model.json` beside this module; one detector per process (`shared_detector`).
"""

from __future__ import annotations

import bisect
import json
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bastion.errors import ConfigError
from bastion.provenance.features import FEATURES, Windows, read_windows
from bastion.provenance.normalize import normalize_output
from bastion.provenance.scan import strong_cues

__all__ = [
    "FLOOR_CUES",
    "FLOOR_SCORE",
    "MIN_TERMS",
    "MODEL_PATH",
    "THRESHOLD",
    "Detection",
    "Detector",
    "detect",
    "normalize_output",
    "shared_detector",
]

MODEL_PATH = Path(__file__).with_name("injection_model.json")
# A score at or above this marks an output as carrying injected instructions (`injection_seen`).
THRESHOLD = 50
_MAX_CHARS = 65_536
_MAX_CUES = 4
# A window's term weights are averaged over at least this many terms, so that a one-word fragment
# ("response.") cannot score like a sentence.
MIN_TERMS = 12
_RECENT = 64
_MAX_CONTINUATIONS = 3
# Where a window sits and how long it is: they weigh, but they do not explain a detection.
_PLACE = frozenset({"log_words", "is_first", "is_last", "position", "is_pair", "only_window"})
# Shapes that almost only injections have (a chat-role marker: no hard negative; an order to conceal:
# 0.8% of them; neither in tau-bench): a sentence with one, or with a cue of the tier below, scores at
# least FLOOR_SCORE.
FLOOR_CUES = ("role_tag", "conceal_verb")
# The scanner's strong cues that (almost) no benign output has: on the training data none of them
# matched more than 0.1% of the hard negatives or any tau-bench output ("use the X tool" did, 5.7%,
# and is left to the model).
_TIER = strong_cues(("override", "conceal", "new_task", "address", "role_marker", "reader_tag", "urgent_order"))
FLOOR_SCORE = 75
_FLOOR_MARGIN = math.log(FLOOR_SCORE / (100 - FLOOR_SCORE))
_shared: Detector | None = None
_shared_lock = threading.Lock()


@dataclass(frozen=True)
class Detection:
    """What the detector found in one tool output.

    Attributes:
        score: 0 (plain data) to 100 (certainly injected instructions).
        span: Start and end of the most suspicious region in the normalised text, or None when no
            window reaches the threshold.
        region: The text of that region ("" when there is none).
        cues: The names of the features that weighed most toward injection in that region.
    """

    score: int
    span: tuple[int, int] | None
    region: str
    cues: tuple[str, ...]

    @property
    def is_injection(self) -> bool:
        """True when the score reaches the threshold."""
        return self.score >= THRESHOLD


class Detector:
    """The injection detector: a logistic model over window terms and shape features.

    Args:
        model: The model as `benchmarks/train_injection.py` writes it.

    Raises:
        ConfigError: The model does not match the features this version computes.
    """

    def __init__(self, model: dict[str, Any]) -> None:
        names = tuple(model.get("features", ()))
        if names != FEATURES:
            raise ConfigError(
                "the injection model was trained on other features than this version computes; "
                "rebuild it with benchmarks/train_injection.py"
            )
        self.terms: dict[str, float] = {str(k): float(v) for k, v in model["terms"].items()}
        self.mean = np.asarray(model["mean"], dtype=np.float32)
        scale = np.asarray(model["scale"], dtype=np.float32)
        self.shape_weights = np.asarray(model["shapes"], dtype=np.float32) / np.where(scale > 0, scale, 1.0)
        self.bias = float(model["bias"]) - float(self.shape_weights @ self.mean)
        # The logit of a window maps to 0..100 through a logistic curve whose midpoint is the
        # operating point chosen at training time (score 50 = THRESHOLD).
        self.slope = float(model["slope"])
        self.midpoint = float(model["midpoint"])
        self.version = str(model.get("version", ""))
        self._floor_columns = [FEATURES.index(name) for name in FLOOR_CUES]
        self._pair = FEATURES.index("is_pair")
        self._marker = FEATURES.index("marker")
        self._you_modal = FEATURES.index("you_modal")
        # The provenance and intent stages read the same output: it is scored once.
        self._recent: OrderedDict[str, Detection] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def from_file(cls, path: Path) -> Detector:
        """Load a detector from a model file.

        Args:
            path: The JSON model file.

        Returns:
            The detector.

        Raises:
            ConfigError: The file is missing or is not a model.
        """
        try:
            model = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{path}: cannot read the injection model: {exc}") from exc
        try:
            return cls(model)
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{path}: not an injection model ({exc!r}); rebuild it") from exc

    def window_logits(self, windows: Windows, text: str) -> NDArray[np.float64]:
        """The logit of every window.

        Args:
            windows: The windows of a normalised text.
            text: That text.

        Returns:
            One logit per window.
        """
        if not windows.spans:
            return np.zeros(0)
        weights = self.terms
        lexical = np.empty(len(windows.spans))
        for index, terms in enumerate(windows.terms):
            unique = set(terms)
            lexical[index] = sum(weights.get(term, 0.0) for term in unique) / math.sqrt(max(MIN_TERMS, len(unique)))
        logits = lexical + windows.shapes @ self.shape_weights + self.bias
        # The cue tier: a window that overrides earlier instructions, carries a chat-role marker or
        # orders concealment scores at least FLOOR_SCORE, whatever the model makes of its words.
        # Sentences only: a pair holding the marked sentence must not pull its innocent neighbour in.
        shapes = windows.shapes
        marked = (shapes[:, self._floor_columns] > 0).any(axis=1)
        # "IMPORTANT: ... you must": a marker and an obligation put on the reader, in one sentence.
        marked |= (shapes[:, self._marker] > 0) & (shapes[:, self._you_modal] > 0)
        sentences = (len(windows.spans) + 1) // 2
        starts = [left for left, _ in windows.spans[:sentences]]
        for _, pattern in _TIER:
            for match in pattern.finditer(text):
                row = bisect.bisect_right(starts, match.start()) - 1
                if row >= 0:
                    marked[row] = True
        marked &= windows.shapes[:, self._pair] == 0
        return np.where(marked, np.maximum(logits, self.midpoint + _FLOOR_MARGIN), logits)

    def score(self, logit: float) -> int:
        """Map a window logit to 0..100."""
        value = 100.0 / (1.0 + math.exp(-max(-50.0, min(50.0, self.slope * (logit - self.midpoint)))))
        return round(value)

    def detect_normalized(self, text: str) -> Detection:
        """Score a text already normalised by `normalize_output`.

        Args:
            text: The normalised output.

        Returns:
            The detection; its span indexes `text`.
        """
        with self._lock:
            found = self._recent.get(text)
        if found is not None:
            return found
        found = self._detect(text)
        with self._lock:
            self._recent[text] = found
            while len(self._recent) > _RECENT:
                self._recent.popitem(last=False)
        return found

    def _detect(self, text: str) -> Detection:
        windows = read_windows(text)
        if not windows.spans:
            return Detection(0, None, "", ())
        logits = self.window_logits(windows, text)
        best = int(np.argmax(logits))
        score = self.score(float(logits[best]))
        if score < THRESHOLD:
            return Detection(score, None, "", ())
        start, end = self._widen(windows, logits, best, text)
        return Detection(score, (start, end), text[start:end], self._cues(windows, best))

    def _widen(self, windows: Windows, logits: NDArray[np.float64], best: int, text: str) -> tuple[int, int]:
        # Neighbouring sentences that reach the threshold on their own belong to the same passage.
        spans = windows.spans
        start, end = spans[best]
        single = windows.shapes[:, self._pair] == 0
        hot = sorted(spans[i] for i in np.flatnonzero((logits >= self.midpoint) & single))
        # One pass each way over the sorted sentences (no sentence overlaps another).
        for left, right in hot:
            if left <= end + 1 and right > end and left >= start:
                end = right
        for left, right in reversed(hot):
            if right >= start - 1 and left < start and right <= end:
                start = left
        # A sentence cut by a line break (a wrapped comment, a folded field) goes on in the next one.
        sentences = spans[: (len(spans) + 1) // 2]
        for _ in range(_MAX_CONTINUATIONS):
            following = next(((left, right) for left, right in sentences if left > end), None)
            if following is None or text[:end].rstrip("\"')]} ").endswith((".", "!", "?")):
                break
            end = following[1]
        return start, end

    def _cues(self, windows: Windows, best: int) -> tuple[str, ...]:
        contributions = (windows.shapes[best] - self.mean) * self.shape_weights
        order = np.argsort(-contributions)
        found = [FEATURES[i] for i in order if contributions[i] > 0.05 and FEATURES[i] not in _PLACE][:_MAX_CUES]
        terms = sorted(set(windows.terms[best]), key=lambda t: -self.terms.get(t, 0.0))[:2]
        found.extend(f"'{t}'" for t in terms if self.terms.get(t, 0.0) > 1.0)
        return tuple(found)

    def detect(self, text: str) -> Detection:
        """Normalise and score a tool output.

        Args:
            text: The raw output (the first 64 kB are read).

        Returns:
            The detection; its span indexes the normalised text.
        """
        return self.detect_normalized(normalize_output(text[:_MAX_CHARS]))


def shared_detector() -> Detector:
    """The process-wide detector, loaded on first use and shared by every firewall of the process.

    Returns:
        The detector.

    Raises:
        ConfigError: The shipped model is missing or unreadable.
    """
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Detector.from_file(MODEL_PATH)
        return _shared


def detect(text: str) -> Detection:
    """Normalise a tool output and score it with the shared detector.

    Args:
        text: The raw output.

    Returns:
        The detection; its span indexes `normalize_output(text)`.
    """
    return shared_detector().detect(text)
