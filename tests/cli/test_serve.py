"""`bastion serve`: it refuses to start unprotected, and as a real process it decides for a token holder."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bastion.cli.main import main
from bastion.cli.serve import is_loopback
from tests.conftest import TOOLS


@pytest.fixture
def pack(policy_dir: Path) -> Path:
    (policy_dir / "intent.cedar").unlink()
    return policy_dir


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "no token: set BASTION_TOKEN"),
        (["--insecure-no-auth", "--listen", "0.0.0.0:8181"], "--insecure-no-auth only on a loopback address"),
        (["--listen", "localhost"], "--listen 'localhost' is not HOST:PORT"),
    ],
)
def test_serve_refuses_to_start_unprotected_or_misconfigured(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pack: Path,
    tmp_path: Path,
    extra: list[str],
    message: str,
) -> None:
    monkeypatch.delenv("BASTION_TOKEN", raising=False)
    argv = ["serve", "--policies", str(pack), "--tools", str(TOOLS), "--audit", str(tmp_path / "a.db"), *extra]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_serve_needs_an_audit_store(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, pack: Path
) -> None:
    monkeypatch.setenv("BASTION_TOKEN", "t0k3n-for-the-test")
    assert main(["serve", "--policies", str(pack), "--tools", str(TOOLS)]) == 2
    assert "bastion serve needs an audit store" in capsys.readouterr().err


def test_an_empty_bastion_token_is_an_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, pack: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("BASTION_TOKEN", " ")
    assert main(["serve", "--policies", str(pack), "--audit", str(tmp_path / "a.db")]) == 2
    assert "BASTION_TOKEN is set but empty" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("host", "is_local"),
    [
        ("127.0.0.1", True),
        ("127.9.9.9", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("10.0.0.5", False),
        ("example.org", False),
    ],
)
def test_only_loopback_hosts_count_as_local(host: str, is_local: bool) -> None:
    assert is_loopback(host) is is_local


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.slow
def test_a_served_process_decides_for_the_bastion_token_and_scrapes(pack: Path, tmp_path: Path) -> None:
    port = free_port()
    token = "a-long-random-token-for-this-test"
    bastion = Path(sys.executable).with_name("bastion")
    process = subprocess.Popen(
        [
            str(bastion),
            "serve",
            "--listen",
            f"127.0.0.1:{port}",
            "--policies",
            str(pack),
            "--profile",
            "ask-side-effects",
            "--tools",
            str(TOOLS),
            "--audit",
            str(tmp_path / "audit.db"),
            "--principal",
            "alice",
            "--profile",
            "ask-side-effects",
        ],
        env={**os.environ, "BASTION_TOKEN": token},
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "bastion serve exited early"
            try:
                if httpx.get(f"{url}/healthz").status_code == 200:
                    break
            except httpx.ConnectError:
                pass
            assert time.monotonic() < deadline, "bastion serve did not come up"
            time.sleep(0.1)
        call = {"session": "s1", "type": "tool_call", "id": "c1", "tool": "delete_file", "arguments": {"path": "a"}}
        assert httpx.post(f"{url}/v1/decide", json=call).status_code == 401
        decided = httpx.post(f"{url}/v1/decide", json=call, headers={"Authorization": f"Bearer {token}"}).json()
        assert (decided["verdict"], decided["policy_ids"]) == ("deny", ["deny-destructive-tool"])
        metrics = httpx.get(f"{url}/metrics", headers={"Authorization": f"Bearer {token}"}).text
        assert 'bastion_decisions_total{policy="deny-destructive-tool",verdict="deny"} 1.0' in metrics
        view = httpx.get(f"{url}/v1/sessions/s1", headers={"Authorization": f"Bearer {token}"}).json()
        assert view["principal"] == "alice"
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    # Ctrl-C: the server shuts down (closing the store), then exits as interrupted.
    assert process.returncode == 130
    assert f"serving decisions for alice at http://127.0.0.1:{port}/" in err
