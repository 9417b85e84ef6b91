"""bastion for LangChain: callback handlers, guarded tools, a LangGraph tool node, catalog conversion.

    handler = BastionCallbackHandler.from_config(Config(policies="policies"), tools=tools)
    agent = create_agent(model, tools, middleware=[BastionMiddleware(handler)])   # langchain
    tool_node = handler.tool_node(tools)                                         # LangGraph
    agent_tools = handler.wrap_tools(tools)                                      # any loop
    model.invoke(messages, config={"callbacks": [handler]})                      # observe, and raise

Needs `langchain-core` (`pip install bastion` brings it).
"""

try:
    import langchain_core  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without the dependency
    raise ImportError("bastion.adapters.langchain needs langchain-core: pip install 'langchain-core>=1,<2'") from exc

from bastion.adapters.langchain.callback import AsyncBastionCallbackHandler, BastionCallbackHandler
from bastion.adapters.langchain.catalog import catalog_from_tools, tool_description
from bastion.adapters.langchain.guard import Approver, Guard
from bastion.adapters.langchain.runs import conversation_session
from bastion.adapters.langchain.tools import GuardedTool, guard_tools, refusal_message, refusal_text

__all__ = [
    "Approver",
    "AsyncBastionCallbackHandler",
    "BastionCallbackHandler",
    "Guard",
    "GuardedTool",
    "catalog_from_tools",
    "conversation_session",
    "guard_tools",
    "refusal_message",
    "refusal_text",
    "tool_description",
]
