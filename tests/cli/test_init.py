"""`bastion init` writes the shipped pack and a configuration that every command accepts, from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bastion.cli.main import main
from bastion.config import Config, shipped_pack
from bastion.errors import ConfigError


def test_the_default_policies_are_the_pack_inside_the_package() -> None:
    pack = shipped_pack()
    assert Config().policies == pack
    assert (pack / "bastion.cedarschema").is_file() and any(pack.glob("*.cedar"))
    assert "bastion" in pack.resolve().parts or "policies" in pack.resolve().parts


def test_an_unknown_pack_is_an_error_that_lists_the_packs() -> None:
    with pytest.raises(ConfigError, match=r"no policy pack named 'nope'.*default"):
        shipped_pack("nope")


def test_init_writes_the_pack_and_a_configuration_that_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(tmp_path)]) == 0
    written = sorted(p.name for p in (tmp_path / "policies").iterdir() if p.is_file())
    shipped = sorted(p.name for p in shipped_pack().iterdir() if p.suffix in (".cedar", ".cedarschema"))
    assert written == shipped
    # The named profiles come along, so `--profile` works on the copy.
    assert (tmp_path / "policies" / "profiles" / "ask-side-effects.cedar").is_file()
    settings = tomllib.loads((tmp_path / "bastion.toml").read_text())
    assert settings["policies"] == "policies" and settings["shadow"] is False
    capsys.readouterr()

    assert main(["check", "--config", str(tmp_path / "bastion.toml"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["policies"] == str(tmp_path / "policies")


def test_init_never_overwrites_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path)]) == 0
    edited = tmp_path / "policies" / "baseline.cedar"
    edited.write_text("// mine\n")

    assert main(["init", str(tmp_path)]) == 2
    assert "already exist; nothing was written" in capsys.readouterr().err
    assert edited.read_text() == "// mine\n"

    assert main(["init", str(tmp_path), "--force"]) == 0
    assert edited.read_text() != "// mine\n"


@pytest.mark.slow
def test_demo_and_check_run_from_any_directory(tmp_path: Path) -> None:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    bastion = [sys.executable, "-m", "bastion.cli"]
    check = subprocess.run([*bastion, "check"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert check.returncode == 0, check.stderr
    demo = subprocess.run([*bastion, "demo"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    assert demo.returncode == 0, demo.stderr
    assert "tool calls:" in demo.stdout and "model loaded in" in demo.stderr
