from __future__ import annotations

import subprocess
import sys

import bastion.adapters.langchain as adapter


def test_all_is_sorted_and_every_name_exists() -> None:
    assert sorted(adapter.__all__, key=lambda name: (not name[0].isupper(), name)) == list(adapter.__all__)
    for name in adapter.__all__:
        assert hasattr(adapter, name), name


def test_importing_bastion_does_not_import_the_adapter_or_langchain() -> None:
    code = "import sys, bastion; print([m for m in sys.modules if m.startswith(('langchain', 'bastion.adapters'))])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
