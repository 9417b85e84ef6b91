"""The trajectory model's per-step math, on hand-made weights (no embedding model needed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bastion.errors import ConfigError
from bastion.intent.stage import _pack, _unpack, repeats_message
from bastion.intent.trajectory import (
    CATEGORIES,
    SEQUENCE_FEATURES,
    TRAJECTORY_FILE,
    TrajectoryModel,
    TrajectoryState,
    describe_steps,
)

CHEM = CATEGORIES.index("chemical_biological")


def _arrays() -> dict[str, Any]:
    """A model that reads dimension 0 as harm and dimension 1 as 'chemical', everything else as benign."""
    harm_w = np.zeros(384, dtype=np.float32)
    harm_w[0] = 6.0
    cat_w = np.zeros((len(CATEGORIES), 384), dtype=np.float32)
    cat_w[CHEM, 1] = 8.0
    return {
        "harm_w": harm_w,
        "harm_b": np.array(-3.0, dtype=np.float32),
        "cat_w": cat_w,
        "cat_b": np.zeros(len(CATEGORIES), dtype=np.float32),
        "traj_w": harm_w.copy(),
        "traj_b": np.array(-3.0, dtype=np.float32),
        "seq_w": np.array([0.5, 0.0, 0.5, 2.0, 0.0], dtype=np.float32),
        "seq_b": np.array(0.0, dtype=np.float32),
    }


def _model() -> TrajectoryModel:
    return TrajectoryModel.from_arrays(
        _arrays(), {"evidence_decay": 0.8, "descriptions": {"chemical_biological": "toxic gas"}}
    )


def _vector(harm: float, chemical: float) -> np.ndarray:
    vector = np.zeros(384, dtype=np.float32)
    vector[0], vector[1], vector[2] = harm, chemical, 1.0
    return vector / np.linalg.norm(vector)


def test_evidence_accumulates_across_steps_and_fades_after_them() -> None:
    model = _model()
    state = TrajectoryState.empty()
    mild = _vector(0.6, 0.6)
    totals = []
    for turn in range(3):
        model.step(state, mild, f"turn {turn + 1}")
        totals.append(state.evidence[CHEM])
    for turn in range(3, 8):
        model.step(state, _vector(0.0, 0.0), f"turn {turn + 1}")
    assert totals[0] < totals[1] < totals[2]
    assert state.evidence[CHEM] < totals[0]
    assert model.category(state) == "chemical_biological"


def test_drivers_name_the_steps_that_built_the_category() -> None:
    model = _model()
    state = TrajectoryState.empty()
    model.step(state, _vector(0.0, 0.0), "turn 1")
    model.step(state, _vector(0.7, 0.7), "turn 2")
    model.step(state, _vector(0.0, 0.0), "turn 3")
    model.step(state, _vector(0.7, 0.7), "turn 4")
    model.step(state, _vector(0.7, 0.7), "call c4")
    drivers = model.drivers(state, "chemical_biological")
    assert drivers == ["turn 2", "turn 4", "call c4"]
    assert describe_steps(drivers, model.describe("chemical_biological")) == (
        "turns 2 and 4 and call c4 together approach: toxic gas"
    )


def test_describe_steps_reads_like_a_sentence() -> None:
    assert describe_steps(["turn 2", "turn 4", "turn 5"], "x") == "turns 2, 4 and 5 together approach: x"
    assert describe_steps(["turn 3"], "x") == "turn 3 approaches: x"
    assert describe_steps([], "x") == "the conversation approaches: x"


def test_state_survives_json_and_scores_the_same() -> None:
    model = _model()
    state = TrajectoryState.empty()
    for turn in range(3):
        model.step(state, _vector(0.5, 0.5), f"turn {turn + 1}")
    raw = json.loads(json.dumps(state.to_json(_pack)))
    restored = TrajectoryState.from_json(raw, _unpack)
    vector = _vector(0.6, 0.6)
    a, b = model.step(state, vector, "turn 4"), model.step(restored, vector, "turn 4")
    assert a == b
    assert model.probability(model.sequence_features(state, a.logit)) == pytest.approx(
        model.probability(model.sequence_features(restored, b.logit)), abs=1e-3
    )


def _full_model() -> TrajectoryModel:
    """The hand-made model reading every sequence feature, the step-harm ones weighted."""
    arrays = _arrays()
    seq_w = np.zeros(len(SEQUENCE_FEATURES), dtype=np.float32)
    seq_w[SEQUENCE_FEATURES.index("harm_top3")] = 6.0
    seq_w[SEQUENCE_FEATURES.index("harm_above_half")] = 1.0
    arrays["seq_w"] = seq_w
    arrays["seq_b"] = np.array(-4.0, dtype=np.float32)
    return TrajectoryModel.from_arrays(arrays, {"sequence_features": list(SEQUENCE_FEATURES)})


def test_step_harm_features_count_the_harmful_steps_and_rise_with_them() -> None:
    model = _full_model()
    state = TrajectoryState.empty()
    risks = []
    for turn in range(4):
        score = model.step(state, _vector(0.9, 0.3), f"turn {turn + 1}")
        risks.append(model.probability(model.sequence_features(state, score.logit)))
    values = dict(zip(SEQUENCE_FEATURES, model.sequence_features(state, score.logit), strict=True))
    assert values["harm_above_half"] == 4.0
    # A step's contributions are kept rounded to 3 places, 13 categories: its harm within 0.0065.
    assert values["harm_top3"] == pytest.approx(score.harm, abs=0.0065)
    assert values["harm_slope"] == pytest.approx(0.0, abs=1e-6)
    assert risks == sorted(risks) and risks[-1] > risks[0]
    model.step(state, _vector(0.0, 0.0), "turn 5")
    after = dict(zip(SEQUENCE_FEATURES, model.sequence_features(state, -3.0), strict=True))
    assert after["harm_slope"] < -0.5


def test_step_harm_features_read_back_from_json_score_the_same() -> None:
    model = _full_model()
    state = TrajectoryState.empty()
    for turn in range(3):
        model.step(state, _vector(0.7, 0.5), f"turn {turn + 1}")
    restored = TrajectoryState.from_json(json.loads(json.dumps(state.to_json(_pack))), _unpack)
    assert model.sequence_features(restored, 0.0) == pytest.approx(model.sequence_features(state, 0.0), abs=0.01)


def test_a_model_naming_an_unknown_sequence_feature_is_a_config_error() -> None:
    arrays = _arrays()
    header = {"sequence_features": ["step", "peak", "topic", "evidence_max", "mood"]}
    with pytest.raises(ConfigError) as caught:
        TrajectoryModel.from_arrays(arrays, header)
    assert "mood" in str(caught.value)
    with pytest.raises(ConfigError) as caught:
        TrajectoryModel.from_arrays(arrays, {"sequence_features": list(SEQUENCE_FEATURES)})
    assert "seq_w" in str(caught.value)


def test_model_with_a_wrongly_shaped_array_is_a_config_error_naming_it(tmp_path: Path) -> None:
    arrays = _arrays()
    arrays["cat_w"] = arrays["cat_w"][:3]
    with pytest.raises(ConfigError) as caught:
        TrajectoryModel.from_arrays(arrays, {})
    assert "cat_w" in str(caught.value)
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not a zip")
    with pytest.raises(ConfigError):
        TrajectoryModel.load(path)
    with pytest.raises(ConfigError):
        TrajectoryModel.load(tmp_path / "absent.npz")


def test_shipped_model_loads_and_describes_every_category() -> None:
    model = TrajectoryModel.load(TRAJECTORY_FILE)
    assert len(model.seq_w) == len(model.features)
    assert set(model.features) <= set(SEQUENCE_FEATURES)
    assert float(np.abs(model.harm_w).sum()) > 0
    assert all(model.describe(c) != c.replace("_", " ") for c in CATEGORIES)


def test_a_call_repeating_the_users_words_is_recognised() -> None:
    message = "Which common household cleaners give off a dangerous gas when mixed?"
    assert repeats_message({"query": "household cleaners give off a dangerous gas"}, message)
    assert not repeats_message({"query": "household cleaners", "to": "x@y.example"}, message)
    assert not repeats_message({"query": "gas"}, message)
    assert not repeats_message({}, message)
    assert not repeats_message({"limit": 5}, message)
