"""Risk and drift from embeddings: exemplar similarities fed to a small learned logistic model.

The model file (`model.json`, beside this module) holds short descriptions of harmful and of benign
goals, written for bastion, and the weights `benchmarks/train_intent.py` fitted on a training split.
Features compare three views of a session with both exemplar sets:

    task        the mean of the user's messages (what was asked)
    trajectory  a decayed running mean of everything asked and done (messages, calls, results)
    call        the tool call being decided, rendered as text

Comparing with benign goals as well as harmful ones is what separates a harmful request from its
benign near-twin, which uses the same tools and much the same words.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bastion.errors import ConfigError

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["FEATURE_NAMES", "MODEL_FILE", "Exemplars", "IntentModel", "drift_score", "features", "message_margin"]

MODEL_FILE = Path(__file__).with_name("model.json")

FEATURE_NAMES = (
    "task_harm",
    "task_benign",
    "task_knn",
    "trajectory_harm",
    "trajectory_benign",
    "trajectory_knn",
    "call_harm",
    "call_benign",
    "call_knn",
    "message_peak",
)
_NEIGHBOURS = 5


@dataclass(frozen=True)
class Exemplars:
    """The exemplar descriptions, embedded: one unit vector per row."""

    harmful: NDArray[np.float32]
    benign: NDArray[np.float32]


def _view(vector: NDArray[np.float32], exemplars: Exemplars) -> tuple[float, float, float]:
    harm = exemplars.harmful @ vector
    benign = exemplars.benign @ vector
    both = np.concatenate([harm, benign])
    top = np.argsort(-both)[:_NEIGHBOURS]
    knn = float(np.mean(top < len(harm)))
    return float(harm.max()), float(benign.max()), knn


def message_margin(vector: NDArray[np.float32], exemplars: Exemplars) -> float:
    """How much closer one message is to a harmful goal than to a benign one (-2..2).

    Args:
        vector: The message's embedding.
        exemplars: The embedded exemplars.

    Returns:
        Best harmful similarity minus best benign similarity.
    """
    harm, benign, _ = _view(vector, exemplars)
    return harm - benign


def features(
    task: NDArray[np.float32] | None,
    trajectory: NDArray[np.float32],
    call: NDArray[np.float32],
    message_peak: float,
    exemplars: Exemplars,
) -> list[float]:
    """The feature vector of one tool call (see FEATURE_NAMES).

    Args:
        task: The mean of the user's messages, or None when no user message was seen (an MCP proxy);
            the trajectory stands in for it then.
        trajectory: The session's decayed running mean.
        call: The call being decided.
        message_peak: The largest `message_margin` of any user message so far.
        exemplars: The embedded exemplars.

    Returns:
        The features, in FEATURE_NAMES order.
    """
    return [
        *_view(trajectory if task is None else task, exemplars),
        *_view(trajectory, exemplars),
        *_view(call, exemplars),
        message_peak,
    ]


def _scale(value: float, zero: float, full: float) -> int:
    share = (value - zero) / (full - zero)
    return round(100 * min(1.0, max(0.0, share)))


def drift_score(
    call: NDArray[np.float32],
    task: NDArray[np.float32],
    instructions: list[NDArray[np.float32]],
    model: IntentModel,
) -> int:
    """How far a call has wandered from the task, 0..100.

    Before any tool output gave instructions, this is the call's distance from the task (cosine
    `drift_near` or more: 0; `drift_far` or less: 100). Once one has, it is how much closer the call
    is to those instructions than to the task (`hijack_low` or less: 0; `hijack_high` or more: 100):
    a call that serves an injected instruction rather than the user is the mark of goal hijacking.

    Args:
        call: The call's embedding.
        task: The task's embedding.
        instructions: Embeddings of instruction-like text seen in tool outputs.
        model: The model holding the calibration.

    Returns:
        The drift.
    """
    on_task = float(call @ task)
    if instructions:
        lean = max(float(call @ region) for region in instructions) - on_task
        return _scale(lean, model.hijack_low, model.hijack_high)
    return _scale(-on_task, -model.drift_near, -model.drift_far)


@dataclass(frozen=True)
class IntentModel:
    """The learned scorer and the exemplars it reads.

    Attributes:
        harmful: Descriptions of harmful goals.
        benign: Descriptions of benign goals, near-twins of the harmful ones.
        weights: One logistic weight per feature (standardized features).
        bias: The logistic intercept.
        mean: Feature means (training split), for standardizing.
        scale: Feature standard deviations (training split).
        drift_near: Cosine to the task at or above which drift is 0.
        drift_far: Cosine to the task at or below which drift is 100.
        hijack_low: Lean towards injected instructions (cosine to them minus cosine to the task) at
            or below which drift is 0, once instructions were seen.
        hijack_high: Lean at or above which drift is 100.
        trajectory_decay: How much of the trajectory each new event keeps (0..1).
        result_weight: Weight of a tool result in the trajectory, relative to a message or call.
    """

    harmful: tuple[str, ...]
    benign: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    drift_near: float = 0.45
    drift_far: float = 0.0
    hijack_low: float = -0.2
    hijack_high: float = 0.4
    trajectory_decay: float = 0.7
    result_weight: float = 0.5

    @classmethod
    def load(cls, path: str | Path | None = None) -> IntentModel:
        """Read a model file.

        Args:
            path: The JSON file (default: the model shipped with bastion).

        Returns:
            The model.

        Raises:
            ConfigError: The file is missing or malformed; the message names the field.
        """
        file = Path(path) if path is not None else MODEL_FILE
        try:
            raw: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{file}: no such intent model file") from None
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{file}:{exc.lineno}: not valid JSON: {exc.msg}") from None
        return cls.from_mapping(raw, source=str(file))

    @classmethod
    def from_mapping(cls, raw: dict[str, Any], *, source: str = "<intent model>") -> IntentModel:
        """Validate a decoded model file.

        Args:
            raw: The decoded JSON.
            source: The name to report in errors.

        Returns:
            The model.

        Raises:
            ConfigError: A field is missing or has the wrong shape.
        """
        try:
            exemplars = raw["exemplars"]
            harmful = tuple(str(t) for t in exemplars["harmful"])
            benign = tuple(str(t) for t in exemplars["benign"])
            scorer = raw["scorer"]
            names = tuple(scorer["features"])
            weights = tuple(float(w) for w in scorer["weights"])
            mean = tuple(float(m) for m in scorer["mean"])
            scale = tuple(float(s) for s in scorer["scale"])
            bias = float(scorer["bias"])
            trajectory = raw.get("trajectory", {})
            drift = raw.get("drift", {})
            model = cls(
                harmful,
                benign,
                weights,
                bias,
                mean,
                scale,
                drift_near=float(drift.get("near", 0.45)),
                drift_far=float(drift.get("far", 0.0)),
                hijack_low=float(drift.get("hijack_low", -0.2)),
                hijack_high=float(drift.get("hijack_high", 0.4)),
                trajectory_decay=float(trajectory.get("decay", 0.7)),
                result_weight=float(trajectory.get("result_weight", 0.5)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{source}: malformed intent model: missing or invalid {exc}") from None
        if names != FEATURE_NAMES:
            raise ConfigError(f"{source}: features {list(names)} do not match this bastion's {list(FEATURE_NAMES)}")
        if not (len(weights) == len(mean) == len(scale) == len(FEATURE_NAMES)):
            raise ConfigError(f"{source}: weights, mean and scale need {len(FEATURE_NAMES)} numbers each")
        if not harmful or not benign:
            raise ConfigError(f"{source}: both exemplar lists need at least one description")
        if any(s <= 0 for s in scale):
            raise ConfigError(f"{source}: every scale must be positive")
        if not 0.0 <= model.trajectory_decay < 1.0:
            raise ConfigError(f"{source}: trajectory.decay must lie in [0, 1)")
        if model.drift_near <= model.drift_far:
            raise ConfigError(f"{source}: drift.near must exceed drift.far")
        if model.hijack_high <= model.hijack_low:
            raise ConfigError(f"{source}: drift.hijack_high must exceed drift.hijack_low")
        return model

    def probability(self, values: list[float]) -> float:
        """The scorer's probability that the session pursues a harmful goal.

        Args:
            values: The features, in FEATURE_NAMES order.

        Returns:
            A probability in 0..1.
        """
        z = self.bias + sum(
            w * (v - m) / s for w, v, m, s in zip(self.weights, values, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def risk(self, values: list[float]) -> int:
        """The risk signal, 0..100.

        Args:
            values: The features, in FEATURE_NAMES order.

        Returns:
            The probability as a whole percentage.
        """
        return round(100 * self.probability(values))
