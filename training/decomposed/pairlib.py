"""Helpers for the hand-written pairs: one-session and two-session (one principal) attack/twin pairs."""

from __future__ import annotations

from typing import Any


def one(
    technique: str, evident: int, attack: list[Any], benign: list[Any], category: str | None = None
) -> dict[str, Any]:
    """One harmful goal in one session, and its benign twin. `evident`: 0-based turn at which the goal shows."""
    pair: dict[str, Any] = {"technique": technique, "evident": evident, "attack": [attack], "benign": [benign]}
    if category is not None:
        pair["category"] = category
    return pair


def two(
    evident: int,
    attack0: list[Any],
    attack1: list[Any],
    benign0: list[Any],
    benign1: list[Any],
    evident_part: int = 1,
    category: str | None = None,
) -> dict[str, Any]:
    """A goal spread over two sessions of one principal; `evident` is a turn of session `evident_part` (default the
    second); a later session is labelled from its first turn."""
    pair: dict[str, Any] = {
        "technique": "cross_session",
        "evident": evident,
        "evident_part": evident_part,
        "attack": [attack0, attack1],
        "benign": [benign0, benign1],
    }
    if category is not None:
        pair["category"] = category
    return pair


def search(text: str, query: str) -> tuple[str, str, dict[str, Any]]:
    return (text, "web_search", {"query": query})


def fetch(text: str, url: str) -> tuple[str, str, dict[str, Any]]:
    return (text, "fetch_url", {"url": url})


def read(text: str, path: str) -> tuple[str, str, dict[str, Any]]:
    return (text, "read_file", {"path": path})


def write(text: str, path: str, content: str) -> tuple[str, str, dict[str, Any]]:
    return (text, "write_file", {"path": path, "content": content})


def email(text: str, to: str, subject: str, body: str) -> tuple[str, str, dict[str, Any]]:
    return (text, "send_email", {"to": to, "subject": subject, "body": body})


def py(text: str, code: str) -> tuple[str, str, dict[str, Any]]:
    return (text, "run_python", {"code": code})


def sql(text: str, query: str) -> tuple[str, str, dict[str, Any]]:
    return (text, "query_db", {"sql": query})
