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


def _policy_imports(source: str, module: str) -> list[int]:
    """Lines of `source` (the module `module`) that import `bastion.policy` or anything in it."""
    import ast

    lines = []
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        if any(name == "bastion.policy" or name.startswith("bastion.policy.") for name in names):
            lines.append(node.lineno)
    return lines


def test_the_import_check_finds_every_spelling_of_a_policy_import() -> None:
    source = (
        "import bastion.policy.engine\n"
        "from bastion import policy\n"
        "from bastion.policy.source import load_policy_dir\n"
        "def f():\n    from ...policy import stage\n"
        "from bastion.policyless import x\n"
    )
    assert _policy_imports(source, "bastion.adapters.mcp.proxy") == [1, 2, 3, 5]


def test_no_adapter_and_not_the_service_imports_the_policy_package() -> None:
    # The core owns compilation (`FirewallFactory`, `Firewall.swap_catalog`): adapters use the Firewall only.
    from pathlib import Path

    src = Path(bastion.__file__).parent
    offenders = []
    files = [*sorted((src / "adapters").rglob("*.py")), *sorted((src / "serve").rglob("*.py"))]
    assert any(path.name == "proxy.py" for path in files)
    for path in files:
        module = "bastion." + ".".join(path.relative_to(src).with_suffix("").parts)
        for line in _policy_imports(path.read_text(encoding="utf-8"), module):
            offenders.append(f"{path.relative_to(src)}:{line}")
    assert offenders == []


def test_every_data_file_of_the_package_is_in_its_package_data() -> None:
    # A file the code reads at run time (a model's weights, a template, a policy pack) that no
    # package-data pattern names is missing from a wheel: only an editable install would find it.
    import fnmatch
    import os
    import tomllib
    from pathlib import Path

    root = Path(bastion.__file__).parent
    pyproject = root.parent.parent / "pyproject.toml"
    patterns = tomllib.loads(pyproject.read_text())["tool"]["setuptools"]["package-data"]["bastion"]
    found = []
    for folder, dirs, files in os.walk(root, followlinks=True):
        # `examples` is the repository's examples folder: the package ships the two files `bastion demo`
        # reads (named in package-data, checked below), not every example.
        dirs[:] = [d for d in dirs if d != "__pycache__" and not (Path(folder) == root and d == "examples")]
        for name in files:
            if not name.endswith((".py", ".pyc")):
                found.append((Path(folder) / name).relative_to(root).as_posix())
    assert "intent/trajectory.npz" in found
    missing = [path for path in found if not any(fnmatch.fnmatch(path, pattern) for pattern in patterns)]
    assert missing == []
    shipped_examples = [pattern for pattern in patterns if pattern.startswith("examples/")]
    assert shipped_examples and all((root / pattern).is_file() for pattern in shipped_examples)
