"""bastion: a firewall for the tool calls of LLM agents.

`import bastion` loads neither torch, the MCP SDK nor LangChain; they load when first needed.
"""

from bastion.catalog import Catalog, ToolDescription
from bastion.config import Config
from bastion.errors import (
    AdapterError,
    BastionError,
    CatalogError,
    ConfigError,
    PolicyError,
    StoreError,
    ToolCallBlocked,
    TraceError,
)
from bastion.events import Decision, Message, Outcome, ToolCall, ToolResult, Verdict
from bastion.firewall import Firewall, Stage, StageContext, SyncFirewall, load_firewall
from bastion.trace import read_trace, write_events

__all__ = [
    "AdapterError",
    "BastionError",
    "Catalog",
    "CatalogError",
    "Config",
    "ConfigError",
    "Decision",
    "Firewall",
    "Message",
    "Outcome",
    "PolicyError",
    "Stage",
    "StageContext",
    "StoreError",
    "SyncFirewall",
    "ToolCall",
    "ToolCallBlocked",
    "ToolDescription",
    "ToolResult",
    "TraceError",
    "Verdict",
    "__version__",
    "load_firewall",
    "read_trace",
    "write_events",
]

__version__ = "0.1.0"
