"""Agent middleware for `langchain.agents.create_agent`: every tool call is decided before it runs.

Needs the `langchain` package (`pip install 'bastion[langchain]'`); the rest of the adapter needs
only langchain-core. The middleware wraps the agent's tool execution (`wrap_tool_call`): it observes
the conversation in the agent's state, decides the call, and either runs it or answers it with a
`ToolMessage` (`status="error"`) that says it did not run. No callback stands between the decision
and the tool, and the history stays valid (every call gets its answer):

    handler = BastionCallbackHandler.from_config(config, tools=tools)
    agent = create_agent(model, tools, middleware=[BastionMiddleware(handler)])
    agent.invoke({"messages": [...]}, {"configurable": {"thread_id": "conv-42"}})
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

try:
    from langchain.agents.middleware import AgentMiddleware, ToolCallRequest
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "bastion.adapters.langchain.middleware needs the langchain package: pip install 'bastion[langchain]'"
    ) from exc
from langchain_core.messages import ToolMessage

from bastion.adapters.langchain.guard import Guard
from bastion.errors import AdapterError

__all__ = ["BastionMiddleware"]


class BastionMiddleware(AgentMiddleware):
    """Decide every tool call of an agent before it runs; a refusal becomes the call's tool message.

    Args:
        handler: A `BastionCallbackHandler` or `AsyncBastionCallbackHandler` (either works with
            `invoke`, `stream`, `ainvoke` and `astream`). Put it in the run's callbacks too if you
            like: it then also sees the model's answers, and decides nothing twice.

    Raises:
        AdapterError: `handler` is not a bastion handler.
    """

    def __init__(self, handler: Any) -> None:
        super().__init__()
        guard = getattr(handler, "guard", None)
        if not isinstance(guard, Guard):
            raise AdapterError(f"BastionMiddleware needs a bastion callback handler, not {type(handler).__name__}")
        self.handler = handler
        self.guard = guard

    def wrap_tool_call(
        self, request: ToolCallRequest, handler: Callable[[ToolCallRequest], ToolMessage | Any]
    ) -> ToolMessage | Any:
        """Decide the call, then run it or answer it with the refusal."""
        return self.guard.wrap_tool_call(request, handler)

    async def awrap_tool_call(
        self, request: ToolCallRequest, handler: Callable[[ToolCallRequest], Awaitable[ToolMessage | Any]]
    ) -> ToolMessage | Any:
        """Decide the call, then run it or answer it with the refusal (async)."""
        return await self.guard.awrap_tool_call(request, handler)
