"""Agent middleware for `langchain.agents.create_agent`: refused calls become tool messages.

Needs the `langchain` package (`pip install 'bastion[langchain]'`); the rest of the adapter needs
only langchain-core. The middleware runs each tool as a `GuardedTool`, so the bastion handler
decides the call and a refusal reaches the model as a `ToolMessage` with `status="error"`. Put the
same handler in the run's callbacks to let it see the messages too:

    handler = BastionCallbackHandler.from_config(config, tools=tools)
    agent = create_agent(model, tools, middleware=[BastionMiddleware(handler)])
    agent.invoke({"messages": [...]}, {"callbacks": [handler]})
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from typing import Any

try:
    from langchain.agents.middleware import AgentMiddleware, ToolCallRequest
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "bastion.adapters.langchain.middleware needs the langchain package: pip install 'bastion[langchain]'"
    ) from exc
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool

from bastion.adapters.langchain.tools import guard_tools

__all__ = ["BastionMiddleware"]


class BastionMiddleware(AgentMiddleware):
    """Run every tool call of an agent through bastion; a refusal becomes a tool message.

    Args:
        handler: A `BastionCallbackHandler` (for `invoke`/`stream`) or an
            `AsyncBastionCallbackHandler` (for `ainvoke`/`astream`).
    """

    def __init__(self, handler: BaseCallbackHandler) -> None:
        super().__init__()
        self.handler = handler
        self._guarded: dict[int, tuple[BaseTool, BaseTool]] = {}
        self._lock = threading.Lock()

    def _guard(self, request: ToolCallRequest) -> ToolCallRequest:
        tool = request.tool
        if tool is None:
            # The tool is not registered: the ToolNode answers with its own error message.
            return request
        with self._lock:
            entry = self._guarded.get(id(tool))
            if entry is None or entry[0] is not tool:
                entry = (tool, guard_tools([tool], self.handler)[0])
                self._guarded[id(tool)] = entry
        return request.override(tool=entry[1])

    def wrap_tool_call(
        self, request: ToolCallRequest, handler: Callable[[ToolCallRequest], ToolMessage | Any]
    ) -> ToolMessage | Any:
        """Run the call as a guarded tool."""
        return handler(self._guard(request))

    async def awrap_tool_call(
        self, request: ToolCallRequest, handler: Callable[[ToolCallRequest], Awaitable[ToolMessage | Any]]
    ) -> ToolMessage | Any:
        """Run the call as a guarded tool (async)."""
        return await handler(self._guard(request))
