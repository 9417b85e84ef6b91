"""Ways to embed one new short text with all-MiniLM-L6-v2, side by side in one run (one thread each).

    nice -n 10 python benchmarks/bench_embedder.py [--texts N]

Each sample is a new text (a rendered tool call); the options take turns on it, in a rotating order,
so that all of them see the same machine load. For each: p50 and p95 in milliseconds, and the lowest
cosine between its vector and sentence-transformers' own (the shipped intent models are trained on
the onnx backend's int8 vectors, about 0.99 from those). Beside wall time, the process's CPU time per embedding
(every thread of the process): on a machine busy with other work, wall time mostly measures the wait
for a core, CPU time the work itself.

    embedder, torch backend     bastion's Embedder(backend="torch"): SentenceTransformer.encode
    torch, direct               the transformer called directly: fast tokenizer, no padding,
                                torch.inference_mode, mean pooling and normalization by hand
    torch, jit.trace + freeze   the same module traced and frozen by TorchScript
    embedder, onnx backend      bastion's Embedder(backend="onnx"): the graph exported to ONNX,
                                weights quantized to int8, run by onnxruntime (the intent extra)
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from bastion.intent.embedder import Embedder  # noqa: E402

TOPICS = ["a kettle", "a desk lamp", "hiking boots", "a yoga mat", "an office chair", "headphones", "a backpack"]


def text(i: int) -> str:
    """A new rendered tool call."""
    return f"web_search query=reviews {TOPICS[i % len(TOPICS)]} cheap {i} under {20 + i} euros (Search the web)"


def torch_options(model: object) -> dict[str, Callable[[str], np.ndarray]]:
    """The transformer called directly, and traced by TorchScript."""
    import torch

    tokenizer = model[0].tokenizer  # type: ignore[index]
    transformer = model[0].auto_model.eval()  # type: ignore[index]

    def pooled(hidden: torch.Tensor) -> np.ndarray:
        mean = hidden[0].mean(0)
        return np.asarray((mean / mean.norm()).numpy())

    def direct(sample: str) -> np.ndarray:
        encoded = tokenizer(sample, truncation=True, max_length=256, return_tensors="pt")
        with torch.inference_mode():
            out = transformer(**encoded)
        return pooled(out.last_hidden_state)

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            hidden: torch.Tensor = self.transformer(input_ids=ids, attention_mask=mask).last_hidden_state
            return hidden

    example = tokenizer(text(0), return_tensors="pt")
    inputs = (example["input_ids"], example["attention_mask"])
    traced = torch.jit.freeze(torch.jit.trace(Hidden().eval(), inputs))  # type: ignore[no-untyped-call]

    def jit(sample: str) -> np.ndarray:
        encoded = tokenizer(sample, truncation=True, max_length=256, return_tensors="pt")
        with torch.inference_mode():
            return pooled(traced(encoded["input_ids"], encoded["attention_mask"]))

    return {"torch, direct": direct, "torch, jit.trace + freeze": jit}


def main(count: int) -> None:
    reference = Embedder(backend="torch", cache_size=1)
    reference.encode(["load"])
    options: dict[str, Callable[[str], np.ndarray]] = {"embedder, torch backend": lambda t: reference.encode([t])[0]}
    options.update(torch_options(reference._load()))
    try:
        onnx = Embedder(backend="onnx", cache_size=1)
        started = time.perf_counter()
        onnx.encode(["load"])
        print(f"onnx backend loaded in {time.perf_counter() - started:.1f} s (exported on first use, then cached)")
        options["embedder, onnx backend"] = lambda t: onnx.encode([t])[0]
    except Exception as exc:  # the benchmark reports what it could not measure
        print(f"onnx backend not measured: {exc}")
    names = list(options)
    for i in range(20):
        for name in names:
            options[name](text(100_000 + i))
    times: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    cosines: dict[str, list[float]] = {name: [] for name in names}
    for i in range(count):
        sample = text(i)
        expected = reference._load().encode([sample], normalize_embeddings=True)[0]
        for name in names[i % len(names) :] + names[: i % len(names)]:
            started, started_cpu = time.perf_counter(), time.process_time()
            vector = options[name](sample)
            times[name].append((time.perf_counter() - started) * 1000)
            cpu[name].append((time.process_time() - started_cpu) * 1000)
            cosines[name].append(float(vector @ expected / np.linalg.norm(vector)))
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{count} new texts; load average {load}\n")  # fmt: skip
    print("| option | p50 | p95 | CPU p50 | CPU p95 | lowest cosine to sentence-transformers |")
    print("|---|---|---|---|---|---|")
    for name in names:
        ordered, spent = sorted(times[name]), sorted(cpu[name])
        p95, cpu95 = ordered[int(0.95 * (len(ordered) - 1))], spent[int(0.95 * (len(spent) - 1))]
        print(
            f"| {name} | {statistics.median(ordered):.2f} ms | {p95:.2f} ms | {statistics.median(spent):.2f} ms "
            f"| {cpu95:.2f} ms | {min(cosines[name]):.6f} |"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=200, help="new texts to embed")
    main(parser.parse_args().texts)
