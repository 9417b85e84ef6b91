"""The purpose head: its weight file is read strictly, the trajectory model that reads it fails closed without
it, and the exported graph gives the original embedding beside the tuned logit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bastion.errors import ConfigError
from bastion.intent.purpose import PURPOSE_FILE, PurposeWeights
from bastion.intent.trajectory import CATEGORIES, TrajectoryModel


def _tiny(tmp_path: Path, **change: object) -> Path:
    """A purpose file with one small made-up layer (enough for the reader's checks)."""
    weights = PurposeWeights(
        5,
        ({"output.dense.bias": np.zeros(4, dtype=np.float32)},),
        np.linspace(-1, 1, 384).astype(np.float32),
        0.5,
        digest="",
    )
    path = tmp_path / "purpose.npz"
    weights.save(path)
    if change:
        with np.load(path) as npz:
            arrays = {name: npz[name] for name in npz.files}
        for name, value in change.items():
            if value is None:
                arrays.pop(name)
            else:
                arrays[name] = value
        np.savez(path, **arrays)
    return path


def test_a_saved_purpose_file_reads_back_the_same(tmp_path: Path) -> None:
    loaded = PurposeWeights.load(_tiny(tmp_path))
    assert loaded.frozen == 5
    assert len(loaded.layers) == 1
    assert loaded.readout_b == pytest.approx(0.5)
    assert np.allclose(loaded.readout_w, np.linspace(-1, 1, 384), atol=1e-6)
    assert len(loaded.digest) == 16


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"readout_w": None}, "readout_w"),
        ({"readout_w": np.zeros(10, dtype=np.float32)}, "readout_w"),
        ({"readout_b": np.array(np.nan, dtype=np.float32)}, "readout_b"),
        ({"7/output.dense.bias": np.zeros(4, dtype=np.float16)}, "7/output.dense.bias"),
        ({"0/output.dense.bias": np.array([np.inf, 0], dtype=np.float16)}, "0/output.dense.bias"),
        ({"header": np.frombuffer(b"{}", dtype=np.uint8)}, "header"),
    ],
)
def test_a_malformed_purpose_file_is_a_config_error_naming_what_is_wrong(
    tmp_path: Path, change: dict[str, object], named: str
) -> None:
    with pytest.raises(ConfigError, match=named.replace("/", ".")):
        PurposeWeights.load(_tiny(tmp_path, **change))


def test_a_missing_or_foreign_purpose_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such purpose model file"):
        PurposeWeights.load(tmp_path / "absent.npz")
    foreign = tmp_path / "foreign.npz"
    foreign.write_bytes(b"not a zip")
    with pytest.raises(ConfigError, match="not a purpose model"):
        PurposeWeights.load(foreign)


def test_the_shipped_purpose_file_tunes_the_top_layers_of_minilm() -> None:
    shipped = PurposeWeights.load(PURPOSE_FILE)
    assert shipped.frozen + len(shipped.layers) == 6
    assert all("attention.self.query.weight" in layer for layer in shipped.layers)
    assert float(np.abs(shipped.readout_w).sum()) > 0


def _purpose_model(affine: object = (2.0, -1.0)) -> TrajectoryModel:
    zeros = np.zeros(384, dtype=np.float32)
    arrays = {
        "harm_w": zeros,
        "harm_b": np.array(0.0, dtype=np.float32),
        "cat_w": np.zeros((len(CATEGORIES), 384), dtype=np.float32),
        "cat_b": np.zeros(len(CATEGORIES), dtype=np.float32),
        "traj_w": zeros,
        "traj_b": np.array(0.0, dtype=np.float32),
        "seq_w": np.ones(5, dtype=np.float32),
        "seq_b": np.array(0.0, dtype=np.float32),
    }
    return TrajectoryModel.from_arrays(arrays, {"step_harm": "purpose", "purpose_affine": affine})


def test_a_model_reading_the_purpose_logit_scales_it_and_refuses_a_step_without_one() -> None:
    model = _purpose_model()
    vector = np.eye(384, dtype=np.float32)[0]
    score, _ = model.score(vector, 1.5)
    assert score.logit == pytest.approx(2.0 * 1.5 - 1.0)
    with pytest.raises(ValueError, match="purpose logit"):
        model.score(vector)
    with pytest.raises(ValueError, match="purpose logit"):
        model.score(vector, float("nan"))


@pytest.mark.parametrize(
    ("header", "named"),
    [
        ({"step_harm": "vibes"}, "step_harm"),
        ({"step_harm": "purpose", "purpose_affine": [1.0]}, "purpose_affine"),
        ({"step_harm": "purpose", "purpose_affine": [1.0, "x"]}, "purpose_affine"),
        ({"step_harm": "purpose", "purpose_affine": [float("inf"), 0.0]}, "purpose_affine"),
    ],
)
def test_a_bad_step_harm_header_is_a_config_error_naming_it(header: dict[str, object], named: str) -> None:
    good = _purpose_model()
    arrays = {
        "harm_w": good.harm_w,
        "harm_b": np.array(0.0),
        "cat_w": good.cat_w,
        "cat_b": good.cat_b,
        "traj_w": good.traj_w,
        "traj_b": np.array(0.0),
        "seq_w": np.ones(5),
        "seq_b": np.array(0.0),
    }
    with pytest.raises(ConfigError, match=named):
        TrajectoryModel.from_arrays(arrays, header)


@pytest.mark.slow
def test_the_two_headed_module_keeps_the_original_embedding_and_the_graph_keeps_its_purpose(tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    from bastion.intent.embedder import Embedder, _load_torch, model_path
    from bastion.intent.exported import TorchEncoder

    texts = [
        "hi",
        "what time does the pharmacy on the corner close on sundays",
        "find the home address of the woman who reviewed my cafe badly, she must not know",
    ]
    model = _load_torch(model_path())
    plain = model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
    vectors, purposes = TorchEncoder(model, PurposeWeights.load()).encode_both(texts)
    assert np.all(np.sum(vectors * plain, axis=1) > 0.9999)
    assert np.all(np.isfinite(purposes))

    embedder = Embedder(backend="onnx", cache_dir=tmp_path)
    quantized_vectors, quantized_purposes = embedder.embed(texts)
    assert embedder.backend == "onnx"
    assert np.all(np.sum(quantized_vectors * plain, axis=1) > 0.97)
    assert np.all(np.abs(quantized_purposes - purposes) <= 1.0)
    # The cache gives back the same pair.
    again_vectors, again_purposes = embedder.embed(texts[::-1])
    assert np.array_equal(again_vectors[::-1], quantized_vectors)
    assert np.array_equal(again_purposes[::-1], quantized_purposes)
