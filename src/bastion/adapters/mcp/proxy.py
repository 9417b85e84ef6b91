"""The MCP proxy: an MCP server to its client, an MCP client to the real server, a firewall between.

    client --tools/call--> BastionProxy --decide--> Firewall
                                |  allow                  deny / ask (declined or not askable)
                                v                          -> CallToolResult(is_error=True, reason)
                            Upstream --result--> firewall.observe(ToolResult) --> client

Each client connection gets an upstream session of its own (a process of its own for a stdio server),
opened with that client's name, version and capabilities and closed when the client goes, so nothing
one client sees or sets (notifications, log level, subscriptions, roots) reaches another. The
upstream's requests to the client (sampling, elicitation, roots) are relayed to that client only.

Every other request (prompts, resources, completions, log level) and every upstream notification passes
through unchanged. A refusal is a tool result the model can read, never a protocol error; an upstream
failure is a tool result too, worded differently and marked differently in `_meta`, so the two are
never confused.
"""

from __future__ import annotations

import itertools
import json
import logging
import shlex
import time
import uuid
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import anyio
import mcp_types as types
from mcp.server import Server
from mcp.server.connection import Connection
from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.lowlevel.server import NotificationOptions
from mcp.server.models import InitializationOptions
from mcp.server.session import ServerSession
from mcp.shared.exceptions import MCPDeprecationWarning, MCPError
from mcp.shared.message import ServerMessageMetadata
from pydantic import BaseModel

from bastion import __version__
from bastion.adapters.mcp.pins import ToolPins
from bastion.adapters.mcp.upstream import ClientPeer, Upstream, UpstreamError, catalog_of
from bastion.approver import QueueApprover
from bastion.config import Config
from bastion.errors import BastionError
from bastion.events import Decision, Message, ToolCall, ToolResult, Verdict, refusal_text
from bastion.firewall import Firewall, FirewallFactory
from bastion.stage import CheckpointStore, Stage

__all__ = ["DECISION_META_KEY", "UPSTREAM_ERROR_META_KEY", "BastionProxy", "refusal_text", "result_text"]

logger = logging.getLogger("bastion.mcp")
ResultT = TypeVar("ResultT", bound=BaseModel)
_LINK_KEY = "bastion/link"

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


_NOBODY_TO_ASK = (
    "It needs a person's approval, and no approval queue is configured (`--approval-queue`) and this MCP "
    "client cannot ask for it (no elicitation)."
)

SAMPLING_ACTION = "sampling/createMessage"
"""The Cedar action (a catalog entry of its own) of a server's request to run the client's model."""
ELICITATION_ACTION = "elicitation/create"
"""The Cedar action of a server's request to ask the user for data."""

_SERVER_REQUESTS = [
    types.Tool(
        name=SAMPLING_ACTION,
        description="The MCP server asks the client's model to answer a prompt (sampling).",
        input_schema={
            "type": "object",
            "properties": {
                "messages": {"type": "string"},
                "system_prompt": {"type": "string"},
                "max_tokens": {"type": "integer"},
            },
        },
        annotations=types.ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=False),
    ),
    types.Tool(
        name=ELICITATION_ACTION,
        description="The MCP server asks the user for information (elicitation).",
        input_schema={
            "type": "object",
            "properties": {"message": {"type": "string"}, "requested": {"type": "string"}},
        },
        annotations=types.ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=False),
    ),
]


def _content_text(content: Any) -> str:
    blocks = content if isinstance(content, list) else [content]
    return "\n".join(
        block.text if isinstance(block, types.TextContent) else f"[{getattr(block, 'type', 'content')}]"
        for block in blocks
    )


def _error_result(text: str, meta: dict[str, Any]) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(text=text)], is_error=True, _meta=meta)


def _connection_of(ctx: ServerRequestContext[Any, Any]) -> Connection:
    # The SDK keeps the per-client Connection (its state, its teardown stack) on the session it hands
    # each handler; lowlevel handlers have no public accessor for it.
    connection: Connection = ctx.session._connection
    return connection


class Link:
    """What bastion holds for one client connection: its own upstream session and tools.

    Attributes:
        session_id: The firewall session of this connection.
        upstream: The upstream session opened for this client alone.
        tools: The upstream's tools as this client's upstream session lists them.
    """

    def __init__(self, session_id: str, upstream: Upstream) -> None:
        self.session_id = session_id
        self.upstream = upstream
        self.tools: list[types.Tool] = []
        self.is_tools_stale = False
        self.client: ServerSession | None = None
        self.in_flight: list[tuple[ServerSession, types.RequestId]] = []
        self.stop = anyio.Event()
        self.closed = anyio.Event()
        self.failure: UpstreamError | None = None
        self.principal_id = ""

    async def ask_client(self, request: types.ServerRequest, result_type: type[ResultT]) -> ResultT:
        """Send a request of the upstream's to this link's client, on the stream of a call in flight if any.

        Raises:
            MCPError: The client answered with an error, or cannot be reached.
        """
        if self.in_flight:
            # On streamable HTTP a request tied to a call in flight rides that call's response stream.
            session, request_id = self.in_flight[-1]
            return await session.send_request(
                request, result_type, metadata=ServerMessageMetadata(related_request_id=request_id)
            )
        if self.client is None:
            raise MCPError(code=types.INTERNAL_ERROR, message="bastion: the client is not connected")
        return await self.client.send_request(request, result_type)


_RELATED_TASK = "io.modelcontextprotocol/related-task"
_HELD_TASK_TTL_MS = 300_000
_MAX_TASK_RECORDS = 10_000


@dataclass
class _TaskRecord:
    """A task started through bastion: whose it is, and where its result is recorded.

    A task bastion holds itself (a refused call, or one that never reached the upstream) has its
    task and result here; an upstream task has neither until its result has been read once.
    """

    session_id: str
    call_id: str
    firewall: Firewall | None
    expires: float
    task: dict[str, Any] | None = None
    result: dict[str, Any] | None = None
    is_observed: bool = False


class BastionProxy:
    """Serve an upstream MCP server's tools with every `tools/call` decided before it is forwarded.

    Build it with `BastionProxy.start` once the upstream is connected; enter it (`async with`) and serve
    `proxy.server` over any MCP transport. The upstream given is used to learn the server's
    capabilities and tools at start; each client connection then gets an upstream session of its own,
    to the same server with the same settings.

    Args:
        upstream: The connected upstream (the server's capabilities and first catalog come from it).
        config: The firewall's settings (policies, principal, shadow mode, ...).
        tools: The upstream's `tools/list` answer; it is the firewall's first catalog.
        hide_forbidden: Leave out of `tools/list` the tools policy denies this principal outright.
        principal_header: An HTTP header naming the principal (set it only behind a gateway that
            authenticates callers and sets that header itself). A bearer token's subject wins over it.
        session_id: The session of the first connection that has no MCP session id (stdio).
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
        self._factory = FirewallFactory(
            config, extra_stages=extra_stages, after_stages=after_stages, checkpoints=checkpoints
        )
        self._counter = itertools.count(1)
        self._run_id = uuid.uuid4().hex[:8]
        self._firewalls: dict[str, Firewall] = {}
        self._hidden: dict[str, frozenset[str]] = {}
        self._links: list[Link] = []
        self._is_default_session_taken = False
        self._group: anyio.abc.TaskGroup | None = None
        self.tools = list(tools)
        self.catalog = catalog_of([*tools, *_SERVER_REQUESTS], source=f"tools/list of {upstream.description}")
        self._changed: frozenset[str] = frozenset()
        self._tasks: dict[str, _TaskRecord] = {}
        # Built now, so a policy that does not load for this catalog fails at start, not on a call.
        self.pins = ToolPins(self.firewall_for(config.principal.id).checkpoints, upstream.description)
        # Clients of the 2026-07-28 protocol have no connection; they share the upstream session given.
        self._shared = Link(self.session_id, upstream)
        self._shared.tools = list(tools)
        upstream.add_sink(lambda n: self._forward_notification(self._shared, n))
        upstream.add_reconnect_hook(lambda: setattr(self._shared, "is_tools_stale", True))
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

    def firewall_for(self, principal_id: str) -> Firewall:
        """The firewall that decides for one principal (policies are compiled per principal, once).

        Its catalog is every tool any client's upstream session has listed, so a tool one client's
        capabilities unlock is known when that client calls it.

        Args:
            principal_id: The Cedar principal id.

        Returns:
            The firewall.

        Raises:
            PolicyError: The policies do not load for this catalog and principal.
        """
        firewall = self._firewalls.get(principal_id)
        if firewall is None:
            firewall = self._factory.build(self.catalog, principal_id)
            firewall.set_changed_tools(self._changed)
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
            hidden = frozenset(name for name in self.catalog.names() if firewall.forbids_outright(name))
            self._hidden[principal_id] = hidden
        return hidden

    async def _check_pins(self, tools: Sequence[types.Tool]) -> None:
        """Compare tools with their pins; mark the changed ones in every firewall and log each new change."""
        changed, fresh = await self.pins.check(tools)
        listed = {tool.name for tool in tools}
        self._changed = frozenset((self._changed - listed) | changed)
        for firewall in self._firewalls.values():
            firewall.set_changed_tools(self._changed)
        for change in fresh:
            text = (
                f"bastion: tool {change.tool_name!r} of upstream {self.upstream.description!r} changed its description "
                f"or schema (digest {change.approved[:12]} approved, {change.seen[:12]} now); its calls carry "
                f"tool_changed until a person approves it: bastion mcp tools approve {change.tool_name} "
                f"--audit STORE --upstream {shlex.quote(self.upstream.description)}"
            )
            logger.warning("%s", text)
            # The change goes into the audit log, in the pins' own session.
            await self.firewall_for(self.config.principal.id).observe(
                Message(session=self.pins.session_id, role="system", content=text)
            )

    def _merge_tools(self, tools: Sequence[types.Tool]) -> None:
        """Add a client's upstream tools to the catalog (a newer description of a tool replaces the older).

        Every firewall is recompiled for the new catalog and keeps its sessions. If the policies do not
        compile for it, the old catalog stays and a tool it does not know is refused as unknown.
        """
        merged = {tool.name: tool for tool in self.tools}
        merged.update({tool.name: tool for tool in tools})
        if list(merged.values()) == self.tools:
            return
        catalog = catalog_of([*merged.values(), *_SERVER_REQUESTS], source=f"tools/list of {self.upstream.description}")
        try:
            for firewall in self._firewalls.values():
                firewall.swap_catalog(catalog)
        except BastionError:
            logger.exception("the policies do not compile for the upstream's new tools; keeping the old ones")
            return
        self.catalog, self.tools, self._hidden = catalog, list(merged.values()), {}

    async def __aenter__(self) -> BastionProxy:
        # The store opens and a model loads now, before any client is served: no call pays for them.
        for firewall in list(self._firewalls.values()):
            await firewall.open()
            await firewall.warm()
        await self._check_pins(self.tools)
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every client's upstream session, then every firewall, then the audit store they share."""
        group, self._group = self._group, None
        for link in list(self._links):
            link.stop.set()
        if group is not None:
            await group.__aexit__(None, None, None)
        firewalls, self._firewalls = self._firewalls, {}
        try:
            for firewall in firewalls.values():
                await firewall.aclose()
        finally:
            # The audit store every principal's firewall shared, closed once, after their last records.
            await self._factory.aclose()

    def initialization_options(self) -> InitializationOptions:
        """What the proxy announces at the handshake: the upstream's name, its capabilities."""
        return self.server.create_initialization_options()

    @property
    def links(self) -> list[Link]:
        """The client connections being served, each with its own upstream session."""
        return list(self._links)

    # -- who is calling ------------------------------------------------------------------------

    def session_of(self, ctx: ServerRequestContext[Any, Any]) -> str:
        """The firewall session of a request: its connection's."""
        connection = _connection_of(ctx)
        link = connection.state.get(_LINK_KEY)
        if isinstance(link, Link):
            return link.session_id
        if connection.protocol_version in _modern_versions():
            return self._shared.session_id
        return self._new_session_id(ctx)

    def _new_session_id(self, ctx: ServerRequestContext[Any, Any]) -> str:
        headers = getattr(ctx.request, "headers", None)
        if headers is not None and headers.get("mcp-session-id"):
            return str(headers.get("mcp-session-id"))
        connection = _connection_of(ctx)
        if connection.session_id:
            return connection.session_id
        if not self._is_default_session_taken:
            self._is_default_session_taken = True
            return self.session_id
        return f"mcp-{uuid.uuid4().hex[:12]}"

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

    # -- one upstream session per client connection --------------------------------------------

    async def link_of(self, ctx: ServerRequestContext[Any, Any]) -> Link:
        """The link of the request's client connection, opening its upstream session on first use.

        Raises:
            UpstreamError: The upstream session could not be opened for this client.
        """
        connection = _connection_of(ctx)
        if connection.protocol_version in _modern_versions():
            # The 2026-07-28 protocol has no connection: each request stands alone and the server sends
            # the client no requests. Such clients share the upstream session bastion opened at start.
            self._is_default_session_taken = True
            self._shared.client = ctx.session
            return self._shared
        link = connection.state.get(_LINK_KEY)
        if not isinstance(link, Link):
            lock = connection.state.setdefault("bastion/link-lock", anyio.Lock())
            async with lock:
                link = connection.state.get(_LINK_KEY)
                if not isinstance(link, Link):
                    link = await self._open_link(ctx, connection)
                    connection.state[_LINK_KEY] = link
        link.client = ctx.session
        return link

    async def _open_link(self, ctx: ServerRequestContext[Any, Any], connection: Connection) -> Link:
        if self._group is None:
            raise UpstreamError(
                "the proxy is not running: enter it (`async with proxy`) before serving",
                kind="closed",
                is_reached=False,
            )
        params = connection.client_params
        capabilities = connection.client_capabilities or types.ClientCapabilities()
        link: Link
        peer = ClientPeer(
            client_info=params.client_info if params is not None else None,
            # The client's own tasks (a server's sampling or elicitation run as a task on the client) are
            # not declared upstream: the SDK's client session cannot answer a server's tasks/* requests.
            capabilities=capabilities.model_copy(update={"tasks": None}),
            is_legacy=connection.protocol_version not in _modern_versions(),
            on_sampling=(lambda c, p: self._relay_sampling(link, p)) if capabilities.sampling is not None else None,
            on_elicitation=(lambda c, p: self._relay_elicitation(link, p))
            if capabilities.elicitation is not None
            else None,
            on_list_roots=(lambda c: self._relay_roots(link)) if capabilities.roots is not None else None,
        )
        link = Link(self._new_session_id(ctx), self.upstream.with_peer(peer))
        link.principal_id = self.principal_of(ctx)
        link.upstream.add_sink(lambda n: self._forward_notification(link, n))
        link.upstream.add_reconnect_hook(lambda: setattr(link, "is_tools_stale", True))
        await self._group.start(self._hold, link)
        if link.failure is not None:
            raise link.failure
        self._links.append(link)
        # The client's connection closes its upstream session with it, however it ends.
        connection.exit_stack.push_async_callback(self._close_link, link)
        try:
            await self._load_tools(link)
        except UpstreamError:
            await self._close_link(link)
            raise
        return link

    async def _hold(self, link: Link, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        try:
            async with link.upstream:
                task_status.started()
                await link.stop.wait()
        except UpstreamError as exc:
            link.failure = exc
            task_status.started()
        finally:
            link.closed.set()

    async def _close_link(self, link: Link) -> None:
        link.stop.set()
        with anyio.CancelScope(shield=True):
            await link.closed.wait()
        if link in self._links:
            self._links.remove(link)

    async def _load_tools(self, link: Link) -> None:
        if link.upstream.capabilities.tools is None:
            return
        tools = await link.upstream.list_tools()
        link.tools = list(tools)
        link.is_tools_stale = False
        self._merge_tools(tools)
        await self._check_pins(tools)

    async def _refresh_tools(self, link: Link) -> None:
        """Re-read the upstream's tools after it said they changed, and recompile the policies for them.

        The firewalls are kept, with their sessions, so an upstream that announces changes cannot reset
        a session's budgets or history.
        """
        if not link.is_tools_stale:
            return
        link.is_tools_stale = False
        tools = await link.upstream.list_tools()
        link.tools = list(tools)
        self._merge_tools(tools)
        await self._check_pins(tools)

    # -- the server the client sees ------------------------------------------------------------

    def _build_server(self) -> Server[Any]:
        info = self.upstream.server_info
        caps = self.upstream.capabilities
        handlers: dict[str, Any] = {
            "on_list_tools": self._list_tools,
            "on_call_tool": self._call_tool,
            "on_roots_list_changed": self._roots_changed,
        }
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
        if caps.logging is not None:
            handlers["on_set_logging_level"] = self._set_logging_level
        name = info.name if info is not None else "upstream"
        with warnings.catch_warnings():
            # Logging and roots are deprecated from the 2026-07-28 protocol on; a proxy still relays them
            # for the clients and servers that speak the earlier ones.
            warnings.simplefilter("ignore", MCPDeprecationWarning)
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
        # The list-changed flags are the upstream's (its notifications are what bastion forwards), on every
        # transport: the SDK's HTTP app and in-memory client build their options without any.
        mirrored = NotificationOptions(
            prompts_changed=bool(caps.prompts is not None and caps.prompts.list_changed),
            resources_changed=bool(caps.resources is not None and caps.resources.list_changed),
            tools_changed=bool(caps.tools is not None and caps.tools.list_changed),
        )
        create = server.create_initialization_options

        def create_initialization_options(
            notification_options: NotificationOptions | None = None, *args: Any, **kwargs: Any
        ) -> InitializationOptions:
            return create(notification_options or mirrored, *args, **kwargs)

        server.create_initialization_options = create_initialization_options  # type: ignore[method-assign]
        if caps.tasks is not None:
            self._serve_tasks(server, caps.tasks)
        return server

    # -- MCP tasks (2025-11-25): task-augmented calls decided like any call ---------------------

    def _serve_tasks(self, server: Server[Any], tasks: types.ServerTasksCapability) -> None:
        """Relay the upstream's tasks: its capability, `tasks/*`, and task-augmented `tools/call`."""
        base = server.get_capabilities

        def get_capabilities(*args: Any, **kwargs: Any) -> types.ServerCapabilities:
            capabilities = base(*args, **kwargs)
            if kwargs.get("protocol_version") in _modern_versions():
                return capabilities  # tasks are a 2025-11-25 feature; the 2026 protocol has none
            return capabilities.model_copy(update={"tasks": tasks})

        server.get_capabilities = get_capabilities  # type: ignore[method-assign]
        server.add_request_handler("tasks/get", types.GetTaskRequestParams, self._get_task)
        server.add_request_handler("tasks/result", types.GetTaskPayloadRequestParams, self._get_task_result)
        if tasks.list is not None:
            server.add_request_handler("tasks/list", types.PaginatedRequestParams, self._list_tasks)
        if tasks.cancel is not None:
            server.add_request_handler("tasks/cancel", types.CancelTaskRequestParams, self._cancel_task)
        if tasks.requests is not None and tasks.requests.tools is not None and tasks.requests.tools.call is not None:
            # The SDK checks a tools/call answer against CallToolResult, which a CreateTaskResult is not;
            # a task-augmented call is answered here, before that check, and decided like any call.
            server.middleware = [*server.middleware, self._task_call_middleware]

    async def _task_call_middleware(self, ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        params = ctx.params
        if (
            ctx.method != "tools/call"
            or not isinstance(params, Mapping)
            or params.get("task") is None
            or ctx.session.protocol_version in _modern_versions()
        ):
            return await call_next(ctx)
        try:
            parsed = types.CallToolRequestParams.model_validate(params, by_name=False)
        except ValueError as exc:
            raise MCPError(code=types.INVALID_PARAMS, message=f"bastion: malformed tools/call: {exc}") from None
        return await self._call_tool_as_task(ctx, parsed)

    async def _call_tool_as_task(
        self, ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams
    ) -> dict[str, Any]:
        admitted = await self._admit(ctx, params)
        if isinstance(admitted, types.CallToolResult):
            # Refused (or the upstream could not be reached): the client gets a task of bastion's own,
            # already completed, whose result is the refusal. Nothing was sent to the upstream.
            return self._hold_task(self.session_of(ctx), "", None, params, admitted)
        link, firewall, call_id = admitted
        entry = (ctx.session, ctx.request_id) if ctx.request_id is not None else None
        if entry is not None:
            link.in_flight.append(entry)
        assert params.task is not None
        try:
            raw = await link.upstream.call_tool_as_task(
                params.name, params.arguments, task=params.task, meta=_forwarded_meta(params.meta)
            )
        except UpstreamError as exc:
            await firewall.observe(ToolResult(session=link.session_id, id=call_id, content=str(exc), is_error=True))
            return self._hold_task(link.session_id, call_id, None, params, self._upstream_failure(exc))
        except MCPError as exc:
            await firewall.observe(
                ToolResult(
                    session=link.session_id, id=call_id, content=f"error {exc.code}: {exc.message}", is_error=True
                )
            )
            raise
        finally:
            if entry is not None:
                link.in_flight.remove(entry)
        task = raw.get("task")
        task_id = task.get("taskId") if isinstance(task, dict) else None
        if not isinstance(task_id, str):
            # The server ran the call at once: a plain tool result, seen by the firewall like any other.
            await self._observe_result(link.session_id, call_id, firewall, raw)
            return raw
        self._prune_tasks()
        self._tasks[task_id] = _TaskRecord(
            link.session_id, call_id, firewall, expires=time.monotonic() + _task_ttl(params.task) / 1000
        )
        return raw

    def _hold_task(
        self,
        session_id: str,
        call_id: str,
        firewall: Firewall | None,
        params: types.CallToolRequestParams,
        result: types.CallToolResult,
    ) -> dict[str, Any]:
        """A completed task of bastion's own whose result is `result` (a refusal or a failure)."""
        self._prune_tasks()
        task_id = f"bastion-{uuid.uuid4().hex}"
        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        ttl = _task_ttl(params.task)
        text = result.content[0].text if result.content and isinstance(result.content[0], types.TextContent) else ""
        task = {
            "taskId": task_id,
            "status": "completed",
            "statusMessage": text.split("\n", 1)[0][:500],
            "createdAt": now,
            "lastUpdatedAt": now,
            "ttl": ttl,
            "pollInterval": 500,
        }
        dumped = result.model_dump(by_alias=True, mode="json", exclude_none=True)
        dumped["_meta"] = {**(dumped.get("_meta") or {}), _RELATED_TASK: {"taskId": task_id}}
        self._tasks[task_id] = _TaskRecord(
            session_id,
            call_id,
            firewall,
            expires=time.monotonic() + ttl / 1000,
            task=task,
            result=dumped,
            is_observed=True,
        )
        return {"task": task}

    def _prune_tasks(self) -> None:
        now = time.monotonic()
        for task_id in [task_id for task_id, record in self._tasks.items() if record.expires < now]:
            del self._tasks[task_id]
        # A client may ask for any time to live: past the bound the oldest records go (the upstream's
        # tasks stay reachable; only the audit of their result and bastion's own refusals are lost).
        for task_id in list(self._tasks)[: max(0, len(self._tasks) - _MAX_TASK_RECORDS + 1)]:
            del self._tasks[task_id]

    def _task_of(self, link: Link, task_id: str) -> _TaskRecord | None:
        record = self._tasks.get(task_id)
        return record if record is not None and record.session_id == link.session_id else None

    async def _task_link(self, ctx: ServerRequestContext[Any, Any]) -> Link:
        try:
            return await self.link_of(ctx)
        except UpstreamError as exc:
            raise MCPError(code=types.INTERNAL_ERROR, message=f"bastion: {exc}") from None

    async def _on_task(self, link: Link, request: types.Request[Any, Any]) -> dict[str, Any]:
        try:
            return await link.upstream.task_request(request)
        except UpstreamError as exc:
            raise MCPError(code=types.INTERNAL_ERROR, message=f"bastion: {exc}") from None

    async def _get_task(
        self, ctx: ServerRequestContext[Any, Any], params: types.GetTaskRequestParams
    ) -> dict[str, Any]:
        link = await self._task_link(ctx)
        record = self._task_of(link, params.task_id)
        if record is not None and record.task is not None:
            return dict(record.task)
        return await self._on_task(link, types.GetTaskRequest(params=params))

    async def _get_task_result(
        self, ctx: ServerRequestContext[Any, Any], params: types.GetTaskPayloadRequestParams
    ) -> dict[str, Any]:
        link = await self._task_link(ctx)
        record = self._task_of(link, params.task_id)
        if record is not None and record.result is not None:
            return dict(record.result)
        # The upstream may ask the client things while the task runs (elicitation queued for tasks/result):
        # on streamable HTTP they ride this request's stream.
        entry = (ctx.session, ctx.request_id) if ctx.request_id is not None else None
        if entry is not None:
            link.in_flight.append(entry)
        try:
            raw = await self._on_task(link, types.GetTaskPayloadRequest(params=params))
        finally:
            if entry is not None:
                link.in_flight.remove(entry)
        if record is not None and record.firewall is not None and not record.is_observed:
            record.is_observed = True
            await self._observe_result(link.session_id, record.call_id, record.firewall, raw)
        return raw

    async def _list_tasks(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams
    ) -> dict[str, Any]:
        link = await self._task_link(ctx)
        raw = await self._on_task(link, types.ListTasksRequest(params=params))
        if params.cursor is None:
            held = [r.task for r in self._tasks.values() if r.task is not None and r.session_id == link.session_id]
            raw = {**raw, "tasks": [*held, *(raw.get("tasks") or [])]}
        return raw

    async def _cancel_task(
        self, ctx: ServerRequestContext[Any, Any], params: types.CancelTaskRequestParams
    ) -> dict[str, Any]:
        link = await self._task_link(ctx)
        record = self._task_of(link, params.task_id)
        if record is not None and record.task is not None:
            raise MCPError(
                code=types.INVALID_PARAMS, message=f"task {params.task_id!r} is already completed (bastion refused it)"
            )
        return await self._on_task(link, types.CancelTaskRequest(params=params))

    async def _observe_result(self, session_id: str, call_id: str, firewall: Firewall, raw: dict[str, Any]) -> None:
        """Let the firewall read a tool result that arrived as a task's payload or a plain answer."""
        try:
            result = types.CallToolResult.model_validate(raw, by_name=False)
        except ValueError:
            await firewall.observe(
                ToolResult(session=session_id, id=call_id, content=json.dumps(raw, default=str), is_error=True)
            )
            return
        await firewall.observe(
            ToolResult(session=session_id, id=call_id, content=result_text(result), is_error=result.is_error)
        )

    async def _list_tools(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        try:
            link = await self.link_of(ctx)
            await self._refresh_tools(link)
        except UpstreamError as exc:
            raise MCPError(code=types.INTERNAL_ERROR, message=f"bastion: {exc}") from None
        tools = link.tools
        if self.is_hiding_forbidden:
            hidden = self.hidden_tools(self.principal_of(ctx))
            tools = [tool for tool in tools if tool.name not in hidden]
        return types.ListToolsResult(tools=tools)

    async def _call_tool(
        self, ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult | dict[str, Any]:
        admitted = await self._admit(ctx, params)
        if isinstance(admitted, types.CallToolResult):
            return admitted
        link, firewall, call_id = admitted
        return await self._forward_call(ctx, params, link, firewall, call_id)

    async def _admit(
        self, ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams
    ) -> tuple[Link, Firewall, str] | types.CallToolResult:
        """Decide a `tools/call` (plain or task-augmented) before anything reaches the upstream.

        Returns:
            The link, firewall and call id of a call that may be forwarded, or the result that
            stands for a refusal or for an upstream that could not be reached.
        """
        try:
            link = await self.link_of(ctx)
            await self._refresh_tools(link)
        except UpstreamError as exc:
            return self._upstream_failure(exc)
        if params.name in (SAMPLING_ACTION, ELICITATION_ACTION) and params.name not in {t.name for t in link.tools}:
            # The server's requests have Cedar actions of their own; they are not tools a client can call.
            refused = Decision(
                session=link.session_id,
                id="-",
                tool=params.name,
                verdict=Verdict.DENY,
                reasons=["not a tool of the server"],
            )
            return _error_result(refusal_text(refused), {DECISION_META_KEY: refused.to_record()})
        if params.name in self._changed:
            # A person may have approved the tool since (`bastion mcp tools approve`): read the pins again.
            await self._check_pins(link.tools)
        session_id = link.session_id
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
                shown = json.dumps(arguments, ensure_ascii=False, default=str)
                approved, why_not_run = await self._settle(
                    call,
                    decision,
                    firewall,
                    question=f"The agent wants to call {params.name!r} with {_clip(shown)}.",
                    elicit=_elicit_on(ctx),
                )
            if not approved:
                logger.info("refused %s to %r: %s", call_id, params.name, "; ".join(decision.reasons))
                return _error_result(
                    refusal_text(decision, why_not_run=why_not_run), {DECISION_META_KEY: decision.to_record()}
                )
            logger.info("call %s to %r approved by a person", call_id, params.name)
        elif decision.verdict is not Verdict.ALLOW:
            logger.warning("shadow mode: %s to %r would be %s", call_id, params.name, decision.verdict.value)
        return link, firewall, call_id

    async def _forward_call(
        self,
        ctx: ServerRequestContext[Any, Any],
        params: types.CallToolRequestParams,
        link: Link,
        firewall: Firewall,
        call_id: str,
    ) -> types.CallToolResult | dict[str, Any]:
        """Run an admitted call on the client's upstream session; the firewall sees its result first."""
        session_id = link.session_id

        async def on_progress(progress: float, total: float | None, message: str | None) -> None:
            await ctx.session.report_progress(progress, total, message)

        entry = (ctx.session, ctx.request_id) if ctx.request_id is not None else None
        if entry is not None:
            link.in_flight.append(entry)
        try:
            raw = await link.upstream.call_tool(
                params.name, params.arguments, meta=_forwarded_meta(params.meta), on_progress=on_progress
            )
        except UpstreamError as exc:
            await firewall.observe(ToolResult(session=session_id, id=call_id, content=str(exc), is_error=True))
            return self._upstream_failure(exc)
        except MCPError as exc:
            # The upstream's own error response goes back as it came, after the firewall has seen it.
            await firewall.observe(
                ToolResult(session=session_id, id=call_id, content=f"error {exc.code}: {exc.message}", is_error=True)
            )
            raise
        finally:
            if entry is not None:
                link.in_flight.remove(entry)
        try:
            result = types.CallToolResult.model_validate(raw, by_name=False)
        except ValueError as exc:
            failure = UpstreamError(
                f"the upstream MCP server {link.upstream.description!r} answered tools/call {params.name!r} "
                f"with a malformed result: {exc}",
                kind="malformed",
            )
            await firewall.observe(ToolResult(session=session_id, id=call_id, content=str(failure), is_error=True))
            return self._upstream_failure(failure)
        await firewall.observe(
            ToolResult(session=session_id, id=call_id, content=result_text(result), is_error=result.is_error)
        )
        modern = _modern_versions()
        if (ctx.session.protocol_version in modern) != (link.upstream.protocol_version in modern):
            # Across protocol eras the SDK reshapes the result for the client's (result type, envelope).
            return result
        # Exactly what the upstream sent: no field added, none dropped beyond the client's protocol version.
        return raw

    async def _settle(
        self,
        call: ToolCall,
        decision: Decision,
        firewall: Firewall,
        *,
        question: str,
        elicit: Callable[[str], Awaitable[types.ElicitResult]] | None,
    ) -> tuple[bool, str]:
        """Put an `ask` to a person: the approval queue when one is configured, else the client's elicitation.

        What the person answered (or why nobody could be asked) is added to the session's record next to
        the decision.

        Args:
            call: The call (or server request) decided `ask`.
            decision: Its Decision.
            firewall: The firewall that decided it.
            question: What the person is asked, before bastion's reasons.
            elicit: Sends an approval form to the person behind the client; None when the client cannot.

        Returns:
            Whether it was approved, and if not, why it did not run.
        """
        if self.approver is not None:
            approved, why_not = await self.approver.settle(call, decision)
        elif elicit is None:
            approved, why_not = False, _NOBODY_TO_ASK
        else:
            approved, why_not = await self._elicit_approval(
                f"{question}\nbastion asks first because: {'; '.join(decision.reasons)}", elicit
            )
        outcome = "was approved by a person" if approved else f"did not run: {why_not}"
        await firewall.observe(
            Message(
                session=call.session,
                role="system",
                content=f"bastion: call {call.call_id} to {call.tool_name!r} {outcome}",
            )
        )
        return approved, why_not

    async def _elicit_approval(
        self, message: str, elicit: Callable[[str], Awaitable[types.ElicitResult]]
    ) -> tuple[bool, str]:
        try:
            with anyio.fail_after(self.approval_timeout):
                answer = await elicit(message)
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
        if not exc.is_reached:
            text = f"The call never reached the upstream MCP server ({exc.kind}), so nothing ran. {exc}"
        elif exc.kind == "timeout":
            text = (
                f"The upstream MCP server received the call and did not answer in time; its outcome is unknown. {exc}"
            )
        elif exc.kind == "closed":
            text = (
                "The connection to the upstream MCP server was lost while the call was in flight; the server "
                f"received it and its outcome is unknown. {exc}"
            )
        else:
            text = f"The upstream MCP server answered in a form bastion cannot pass on ({exc.kind}). {exc}"
        meta = {"kind": exc.kind, "message": str(exc), "reached": exc.is_reached}
        return _error_result(text, {UPSTREAM_ERROR_META_KEY: meta})

    # -- everything else passes through, on the client's own upstream session -----------------

    async def _pass_through(
        self, ctx: ServerRequestContext[Any, Any], what: str, send: Callable[[Upstream], Any]
    ) -> Any:
        try:
            link = await self.link_of(ctx)
            return await link.upstream.request(what, lambda: send(link.upstream))
        except UpstreamError as exc:
            raise MCPError(code=types.INTERNAL_ERROR, message=f"bastion: {exc}") from None

    async def _list_prompts(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListPromptsResult:
        result: types.ListPromptsResult = await self._pass_through(
            ctx, "prompts/list", lambda up: up.client.session.list_prompts(params=params)
        )
        return result

    async def _get_prompt(
        self, ctx: ServerRequestContext[Any, Any], params: types.GetPromptRequestParams
    ) -> types.GetPromptResult:
        result: types.GetPromptResult = await self._pass_through(
            ctx, f"prompts/get {params.name!r}", lambda up: up.client.session.get_prompt(params.name, params.arguments)
        )
        return result

    async def _list_resources(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListResourcesResult:
        result: types.ListResourcesResult = await self._pass_through(
            ctx, "resources/list", lambda up: up.client.session.list_resources(params=params)
        )
        return result

    async def _list_resource_templates(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListResourceTemplatesResult:
        result: types.ListResourceTemplatesResult = await self._pass_through(
            ctx, "resources/templates/list", lambda up: up.client.session.list_resource_templates(params=params)
        )
        return result

    async def _read_resource(
        self, ctx: ServerRequestContext[Any, Any], params: types.ReadResourceRequestParams
    ) -> types.ReadResourceResult:
        result: types.ReadResourceResult = await self._pass_through(
            ctx, f"resources/read {params.uri}", lambda up: up.client.session.read_resource(str(params.uri))
        )
        return result

    async def _subscribe(
        self, ctx: ServerRequestContext[Any, Any], params: types.SubscribeRequestParams
    ) -> types.EmptyResult:
        result: types.EmptyResult = await self._pass_through(
            ctx, f"resources/subscribe {params.uri}", lambda up: up.client.session.subscribe_resource(str(params.uri))
        )
        return result

    async def _unsubscribe(
        self, ctx: ServerRequestContext[Any, Any], params: types.UnsubscribeRequestParams
    ) -> types.EmptyResult:
        result: types.EmptyResult = await self._pass_through(
            ctx,
            f"resources/unsubscribe {params.uri}",
            lambda up: up.client.session.unsubscribe_resource(str(params.uri)),
        )
        return result

    async def _complete(
        self, ctx: ServerRequestContext[Any, Any], params: types.CompleteRequestParams
    ) -> types.CompleteResult:
        context = params.context.arguments if params.context is not None else None
        argument = {"name": params.argument.name, "value": params.argument.value}
        result: types.CompleteResult = await self._pass_through(
            ctx, "completion/complete", lambda up: up.client.session.complete(params.ref, argument, context)
        )
        return result

    async def _set_logging_level(
        self, ctx: ServerRequestContext[Any, Any], params: types.SetLevelRequestParams
    ) -> types.EmptyResult:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MCPDeprecationWarning)
            await self._pass_through(
                ctx, "logging/setLevel", lambda up: up.client.session.set_logging_level(params.level)
            )
        return types.EmptyResult()

    async def _roots_changed(
        self, ctx: ServerRequestContext[Any, Any], params: types.NotificationParams | None
    ) -> None:
        link = _connection_of(ctx).state.get(_LINK_KEY)
        if isinstance(link, Link):
            await link.upstream.send_roots_changed()

    async def _forward_notification(self, link: Link, notification: types.ServerNotification) -> None:
        if isinstance(notification, types.ToolListChangedNotification):
            link.is_tools_stale = True
        if isinstance(notification, types.ProgressNotification):
            # Progress of a tool call reaches its caller through the call's own progress callback.
            return
        if link.client is not None:
            # Best effort, as the SDK's notifications are: a client that went away drops them.
            await link.client.send_notification(notification)

    # -- the upstream's requests to the client ----------------------------------------------------

    async def _relay(self, link: Link, what: str, send: Callable[[], Awaitable[Any]]) -> Any:
        try:
            return await send()
        except MCPError as exc:
            return exc.error
        except Exception as exc:
            logger.warning("relaying %s to the client failed: %s", what, exc)
            return types.ErrorData(code=types.INTERNAL_ERROR, message=f"bastion could not relay {what}: {exc}")

    async def _decide_server_request(
        self, link: Link, action: str, arguments: dict[str, Any], question: str
    ) -> tuple[Decision, Firewall] | types.ErrorData:
        """Decide a request of the server's to the client as a call of its Cedar action.

        An `ask` goes to a person as a tool call's does (`question` is what they are asked); only an
        approved one is relayed.
        """
        principal_id = link.principal_id or self.config.principal.id
        call_id = f"{self._run_id}-{next(self._counter)}"
        try:
            firewall = self.firewall_for(principal_id)
        except BastionError as exc:
            return types.ErrorData(code=types.INVALID_REQUEST, message=f"bastion refused {action}: {exc}")
        call = ToolCall(session=link.session_id, id=call_id, tool=action, arguments=arguments)
        decision = await firewall.decide(call)
        if decision.is_blocking:
            why_not_run = ""
            if decision.verdict is Verdict.ASK:
                # Asked like a tool call's ask: the approval queue, else the person behind the client.
                approved, why_not_run = await self._settle(
                    call, decision, firewall, question=question, elicit=_elicit_through(link)
                )
                if approved:
                    logger.info("%s from the upstream approved by a person", action)
                    return decision, firewall
            logger.info("refused %s from the upstream: %s", action, "; ".join(decision.reasons))
            return types.ErrorData(code=types.INVALID_REQUEST, message=refusal_text(decision, why_not_run=why_not_run))
        return decision, firewall

    async def _relay_sampling(
        self, link: Link, params: types.CreateMessageRequestParams
    ) -> types.CreateMessageResult | types.ErrorData:
        prompt = "\n".join(f"{m.role}: {_content_text(m.content)}" for m in params.messages)
        arguments = {"messages": prompt, "system_prompt": params.system_prompt or "", "max_tokens": params.max_tokens}
        question = (
            f"The MCP server {link.upstream.description!r} wants your model to answer this prompt:\n{_clip(prompt)}"
        )
        decided = await self._decide_server_request(link, SAMPLING_ACTION, arguments, question)
        if isinstance(decided, types.ErrorData):
            return decided
        decision, firewall = decided
        result: types.CreateMessageResult | types.ErrorData = await self._relay(
            link,
            SAMPLING_ACTION,
            lambda: link.ask_client(types.CreateMessageRequest(params=params), types.CreateMessageResult),
        )
        # What the client's model answered is read as the output of that call: scanned and recorded.
        answer = _content_text(result.content) if isinstance(result, types.CreateMessageResult) else result.message
        await firewall.observe(
            ToolResult(
                session=link.session_id,
                id=decision.call_id,
                content=answer,
                is_error=isinstance(result, types.ErrorData),
            )
        )
        return result

    async def _relay_elicitation(
        self, link: Link, params: types.ElicitRequestParams
    ) -> types.ElicitResult | types.ErrorData:
        requested = getattr(params, "requested_schema", None) or getattr(params, "url", None) or ""
        arguments = {"message": params.message, "requested": json.dumps(requested, default=str)}
        question = (
            f"The MCP server {link.upstream.description!r} wants to ask you for information: {_clip(params.message)}"
        )
        decided = await self._decide_server_request(link, ELICITATION_ACTION, arguments, question)
        if isinstance(decided, types.ErrorData):
            return decided
        decision, firewall = decided
        result: types.ElicitResult | types.ErrorData = await self._relay(
            link, ELICITATION_ACTION, lambda: link.ask_client(types.ElicitRequest(params=params), types.ElicitResult)
        )
        if isinstance(result, types.ElicitResult):
            answer = f"{result.action}: {json.dumps(result.content, default=str)}"
        else:
            answer = result.message
        await firewall.observe(
            ToolResult(
                session=link.session_id,
                id=decision.call_id,
                content=answer,
                is_error=isinstance(result, types.ErrorData),
            )
        )
        return result

    async def _relay_roots(self, link: Link) -> types.ListRootsResult | types.ErrorData:
        result: types.ListRootsResult | types.ErrorData = await self._relay(
            link, "roots/list", lambda: link.ask_client(types.ListRootsRequest(), types.ListRootsResult)
        )
        return result


def _task_ttl(task: types.TaskMetadata | None) -> int:
    ttl = task.ttl if task is not None else None
    return ttl if isinstance(ttl, int) and ttl > 0 else _HELD_TASK_TTL_MS


def _clip(text: str, limit: int = 2000) -> str:
    return text if len(text) <= limit else text[:limit] + " ..."


def _elicit_on(ctx: ServerRequestContext[Any, Any]) -> Callable[[str], Awaitable[types.ElicitResult]] | None:
    """Ask for approval on the client session of a request, tied to that request; None if it cannot elicit."""
    caps = ctx.session.client_capabilities
    if caps is None or caps.elicitation is None or not ctx.session.can_send_request:
        return None

    async def elicit(message: str) -> types.ElicitResult:
        return await ctx.session.elicit_form(message, _APPROVAL_SCHEMA, related_request_id=ctx.request_id)

    return elicit


def _elicit_through(link: Link) -> Callable[[str], Awaitable[types.ElicitResult]] | None:
    """Ask for approval on a link's client (on the stream of the call in flight); None if it cannot elicit."""
    client = link.client
    if client is None or not client.can_send_request:
        return None
    caps = client.client_capabilities
    if caps is None or caps.elicitation is None:
        return None

    async def elicit(message: str) -> types.ElicitResult:
        form = types.ElicitRequestFormParams(message=message, requested_schema=_APPROVAL_SCHEMA)
        return await link.ask_client(types.ElicitRequest(params=form), types.ElicitResult)

    return elicit


def _forwarded_meta(meta: types.RequestParamsMeta | None) -> types.RequestParamsMeta | None:
    """The client's `_meta` for the upstream: its own keys, without the protocol's envelope and progress token.

    The reserved `io.modelcontextprotocol/` keys describe the client's connection to bastion, not
    bastion's to the upstream; the progress token is replaced by the upstream call's own.
    """
    if meta is None:
        return None
    items = meta.items() if isinstance(meta, dict) else meta.model_dump(by_alias=True, exclude_none=True).items()
    kept = {
        key: value for key, value in items if key != "progressToken" and not key.startswith("io.modelcontextprotocol/")
    }
    return kept or None  # type: ignore[return-value]


def _modern_versions() -> tuple[str, ...]:
    from mcp_types.version import MODERN_PROTOCOL_VERSIONS

    return tuple(MODERN_PROTOCOL_VERSIONS)
