"""The web console: server-rendered pages for the people who approve calls and read the log.

    GET  /                        pending approvals (call, arguments, reasons, signals, policies) and recent answers
    POST /console/approvals/{id}  approve or deny (form)
    GET  /audit                   the audit log, filtered by session, tool, verdict, policy and time
    GET  /sessions/{session}      a session's timeline: each event with its signals and decision
    GET  /login, POST /login, POST /logout

Every page shows whether the audit log's hash chain verifies. Login takes a token with the
`approver` role; the browser keeps a random session id (HttpOnly, SameSite=Strict), never the
token, and every form carries a token tied to that session against cross-site requests.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from bastion.errors import ApprovalError
from bastion.serve.auth import Caller
from bastion.serve.service import AuditQuery, DecisionService

__all__ = ["add_console"]

_COOKIE = "bastion_console"
_SESSION_SECONDS = 12 * 3600
_VERDICTS = ("allow", "deny", "ask")


def _when(ts: float | None) -> str:
    if ts is None:
        return ""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _latency(latency_us: float | None) -> str:
    if latency_us is None:
        return ""
    return f"{latency_us / 1000:.1f} ms" if latency_us >= 1000 else f"{latency_us:.0f} µs"


def _pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True, default=str)


def _parse_time(field: str, text: str) -> float:
    """A console time filter (`YYYY-MM-DDTHH:MM[:SS]`, UTC) as epoch seconds."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{field}: {text!r} is not a time like 2026-01-31T13:45 (UTC)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


class _Console:
    def __init__(self, service: DecisionService, auth: Any) -> None:
        self.service = service
        self.auth = auth
        self.secret = secrets.token_bytes(32)
        self.sessions: dict[str, tuple[Caller, float]] = {}
        self.env = Environment(
            loader=FileSystemLoader(Path(__file__).with_name("templates")),
            autoescape=select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["when"] = _when
        self.env.filters["pretty"] = _pretty
        self.env.filters["latency"] = _latency

    # -- who is looking --------------------------------------------------------------------------

    def caller(self, request: Request) -> tuple[Caller | None, str]:
        """The logged-in approver and their console session id (empty when insecure or logged out)."""
        if self.auth.insecure_principal is not None:
            return self.auth.from_request(request), ""
        sid = request.cookies.get(_COOKIE, "")
        entry = self.sessions.get(sid)
        if entry is None or entry[1] < time.time():
            self.sessions.pop(sid, None)
            return None, ""
        return entry[0], sid

    def csrf(self, sid: str) -> str:
        return hmac.new(self.secret, f"csrf:{sid}".encode(), hashlib.sha256).hexdigest()

    async def form(self, request: Request) -> dict[str, str]:
        body = (await request.body()).decode("utf-8", errors="replace")
        return {key: values[-1] for key, values in parse_qs(body, keep_blank_values=True).items()}

    def is_forged(self, form: dict[str, str], sid: str) -> bool:
        # Checked without login too (--insecure-no-auth): a page elsewhere must not post to a local console.
        return not hmac.compare_digest(form.get("csrf", ""), self.csrf(sid))

    # -- rendering --------------------------------------------------------------------------------

    async def render(self, request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        caller, sid = self.caller(request)
        chain = None
        if caller is not None:
            chain = await self.service.verify()
        page = self.env.get_template(template).render(
            caller=caller,
            csrf=self.csrf(sid),
            chain=chain,
            is_insecure=self.auth.insecure_principal is not None,
            path=request.url.path,
            **values,
        )
        return HTMLResponse(page, status_code=status, headers={"Cache-Control": "no-store"})


def add_console(app: FastAPI, service: DecisionService, auth: Any) -> None:
    """Add the console's pages to the application.

    Args:
        app: The application.
        service: The decision service.
        auth: The application's Authenticator.
    """
    console = _Console(service, auth)

    def to_login(request: Request) -> RedirectResponse:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?{urlencode({'next': target})}", status_code=303)

    @app.get("/login", include_in_schema=False)
    async def login_page(request: Request, next: str = "/") -> Response:
        return await console.render(request, "login.html", next=next if next.startswith("/") else "/", problem="")

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await console.form(request)
        target = form.get("next", "/")
        if not target.startswith("/") or target.startswith("//"):
            target = "/"
        caller = service.tokens.caller(form.get("token", "").strip()) if form.get("token", "").strip() else None
        if caller is None or not caller.may("approver"):
            problem = "That token is not valid." if caller is None else "That token has no approver role."
            return await console.render(request, "login.html", status=401, next=target, problem=problem)
        sid = secrets.token_urlsafe(32)
        console.sessions[sid] = (caller, time.time() + _SESSION_SECONDS)
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(_COOKIE, sid, max_age=_SESSION_SECONDS, httponly=True, samesite="strict")
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        _, sid = console.caller(request)
        form = await console.form(request)
        if sid and not console.is_forged(form, sid):
            console.sessions.pop(sid, None)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(_COOKIE)
        return response

    @app.get("/", include_in_schema=False)
    async def approvals_page(request: Request, answered: str = "", problem: str = "") -> Response:
        caller, _ = console.caller(request)
        if caller is None:
            return to_login(request)
        pending = await service.queue.pending()
        recent = [a for a in await service.queue.recent(limit=50) if a.state() != "pending"]
        return await console.render(
            request,
            "approvals.html",
            pending=[a.to_record() for a in pending],
            recent=[a.to_record() for a in recent[:20]],
            answered=answered,
            problem=problem,
        )

    @app.post("/console/approvals/{approval_id}", include_in_schema=False)
    async def answer(request: Request, approval_id: str) -> Response:
        caller, sid = console.caller(request)
        if caller is None:
            return to_login(request)
        form = await console.form(request)
        if console.is_forged(form, sid):
            return await console.render(request, "error.html", status=403, problem="The form expired; reload the page.")
        choice = form.get("answer")
        if choice not in ("approve", "deny"):
            return await console.render(
                request, "error.html", status=400, problem=f"answer must be approve or deny, not {choice!r}"
            )
        try:
            await service.answer(caller, approval_id, is_approved=choice == "approve", note=form.get("note", ""))
        except ApprovalError as exc:
            return RedirectResponse(f"/?{urlencode({'problem': str(exc)})}", status_code=303)
        verb = "approved" if choice == "approve" else "denied"
        return RedirectResponse(f"/?{urlencode({'answered': f'{approval_id} {verb}'})}", status_code=303)

    @app.get("/audit", include_in_schema=False)
    async def audit_page(request: Request) -> Response:
        caller, _ = console.caller(request)
        if caller is None:
            return to_login(request)
        params = request.query_params
        filters = {
            key: params.get(key, "").strip() for key in ("session", "tool", "verdict", "policy", "since", "until")
        }
        problems = []
        since = until = None
        try:
            if filters["since"]:
                since = _parse_time("since", filters["since"])
            if filters["until"]:
                until = _parse_time("until", filters["until"])
        except ValueError as exc:
            problems.append(str(exc))
        if filters["verdict"] and filters["verdict"] not in _VERDICTS:
            problems.append(f"verdict: {filters['verdict']!r} is not one of allow, deny, ask")
        if problems:
            return await console.render(
                request, "audit.html", status=400, filters=filters, records=[], problems=problems, verdicts=_VERDICTS
            )
        query = AuditQuery(
            session=filters["session"] or None,
            tool=filters["tool"] or None,
            verdict=filters["verdict"] or None,
            policy_id=filters["policy"] or None,
            since=since,
            until=until,
        )
        records = await service.audit(query)
        return await console.render(
            request, "audit.html", filters=filters, records=records, problems=[], verdicts=_VERDICTS
        )

    @app.get("/sessions/{session}", include_in_schema=False)
    async def session_page(request: Request, session: str) -> Response:
        caller, _ = console.caller(request)
        if caller is None:
            return to_login(request)
        records = await service.timeline(session)
        approvals = [a.to_record() for a in await service.queue.recent(limit=1000) if a.session == session]
        status = 200 if records or approvals else 404
        return await console.render(
            request, "session.html", status=status, session=session, records=records, approvals=approvals
        )
