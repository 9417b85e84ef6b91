"""The console in a real browser: Debian's headless Chromium, driven by Playwright, against a live server."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from bastion.config import Config
from tests.serve.conftest import AGENT_TOKEN, APPROVER_TOKEN, LiveServer, bearer

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
# Every flag keeps the browser off the network and out of the machine's own profile.
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
PAY = {
    "session": "rent",
    "type": "tool_call",
    "id": "c1",
    "tool": "send_money",
    "arguments": {"iban": "DE89", "amount": 1200},
}

if TYPE_CHECKING:
    from playwright.sync_api import Page


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing: scripts/install-test-browser installs it")
        pytest.skip("/usr/bin/chromium is missing (scripts/install-test-browser installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser_context: Any) -> Iterator[Page]:
    browser_context.clear_cookies()
    page = browser_context.new_page()
    page.set_default_timeout(10_000)
    try:
        yield page
    finally:
        page.close()


def log_in(page: Page, url: str) -> None:
    page.goto(f"{url}/")
    assert page.url.startswith(f"{url}/login")
    page.fill("#token", APPROVER_TOKEN)
    page.click("#login")
    page.wait_for_url(f"{url}/")


def decide(url: str, call: dict[str, Any]) -> dict[str, Any]:
    response = httpx.post(f"{url}/v1/decide", json=call, headers=bearer(AGENT_TOKEN))
    assert response.status_code == 200, response.text
    decision: dict[str, Any] = response.json()
    return decision


def test_the_console_needs_an_approver_token(live: LiveServer, page: Page) -> None:
    page.goto(f"{live.url}/audit")
    assert page.url.startswith(f"{live.url}/login")
    page.fill("#token", "wrong")
    page.click("#login")
    assert page.inner_text("#login-problem") == "That token is not valid."
    page.fill("#token", AGENT_TOKEN)
    page.click("#login")
    assert page.inner_text("#login-problem") == "That token has no approver role."
    page.fill("#token", APPROVER_TOKEN)
    page.click("#login")
    page.wait_for_url(f"{live.url}/audit")
    assert "chain verified" in page.inner_text("#chain-status")


def test_a_person_approves_a_pending_call_and_the_same_call_is_then_allowed(live: LiveServer, page: Page) -> None:
    asked = decide(live.url, PAY)
    log_in(page, live.url)
    card = page.locator(f"#approval-{asked['approval_id']}")
    assert card.locator("code").first.inner_text() == "send_money"
    assert '"iban": "DE89"' in card.locator("pre.arguments").inner_text()
    assert card.locator(".policy").all_inner_texts() == ["ask-open-world-side-effect"]
    assert "session_calls" in card.locator("table.signals").inner_text()
    card.locator("input[name=note]").fill("rent for December")
    card.locator("button.approve").click()
    page.wait_for_selector("#answered")
    assert page.inner_text("#answered") == f"{asked['approval_id']} approved"
    assert page.locator("#no-pending").is_visible()
    assert "approved" in page.locator("#recent").inner_text()
    again = decide(live.url, {**PAY, "id": "c2"})
    assert again["verdict"] == "allow"
    assert again["reasons"][-1] == f"approved by carol (approval {asked['approval_id']}): rent for December"


def test_a_person_denies_a_pending_call_and_the_same_call_is_then_denied(live: LiveServer, page: Page) -> None:
    asked = decide(live.url, PAY)
    log_in(page, live.url)
    page.locator(f"#approval-{asked['approval_id']} button.deny").click()
    page.wait_for_selector("#answered")
    assert page.inner_text("#answered") == f"{asked['approval_id']} denied"
    assert decide(live.url, {**PAY, "id": "c2"})["verdict"] == "deny"
    # The answer is in the audit log, with who gave it.
    page.goto(f"{live.url}/audit?session=rent")
    row = page.locator("tr.record.approval")
    assert row.count() == 1
    assert f"denied by carol ({asked['approval_id']})" in row.inner_text()


def test_an_unanswered_call_expires_and_can_no_longer_be_approved(serve_config: Config, page: Page) -> None:
    config = serve_config.model_copy(update={"approvals": serve_config.approvals.model_copy(update={"ttl": 2.0})})
    with LiveServer(config) as live:
        asked = decide(live.url, PAY)
        log_in(page, live.url)
        card = page.locator(f"#approval-{asked['approval_id']}")
        assert card.is_visible()
        # Expiry is wall-clock time; the page, loaded before it, still offers the buttons.
        time.sleep(2.2)
        card.locator("button.approve").click()
        page.wait_for_selector("#problem")
        assert page.inner_text("#problem") == f"approval {asked['approval_id']!r} has expired"
        assert page.locator("#no-pending").is_visible()
        assert "expired" in page.locator("#recent").inner_text()
        assert decide(live.url, {**PAY, "id": "c2"})["verdict"] == "ask"


def test_the_audit_log_filters_by_session_tool_verdict_policy_and_time(live: LiveServer, page: Page) -> None:
    decide(live.url, {"session": "a", "type": "tool_call", "id": "c1", "tool": "read_file", "arguments": {"path": "x"}})
    decide(
        live.url, {"session": "b", "type": "tool_call", "id": "c2", "tool": "delete_file", "arguments": {"path": "x"}}
    )
    decide(live.url, {**PAY, "session": "c"})
    log_in(page, live.url)

    def shown(query: str) -> list[tuple[str, str, str]]:
        page.goto(f"{live.url}/audit{query}")
        rows = page.locator("tr.record.tool_call")
        return [
            (
                row.locator("td").nth(2).inner_text(),
                row.locator("td").nth(4).inner_text(),
                row.locator("td").nth(5).inner_text(),
            )
            for row in rows.all()
        ]

    assert shown("") == [("c", "send_money", "ASK"), ("b", "delete_file", "DENY"), ("a", "read_file", "ALLOW")]
    # Through the form, as a person would.
    page.fill("input[name=tool]", "delete_file")
    page.click("#apply")
    page.wait_for_url("**tool=delete_file**")
    assert [r[1] for r in shown(page.url.removeprefix(f"{live.url}/audit"))] == ["delete_file"]
    page.goto(f"{live.url}/audit")
    page.select_option("select[name=verdict]", "allow")
    page.click("#apply")
    page.wait_for_url("**verdict=allow**")
    assert page.locator("tr.record.tool_call").count() == 1
    assert shown("?session=c") == [("c", "send_money", "ASK")]
    assert shown("?policy=deny-destructive-tool") == [("b", "delete_file", "DENY")]
    past = datetime.fromtimestamp(time.time() - 3600, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    assert shown(f"?until={past}") == []
    assert len(shown(f"?since={past}")) == 3
    page.goto(f"{live.url}/audit?since=yesterday")
    assert "since: 'yesterday' is not a time" in page.inner_text(".problem")


def test_a_session_timeline_shows_each_event_with_its_signals_and_decision(live: LiveServer, page: Page) -> None:
    message = {"session": "t", "type": "message", "role": "user", "content": "Tidy my notes"}
    assert httpx.post(f"{live.url}/v1/observe", json=message, headers=bearer(AGENT_TOKEN)).status_code == 204
    decide(
        live.url,
        {"session": "t", "type": "tool_call", "id": "c1", "tool": "run_shell", "arguments": {"command": "rm -rf /"}},
    )
    log_in(page, live.url)
    page.goto(f"{live.url}/audit?session=t")
    page.click("tr.record.tool_call a")
    page.wait_for_url(f"{live.url}/sessions/t")
    events = page.locator(".event")
    assert events.count() == 2
    assert "Tidy my notes" in events.nth(0).inner_text()
    call = events.nth(1)
    assert call.locator(".verdict").inner_text() == "DENY"
    assert call.locator(".policy").all_inner_texts() == ["deny-destructive-shell"]
    assert "flags\tshell_destructive" in call.locator("table.signals").inner_text()
