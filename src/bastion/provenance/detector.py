"""Score a tool output for injected instructions: 0..100, with the region that carries them.

A tool output is data. An injection is text in it that turns to the assistant reading it and gives
it orders the user never gave. The detector reads the normalised output (`normalize_output`) and
returns a `Detection`: the score, the span of the most suspicious region in the normalised text,
that region, and the cues found. One detector per process (`shared_detector`), loaded once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from bastion.provenance.normalize import normalize_output
from bastion.provenance.scan import scan_output

__all__ = ["THRESHOLD", "Detection", "Detector", "detect", "normalize_output", "shared_detector"]

# A score at or above this marks an output as carrying injected instructions (`injection_seen`).
THRESHOLD = 50
_MAX_CHARS = 65_536
_shared: Detector | None = None
_shared_lock = threading.Lock()


@dataclass(frozen=True)
class Detection:
    """What the detector found in one tool output.

    Attributes:
        score: 0 (plain data) to 100 (certainly injected instructions).
        span: Start and end of the most suspicious region in the normalised text, or None.
        region: The text of that region ("" when there is none).
        cues: The names of the cues found.
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
    """The injection detector: cue weights mapped to a score."""

    def detect_normalized(self, text: str) -> Detection:
        """Score a text already normalised by `normalize_output`.

        Args:
            text: The normalised output.

        Returns:
            The detection; its span indexes `text`.
        """
        scan = scan_output(text)
        weights = {"tool_mention": 1, "you_must": 1, "immediately": 1, "marker": 1}
        total = sum(weights.get(cue, 2) for cue in scan.cues)
        score = min(100, (0, 25, 60, 75)[total] if total < 4 else 90)
        if not scan.is_instruction:
            return Detection(score, None, "", scan.cues)
        span = (scan.region_start, len(text))
        return Detection(score, span, text[span[0] : span[1]], scan.cues)

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
    """
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Detector()
        return _shared


def detect(text: str) -> Detection:
    """Normalise a tool output and score it with the shared detector.

    Args:
        text: The raw output.

    Returns:
        The detection; its span indexes `normalize_output(text)`.
    """
    return shared_detector().detect(text)
