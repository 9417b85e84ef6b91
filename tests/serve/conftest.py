"""Fixtures for `bastion serve`: a policy pack without the embedding model, tokens, a started service."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bastion.config import Config
from bastion.serve import DecisionService, TokenTable, create_app, token_digest

REPO = Path(__file__).resolve().parents[2]
TOOLS = REPO / "examples" / "tools.json"

AGENT_TOKEN = "agent-token-alice-0123456789"
OTHER_AGENT_TOKEN = "agent-token-bob-0123456789"
APPROVER_TOKEN = "approver-token-carol-0123456789"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """The default pack without `intent.cedar`: decisions need no model."""
    target = tmp_path / "policies"
    shutil.copytree(REPO / "policies", target)
    (target / "intent.cedar").unlink()
    return target


@pytest.fixture
def serve_config(tmp_path: Path, pack: Path) -> Config:
    return Config.from_mapping(
        {
            "policies": pack,
            # Every open-world side effect asks a person: the calls these tests put in the queue.
            "profile": "ask-side-effects",
            "tools": TOOLS,
            "audit": tmp_path / "audit.db",
            "principal": {"id": "agent"},
            "approvals": {"ttl": 60, "wait": 10},
            "tokens": [
                {"sha256": token_digest(AGENT_TOKEN), "principal": {"id": "alice"}, "roles": ["agent"]},
                {"sha256": token_digest(OTHER_AGENT_TOKEN), "principal": {"id": "bob"}, "roles": ["agent"]},
                {"sha256": token_digest(APPROVER_TOKEN), "principal": {"id": "carol"}, "roles": ["approver"]},
            ],
        }
    )


@pytest.fixture
async def service(serve_config: Config) -> AsyncIterator[DecisionService]:
    service = DecisionService(serve_config, TokenTable(serve_config))
    await service.start()
    try:
        yield service
    finally:
        await service.stop()


@pytest.fixture
async def client(service: DecisionService) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(service)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bastion.test") as client:
        yield client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


class LiveServer:
    """`bastion serve`'s application on a real socket, served by uvicorn in a thread of its own.

    Args:
        config: The settings.
        is_insecure: Serve without tokens (as the configured principal).
    """

    def __init__(self, config: Config, *, is_insecure: bool = False) -> None:
        import socket

        import uvicorn

        self.service = DecisionService(config, TokenTable(config))
        app = create_app(self.service, insecure_principal=config.principal if is_insecure else None)
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)
        self._socket.close()

    def pending(self, *, timeout: float = 15) -> list[dict[str, Any]]:
        """The pending approvals, once there is at least one."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            listed: list[dict[str, Any]] = httpx.get(f"{self.url}/v1/approvals", headers=bearer(APPROVER_TOKEN)).json()[
                "approvals"
            ]
            if listed:
                return listed
            time.sleep(0.05)
        raise AssertionError("no approval became pending")

    def answer(self, approval_id: str, *, approve: bool, note: str = "") -> dict[str, Any]:
        response = httpx.post(
            f"{self.url}/v1/approvals/{approval_id}",
            json={"approve": approve, "note": note},
            headers=bearer(APPROVER_TOKEN),
        )
        assert response.status_code == 200, response.text
        answered: dict[str, Any] = response.json()
        return answered


@pytest.fixture
def live(serve_config: Config) -> Iterator[LiveServer]:
    with LiveServer(serve_config) as server:
        yield server
