"""The policy pack the benchmarks measure: the default pack less its intent policies.

With `intent.cedar` in place every firewall loads the embedding model and embeds each call, which
`bench_signals.py` measures on its own; the other benchmarks measure everything else.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def policies_without_intent() -> Path:
    """A temporary copy of `policies/` without `intent.cedar` (removed when the process exits)."""
    scratch = Path(tempfile.mkdtemp(prefix="bastion-bench-"))
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    target = scratch / "policies"
    shutil.copytree(REPO / "policies", target)
    (target / "intent.cedar").unlink(missing_ok=True)
    return target
