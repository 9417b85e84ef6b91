"""How long the argument stage takes per call, on typical and on large arguments.

Run: `python benchmarks/bench_arguments.py` (prints microseconds per call, median of repeated runs).
"""

from __future__ import annotations

import base64
import statistics
import time
from typing import Any

from bastion.arguments import scan_value

CASES: dict[str, dict[str, Any]] = {
    "small shell command": {"command": "ls -la /home/user/projects"},
    "file path": {"path": "/home/user/notes/2024/summary.txt"},
    "SQL query": {"query": "SELECT id, email FROM customers WHERE created_at > '2024-01-01' LIMIT 50"},
    "base64-encoded command": {"command": f"echo {base64.b64encode(b'ls -la /home/user').decode()} | base64 -d"},
    "4 KB of prose": {"path": "/home/user/a.txt", "content": "The quick brown fox jumps over the lazy dog. " * 90},
    "80 KB of prose": {"path": "/home/user/a.txt", "content": "The quick brown fox jumps over the lazy dog. " * 1800},
    "20 KB of Cyrillic": {"content": "Привет, как дела? " * 1100},
}


def _median_us(arguments: dict[str, Any], roots: tuple[str, ...]) -> float:
    runs = []
    for _ in range(7):
        repeat = 50
        started = time.perf_counter()
        for _ in range(repeat):
            scan_value(arguments, roots)
        runs.append((time.perf_counter() - started) / repeat * 1e6)
    return statistics.median(runs)


def main() -> None:
    """Print the per-call cost of each case."""
    roots = ("/home/user",)
    width = max(len(name) for name in CASES)
    for name, arguments in CASES.items():
        print(f"{name:{width}}  {_median_us(arguments, roots):10.1f} µs/call")


if __name__ == "__main__":
    main()
