"""The MCP server wrapper: bastion between an MCP client and the real MCP server.

Importing this package loads the MCP SDK (`mcp`); `import bastion` alone does not.
"""

from bastion.adapters.mcp.proxy import DECISION_META_KEY, UPSTREAM_ERROR_META_KEY, BastionProxy, refusal_text
from bastion.adapters.mcp.upstream import Upstream, UpstreamError, stdio_target

__all__ = [
    "DECISION_META_KEY",
    "UPSTREAM_ERROR_META_KEY",
    "BastionProxy",
    "Upstream",
    "UpstreamError",
    "refusal_text",
    "stdio_target",
]
