"""`bastion mcp`: wrap an MCP server so every tool call it receives is decided first."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from typing import Any

from bastion.cli.options import add_firewall_options, config_from_args
from bastion.config import Config
from bastion.errors import ConfigError

__all__ = ["add_upstream_options", "parse_listen", "register", "run", "upstream_target"]


def add_upstream_options(parser: argparse.ArgumentParser) -> None:
    """Add the upstream's command (after `--`), --upstream-url and --call-timeout."""
    parser.add_argument(
        "--upstream-url",
        metavar="URL",
        help="connect to a streamable HTTP MCP server at URL instead of running a command",
    )
    parser.add_argument(
        "--call-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long an upstream request may take before the client gets an error (default: 60)",
    )
    parser.add_argument(
        "command",
        nargs="*",
        metavar="COMMAND",
        help="the upstream MCP server to run over stdio, after `--` (e.g. -- npx -y @modelcontextprotocol/"
        "server-filesystem /home/me/work)",
    )


def upstream_target(args: argparse.Namespace, config: Config | None = None) -> Any:
    """The upstream the arguments name: stdio parameters for a command, or a URL.

    A command gets bastion's environment, narrowed by the configuration's `[upstream_env]`.

    Raises:
        ConfigError: Neither or both were given.
    """
    from bastion.adapters.mcp.upstream import stdio_target, upstream_environment

    if args.upstream_url and args.command:
        raise ConfigError("give the upstream either as a command after `--` or as --upstream-url, not both")
    if args.upstream_url:
        url: str = args.upstream_url
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"--upstream-url {url!r} is not an http(s) URL")
        return url
    if not args.command:
        raise ConfigError(
            "no upstream MCP server given: put its command after `--` "
            "(e.g. `bastion mcp -- npx -y @modelcontextprotocol/server-filesystem DIR`) or use --upstream-url URL"
        )
    env = config.upstream_env if config is not None else None
    return stdio_target(args.command, env=upstream_environment(env.allow, env.deny) if env is not None else None)


def parse_listen(value: str) -> tuple[str, int]:
    """Split `HOST:PORT` (IPv6 hosts in brackets).

    Raises:
        ConfigError: The value is not HOST:PORT with a port in 0..65535.
    """
    host, sep, port_text = value.rpartition(":")
    if not sep or not host or not port_text.isdigit() or int(port_text) > 65535:
        raise ConfigError(f"--listen {value!r} is not HOST:PORT (e.g. 127.0.0.1:8765)")
    return host.strip("[]"), int(port_text)


def register(subparsers: Any) -> None:
    """Add the `mcp` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "mcp",
        usage="bastion mcp [options] (-- COMMAND [ARGS ...] | --upstream-url URL)\n"
        "       bastion mcp tools approve TOOL [TOOL ...] --audit STORE --upstream UPSTREAM",
        help="wrap an MCP server: every tools/call is decided by the firewall before it is forwarded",
        description="Run an MCP server (the command after `--`, over stdio; or --upstream-url) and serve the same "
        "tools, prompts and resources to your MCP client, over stdio (default) or streamable HTTP (--listen). "
        "The policies see the upstream's own tools/list (names, input schemas, annotations). A refused call "
        "never reaches the upstream: the client gets a tool result with isError and the deciding policy and "
        "reason. A call a policy sends for approval is put to the person through MCP elicitation when the "
        "client supports it, and refused otherwise. An upstream that crashes, hangs or sends malformed "
        "messages gives the client an error result; the client's session stays up. Diagnostics go to stderr. "
        "Each tool's description and schema are pinned in the audit store the first time they are seen; a tool "
        "that changes afterwards carries the tool_changed signal (refused by the default policies) until "
        "`bastion mcp tools approve` pins it as it is now.",
        epilog="example: bastion mcp --policies policies --allowed-root ~/work -- "
        "npx -y @modelcontextprotocol/server-filesystem ~/work",
    )
    add_firewall_options(parser, with_tools=False)
    parser.add_argument(
        "--listen",
        metavar="HOST:PORT",
        help="serve streamable HTTP at http://HOST:PORT/mcp instead of stdio",
    )
    parser.add_argument(
        "--hide-forbidden",
        action="store_true",
        help="leave out of tools/list the tools the policies deny this principal outright",
    )
    parser.add_argument(
        "--principal-header",
        metavar="NAME",
        help="with --listen: take the principal id from this HTTP header. Only behind a gateway that "
        "authenticates callers and sets the header itself; anyone else can claim any id with it",
    )
    parser.add_argument(
        "--session",
        metavar="ID",
        help="the firewall session id on stdio (default: a new id per run); HTTP uses each MCP session's id",
    )
    parser.add_argument(
        "--approval-timeout",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="how long a person has to approve a call sent for approval (default: 300)",
    )
    parser.add_argument(
        "--approval-queue",
        action="store_true",
        help="put calls sent for approval in the approval queue of the audit store (--audit), to be answered "
        "in `bastion serve`'s console or API, instead of asking through MCP elicitation",
    )
    parser.add_argument(
        "--upstream",
        metavar="UPSTREAM",
        help="with `bastion mcp tools approve`: the upstream whose tools to approve, as bastion named it "
        "(its command line or URL)",
    )
    add_upstream_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `bastion mcp`, or `bastion mcp tools approve`."""
    config = config_from_args(args)
    if args.command[:2] == ["tools", "approve"]:
        return asyncio.run(_approve(args, config, args.command[2:]))
    target = upstream_target(args, config)
    listen = parse_listen(args.listen) if args.listen else None
    if args.principal_header and listen is None:
        raise ConfigError("--principal-header needs --listen: on stdio there is no HTTP request to read it from")
    if args.call_timeout <= 0 or args.approval_timeout <= 0:
        raise ConfigError("--call-timeout and --approval-timeout must be positive numbers of seconds")
    return asyncio.run(_serve_until_stopped(args, config, target, listen))


async def _approve(args: argparse.Namespace, config: Config, tool_names: list[str]) -> int:
    from bastion.adapters.mcp.pins import approve_tools
    from bastion.store.open import open_store

    if not tool_names or not args.upstream or config.audit is None:
        raise ConfigError(
            "usage: bastion mcp tools approve TOOL [TOOL ...] --audit STORE --upstream 'UPSTREAM' "
            "(UPSTREAM as bastion printed it: the upstream's command line or URL)"
        )
    async with open_store(config.audit, create=False) as store:
        approved = await approve_tools(store, args.upstream, tool_names)
    for name in tool_names:
        state = "approved as last seen" if name in approved else "already approved, unchanged"
        print(f"{name}\t{state}")
    return 0


async def _serve_until_stopped(
    args: argparse.Namespace, config: Config, target: Any, listen: tuple[str, int] | None
) -> int:
    # A client that closes its end sends SIGTERM (or the terminal SIGHUP): bastion then closes every
    # upstream it runs, so no server outlives it, even one busy with a call that hangs. A stdio
    # server runs in a session of its own and would otherwise never get the signal.
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    stopped: list[int] = []

    def stop(signum: int) -> None:
        stopped.append(signum)
        task.cancel()

    for signum in (signal.SIGTERM, signal.SIGHUP):
        loop.add_signal_handler(signum, stop, signum)
    try:
        return await _serve(args, config, target, listen)
    except asyncio.CancelledError:
        if not stopped:
            raise
        print(f"bastion: stopped by {signal.Signals(stopped[0]).name}; upstream closed", file=sys.stderr)
        return 0
    finally:
        for signum in (signal.SIGTERM, signal.SIGHUP):
            loop.remove_signal_handler(signum)


async def _serve(args: argparse.Namespace, config: Config, target: Any, listen: tuple[str, int] | None) -> int:
    from bastion.adapters.mcp import BastionProxy, Upstream
    from bastion.approver import QueueApprover

    approver = QueueApprover.from_config(config, wait=args.approval_timeout) if args.approval_queue else None
    async with Upstream(target, call_timeout=args.call_timeout) as upstream:
        proxy = await BastionProxy.start(
            upstream,
            config,
            hide_forbidden=args.hide_forbidden,
            principal_header=args.principal_header,
            session_id=args.session,
            approval_timeout=args.approval_timeout,
            approver=approver,
        )
        async with proxy:
            if approver is not None:
                await approver.open()
            tools = len(proxy.tools)
            if listen is None:
                print(f"bastion: wrapping {upstream.description} ({tools} tools) on stdio", file=sys.stderr)
                await _serve_stdio(proxy)
            else:
                await _serve_http(proxy, *listen, tools=tools)
            if approver is not None:
                await approver.aclose()
    return 0


async def _serve_stdio(proxy: Any) -> None:
    from bastion.adapters.mcp.stdio import stdio_streams

    async with stdio_streams() as (read_stream, write_stream):
        await proxy.server.run(read_stream, write_stream, proxy.initialization_options())


async def _serve_http(proxy: Any, host: str, port: int, *, tools: int) -> None:
    import uvicorn

    app = proxy.server.streamable_http_app(host=host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on"))
    print(
        f"bastion: wrapping {proxy.upstream.description} ({tools} tools) at http://{host}:{port}/mcp",
        file=sys.stderr,
        flush=True,
    )
    await server.serve()
