"""Take the console screenshots in docs/img: the demo trace through a real `bastion serve`, seen in Chromium.

    .venv/bin/python scripts/console_screenshots.py [--policies policies] [--out docs/img]

Needs Debian's chromium (scripts/install-test-browser). Loads the embedding model when the policies
read `risk` or `drift` (the default pack does).
"""

from __future__ import annotations

import argparse
import os
import socket
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from playwright.sync_api import sync_playwright

from bastion.config import Config
from bastion.events import ToolCall
from bastion.serve import DecisionService, TokenTable, create_app
from bastion.trace import read_trace

REPO = Path(__file__).resolve().parent.parent
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> None:
    try:
        import torch

        # One thread embeds fastest here, and leaves the machine's other cores to others.
        torch.set_num_threads(1)
    except ImportError:
        pass
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policies", type=Path, default=REPO / "policies")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    token = "screenshot-token"
    with tempfile.TemporaryDirectory() as scratch:
        config = Config(
            policies=args.policies,
            tools=REPO / "examples" / "tools.json",
            audit=Path(scratch) / "audit.db",
            allowed_roots=("/home/user",),
            profile="ask-side-effects",
            principal={"id": "alice"},  # type: ignore[arg-type]
        )
        service = DecisionService(config, TokenTable(config, env_token=token))
        server = uvicorn.Server(uvicorn.Config(create_app(service), log_level="warning", lifespan="on"))
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        headers = {"Authorization": f"Bearer {token}"}
        asked = []
        for event in read_trace(REPO / "examples" / "demo_trace.jsonl"):
            body = event.model_dump(mode="json", by_alias=True, exclude_none=True)
            if isinstance(event, ToolCall):
                decision = httpx.post(f"{url}/v1/decide", json=body, headers=headers).json()
                if decision["verdict"] == "ask":
                    asked.append(decision["approval_id"])
            else:
                httpx.post(f"{url}/v1/observe", json=body, headers=headers)
        # The rent itself is approved; the injected payment stays pending for the picture.
        httpx.post(f"{url}/v1/approvals/{asked[0]}", json={"approve": True, "note": "December rent"}, headers=headers)
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(Path(scratch) / "profile"),
                executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                headless=True,
                args=FLAGS,
                viewport={"width": 1280, "height": 900},
            )
            page = context.new_page()
            page.goto(f"{url}/login")
            page.fill("#token", token)
            page.click("#login")
            page.wait_for_url(f"{url}/")
            page.screenshot(path=str(args.out / "console-approvals.png"), full_page=True)
            page.goto(f"{url}/audit?session=rent")
            page.screenshot(path=str(args.out / "console-audit.png"), full_page=True)
            page.goto(f"{url}/sessions/rent")
            page.screenshot(path=str(args.out / "console-session.png"), full_page=True)
            context.close()
        server.should_exit = True
        thread.join(timeout=15)
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
