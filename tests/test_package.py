from __future__ import annotations

import subprocess
import sys

import bastion


def test_all_is_sorted_and_every_name_exists() -> None:
    assert list(bastion.__all__) == sorted(bastion.__all__)
    for name in bastion.__all__:
        assert hasattr(bastion, name), name


def test_importing_bastion_loads_no_heavy_dependency() -> None:
    heavy = "('torch', 'mcp', 'langchain_core', 'sentence_transformers')"
    code = f"import sys, bastion; print(' '.join(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
