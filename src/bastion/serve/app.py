"""The HTTP face of `bastion serve`: the decision API, approvals, metrics, health, and the console.

    POST /v1/decide[?wait=SECONDS]  a tool_call event        -> the Decision (+ approval_id for an ask)
    POST /v1/observe                a message or tool_result -> 204
    GET  /v1/sessions/{session}     the session's decisions and current signals
    GET  /v1/approvals              pending approvals                      (approver tokens)
    POST /v1/approvals/{id}         {"approve": bool, "note": str}         (approver tokens)
    GET  /healthz, /metrics, /openapi.json
    GET  /                          the console (see `bastion.serve.console`)

Every request but `/healthz` and `/openapi.json` carries `Authorization: Bearer TOKEN`; the token
names the principal. Every bad request gets a 4xx whose body names what was wrong:
`{"error": "...", "problems": [{"where": "body.tool", "message": "..."}]}`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from bastion.config import PrincipalConfig
from bastion.errors import ApprovalError, BastionError, StoreError
from bastion.events import Decision, Message, ToolCall, ToolResult
from bastion.serve.auth import Caller, Role
from bastion.serve.metrics import CONTENT_TYPE
from bastion.serve.service import DecisionService, SessionForbidden

__all__ = ["ApiError", "create_app"]

logger = logging.getLogger("bastion.serve")


class ApiError(Exception):
    """A request the API refuses, with its status and what was wrong.

    Args:
        status: The HTTP status.
        error: What was wrong, in a sentence.
        problems: Each problem with where it is (`body.tool`, `query.wait`, ...).
    """

    def __init__(self, status: int, error: str, problems: list[dict[str, str]] | None = None) -> None:
        self.status = status
        self.error = error
        self.problems = problems or []
        super().__init__(error)


class DecisionReply(Decision):
    """A Decision as `bastion replay` prints it, plus the approval an `ask` went to."""

    approval_id: str | None = Field(default=None, description="The approval an ask went to (ask only).")
    approval_state: Literal["pending", "approved", "denied", "expired"] | None = None


class Answer(BaseModel):
    """A person's answer to an approval."""

    model_config = ConfigDict(extra="forbid")

    approve: bool = Field(description="True runs the call; False refuses it.")
    note: str = Field(default="", max_length=2000, description="Why, in the answerer's words.")


class ErrorBody(BaseModel):
    """What a refused request gets back."""

    error: str
    problems: list[dict[str, str]] = Field(default_factory=list)


ObservedEvent = Annotated[Message | ToolResult, Field(discriminator="type")]
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
    403: {"model": ErrorBody},
    404: {"model": ErrorBody},
    409: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


class Authenticator:
    """Turn a request's bearer token (or console login) into a Caller.

    Args:
        service: The service (its token table).
        insecure_principal: When set, every request acts as this principal with every role (no tokens:
            `--insecure-no-auth` on a loopback address).
    """

    def __init__(self, service: DecisionService, *, insecure_principal: PrincipalConfig | None = None) -> None:
        self.service = service
        self.insecure_principal = insecure_principal
        self.console_sessions: dict[str, Caller] = {}

    def from_request(self, request: Request) -> Caller | None:
        """The caller of a request, or None when it carries no valid token."""
        if self.insecure_principal is not None:
            return Caller(self.insecure_principal, frozenset(("agent", "approver")))
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return self.service.tokens.caller(token.strip())
        return None

    def require(self, role: Role | None = None) -> Any:
        """A FastAPI dependency: the caller, or 401 (no valid token) / 403 (the token lacks the role)."""

        def dependency(request: Request) -> Caller:
            caller = self.from_request(request)
            if caller is None:
                has_header = "authorization" in request.headers
                raise ApiError(
                    401,
                    "the bearer token is not valid" if has_header else "a bearer token is required",
                    [{"where": "header.Authorization", "message": "send `Authorization: Bearer TOKEN`"}],
                )
            if role is not None and not caller.may(role):
                raise ApiError(403, f"this token is not allowed to do that (it needs the {role!r} role)")
            return caller

        return dependency


def only_query(*allowed: str) -> Any:
    """A FastAPI dependency refusing query parameters the endpoint does not take (a typo must not pass)."""

    def dependency(request: Request) -> None:
        unknown = sorted(set(request.query_params) - set(allowed))
        if unknown:
            takes = f"it takes only {', '.join(allowed)}" if allowed else "it takes none"
            raise ApiError(
                422,
                f"unknown query parameter(s) {', '.join(unknown)} for {request.url.path}: {takes}",
                [{"where": f"query.{name}", "message": "unknown parameter"} for name in unknown],
            )

    return Depends(dependency)


def _problems(exc: RequestValidationError) -> list[dict[str, str]]:
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()))
        problems.append({"where": where, "message": str(error.get("msg", "invalid"))})
    return problems


def create_app(
    service: DecisionService, *, insecure_principal: PrincipalConfig | None = None, listen_host: str = "127.0.0.1"
) -> FastAPI:
    """The ASGI application of a service.

    Args:
        service: The decision service (started and stopped with the application's lifespan).
        insecure_principal: Serve without tokens, as this principal (loopback only; the CLI checks).
        listen_host: The loopback host served without tokens (a request naming another host is refused).

    Returns:
        The application.
    """
    auth = Authenticator(service, insecure_principal=insecure_principal)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await service.start()
        try:
            yield
        finally:
            await service.stop()

    app = FastAPI(
        title="bastion",
        summary="A firewall for the tool calls of LLM agents: decisions, approvals and the audit log over HTTP.",
        version="1",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = service
    app.state.auth = auth
    if insecure_principal is not None:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        # Without tokens, only requests addressed to this machine by name or loopback address are
        # served: a web page that rebinds its own host name to 127.0.0.1 is refused.
        hosts = {"127.0.0.1", "localhost", "::1", listen_host.strip("[]").lower()}
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=sorted(hosts))

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": 'Bearer realm="bastion"'} if exc.status == 401 else None
        return JSONResponse({"error": exc.error, "problems": exc.problems}, status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = _problems(exc)
        content_type = request.headers.get("content-type", "")
        if request.method == "POST" and content_type and "json" not in content_type.split(";")[0]:
            error = f"the request body must be JSON sent as Content-Type: application/json, not {content_type!r}"
            problems = [{"where": "header.Content-Type", "message": "expected application/json"}]
        elif any(p["message"].startswith("JSON decode error") for p in problems):
            error = "the request body is not valid JSON"
        else:
            error = "the request is not valid: " + "; ".join(f"{p['where']}: {p['message']}" for p in problems)
        return JSONResponse({"error": error, "problems": problems}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404:
            detail = f"no such endpoint: {request.method} {request.url.path}"
        elif exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path}"
        return JSONResponse({"error": detail, "problems": []}, status_code=exc.status_code)

    agent = Depends(auth.require("agent"))
    approver = Depends(auth.require("approver"))
    anyone = Depends(auth.require())

    @app.post(
        "/v1/decide",
        response_model=DecisionReply,
        response_model_exclude_none=True,
        responses=_ERRORS,
        summary="Decide one tool call",
        tags=["decisions"],
        dependencies=[only_query("wait")],
    )
    async def decide(
        call: ToolCall,
        caller: Caller = agent,
        wait: Annotated[
            float, Query(ge=0, description="Seconds to wait for a person's answer to an ask (default 0).")
        ] = 0.0,
    ) -> JSONResponse:
        """A `tool_call` event in the trace format in; its Decision out, as `bastion replay` prints it.

        An `ask` goes to the approval queue: it comes back with `approval_id` at once (`wait=0`), or
        settled by a person's answer given within `wait` seconds. The same call (session, tool,
        arguments) decided again while its approval lives follows the answer.
        """
        limit = service.queue.max_wait
        if wait > limit:
            raise ApiError(
                422,
                f"wait may be at most {limit:g} seconds (the configured approvals.wait)",
                [{"where": "query.wait", "message": f"at most {limit:g}"}],
            )
        try:
            reply = await service.decide(caller, call, wait=wait)
        except SessionForbidden as exc:
            raise ApiError(403, str(exc), [{"where": "body.session", "message": str(exc)}]) from None
        except StoreError as exc:
            raise ApiError(503, f"the approval queue is unavailable: {exc}") from None
        return JSONResponse(reply.to_record())

    @app.post(
        "/v1/observe",
        status_code=204,
        responses=_ERRORS,
        summary="Observe a message or tool result",
        tags=["decisions"],
        dependencies=[only_query()],
    )
    async def observe(event: Annotated[ObservedEvent, Field(discriminator="type")], caller: Caller = agent) -> Response:
        """A `message` or `tool_result` event in the trace format; the firewall updates the session."""
        try:
            await service.observe(caller, event)
        except SessionForbidden as exc:
            raise ApiError(403, str(exc), [{"where": "body.session", "message": str(exc)}]) from None
        return Response(status_code=204)

    @app.get(
        "/v1/sessions/{session}",
        responses=_ERRORS,
        summary="A session's decisions and signals",
        tags=["decisions"],
        dependencies=[only_query()],
    )
    async def session(session: str, caller: Caller = anyone) -> dict[str, Any]:
        """The session's decisions (oldest first), its current signals and its approvals."""
        if not service.may_read(caller, session):
            raise ApiError(404, f"no session {session!r} of this token's principal")
        view = await service.session(session)
        if not view["decisions"] and not view["approvals"] and view["principal"] is None:
            raise ApiError(404, f"no session {session!r}")
        return view

    @app.get(
        "/v1/approvals", responses=_ERRORS, summary="Pending approvals", tags=["approvals"], dependencies=[only_query()]
    )
    async def approvals(caller: Caller = approver) -> dict[str, Any]:
        """Approvals waiting for an answer, newest first: id, session, tool, arguments, reasons, signals."""
        return {"approvals": [a.to_record() for a in await service.queue.pending()]}

    @app.post(
        "/v1/approvals/{approval_id}",
        responses=_ERRORS,
        summary="Answer an approval",
        tags=["approvals"],
        dependencies=[only_query()],
    )
    async def answer(approval_id: str, body: Answer, caller: Caller = approver) -> dict[str, Any]:
        """Approve or deny a pending call; who answered, how and when goes into the audit log."""
        try:
            approval = await service.answer(caller, approval_id, is_approved=body.approve, note=body.note)
        except ApprovalError as exc:
            status = 404 if exc.problem == "unknown" else 409
            raise ApiError(status, str(exc), [{"where": "path.approval_id", "message": exc.problem}]) from None
        return approval.to_record()

    @app.get("/healthz", summary="Liveness", tags=["service"])
    async def healthz() -> dict[str, Any]:
        """`ok` once the server has started (policies loaded, store open, models warm)."""
        return {"status": "ok"}

    @app.get("/metrics", summary="Prometheus metrics", tags=["service"], response_class=Response)
    async def metrics(caller: Caller = anyone) -> Response:
        """Prometheus text format: decisions by verdict and policy, latency, model warm-up, store errors."""
        return Response(service.metrics.render(), media_type=CONTENT_TYPE)

    from bastion.serve.console import add_console

    add_console(app, service, auth)

    @app.exception_handler(BastionError)
    async def _bastion_error(request: Request, exc: BastionError) -> JSONResponse:
        logger.exception("request %s %s failed", request.method, request.url.path)
        return JSONResponse({"error": str(exc), "problems": []}, status_code=500)

    return app
