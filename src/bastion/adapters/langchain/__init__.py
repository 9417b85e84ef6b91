"""bastion for LangChain: a callback handler (sync and async), guarded tools, catalog conversion.

    handler = BastionCallbackHandler.from_config(Config(policies="policies"), tools=tools)
    agent_tools = handler.wrap_tools(tools)          # optional: refusals become tool messages
    model.invoke(messages, config={"callbacks": [handler]})

Needs `langchain-core` (`pip install bastion` brings it).
"""

try:
    import langchain_core  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without the dependency
    raise ImportError("bastion.adapters.langchain needs langchain-core: pip install 'langchain-core>=1,<2'") from exc

from bastion.adapters.langchain.callback import (
    Approver,
    AsyncBastionCallbackHandler,
    BastionCallbackHandler,
    ToolCallAborted,
)
from bastion.adapters.langchain.catalog import catalog_from_tools, tool_description
from bastion.adapters.langchain.tools import GuardedTool, guard_tools, refusal_message, refusal_text

__all__ = [
    "Approver",
    "AsyncBastionCallbackHandler",
    "BastionCallbackHandler",
    "GuardedTool",
    "ToolCallAborted",
    "catalog_from_tools",
    "guard_tools",
    "refusal_message",
    "refusal_text",
    "tool_description",
]
