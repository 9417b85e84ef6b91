"""The trajectory model: per-step harm and category scores, accumulated across a session (and a principal).

Each step of a session (a user message, or a tool call rendered as text) is embedded once. Then,
with weights learned from labelled sessions by `benchmarks/train_intent.py`:

    harm_t      = sigmoid(w_harm . v_t + b_harm)              how harmful this step looks on its own
                  (or, in a model whose header says "step_harm": "purpose", sigmoid(a * p_t + b) from the
                  step's purpose logit p_t, `bastion.intent.purpose`: what its wording is for, not its topic)
    category_t  = softmax(W_cat v_t + b_cat)                  which harm it would be
    evidence    = decay * evidence + harm_t * category_t      per category: accumulates and forgets
    mean        = unit(keep * mean_sum + v_t)                 where the whole conversation points
    topic       = w_traj . mean + b_traj                      how harmful that direction is
    cues        = cue_keep * cues + [kind shown by this step]  per intent-cue kind (`bastion.intent.cues`)
    risk        = sigmoid(w_seq . features + b_seq)

The features are named in the model's header (SEQUENCE_FEATURES lists every one bastion knows; a model
without the list reads the first five): this step's harm logit, the session's peak logit, the topic
logit, the log of the largest and of the total category evidence, and, over the harm of the latest
steps still held in the state, the mean of the three highest, the mean, how many reach 0.5, and the
slope (the latest step's harm against the mean of those before it); and, from the intent cues (words
about the purpose: unseen, past a safeguard, at a person, deadly, deceiving, threatening), how many
kinds the session has shown, and that count times the topic's and the steps' harm (a cue means little
on a harmless topic, much on a dangerous one).

A decomposed attack asks a string of steps that each look harmless; the category evidence and the
conversation's mean direction add them up, and the decay lets a long benign session forget a
single edgy question. The per-step math is a few 384-wide dot products; the embedding is the cost.

The weights ship as `trajectory.npz` beside this module (numpy arrays and a JSON header).
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bastion.errors import ConfigError
from bastion.intent.cues import CUE_KINDS, describe_cues

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = [
    "CATEGORIES",
    "SEQUENCE_FEATURES",
    "TRAJECTORY_FILE",
    "StepScore",
    "TrajectoryModel",
    "TrajectoryState",
    "describe_steps",
]

TRAJECTORY_FILE = Path(__file__).with_name("trajectory.npz")

# The unified harm categories; every source's own category is mapped onto one of these.
CATEGORIES = (
    "chemical_biological",
    "violence_weapons",
    "cyber",
    "fraud",
    "harassment_hate",
    "privacy_stalking",
    "self_harm",
    "drugs",
    "sexual",
    "child_safety",
    "disinformation",
    "extremism",
    "crime",
)
SEQUENCE_FEATURES = (
    "step",
    "peak",
    "topic",
    "evidence_max",
    "evidence_total",
    "harm_top3",
    "harm_mean",
    "harm_above_half",
    "harm_slope",
    "cue_kinds",
    "cue_topic",
    "cue_harm",
)
# What a model whose header names no features reads (the first models had only these).
_LEGACY_FEATURES = SEQUENCE_FEATURES[:5]
# Steps remembered per session to name the ones that drove a category's evidence.
_MAX_STEPS = 12
_FLOOR = 0.05
# A cue kind counts as shown while its decayed tally stays at this or more.
_CUE_SHOWN = 0.5


def read_weights(file: Path, what: str) -> tuple[dict[str, NDArray[Any]], dict[str, Any], bytes]:
    """The arrays, the JSON header (stored as the `header` array) and the bytes of a model's `.npz` file.

    Args:
        file: The file.
        what: What the file holds, for messages (`trajectory model`).

    Raises:
        ConfigError: The file is missing, not an `.npz` or has no readable header.
    """
    try:
        raw = file.read_bytes()
        with np.load(io.BytesIO(raw), allow_pickle=False) as npz:
            arrays = {name: np.asarray(npz[name]) for name in npz.files}
    except FileNotFoundError:
        raise ConfigError(f"{file}: no such {what} file") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{file}: not a {what} (.npz): {exc}") from None
    try:
        header = json.loads(bytes(arrays.pop("header")).decode("utf-8"))
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"{file}: the {what} has no readable header: {exc}") from None
    if not isinstance(header, dict):
        raise ConfigError(f"{file}: the {what} has no readable header: not a JSON object")
    return arrays, header, raw


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, value))))


@dataclass(frozen=True)
class StepScore:
    """What one step contributed.

    Attributes:
        harm: The step's own harm probability (0..1).
        logit: Its harm logit.
        category: The step's most likely category.
    """

    harm: float
    logit: float
    category: str


@dataclass
class TrajectoryState:
    """The accumulated evidence of one session or principal (JSON-serializable through `to_json`).

    Attributes:
        evidence: Per category, the decayed sum of harm-weighted category probabilities.
        mean_sum: The decayed sum of step vectors (its direction is the conversation's).
        peak: The highest step logit so far.
        steps: The latest steps: (label, per-category contribution when it was made).
        count: How many steps were scored.
        cues: Per intent-cue kind (CUE_KINDS), the decayed tally of steps that showed it.
        cue_steps: The latest steps that showed a cue: (label, the kinds).
    """

    evidence: list[float]
    mean_sum: NDArray[np.float32] | None = None
    peak: float = -10.0
    steps: list[tuple[str, Sequence[float]]] | None = None
    count: int = 0
    cues: list[float] | None = None
    cue_steps: list[tuple[str, tuple[str, ...]]] | None = None

    @classmethod
    def empty(cls) -> TrajectoryState:
        """A state with no steps."""
        return cls([0.0] * len(CATEGORIES), None, -10.0, [], 0, [0.0] * len(CUE_KINDS), [])

    def copy(self) -> TrajectoryState:
        """A copy whose lists can be changed (the mean vector is shared: `step` replaces it, never changes it)."""
        return TrajectoryState(
            list(self.evidence),
            self.mean_sum,
            self.peak,
            list(self.steps or []),
            self.count,
            list(self.cues or [0.0] * len(CUE_KINDS)),
            list(self.cue_steps or []),
        )

    def to_json(self, pack: Any) -> dict[str, Any]:
        """The state as JSON values (`pack` turns a vector into text); cue tallies only once a cue was shown."""
        raw = {
            "evidence": np.round(np.asarray(self.evidence, dtype=np.float64), 4).tolist(),
            "mean": pack(self.mean_sum) if self.mean_sum is not None else None,
            "peak": round(self.peak, 4),
            # A step's contributions are rounded when the step is made (`TrajectoryModel.step`).
            "steps": [
                [label, contribution if isinstance(contribution, list) else list(contribution)]
                for label, contribution in self.steps or []
            ],
            "count": self.count,
        }
        if self.cues and any(self.cues):
            raw["cues"] = np.round(np.asarray(self.cues, dtype=np.float64), 4).tolist()
            raw["cue_steps"] = [[label, list(kinds)] for label, kinds in self.cue_steps or []]
        return raw

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None, unpack: Any) -> TrajectoryState:
        """Read a state written by `to_json` (`unpack` turns text back into a vector).

        Raises:
            ValueError: The state is malformed.
        """
        if not raw:
            return cls.empty()
        evidence = [float(e) for e in raw["evidence"]]
        if len(evidence) != len(CATEGORIES):
            raise ValueError(f"trajectory evidence has {len(evidence)} categories, expected {len(CATEGORIES)}")
        steps: list[tuple[str, Sequence[float]]] = [
            (str(label), tuple(float(c) for c in contribution)) for label, contribution in raw.get("steps", [])
        ]
        mean = unpack(raw["mean"]) if raw.get("mean") else None
        cues = [float(c) for c in raw.get("cues") or [0.0] * len(CUE_KINDS)]
        if len(cues) != len(CUE_KINDS):
            raise ValueError(f"trajectory cues have {len(cues)} kinds, expected {len(CUE_KINDS)}")
        cue_steps = [(str(label), tuple(str(k) for k in kinds)) for label, kinds in raw.get("cue_steps") or []]
        return cls(evidence, mean, float(raw.get("peak", -10.0)), steps, int(raw.get("count", 0)), cues, cue_steps)


class TrajectoryModel:
    """The learned weights and the per-step update.

    Args:
        arrays: The weight arrays (see the module docstring).
        header: Decays, category descriptions and calibration.
    """

    def __init__(self, arrays: dict[str, NDArray[np.float32]], header: dict[str, Any]) -> None:
        self.harm_w = arrays["harm_w"].astype(np.float32)
        self.harm_b = float(arrays["harm_b"])
        self.cat_w = arrays["cat_w"].astype(np.float32)
        self.cat_b = arrays["cat_b"].astype(np.float32)
        self.traj_w = arrays["traj_w"].astype(np.float32)
        self.traj_b = float(arrays["traj_b"])
        self.features: tuple[str, ...] = tuple(header.get("sequence_features", _LEGACY_FEATURES))
        self.seq_w = [float(w) for w in arrays["seq_w"]]
        self.seq_b = float(arrays["seq_b"])
        self.header = header
        self.evidence_decay = float(header.get("evidence_decay", 0.8))
        self.mean_keep = float(header.get("mean_keep", 0.8))
        self.cue_keep = float(header.get("cue_keep", 0.9))
        self.descriptions: dict[str, str] = dict(header.get("descriptions", {}))
        self.step_harm = str(header.get("step_harm", "embedding"))
        scale, shift = header.get("purpose_affine", (1.0, 0.0))
        self.purpose_scale, self.purpose_shift = float(scale), float(shift)

    @property
    def reads_purpose(self) -> bool:
        """True if a step's harm comes from the purpose head's logit (every step must then bring one)."""
        return self.step_harm == "purpose"

    @classmethod
    def load(cls, path: str | Path | None = None) -> TrajectoryModel:
        """Read a trajectory model file.

        Args:
            path: The `.npz` file (default: the one shipped with bastion).

        Returns:
            The model.

        Raises:
            ConfigError: The file is missing or malformed.
        """
        file = Path(path) if path is not None else TRAJECTORY_FILE
        arrays, header, _ = read_weights(file, "trajectory model")
        return cls.from_arrays(arrays, header, source=str(file))

    @classmethod
    def from_arrays(
        cls, arrays: dict[str, NDArray[Any]], header: dict[str, Any], *, source: str = "<trajectory model>"
    ) -> TrajectoryModel:
        """Validate weight arrays and a header.

        Raises:
            ConfigError: An array is missing or has the wrong shape; the message names it.
        """
        features = list(header.get("sequence_features", _LEGACY_FEATURES))
        unknown = [name for name in features if name not in SEQUENCE_FEATURES]
        if unknown:
            raise ConfigError(
                f"{source}: unknown sequence features {unknown}; this bastion knows {list(SEQUENCE_FEATURES)}"
            )
        shapes = {
            "harm_w": (384,),
            "harm_b": (),
            "cat_w": (len(CATEGORIES), 384),
            "cat_b": (len(CATEGORIES),),
            "traj_w": (384,),
            "traj_b": (),
            "seq_w": (len(features),),
            "seq_b": (),
        }
        for name, shape in shapes.items():
            if name not in arrays:
                raise ConfigError(f"{source}: the trajectory model has no {name!r} array")
            if tuple(arrays[name].shape) != shape:
                raise ConfigError(f"{source}: {name!r} has shape {tuple(arrays[name].shape)}, expected {shape}")
            if not np.all(np.isfinite(arrays[name])):
                raise ConfigError(f"{source}: {name!r} holds a value that is not finite")
        if list(header.get("categories", CATEGORIES)) != list(CATEGORIES):
            raise ConfigError(f"{source}: its categories {header.get('categories')} are not this bastion's")
        if header.get("step_harm", "embedding") not in ("embedding", "purpose"):
            raise ConfigError(f"{source}: step_harm {header.get('step_harm')!r}: expected 'embedding' or 'purpose'")
        affine = header.get("purpose_affine", (1.0, 0.0))
        if (
            not isinstance(affine, (list, tuple))
            or len(affine) != 2
            or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in affine)
        ):
            raise ConfigError(f"{source}: purpose_affine must be two finite numbers, not {affine!r}")
        for key in ("evidence_decay", "mean_keep", "cue_keep"):
            if not 0.0 <= float(header.get(key, 0.8)) < 1.0:
                raise ConfigError(f"{source}: {key} must lie in [0, 1)")
        return cls(arrays, header)

    def score(self, vector: NDArray[np.float32], purpose: float | None = None) -> tuple[StepScore, tuple[float, ...]]:
        """A step's own score and its per-category contribution (harm times category probability,
        rounded to 3 places as a checkpoint keeps it), computed once for every state it is folded into.

        Args:
            vector: The step's unit embedding.
            purpose: The step's purpose logit (required when the model `reads_purpose`).

        Returns:
            The score and the contribution.

        Raises:
            ValueError: The model reads the purpose logit and none was given (or it is not finite).
        """
        if self.reads_purpose:
            if purpose is None or not math.isfinite(purpose):
                raise ValueError(f"this trajectory model reads each step's purpose logit; got {purpose!r}")
            logit = self.purpose_scale * purpose + self.purpose_shift
        else:
            logit = float(self.harm_w @ vector) + self.harm_b
        harm = _sigmoid(logit)
        z = self.cat_w @ vector + self.cat_b
        z = np.exp(z - z.max())
        categories = z / z.sum()
        contribution = tuple(np.round(harm * categories.astype(np.float64), 3).tolist())
        return StepScore(harm, logit, CATEGORIES[int(np.argmax(categories))]), contribution

    def step(
        self,
        state: TrajectoryState,
        vector: NDArray[np.float32],
        label: str,
        *,
        decay: float | None = None,
        peak_fade: float = 0.0,
        scored: tuple[StepScore, tuple[float, ...]] | None = None,
        cues: frozenset[str] = frozenset(),
        purpose: float | None = None,
    ) -> StepScore:
        """Fold one step into a state.

        Args:
            state: The session's (or principal's) state; changed in place.
            vector: The step's unit embedding.
            label: How the step is named in reasons (`turn 3`, `call c2`).
            decay: How much evidence each step keeps (default: the model's, for a session).
            peak_fade: How much the peak logit sinks at each step (0 for a session: its peak stays).
            scored: The step's `score`, when it was computed already for another state.
            cues: The intent-cue kinds the step's text shows (`bastion.intent.cues.cue_kinds`).
            purpose: The step's purpose logit (when `scored` is not given and the model `reads_purpose`).

        Returns:
            The step's own score.
        """
        result, contribution = scored if scored is not None else self.score(vector, purpose)
        logit = result.logit
        keep = self.evidence_decay if decay is None else decay
        state.evidence = [keep * e + c for e, c in zip(state.evidence, contribution, strict=True)]
        state.mean_sum = vector.copy() if state.mean_sum is None else self.mean_keep * state.mean_sum + vector
        state.peak = max(state.peak - peak_fade, logit)
        steps = state.steps if state.steps is not None else []
        steps.append((label, contribution))
        del steps[: max(0, len(steps) - _MAX_STEPS)]
        state.steps = steps
        state.count += 1
        tally = state.cues if state.cues is not None else [0.0] * len(CUE_KINDS)
        if cues or any(tally):
            state.cues = [
                self.cue_keep * t + (1.0 if kind in cues else 0.0) for t, kind in zip(tally, CUE_KINDS, strict=True)
            ]
        if cues:
            shown = state.cue_steps if state.cue_steps is not None else []
            shown.append((label, tuple(kind for kind in CUE_KINDS if kind in cues)))
            del shown[: max(0, len(shown) - _MAX_STEPS)]
            state.cue_steps = shown
        return result

    def cues_shown(self, state: TrajectoryState) -> list[str]:
        """The cue kinds whose decayed tally still counts as shown."""
        return [kind for kind, t in zip(CUE_KINDS, state.cues or [], strict=False) if t >= _CUE_SHOWN]

    def topic(self, state: TrajectoryState) -> float:
        """The harm logit of the conversation's mean direction."""
        if state.mean_sum is None:
            return -10.0
        norm = float(np.linalg.norm(state.mean_sum))
        return float(self.traj_w @ state.mean_sum) / max(norm, 1e-6) + self.traj_b

    def sequence_features(self, state: TrajectoryState, step_logit: float) -> list[float]:
        """The sequence scorer's inputs after a step, in the order the model's header names them."""
        # A step's contributions sum to its harm (its category probabilities sum to 1).
        harms = [sum(contribution) for _, contribution in state.steps or []] or [0.0]
        top = sorted(harms, reverse=True)[:3]
        earlier = harms[:-1]
        topic = self.topic(state)
        kinds = float(len(self.cues_shown(state)))
        values = {
            "step": step_logit,
            "peak": state.peak,
            "topic": topic,
            "evidence_max": math.log(_FLOOR + max(state.evidence)),
            "evidence_total": math.log(_FLOOR + sum(state.evidence)),
            "harm_top3": sum(top) / len(top),
            "harm_mean": sum(harms) / len(harms),
            "harm_above_half": float(sum(1 for h in harms if h >= 0.5)),
            "harm_slope": harms[-1] - (sum(earlier) / len(earlier) if earlier else 0.0),
            "cue_kinds": kinds,
            "cue_topic": kinds * _sigmoid(topic),
            "cue_harm": kinds * sum(top) / len(top),
        }
        return [values[name] for name in self.features]

    def probability(self, values: list[float]) -> float:
        """The sequence scorer's probability that the trajectory pursues a harmful goal."""
        return _sigmoid(self.seq_b + sum(w * v for w, v in zip(self.seq_w, values, strict=True)))

    def category(self, state: TrajectoryState) -> str:
        """The category with the most evidence."""
        return CATEGORIES[int(np.argmax(state.evidence))]

    def drivers(self, state: TrajectoryState, category: str, *, share: float = 0.2) -> list[str]:
        """The steps that drove a category's evidence: each still holding `share` of the largest.

        Args:
            state: The state.
            category: The category.
            share: The fraction of the strongest step's remaining weight a step must keep to be named.

        Returns:
            Step labels, oldest first.
        """
        index = CATEGORIES.index(category)
        steps = state.steps or []
        last = len(steps) - 1
        weights = [(label, c[index] * self.evidence_decay ** (last - i)) for i, (label, c) in enumerate(steps)]
        top = max((w for _, w in weights), default=0.0)
        return [label for label, w in weights if top > 0 and w >= share * top]

    def cue_drivers(self, state: TrajectoryState) -> list[tuple[str, tuple[str, ...]]]:
        """The steps that showed a cue kind still counted as shown: (label, those kinds), oldest first."""
        shown = set(self.cues_shown(state))
        found = []
        for label, kinds in state.cue_steps or []:
            kept = tuple(kind for kind in kinds if kind in shown)
            if kept:
                found.append((label, kept))
        return found

    def describe(self, category: str) -> str:
        """A short human description of a category."""
        return self.descriptions.get(category, category.replace("_", " "))


def describe_steps(labels: list[str], description: str, cues: Sequence[tuple[str, tuple[str, ...]]] = ()) -> str:
    """`turns 2, 4 and 5 together approach: toxic gas; turn 4 shows: doing it unseen` from step labels,
    a description and the steps that showed intent cues.

    Args:
        labels: Step labels such as `turn 2` or `call c3`.
        description: What they approach.
        cues: Steps that showed intent cues: (label, kinds).

    Returns:
        One phrase.
    """
    phrase = _approach(labels, description)
    for label, kinds in cues:
        phrase += f"; {label} shows: {describe_cues(list(kinds))}"
    return phrase


def _approach(labels: list[str], description: str) -> str:
    turns = [label.split(" ", 1)[1] for label in labels if label.startswith("turn ")]
    calls = [label.split(" ", 1)[1] for label in labels if label.startswith("call ")]
    parts = []
    if turns:
        parts.append(("turn " if len(turns) == 1 else "turns ") + _join(turns))
    if calls:
        parts.append(("call " if len(calls) == 1 else "calls ") + _join(calls))
    if not parts:
        return f"the conversation approaches: {description}"
    verb = "approaches" if len(labels) == 1 else "together approach"
    return f"{' and '.join(parts)} {verb}: {description}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
