"""`bastion serve`: the decision API, the approval queue and the console over HTTP."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from typing import Any

from bastion.cli.options import add_firewall_options, config_from_args
from bastion.errors import ConfigError

__all__ = ["is_loopback", "register", "run"]

_INSTALL = 'the service needs its extra: pip install "bastion[serve]"'


def is_loopback(host: str) -> bool:
    """True for a host that only this machine can reach (`localhost`, 127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register(subparsers: Any) -> None:
    """Add the `serve` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="serve the decision API, the approval queue and the web console over HTTP",
        description="Decide tool calls over HTTP for agents in any language (POST /v1/decide with a tool_call "
        "event in the trace format, POST /v1/observe for messages and tool results), keep the approval queue "
        "that the MCP wrapper and the LangChain handler share through the audit store, and serve the console "
        "at / (pending approvals, the audit log, session timelines, the chain's verification). Every request "
        "carries `Authorization: Bearer TOKEN`: tokens come from the configuration's [[tokens]] (by SHA-256, "
        "each mapped to a principal) and BASTION_TOKEN (the configured principal). GET /openapi.json "
        "describes the API; GET /metrics is Prometheus text. Needs an audit store (--audit).",
        epilog="example: BASTION_TOKEN=$(openssl rand -hex 24) bastion serve --policies policies "
        "--tools tools.json --audit audit.db",
    )
    parser.add_argument(
        "--listen", default="127.0.0.1:8181", metavar="HOST:PORT", help="where to listen (default: 127.0.0.1:8181)"
    )
    parser.add_argument(
        "--insecure-no-auth",
        action="store_true",
        help="accept requests without a token, as the configured principal (loopback addresses only; "
        "anyone on this machine can then decide, read the log and answer approvals)",
    )
    add_firewall_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `bastion serve`."""
    from bastion.cli.mcp import parse_listen

    host, port = parse_listen(args.listen)
    config = config_from_args(args)
    try:
        import uvicorn

        from bastion.serve import DecisionService, TokenTable, create_app
    except ImportError as exc:
        raise ConfigError(f"{_INSTALL} ({exc})") from None
    tokens = TokenTable(config, env_token=os.environ.get("BASTION_TOKEN"))
    if args.insecure_no_auth:
        if len(tokens):
            raise ConfigError("--insecure-no-auth with tokens configured: drop the flag, or the tokens")
        if not is_loopback(host):
            raise ConfigError(f"--insecure-no-auth only on a loopback address (127.0.0.1, ::1), not {host!r}")
    elif not len(tokens):
        raise ConfigError(
            "no token: set BASTION_TOKEN, or list [[tokens]] in the configuration "
            "(or, on a loopback address only, pass --insecure-no-auth)"
        )
    service = DecisionService(config, tokens)
    app = create_app(service, insecure_principal=config.principal if args.insecure_no_auth else None, listen_host=host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on"))
    principals = ", ".join(service.principal_ids())
    print(
        f"bastion: serving decisions for {principals} at http://{host}:{port}/ (console at /, API at /v1/)",
        file=sys.stderr,
        flush=True,
    )
    server.run()
    return 0 if server.started else 2
