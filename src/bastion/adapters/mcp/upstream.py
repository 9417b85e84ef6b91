"""The upstream MCP server: one client session to it, with every failure turned into an UpstreamError.

The upstream is whatever `mcp.Client` can reach: a command run as a subprocess over stdio, a
streamable HTTP URL, or (in tests) an in-process server. A crash, a hang or a malformed message
never propagates as a foreign exception: each becomes an `UpstreamError` naming what happened.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import shutil
import sys
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any, Literal, TextIO, TypeVar

import anyio
import mcp_types as types
from mcp import Client, StdioServerParameters
from mcp.client.session import ClientSession, ElicitationFnT, IncomingMessage, ListRootsFnT, SamplingFnT
from mcp.client.stdio import stdio_client
from mcp.server import Server
from mcp.server.mcpserver import MCPServer
from mcp.shared.dispatcher import ProgressFnT
from mcp.shared.exceptions import MCPDeprecationWarning, MCPError
from mcp_types import CONNECTION_CLOSED, REQUEST_TIMEOUT
from pydantic import TypeAdapter, ValidationError

from bastion.catalog import Catalog
from bastion.errors import AdapterError

__all__ = [
    "ClientPeer",
    "NotificationSink",
    "Upstream",
    "UpstreamError",
    "catalog_of",
    "stdio_target",
    "upstream_environment",
]

logger = logging.getLogger("bastion.mcp")

T = TypeVar("T")
NotificationSink = Callable[[types.ServerNotification], Awaitable[None]]
UpstreamTarget = StdioServerParameters | str | Server[Any] | MCPServer[Any]

DEFAULT_CALL_TIMEOUT = 60.0
DEFAULT_CONNECT_TIMEOUT = 30.0
_RAW_RESULT: TypeAdapter[dict[str, Any]] = TypeAdapter(dict[str, Any])


class UpstreamError(AdapterError):
    """The upstream MCP server failed: it exited, did not answer in time, or sent something malformed.

    Args:
        message: What happened, for a person (and a model) to read.
        kind: `closed`, `timeout`, `malformed` or `error` (an error response the proxy could not pass on).
        is_reached: Whether the request may have reached the server. False means it certainly did not
            (no connection could be made), so nothing it asked for happened; True means it was sent and
            its outcome is unknown.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: Literal["closed", "timeout", "malformed", "error"],
        is_reached: bool = True,
    ) -> None:
        self.kind = kind
        self.is_reached = is_reached
        super().__init__(message)


@dataclass(frozen=True)
class ClientPeer:
    """The MCP client behind the proxy, as the upstream must see it: its identity, what it can do, and
    where the upstream's requests to it go.

    Each handler is set only when the client declared the matching capability; the upstream connection
    declares exactly `capabilities`, so a server sees the client it really serves.

    Attributes:
        client_info: The client's name and version, from its `initialize`.
        capabilities: The client's declared capabilities, passed on unchanged.
        is_legacy: The client negotiated a handshake-era protocol (the upstream is then spoken to in it too).
        on_sampling: Relays `sampling/createMessage`.
        on_elicitation: Relays `elicitation/create`.
        on_list_roots: Relays `roots/list`.
    """

    client_info: types.Implementation | None
    capabilities: types.ClientCapabilities
    is_legacy: bool = True
    on_sampling: SamplingFnT | None = None
    on_elicitation: ElicitationFnT | None = None
    on_list_roots: ListRootsFnT | None = None


def upstream_environment(
    allow: Sequence[str] | None = None, deny: Sequence[str] = (), *, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The environment a stdio upstream gets: bastion's own, narrowed by allow and deny lists.

    An MCP client's configuration puts the server's `env` (API keys, data paths) in bastion's
    environment; passing it on is what makes bastion transparent.

    Args:
        allow: Shell-style patterns of the variables to pass (None: every variable).
        deny: Patterns of variables never to pass; deny wins over allow.
        environ: The environment to filter (default: this process's).

    Returns:
        The variables to pass.
    """
    source = os.environ if environ is None else environ
    return {
        name: value
        for name, value in source.items()
        if (allow is None or any(fnmatch.fnmatchcase(name, pattern) for pattern in allow))
        and not any(fnmatch.fnmatchcase(name, pattern) for pattern in deny)
    }


def stdio_target(command: Sequence[str], *, env: dict[str, str] | None = None) -> StdioServerParameters:
    """The stdio parameters that run `command` (program and arguments) as the upstream server.

    Args:
        command: The program and its arguments.
        env: The server's whole environment (default: bastion's own, see `upstream_environment`).

    Returns:
        The parameters.

    Raises:
        AdapterError: The command is empty or its program cannot be found.
    """
    if not command:
        raise AdapterError(
            "no upstream command given: put it after `--`, e.g. `bastion mcp -- npx server-filesystem /tmp`"
        )
    program = command[0]
    if shutil.which(program) is None:
        raise AdapterError(f"upstream command {program!r} was not found (not on PATH and not an executable file)")
    # The SDK hands a server a handful of variables unless given `env`; an empty dict is kept as empty.
    return StdioServerParameters(
        command=program, args=list(command[1:]), env=upstream_environment() if env is None else dict(env)
    )


def catalog_of(tools: Sequence[types.Tool], *, source: str) -> Catalog:
    """The firewall's catalog for an MCP server's tools (its `tools/list` answer).

    Args:
        tools: The tools.
        source: Where they came from, for error messages.

    Returns:
        The catalog.

    Raises:
        CatalogError: Two tools share a name (or a Cedar identifier), or a description is malformed.
    """
    return Catalog.from_list(
        [tool.model_dump(by_alias=True, mode="json", exclude_none=True) for tool in tools], source=source
    )


class _PeerClient(Client):
    """An `mcp.Client` that declares a given client's capabilities exactly, not the ones its callbacks imply."""

    declared: types.ClientCapabilities | None = None

    async def _build_session(self, exit_stack: AsyncExitStack) -> ClientSession:
        session = await super()._build_session(exit_stack)
        declared = self.declared
        if declared is not None:
            # The SDK derives the capability ad from which callbacks are set; a proxy must declare what
            # its client declared (elicitation modes, sampling sub-capabilities, roots.listChanged).
            session._build_capabilities = lambda version: declared  # type: ignore[method-assign]
        return session


def _root_cause(exc: BaseException) -> BaseException:
    """The first leaf of an exception group (the SDK's task groups wrap a transport's failure in them)."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def _describe(target: UpstreamTarget) -> str:
    if isinstance(target, StdioServerParameters):
        return " ".join([target.command, *target.args])
    if isinstance(target, str):
        return target
    return f"in-process server {target.name!r}"


class Upstream:
    """One client session to the upstream MCP server; enter it with `async with`.

    When the upstream goes away (a stdio server exits, an HTTP server stops answering), the request in
    flight fails with an UpstreamError and the next request opens a new connection first.

    Raises:
        UpstreamError: On entry, when the connection or the MCP handshake fails.

    Args:
        target: Stdio parameters (a subprocess), a streamable HTTP URL, or an in-process `Server`.
        call_timeout: Seconds a tool call (or any other request) may take before it fails.
        connect_timeout: Seconds the connection and handshake may take.
        mode: How to negotiate the protocol (`auto`, `legacy` or a version), as `mcp.Client` takes it.
        errlog: Where a subprocess server's stderr goes.
        peer: The client this connection serves: the upstream sees its identity and capabilities, and
            its requests (sampling, elicitation, roots) go to it. None: a bare client of bastion's own.
    """

    def __init__(
        self,
        target: UpstreamTarget,
        *,
        call_timeout: float = DEFAULT_CALL_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        mode: str = "auto",
        errlog: TextIO | None = None,
        peer: ClientPeer | None = None,
    ) -> None:
        self.target = target
        self.peer = peer
        self._requested_mode = mode
        self.description = _describe(target)
        self.call_timeout = call_timeout
        self.connect_timeout = connect_timeout
        self._mode = "legacy" if peer is not None and peer.is_legacy and mode == "auto" else mode
        self._errlog = errlog or sys.stderr
        self._sinks: list[NotificationSink] = []
        self._client: Client | None = None
        self._stop = anyio.Event()
        self._reconnecting = anyio.Lock()
        self._reconnect_hooks: list[Callable[[], None]] = []
        self.connections = 1
        """How many connections were opened: 1, plus one per reconnection after the upstream went away."""
        self._closed_reason: str | None = None
        self._malformed: list[str] = []

    def with_peer(self, peer: ClientPeer) -> Upstream:
        """A new, unconnected upstream to the same server, with the same settings, serving `peer`."""
        upstream = Upstream(
            self.target,
            call_timeout=self.call_timeout,
            connect_timeout=self.connect_timeout,
            mode=self._requested_mode,
            errlog=self._errlog,
            peer=peer,
        )
        return upstream

    def add_sink(self, sink: NotificationSink) -> None:
        """Receive every notification the upstream sends (list changes, logs, resource updates)."""
        self._sinks.append(sink)

    async def __aenter__(self) -> Upstream:
        # Each connection lives in a task of its own: a transport that fails (an HTTP upstream that goes
        # away crashes the SDK's transport task group) then ends that task, not the proxy serving clients.
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        try:
            await self._connect()
        except BaseException:
            await self.__aexit__(None, None, None)
            raise
        return self

    async def _connect(self) -> None:
        """Open a connection in its own task and wait for its handshake.

        Raises:
            UpstreamError: The connection or the handshake failed.
        """
        stop, ready = anyio.Event(), anyio.Event()
        failure: list[UpstreamError] = []
        self._stop = stop
        self._closed_reason = None
        self._malformed = []
        self._group.start_soon(self._hold, stop, ready, failure)
        await ready.wait()
        if failure:
            stop.set()
            self._closed_reason = str(failure[0])
            raise failure[0]

    async def _reconnect(self) -> None:
        """Replace a connection that is gone with a new one (a new process for a stdio upstream).

        Raises:
            UpstreamError: The new connection failed too.
        """
        async with self._reconnecting:
            if self._closed_reason is None:
                return  # another call reconnected while this one waited
            logger.warning("reconnecting to upstream %r: %s", self.description, self._closed_reason)
            self._stop.set()
            self._client = None
            await self._connect()
            self.connections += 1
            for hook in list(self._reconnect_hooks):
                hook()

    async def _hold(self, stop: anyio.Event, ready: anyio.Event, failure: list[UpstreamError]) -> None:
        server: Any = self.target
        if isinstance(self.target, StdioServerParameters):
            server = stdio_client(self.target, errlog=self._errlog)
        peer = self.peer
        client = _PeerClient(
            server,
            mode=self._mode,
            cache=None,
            # The session's default timeout bounds the handshake; each later request sets its own.
            read_timeout_seconds=self.connect_timeout,
            message_handler=self._on_message,
            client_info=peer.client_info if peer is not None else None,
            sampling_callback=peer.on_sampling if peer is not None else None,
            elicitation_callback=peer.on_elicitation if peer is not None else None,
            list_roots_callback=peer.on_list_roots if peer is not None else None,
        )
        client.declared = peer.capabilities if peer is not None else None
        try:
            async with client:
                self._client = client
                ready.set()
                await stop.wait()
        except MCPError as exc:
            if exc.code == REQUEST_TIMEOUT:
                message = f"did not complete the MCP handshake within {self.connect_timeout:g} s"
                failure.append(UpstreamError(f"upstream {self.description!r} {message}", kind="timeout"))
            else:
                message = f"could not connect to upstream {self.description!r}: error {exc.code}: {exc.message}"
                failure.append(UpstreamError(message, kind="closed"))
        except Exception as exc:
            cause = _root_cause(exc)
            if ready.is_set():
                if not stop.is_set():
                    self._closed_reason = (
                        f"the connection to the upstream MCP server {self.description!r} failed "
                        f"({type(cause).__name__}: {cause})"
                    )
                    logger.error("%s", self._closed_reason)
            else:
                message = f"could not connect to upstream {self.description!r}: {type(cause).__name__}: {cause}"
                failure.append(UpstreamError(message, kind="closed"))
        finally:
            if ready.is_set() and not stop.is_set() and self._closed_reason is None:
                self._closed_reason = f"the connection to the upstream MCP server {self.description!r} ended"
            ready.set()

    async def __aexit__(self, *exc_info: object) -> None:
        self._stop.set()
        try:
            await self._group.__aexit__(None, None, None)
        except Exception:
            # A server that already died can make the transport's teardown fail; there is nothing left
            # to release, and the proxy's own shutdown must go on.
            logger.warning("closing the upstream %r failed", self.description, exc_info=True)
        self._client = None

    def add_reconnect_hook(self, hook: Callable[[], None]) -> None:
        """Be told when a new connection replaced one that was gone (its tools may have changed)."""
        self._reconnect_hooks.append(hook)

    @property
    def client(self) -> Client:
        """The connected `mcp.Client`.

        Raises:
            UpstreamError: Not connected (outside `async with`).
        """
        if self._client is None:
            raise UpstreamError(f"upstream {self.description!r} is not connected", kind="closed")
        return self._client

    @property
    def capabilities(self) -> types.ServerCapabilities:
        """What the upstream declared it serves."""
        return self.client.server_capabilities

    @property
    def server_info(self) -> types.Implementation | None:
        """The upstream's name and version, when it gave them."""
        return self.client.server_info

    @property
    def protocol_version(self) -> str:
        """The protocol version negotiated with the upstream."""
        return self.client.protocol_version

    @property
    def instructions(self) -> str | None:
        """The upstream's instructions for the model, when it gave any."""
        return self.client.instructions

    async def _on_message(self, message: IncomingMessage) -> None:
        if isinstance(message, Exception):
            text = f"{type(message).__name__}: {str(message)[:300]}"
            if not isinstance(message, ValueError):
                logger.warning("the transport to upstream %r failed: %s", self.description, text)
                return
            # A message that does not parse (JSON and validation errors are ValueErrors): the request it
            # answered, if any, will time out, and that timeout's message says what was seen.
            self._malformed = [*self._malformed[-4:], text]
            logger.warning("upstream %r sent a malformed message: %s", self.description, text)
            return
        if isinstance(message, types.ServerNotification):
            for sink in list(self._sinks):
                try:
                    await sink(message)
                except Exception:
                    logger.exception("forwarding the upstream notification %r failed", message.method)

    async def request(self, what: str, send: Callable[[], Awaitable[T]], *, timeout: float | None = None) -> T:
        """Send one request to the upstream, translating every failure into an UpstreamError.

        An error response from the upstream (an `MCPError` with the upstream's own code) is re-raised
        unchanged, so the client sees what the upstream said.

        Args:
            what: What is being asked, for error messages (e.g. `tools/call write_file`).
            send: The call that sends it.
            timeout: Seconds to wait (default: the upstream's call timeout).

        Returns:
            The upstream's answer.

        Raises:
            UpstreamError: The upstream exited, hung or answered with something malformed.
            MCPError: The upstream answered with an error response.
        """
        limit = self.call_timeout if timeout is None else timeout
        if self._closed_reason is None and self._is_gone_while_idle():
            # The server went away with nothing in flight (a stdio server that exited between calls):
            # this request was never sent, so it goes on a new connection.
            self._closed_reason = f"the upstream MCP server {self.description!r} closed its connection while idle"
        if self._closed_reason is not None:
            # The call that saw the upstream go away has already failed (its outcome is unknown, so it is
            # never retried); the next one gets a new connection. If none can be made, this request
            # never left bastion.
            try:
                await self._reconnect()
            except UpstreamError as exc:
                raise UpstreamError(
                    f"{what} never reached the upstream MCP server: {exc}", kind=exc.kind, is_reached=False
                ) from None
        try:
            with anyio.fail_after(limit):
                return await send()
        except TimeoutError:
            raise self._timeout(what, limit) from None
        except MCPError as exc:
            if exc.code == REQUEST_TIMEOUT:
                raise self._timeout(what, limit) from None
            if exc.code == CONNECTION_CLOSED:
                self._closed_reason = (
                    f"the upstream MCP server {self.description!r} closed the connection "
                    f"(it exited or crashed) while handling {what}; the next call reconnects"
                )
                raise UpstreamError(self._closed_reason, kind="closed") from None
            raise
        except ValidationError as exc:
            raise UpstreamError(
                f"the upstream MCP server {self.description!r} answered {what} with a malformed result: "
                f"{exc.error_count()} validation errors, first: {exc.errors()[0]['msg']}",
                kind="malformed",
            ) from None
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream) as exc:
            self._closed_reason = (
                f"the upstream MCP server {self.description!r} is gone ({type(exc).__name__}); the next call reconnects"
            )
            raise UpstreamError(self._closed_reason, kind="closed") from None
        except RuntimeError as exc:
            raise UpstreamError(
                f"the upstream MCP server {self.description!r} answered {what} in a way bastion cannot pass on: {exc}",
                kind="error",
            ) from None

    def _timeout(self, what: str, limit: float) -> UpstreamError:
        seen = f"; it sent malformed messages: {' | '.join(self._malformed)}" if self._malformed else ""
        return UpstreamError(
            f"the upstream MCP server {self.description!r} did not answer {what} within {limit:g} s{seen}",
            kind="malformed" if self._malformed else "timeout",
        )

    def _is_gone_while_idle(self) -> bool:
        client = self._client
        if client is None:
            return False
        # The SDK's dispatcher marks itself closed when the transport reaches its end; a request sent
        # after that fails without being written. It has no public accessor.
        dispatcher = getattr(client.session, "_dispatcher", None)
        return getattr(dispatcher, "_closed", False) is True

    @property
    def is_connected(self) -> bool:
        """Whether a connection is open and not known to be gone."""
        return self._client is not None and self._closed_reason is None

    async def list_tools(self) -> list[types.Tool]:
        """Every tool the upstream offers (all pages).

        Raises:
            UpstreamError: The upstream failed.
        """
        tools: list[types.Tool] = []
        cursor: str | None = None
        for _ in range(1000):
            params = types.PaginatedRequestParams(cursor=cursor)

            async def send(params: types.PaginatedRequestParams = params) -> types.ListToolsResult:
                return await self.client.session.list_tools(params=params)

            page = await self.request("tools/list", send)
            tools.extend(page.tools)
            cursor = page.next_cursor
            if not cursor:
                return tools
        raise UpstreamError(f"upstream {self.description!r} paginated tools/list past 1000 pages", kind="malformed")

    async def send_roots_changed(self) -> None:
        """Tell the upstream the client's roots changed (a notification; a closed connection drops it)."""
        if self.is_connected:
            with warnings.catch_warnings():
                # Deprecated from the 2026-07-28 protocol on; still relayed for the earlier ones.
                warnings.simplefilter("ignore", MCPDeprecationWarning)
                await self.client.session.send_roots_list_changed()

    async def call_tool(
        self,
        tool_name: str,
        arguments: dict[str, Any] | None,
        *,
        meta: types.RequestParamsMeta | None = None,
        on_progress: ProgressFnT | None = None,
    ) -> dict[str, Any]:
        """Run one tool on the upstream.

        Returns:
            The result exactly as the upstream sent it (a JSON object), so the client gets it unchanged.

        Raises:
            UpstreamError: The upstream failed or timed out.
            MCPError: The upstream answered with an error response.
        """
        # Sent as a plain request: the result goes back to a client that validates it against the tool's
        # output schema itself, so the proxy neither validates it twice nor rewrites what the upstream said.
        request = types.CallToolRequest(
            params=types.CallToolRequestParams(name=tool_name, arguments=arguments, _meta=meta),
        )
        return await self.request(
            f"tools/call {tool_name!r}",
            lambda: self.client.session.send_request(
                request,
                _RAW_RESULT,  # type: ignore[type-var]  # the SDK accepts any TypeAdapter; its bound names models
                request_read_timeout_seconds=self.call_timeout,
                progress_callback=on_progress,
            ),
        )

    async def call_tool_as_task(
        self,
        tool_name: str,
        arguments: dict[str, Any] | None,
        *,
        task: types.TaskMetadata,
        meta: types.RequestParamsMeta | None = None,
    ) -> dict[str, Any]:
        """Start a task-augmented tool call on the upstream (MCP tasks, 2025-11-25).

        Returns:
            The upstream's answer as it sent it: a `CreateTaskResult`, or a plain tool result when the
            server ran the call at once.

        Raises:
            UpstreamError: The upstream failed or timed out.
            MCPError: The upstream answered with an error response.
        """
        request = types.CallToolRequest(
            params=types.CallToolRequestParams(name=tool_name, arguments=arguments, task=task, _meta=meta),
        )
        data = request.model_dump(by_alias=True, mode="json", exclude_none=True)

        async def send() -> dict[str, Any]:
            session = self.client.session
            opts: Any = {"timeout": self.call_timeout}
            # The SDK checks every tools/call answer against CallToolResult, which a CreateTaskResult is
            # not (it leaves tasks out of its 2025-11-25 surface): the request goes through its
            # dispatcher directly, stamped as the session stamps every request.
            session._stamp(data, opts)
            raw: dict[str, Any] = await session._dispatcher.send_raw_request("tools/call", data.get("params"), opts)
            return raw

        return await self.request(f"tools/call {tool_name!r} as a task", send)

    async def task_request(self, request: types.Request[Any, Any]) -> dict[str, Any]:
        """Send a `tasks/*` request (get, result, list, cancel) and return the upstream's answer as sent.

        Raises:
            UpstreamError: The upstream failed or timed out.
            MCPError: The upstream answered with an error response.
        """
        return await self.request(
            request.method,
            lambda: self.client.session.send_request(
                request,
                _RAW_RESULT,  # type: ignore[type-var]  # the SDK accepts any TypeAdapter; its bound names models
                request_read_timeout_seconds=self.call_timeout,
            ),
        )
