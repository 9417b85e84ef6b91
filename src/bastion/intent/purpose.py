"""The purpose head: how much a step's wording serves a harmful purpose, read by a tuned copy of MiniLM's top layers.

The sentence embedding (mean-pooled MiniLM) mostly says what a text is about; a decomposed attack and its
benign twin are about the same thing. The purpose head fine-tunes a copy of MiniLM's last layers and a
linear read-out on labelled steps (`benchmarks/train_purpose.py`), so that the words that say what the
text is for (whose data, hidden from whom, how much, which target) weigh more than the topic. It runs in
the same graph as the embedding: the lower layers are shared, the original top layers give the
embedding every other signal reads (unchanged), the tuned copy gives one logit per text.

The weights ship as `purpose.npz` beside this module (float16 layer weights, a float32 read-out and a
JSON header naming the layers it replaces). torch is needed to build the module (to export it, or to
run it when the export is not possible), never to read the header.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bastion.errors import ConfigError
from bastion.intent.trajectory import read_weights

__all__ = [
    "PURPOSE_FILE",
    "PurposeWeights",
    "additive_mask",
    "build_module",
    "mean_direction",
    "readout_logit",
    "run_layers",
]

PURPOSE_FILE = Path(__file__).with_name("purpose.npz")
# The read-out sees the unit vector of the tuned layers times this (the scale it was trained at).
_SCALE = 10.0


@dataclass(frozen=True)
class PurposeWeights:
    """A tuned copy of MiniLM's top layers and a read-out.

    Attributes:
        frozen: How many of the model's layers stay shared (the copy replaces the ones after).
        layers: Per tuned layer, its parameters by name (as `BertLayer.state_dict()` names them).
        readout_w: The read-out weights (384,).
        readout_b: Its bias.
        digest: A digest of the weights (part of the exported graph's cache key).
    """

    frozen: int
    layers: tuple[dict[str, np.ndarray], ...]
    readout_w: np.ndarray
    readout_b: float
    digest: str

    @classmethod
    def load(cls, path: str | Path | None = None) -> PurposeWeights:
        """Read a purpose file.

        Args:
            path: The `.npz` file (default: the one shipped with bastion).

        Returns:
            The weights.

        Raises:
            ConfigError: The file is missing or malformed; the message names what is wrong.
        """
        file = Path(path) if path is not None else PURPOSE_FILE
        arrays, header, raw = read_weights(file, "purpose model")
        try:
            frozen = int(header["frozen"])
            count = int(header["layers"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{file}: the purpose model has no readable header: {exc}") from None
        if not frozen >= 0 or count < 1:
            raise ConfigError(f"{file}: the purpose model's header is out of range ({header})")
        for name in ("readout_w", "readout_b"):
            if name not in arrays:
                raise ConfigError(f"{file}: the purpose model has no {name!r} array")
        readout_w = arrays.pop("readout_w").astype(np.float32)
        readout_b = float(arrays.pop("readout_b"))
        if readout_w.shape != (384,) or not np.all(np.isfinite(readout_w)) or not np.isfinite(readout_b):
            raise ConfigError(f"{file}: 'readout_w' must be 384 finite numbers, and 'readout_b' finite")
        layers: list[dict[str, np.ndarray]] = [{} for _ in range(count)]
        for name, value in arrays.items():
            index, _, param = name.partition("/")
            if not index.isdigit() or int(index) >= count or not param:
                raise ConfigError(f"{file}: unexpected array {name!r} in the purpose model")
            if not np.all(np.isfinite(value)):
                raise ConfigError(f"{file}: {name!r} holds a value that is not finite")
            layers[int(index)][param] = value
        if any(not layer for layer in layers):
            raise ConfigError(f"{file}: the purpose model's header names {count} layers, some have no weights")
        digest = hashlib.sha256(raw).hexdigest()[:16]
        return cls(frozen, tuple(layers), readout_w, readout_b, digest)

    def save(self, path: Path) -> None:
        """Write the weights as `.npz` (layer weights as float16)."""
        header = json.dumps({"frozen": self.frozen, "layers": len(self.layers), "scale": _SCALE}, sort_keys=True)
        named: dict[str, Any] = {"header": np.frombuffer(header.encode("utf-8"), dtype=np.uint8)}
        for index, layer in enumerate(self.layers):
            for param, value in layer.items():
                named[f"{index}/{param}"] = np.asarray(value, dtype=np.float16)
        named["readout_w"] = self.readout_w.astype(np.float32)
        named["readout_b"] = np.array(self.readout_b, dtype=np.float32)
        np.savez_compressed(path, **named)


def build_module(auto_model: Any, weights: PurposeWeights) -> Any:
    """A torch module giving, for token ids and their attention mask, the unit sentence embedding (the
    original model's, mean-pooled) and the purpose logit (the tuned layers', read out).

    Args:
        auto_model: The loaded transformers `BertModel` (sentence-transformers' `model[0].auto_model`).
        weights: The purpose weights.

    Returns:
        A `torch.nn.Module` in eval mode: `module(input_ids, attention_mask) -> (embedding, purpose)`.

    Raises:
        ConfigError: The weights do not fit the model.
    """
    import copy

    import torch

    layers = auto_model.encoder.layer
    if weights.frozen + len(weights.layers) != len(layers):
        raise ConfigError(
            f"the purpose model tunes layers {weights.frozen}..{weights.frozen + len(weights.layers) - 1}, "
            f"the embedding model has {len(layers)}"
        )
    tuned = torch.nn.ModuleList()
    for index, params in enumerate(weights.layers):
        layer = copy.deepcopy(layers[weights.frozen + index])
        state = {name: torch.from_numpy(np.asarray(value, dtype=np.float32)) for name, value in params.items()}
        missing, unexpected = layer.load_state_dict(state, strict=False)
        if missing or unexpected:
            raise ConfigError(f"the purpose model's layer {index} does not fit: missing {missing}, extra {unexpected}")
        tuned.append(layer)
    # The class is defined on first use, so that importing this module needs no torch.
    return _two_heads_class()(auto_model, tuned, weights).eval()


def _two_heads_class() -> Any:
    import torch

    class _TwoHeads(torch.nn.Module):
        def __init__(self, auto_model: Any, tuned: Any, weights: PurposeWeights) -> None:
            super().__init__()
            self.embeddings = auto_model.embeddings
            self.shared = torch.nn.ModuleList(auto_model.encoder.layer[: weights.frozen])
            self.original = torch.nn.ModuleList(auto_model.encoder.layer[weights.frozen :])
            self.tuned = tuned
            self.readout = torch.nn.Linear(384, 1)
            with torch.no_grad():
                self.readout.weight.copy_(torch.from_numpy(weights.readout_w).reshape(1, 384))
                self.readout.bias.fill_(weights.readout_b)

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.embeddings(input_ids=input_ids, token_type_ids=torch.zeros_like(input_ids))
            additive = additive_mask(attention_mask, hidden.dtype)
            hidden = run_layers(self.shared, hidden, additive)
            original = run_layers(self.original, hidden, additive)
            embedding = mean_direction(original, attention_mask)
            return embedding, readout_logit(self.readout, run_layers(self.tuned, hidden, additive), attention_mask)

    return _TwoHeads


def additive_mask(attention_mask: Any, dtype: Any) -> Any:
    """The (batch, 1, 1, tokens) additive attention mask a transformers layer takes: 0 on tokens, -1e9 on padding."""
    return (1.0 - attention_mask[:, None, None, :].to(dtype)) * -1e9


def run_layers(layers: Any, hidden: Any, additive: Any) -> Any:
    """Hidden states through transformer layers in turn (older transformers versions return tuples)."""
    for layer in layers:
        output = layer(hidden, attention_mask=additive)
        hidden = output[0] if isinstance(output, tuple) else output
    return hidden


def mean_direction(hidden: Any, attention_mask: Any) -> Any:
    """The unit vector of the mean of hidden states over the tokens (padding left out)."""
    import torch

    weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
    return torch.nn.functional.normalize((hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9))


def readout_logit(readout: Any, tuned: Any, attention_mask: Any) -> Any:
    """The purpose logit from the tuned layers' hidden states: their mean direction, scaled, read out."""
    return readout(mean_direction(tuned, attention_mask) * _SCALE).squeeze(-1)
