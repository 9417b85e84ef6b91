"""The MCP proxy: an MCP server to its client, an MCP client to the real server, a firewall between.

    client --tools/call--> BastionProxy --decide--> Firewall
                                |  allow                  deny / ask (declined or not askable)
                                v                          -> CallToolResult(is_error=True, reason)
                            Upstream --result--> firewall.observe(ToolResult) --> client

Every other request (prompts, resources, completions) and every upstream notification passes through
unchanged. A refusal is a tool result the model can read, never a protocol error; an upstream failure
is a tool result too, worded differently and marked differently in `_meta`, so the two are never confused.
"""

from __future__ import annotations

import itertools
import json
import logging
import uuid
from collections.abc import Sequence
from typing import Any

import anyio
import mcp_types as types
from mcp.server import Server
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel.server import NotificationOptions
from mcp.server.models import InitializationOptions
from mcp.server.session import ServerSession
from mcp.shared.exceptions import MCPError

from bastion import __version__
from bastion.adapters.mcp.upstream import Upstream, UpstreamError, catalog_of
from bastion.approver import QueueApprover
from bastion.catalog import Catalog
from bastion.config import Config, PrincipalConfig
from bastion.errors import BastionError
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict, refusal_text
from bastion.firewall import Firewall
from bastion.policy.engine import PolicyEngine
from bastion.policy.source import load_policy_dir
from bastion.policy.stage import PolicyStage
from bastion.stage import CheckpointStore, Stage

__all__ = ["DECISION_META_KEY", "UPSTREAM_ERROR_META_KEY", "BastionProxy", "refusal_text", "result_text"]

logger = logging.getLogger("bastion.mcp")

DECISION_META_KEY = "bastion/decision"
"""`_meta` key of a refused call's result: the Decision, in the trace format."""
UPSTREAM_ERROR_META_KEY = "bastion/upstream-error"
"""`_meta` key of a result that stands for an upstream failure: its kind and message."""

_APPROVAL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "approve": {
            "type": "boolean",
            "title": "Run this tool call?",
            "description": "bastion holds this call until a person approves it.",
        }
    },
    "required": ["approve"],
}


def result_text(result: types.CallToolResult) -> str:
    """The text of a tool result, as the firewall's result stage reads it.

    Text blocks are kept as they are; other blocks are named (an image's type, a resource's URI and
    any text it embeds); structured content is added as JSON when no text block carries it.

    Args:
        result: The upstream's result.

    Returns:
        The text.
    """
    parts: list[str] = []
    for block in result.content:
        if isinstance(block, types.TextContent):
            parts.append(block.text)
        elif isinstance(block, types.EmbeddedResource):
            resource = block.resource
            text = getattr(resource, "text", None)
            parts.append(f"[resource {resource.uri}]" + (f"\n{text}" if isinstance(text, str) else ""))
        elif isinstance(block, types.ResourceLink):
            parts.append(f"[resource link {block.uri}]")
        else:
            parts.append(f"[{block.type} {getattr(block, 'mime_type', '')}]".replace(" ]", "]"))
    # Servers mirror structured content in a text block; it is read once, unless no text carries it.
    if result.structured_content is not None and not any(isinstance(b, types.TextContent) for b in result.content):
        parts.append(json.dumps(result.structured_content, ensure_ascii=False, default=str))
    return "\n".join(parts)


def _with_policy_set(stage: Stage, engine: PolicyEngine, resource_id: str) -> Stage:
    """The stage, or for the audit recorder a new one that records the recompiled policy set and stamps its version."""
    from bastion.store.recorder import AuditRecorder, describe_policy_set

    if not isinstance(stage, AuditRecorder):
        return stage
    recorder = AuditRecorder(
        stage.log,
        policy_version=engine.version,
        policy_set=describe_policy_set(engine, resource_id),
        privacy=stage.privacy,
        on_failure="allow" if stage.allow_fail_open else "deny",
        alarm=stage.alarm,
    )
    recorder.is_checkpointing = stage.is_checkpointing
    return recorder


def _error_result(text: str, meta: dict[str, Any]) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(text=text)], is_error=True, _meta=meta)


class BastionProxy:
    """Serve an upstream MCP server's tools with every `tools/call` decided before it is forwarded.

    Build it with `BastionProxy.start` once the upstream is connected; serve `proxy.server` over any
    MCP transport.

    Args:
        upstream: The connected upstream.
        config: The firewall's settings (policies, principal, shadow mode, ...).
        tools: The upstream's `tools/list` answer; it is the firewall's catalog.
        hide_forbidden: Leave out of `tools/list` the tools policy denies this principal outright.
        principal_header: An HTTP header naming the principal (set it only behind a gateway that
            authenticates callers and sets that header itself). A bearer token's subject wins over it.
        session_id: The session of a connection that has no MCP session id (stdio).
        approval_timeout: Seconds a person has to answer an approval request.
        approver: Settles asks through the shared approval queue (`bastion.approver.QueueApprover`,
            answered in `bastion serve`'s console) instead of MCP elicitation.
        extra_stages: Stages that run before the policy stage.
        after_stages: Stages that run after the decision (recording).
        checkpoints: Where session state is restored from and saved to.

    Raises:
        PolicyError: The policies do not load for this catalog.
        CatalogError: The upstream's tools are not a valid catalog.
    """

    def __init__(
        self,
        upstream: Upstream,
        config: Config,
        *,
        tools: Sequence[types.Tool],
        hide_forbidden: bool = False,
        principal_header: str | None = None,
        session_id: str | None = None,
        approval_timeout: float = 300.0,
        approver: QueueApprover | None = None,
        extra_stages: Sequence[Stage] = (),
        after_stages: Sequence[Stage] = (),
        checkpoints: CheckpointStore | None = None,
    ) -> None:
        self.upstream = upstream
        self.config = config
        self.is_hiding_forbidden = hide_forbidden
        self.principal_header = principal_header.lower() if principal_header else None
        self.session_id = session_id or f"mcp-{uuid.uuid4().hex[:12]}"
        self.approval_timeout = approval_timeout
        self.approver = approver
        self._extra_stages = tuple(extra_stages)
        self._after_stages = tuple(after_stages)
        self._checkpoints = checkpoints
        self._counter = itertools.count(1)
        self._run_id = uuid.uuid4().hex[:8]
        self._firewalls: dict[str, Firewall] = {}
        self._hidden: dict[str, frozenset[str]] = {}
        self._clients: dict[str, ServerSession] = {}
        self._is_tools_stale = False
        self._set_tools(tools)
        # Built now, so a policy that does not load for this catalog fails at start, not on a call.
        self.firewall_for(config.principal.id)
        upstream.add_sink(self._forward_notification)
        upstream.add_reconnect_hook(self._mark_tools_stale)
        self.server = self._build_server()

    @classmethod
    async def start(cls, upstream: Upstream, config: Config, **options: Any) -> BastionProxy:
        """List the upstream's tools and build the proxy on them.

        Args:
            upstream: The connected upstream.
            config: The firewall's settings.
            **options: The constructor's keyword options.

        Returns:
            The proxy.

        Raises:
            UpstreamError: The upstream could not list its tools.
            PolicyError: The policies do not load for the upstream's tools.
        """
        tools = await upstream.list_tools() if upstream.capabilities.tools is not None else []
        return cls(upstream, config, tools=tools, **options)

    def _mark_tools_stale(self) -> None:
        self._is_tools_stale = True

    def _set_tools(self, tools: Sequence[types.Tool]) -> None:
        self.catalog = catalog_of(tools, source=f"tools/list of {self.upstream.description}")
        self.tools = list(tools)

    async def _refresh_tools(self) -> None:
        """Re-read the upstream's tools after it said they changed, and recompile the policies for them.

        The firewalls are kept, with their sessions: only their policy engines are rebuilt, so an upstream
        that announces changes cannot reset a session's budgets or history. If the policies do not compile
        for the new tools, the old engines stay and a tool they do not know is refused as unknown.
        """
        if not self._is_tools_stale:
            return
        self._is_tools_stale = False
        tools = await self.upstream.list_tools()
        catalog = catalog_of(tools, source=f"tools/list of {self.upstream.description}")
        try:
            engines = {principal_id: self._compile(catalog, principal_id) for principal_id in self._firewalls}
        except BastionError:
            logger.exception("the policies do not compile for the upstream's new tools; keeping the old ones")
            self.tools = list(tools)
            return
        self.catalog, self.tools, self._hidden = catalog, list(tools), {}
        for principal_id, firewall in self._firewalls.items():
            firewall.catalog = catalog
            for index, stage in enumerate(firewall.stages):
                if isinstance(stage, PolicyStage):
                    stage.engine = engines[principal_id]
                elif self.config.audit is not None:
                    firewall.stages[index] = _with_policy_set(stage, engines[principal_id], firewall.resource_id)

    def _config_for(self, principal_id: str) -> Config:
        if principal_id == self.config.principal.id:
            return self.config
        # A caller named by the transport gets an id only: groups and attributes are granted by
        # configuration, never by what a caller says of itself.
        return self.config.model_copy(update={"principal": PrincipalConfig(id=principal_id)})

    def _compile(self, catalog: Catalog, principal_id: str) -> PolicyEngine:
        config = self._config_for(principal_id)
        return PolicyEngine.compile(load_policy_dir(config.policies), catalog, config.principal.to_principal())

    def firewall_for(self, principal_id: str) -> Firewall:
        """The firewall that decides for one principal (policies are compiled per principal, once).

        Args:
            principal_id: The Cedar principal id.

        Returns:
            The firewall.

        Raises:
            PolicyError: The policies do not load for this catalog and principal.
        """
        firewall = self._firewalls.get(principal_id)
        if firewall is None:
            firewall = Firewall.from_config(
                self._config_for(principal_id),
                catalog=self.catalog,
                extra_stages=self._extra_stages,
                after_stages=self._after_stages,
                checkpoints=self._checkpoints,
            )
            self._firewalls[principal_id] = firewall
        return firewall

    def hidden_tools(self, principal_id: str) -> frozenset[str]:
        """The tools policy denies this principal outright, whatever the arguments.

        Args:
            principal_id: The Cedar principal id.

        Returns:
            Their names.
        """
        hidden = self._hidden.get(principal_id)
        if hidden is None:
            firewall = self.firewall_for(principal_id)
            engines = [stage.engine for stage in firewall.stages if isinstance(stage, PolicyStage)]
            hidden = frozenset(
                name
                for name in self.catalog.names()
                if engines and engines[0].forbids_outright(name, firewall.resource_id)
            )
            self._hidden[principal_id] = hidden
        return hidden

    async def aclose(self) -> None:
        """Close every firewall (their stages may hold stores)."""
        firewalls, self._firewalls = self._firewalls, {}
        for firewall in firewalls.values():
            await firewall.aclose()

    async def __aenter__(self) -> BastionProxy:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def initialization_options(self) -> InitializationOptions:
        """What the proxy announces at the handshake: the upstream's name, its capabilities."""
        return self.server.create_initialization_options(
            NotificationOptions(prompts_changed=True, resources_changed=True, tools_changed=True)
        )

    # -- who is calling ------------------------------------------------------------------------

    def session_of(self, ctx: ServerRequestContext[Any, Any]) -> str:
        """The firewall session of a request: its MCP session id, or the proxy's own on stdio."""
        request = ctx.request
        headers = getattr(request, "headers", None)
        if headers is not None:
            session_id = headers.get("mcp-session-id")
            if session_id:
                return str(session_id)
        return self.session_id

    def principal_of(self, ctx: ServerRequestContext[Any, Any]) -> str:
        """The principal of a request: a verified bearer token's subject, the trusted header, or the configured one."""
        from mcp.server.auth.middleware.auth_context import get_access_token

        token = get_access_token()
        if token is not None:
            return token.subject or token.client_id
        if self.principal_header is not None:
            headers = getattr(ctx.request, "headers", None)
            if headers is not None and headers.get(self.principal_header):
                return str(headers.get(self.principal_header))
        return self.config.principal.id

    def _remember(self, ctx: ServerRequestContext[Any, Any]) -> str:
        session_id = self.session_of(ctx)
        self._clients[session_id] = ctx.session
        return session_id

    # -- the server the client sees ------------------------------------------------------------

    def _build_server(self) -> Server[Any]:
        info = self.upstream.server_info
        caps = self.upstream.capabilities
        handlers: dict[str, Any] = {"on_list_tools": self._list_tools, "on_call_tool": self._call_tool}
        if caps.prompts is not None:
            handlers.update(on_list_prompts=self._list_prompts, on_get_prompt=self._get_prompt)
        if caps.resources is not None:
            handlers.update(
                on_list_resources=self._list_resources,
                on_list_resource_templates=self._list_resource_templates,
                on_read_resource=self._read_resource,
            )
            if caps.resources.subscribe:
                handlers.update(on_subscribe_resource=self._subscribe, on_unsubscribe_resource=self._unsubscribe)
        if caps.completions is not None:
            handlers["on_completion"] = self._complete
        name = info.name if info is not None else "upstream"
        server: Server[Any] = Server(
            f"bastion/{name}",
            version=f"{info.version if info is not None else ''} (bastion {__version__})".strip(),
            title=info.title if info is not None else None,
            instructions=self.upstream.instructions,
            **handlers,
        )
        # The SDK's default OpenTelemetry span per message costs tens of microseconds on every call and
        # records nothing without an exporter; a latency-bound proxy leaves it out.
        server.middleware = [m for m in server.middleware if type(m).__name__ != "OpenTelemetryMiddleware"]
        return server

    async def _list_tools(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        self._remember(ctx)
        try:
            await self._refresh_tools()
        except UpstreamError as exc:
            raise MCPError(code=types.INTERNAL_ERROR, message=f"bastion: {exc}") from None
        tools = self.tools
        if self.is_hiding_forbidden:
            hidden = self.hidden_tools(self.principal_of(ctx))
            tools = [tool for tool in tools if tool.name not in hidden]
        return types.ListToolsResult(tools=tools)

    async def _call_tool(
        self, ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        session_id = self._remember(ctx)
        try:
            await self._refresh_tools()
        except UpstreamError as exc:
            return self._upstream_failure(exc)
        principal_id = self.principal_of(ctx)
        # Unique within the session even across restarts that resume it (`--session` with a store).
        call_id = f"{self._run_id}-{next(self._counter)}"
        arguments = dict(params.arguments or {})
        try:
            firewall = self.firewall_for(principal_id)
        except BastionError as exc:
            # Fail closed, in words the model can pass on: no policies, no call.
            reason = f"the policies could not be loaded for principal {principal_id!r}"
            failed = Decision(
                session=session_id,
                id=call_id,
                tool=params.name,
                verdict=Verdict.DENY,
                reasons=[reason],
                errors=[str(exc)],
            )
            logger.error("%s: %s", reason, exc)
            return _error_result(refusal_text(failed), {DECISION_META_KEY: failed.to_record()})
        call = ToolCall(session=session_id, id=call_id, tool=params.name, arguments=arguments)
        decision = await firewall.decide(call)
        if decision.is_blocking:
            approved, why_not_run = False, ""
            if decision.verdict is Verdict.ASK:
                if self.approver is not None:
                    approved, why_not_run = await self.approver.settle(call, decision)
                else:
                    approved, why_not_run = await self._ask(ctx, decision, arguments)
                # What the person answered belongs in the session's record next to the decision.
                outcome = "was approved by a person" if approved else f"did not run: {why_not_run}"
                await firewall.observe(
                    Message(
                        session=session_id,
                        role="system",
                        content=f"bastion: call {call_id} to {params.name!r} {outcome}",
                    )
                )
            if not approved:
                logger.info("refused %s to %r: %s", call_id, params.name, "; ".join(decision.reasons))
                return _error_result(
                    refusal_text(decision, why_not_run=why_not_run), {DECISION_META_KEY: decision.to_record()}
                )
            logger.info("call %s to %r approved by a person", call_id, params.name)
        elif decision.verdict is not Verdict.ALLOW:
            logger.warning("shadow mode: %s to %r would be %s", call_id, params.name, decision.verdict.value)

        async def on_progress(progress: float, total: float | None, message: str | None) -> None:
            await ctx.session.report_progress(progress, total, message)

        try:
            result = await self.upstream.call_tool(params.name, params.arguments, on_progress=on_progress)
        except UpstreamError as exc:
            await firewall.observe(ToolResult(session=session_id, id=call_id, content=str(exc), is_error=True))
            return self._upstream_failure(exc)
        except MCPError as exc:
            # The upstream's own error response goes back as it came, after the firewall has seen it.
            await firewall.observe(
                ToolResult(session=session_id, id=call_id, content=f"error {exc.code}: {exc.message}", is_error=True)
            )
            raise
        await firewall.observe(
            ToolResult(session=session_id, id=call_id, content=result_text(result), is_error=result.is_error)
        )
        return result

    async def _ask(
        self, ctx: ServerRequestContext[Any, Any], decision: Decision, arguments: dict[str, Any]
    ) -> tuple[bool, str]:
        """Ask the person behind the client to approve a call (MCP elicitation).

        Returns:
            Whether it was approved, and if not, why the call did not run.
        """
        caps = ctx.session.client_capabilities
        if caps is None or caps.elicitation is None or not ctx.session.can_send_request:
            return False, "It needs a person's approval, and this MCP client cannot ask for it (no elicitation)."
        shown = json.dumps(arguments, ensure_ascii=False, default=str)
        if len(shown) > 2000:
            shown = shown[:2000] + " ..."
        message = (
            f"The agent wants to call {decision.tool_name!r} with {shown}.\n"
            f"bastion asks first because: {'; '.join(decision.reasons)}"
        )
        try:
            with anyio.fail_after(self.approval_timeout):
                answer = await ctx.session.elicit_form(message, _APPROVAL_SCHEMA, related_request_id=ctx.request_id)
        except TimeoutError:
            return False, f"It needs a person's approval, and none came within {self.approval_timeout:g} s."
        except MCPError as exc:
            return False, f"It needs a person's approval, and asking for it failed ({exc.message})."
        if answer.action == "accept" and answer.content is not None and answer.content.get("approve") is True:
            return True, ""
        if answer.action == "accept":
            return False, "A person was asked and did not approve it."
        if answer.action == "cancel":
            return False, "A person was asked and dismissed the request."
        return False, "A person was asked and declined it."

    def _upstream_failure(self, exc: UpstreamError) -> types.CallToolResult:
        text = f"The upstream MCP server failed ({exc.kind}); the call's outcome is unknown. {exc}"
        return _error_result(text, {UPSTREAM_ERROR_META_KEY: {"kind": exc.kind, "message": str(exc)}})

    # -- everything else passes through ----------------------------------------------------------

    async def _pass_through(self, what: str, send: Any) -> Any:
        try:
            return await self.upstream.request(what, send)
        except UpstreamError as exc:
            raise MCPError(code=types.INTERNAL_ERROR, message=f"bastion: {exc}") from None

    async def _list_prompts(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListPromptsResult:
        self._remember(ctx)
        result: types.ListPromptsResult = await self._pass_through(
            "prompts/list", lambda: self.upstream.client.session.list_prompts(params=params)
        )
        return result

    async def _get_prompt(
        self, ctx: ServerRequestContext[Any, Any], params: types.GetPromptRequestParams
    ) -> types.GetPromptResult:
        self._remember(ctx)
        result: types.GetPromptResult = await self._pass_through(
            f"prompts/get {params.name!r}",
            lambda: self.upstream.client.session.get_prompt(params.name, params.arguments),
        )
        return result

    async def _list_resources(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListResourcesResult:
        self._remember(ctx)
        result: types.ListResourcesResult = await self._pass_through(
            "resources/list", lambda: self.upstream.client.session.list_resources(params=params)
        )
        return result

    async def _list_resource_templates(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListResourceTemplatesResult:
        self._remember(ctx)
        result: types.ListResourceTemplatesResult = await self._pass_through(
            "resources/templates/list", lambda: self.upstream.client.session.list_resource_templates(params=params)
        )
        return result

    async def _read_resource(
        self, ctx: ServerRequestContext[Any, Any], params: types.ReadResourceRequestParams
    ) -> types.ReadResourceResult:
        self._remember(ctx)
        result: types.ReadResourceResult = await self._pass_through(
            f"resources/read {params.uri}", lambda: self.upstream.client.session.read_resource(str(params.uri))
        )
        return result

    async def _subscribe(
        self, ctx: ServerRequestContext[Any, Any], params: types.SubscribeRequestParams
    ) -> types.EmptyResult:
        self._remember(ctx)
        result: types.EmptyResult = await self._pass_through(
            f"resources/subscribe {params.uri}",
            lambda: self.upstream.client.session.subscribe_resource(str(params.uri)),
        )
        return result

    async def _unsubscribe(
        self, ctx: ServerRequestContext[Any, Any], params: types.UnsubscribeRequestParams
    ) -> types.EmptyResult:
        self._remember(ctx)
        result: types.EmptyResult = await self._pass_through(
            f"resources/unsubscribe {params.uri}",
            lambda: self.upstream.client.session.unsubscribe_resource(str(params.uri)),
        )
        return result

    async def _complete(
        self, ctx: ServerRequestContext[Any, Any], params: types.CompleteRequestParams
    ) -> types.CompleteResult:
        self._remember(ctx)
        context = params.context.arguments if params.context is not None else None
        result: types.CompleteResult = await self._pass_through(
            "completion/complete",
            lambda: self.upstream.client.session.complete(
                params.ref, {params.argument.name: params.argument.value}, context
            ),
        )
        return result

    async def _forward_notification(self, notification: types.ServerNotification) -> None:
        if isinstance(notification, types.ToolListChangedNotification):
            self._is_tools_stale = True
        if isinstance(notification, types.ProgressNotification):
            # Progress of a tool call reaches its caller through the call's own progress callback.
            return
        for session_id, session in list(self._clients.items()):
            try:
                await session.send_notification(notification)
            except Exception as exc:
                # A client that went away keeps no claim on notifications; the others still get them.
                logger.info("dropping client session %s from notifications: %s", session_id, exc)
                self._clients.pop(session_id, None)
