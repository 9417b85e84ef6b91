"""Fine-tune the purpose head: a copy of MiniLM's top layers and a read-out, on labelled user turns.

    python benchmarks/train_purpose.py [DATA_DIR] [--write]

Rows are the user turns of every session outside the held-out sets (`intent_data.HELD_OUT`): a turn of an
attack from the turn its goal shows (a red-team conversation: its last turn), and every turn of a benign
session. The decomposed set counts three times, the sources with benign twins or contrast sets once, the
others 0.3. The lower layers are frozen and run once per text (`LowerStates`); the copy of the top layers
and the read-out are trained with AdamW for two epochs, in one torch thread from fixed seeds, so a run
gives the same weights. `--write` saves them to `src/bastion/intent/purpose.npz`;
`benchmarks/train_intent.py` then trains the trajectory model on the logits they give.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from intent_data import HELD_OUT, LabelledSession, default_data, load_corpus

from bastion.events import Message
from bastion.intent.embedder import model_path
from bastion.intent.purpose import PURPOSE_FILE, PurposeWeights, additive_mask, readout_logit, run_layers

# Layers shared with the embedding; the ones after are tuned.
FROZEN = 4
EPOCHS = 2
LEARNING_RATE = 3e-5
BATCH = 64
# Turns are cut here for training (the runtime reads up to 256 word pieces; nearly every turn is shorter).
MAX_TOKENS = 128
# Row weights: the decomposed set, the sources holding benign twins or contrast sets, every other source.
DECOMPOSED_WEIGHT = 3.0
TWIN_SOURCES = ("decomposed", "multiturn/coconot", "multiturn/xstest", "agentharm")
TWIN_WEIGHT = 1.0
OTHER_WEIGHT = 0.3


def user_turns(session: LabelledSession) -> list[str]:
    """A session's user turns, as the stage embeds them."""
    return [
        e.content[:1200] for e in session.events if isinstance(e, Message) and e.role == "user" and e.content.strip()
    ]


def training_rows(sessions: Sequence[LabelledSession]) -> list[tuple[str, float, float]]:
    """(turn, label, weight) for every labelled user turn of sessions outside the held-out sets."""
    rows = []
    for session in sessions:
        if session.split in HELD_OUT:
            continue
        turns = user_turns(session)
        weight = (
            DECOMPOSED_WEIGHT
            if session.source == "decomposed"
            else TWIN_WEIGHT
            if session.source in TWIN_SOURCES
            else OTHER_WEIGHT
        )
        for index, text in enumerate(turns):
            if session.is_attack:
                if session.first_harmful is None:
                    if index != len(turns) - 1:
                        continue
                elif index < session.first_harmful:
                    continue
            rows.append((text, 1.0 if session.is_attack else 0.0, weight))
    return rows


class LowerStates:
    """The frozen layers' output for a set of texts, computed once and reused by every fit and score.

    Args:
        texts: The texts.
        frozen: How many layers are shared.
    """

    def __init__(self, texts: Sequence[str], frozen: int = FROZEN, cache: Path | None = None) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.set_num_threads(1)
        path = model_path()
        self.tokenizer = AutoTokenizer.from_pretrained(str(path))
        self.model = AutoModel.from_pretrained(str(path)).eval()
        self.frozen = frozen
        self.states: dict[str, Any] = {}
        unique = sorted(set(texts), key=lambda text: (len(text), text))
        # The states depend only on the texts and the frozen layers: a run may keep them for the next one.
        digest = hashlib.sha256("\0".join([str(frozen), *unique]).encode()).hexdigest()[:16]
        file = cache / f"lower-{digest}.pt" if cache is not None else None
        if file is not None and file.is_file():
            self.states = torch.load(file)
            return
        with torch.inference_mode():
            for start in range(0, len(unique), BATCH):
                batch = unique[start : start + BATCH]
                hidden, mask = self._lower(batch)
                for i, text in enumerate(batch):
                    n = int(mask[i].sum())
                    self.states[text] = hidden[i, :n].to(torch.float16).clone()
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
            torch.save(self.states, file.with_suffix(".tmp"))
            file.with_suffix(".tmp").replace(file)

    def _lower(self, texts: Sequence[str]) -> tuple[Any, Any]:
        import torch

        encoded = self.tokenizer(
            [t.strip() for t in texts], padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
        )
        ids, mask = encoded["input_ids"], encoded["attention_mask"]
        hidden = self.model.embeddings(input_ids=ids, token_type_ids=torch.zeros_like(ids))
        return run_layers(self.model.encoder.layer[: self.frozen], hidden, additive_mask(mask, hidden.dtype)), mask

    def batch(self, texts: Sequence[str]) -> tuple[Any, Any]:
        """Padded lower states and the mask for texts already held."""
        import torch

        longest = max(self.states[t].shape[0] for t in texts)
        hidden = torch.zeros(len(texts), longest, 384)
        mask = torch.zeros(len(texts), longest, dtype=torch.long)
        for i, text in enumerate(texts):
            state = self.states[text]
            hidden[i, : state.shape[0]] = state.float()
            mask[i, : state.shape[0]] = 1
        return hidden, mask

    def fit(self, rows: Sequence[tuple[str, float, float]], seed: int = 0) -> PurposeWeights:
        """Tune a copy of the top layers and a read-out on (text, label, weight) rows."""
        import torch

        torch.manual_seed(seed)
        shuffle = random.Random(seed)
        top = copy.deepcopy(self.model.encoder.layer[self.frozen :]).train()
        readout = torch.nn.Linear(384, 1)
        optimizer = torch.optim.AdamW(
            list(top.parameters()) + list(readout.parameters()), lr=LEARNING_RATE, weight_decay=0.01
        )
        order = sorted(range(len(rows)), key=lambda i: (self.states[rows[i][0]].shape[0], i))
        batches = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
        for _ in range(EPOCHS):
            shuffle.shuffle(batches)
            for members in batches:
                hidden, mask = self.batch([rows[i][0] for i in members])
                logits = _upper(top, readout, hidden, mask)
                target = torch.tensor([rows[i][1] for i in members])
                weight = torch.tensor([rows[i][2] for i in members])
                loss = (
                    torch.nn.functional.binary_cross_entropy_with_logits(logits, target, reduction="none") * weight
                ).mean()
                optimizer.zero_grad()
                loss.backward()  # type: ignore[no-untyped-call]
                optimizer.step()
        layers = tuple(
            {name: value.detach().numpy().copy() for name, value in layer.state_dict().items()} for layer in top
        )
        return PurposeWeights(
            self.frozen,
            layers,
            readout.weight.detach().numpy().reshape(384).astype(np.float32),
            float(readout.bias.detach()),
            digest="",
        )

    def score(self, weights: PurposeWeights, texts: Sequence[str]) -> dict[str, float]:
        """Each text's purpose logit at full precision (texts must be held)."""
        import torch

        top = copy.deepcopy(self.model.encoder.layer[self.frozen :]).eval()
        for layer, params in zip(top, weights.layers, strict=True):
            layer.load_state_dict({k: torch.from_numpy(np.asarray(v, dtype=np.float32)) for k, v in params.items()})
        readout = torch.nn.Linear(384, 1)
        with torch.no_grad():
            readout.weight.copy_(torch.from_numpy(weights.readout_w).reshape(1, 384))
            readout.bias.fill_(weights.readout_b)
        unique = sorted(set(texts), key=lambda t: self.states[t].shape[0])
        found: dict[str, float] = {}
        with torch.inference_mode():
            for start in range(0, len(unique), BATCH):
                batch = unique[start : start + BATCH]
                hidden, mask = self.batch(batch)
                found.update(zip(batch, _upper(top, readout, hidden, mask).tolist(), strict=True))
        return found


def _upper(top: Any, readout: Any, hidden: Any, mask: Any) -> Any:
    """The purpose logits of lower states through the tuned layers and the read-out (as the graph computes them)."""
    return readout_logit(readout, run_layers(top, hidden, additive_mask(mask, hidden.dtype)), mask)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=default_data())
    parser.add_argument("--write", action="store_true", help=f"write the weights to {PURPOSE_FILE.name}")
    args = parser.parse_args()
    if not (args.data / "multiturn").is_dir():
        print(f"{args.data}: no multiturn/ here; pass the shared data directory", file=sys.stderr)
        return 2
    started = time.perf_counter()
    sessions = load_corpus(args.data)
    rows = training_rows(sessions)
    states = LowerStates([text for text, _, _ in rows])
    weights = states.fit(rows)
    positives = sum(1 for _, label, _ in rows if label)
    print(f"tuned on {len(rows)} turns ({positives} harmful) in {time.perf_counter() - started:.0f} s")
    if args.write:
        weights.save(PURPOSE_FILE)
        print(f"wrote {PURPOSE_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
