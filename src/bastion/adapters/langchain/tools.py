"""Tools that decide their own calls: a refusal is a tool message the model reads, never a run that ends.

`GuardedTool` asks the firewall before it runs its inner tool, in its own `run`/`arun`: no callback
sits between the decision and the tool, so nothing LangChain does with callback errors can let a
refused call through. The handler that built it supplies the firewall and, when it is also in the
run's callbacks, the session (the run tree it tracks); the guarded tool observes the inner tool's
output itself, and the handler lets that call start without deciding it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from langchain_core.messages import ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool
from langchain_core.utils.pydantic import TypeBaseModel
from pydantic import ConfigDict

from bastion.adapters.langchain.guard import Guard, refusal_message
from bastion.errors import AdapterError
from bastion.events import Decision, ToolCall, refusal_text

__all__ = ["GuardedTool", "guard_tools", "refusal_message", "refusal_text"]


class GuardedTool(BaseTool):
    """A LangChain tool that decides each call before running its inner tool.

    It shows the model exactly what its inner tool shows (name, description, schema). A refused call
    returns a `ToolMessage` with `status="error"` (or the refusal's text, when the tool was called
    without a tool call id). Build it with `guard_tools` or a handler's `wrap_tools`.

    Attributes:
        inner: The wrapped tool.
        guard: The handler's guard (its firewall, sessions and approver).

    Raises (from `run`/`arun`):
        AdapterError: Nothing names the conversation the call belongs to (see docs/langchain.md).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    inner: BaseTool
    guard: Guard

    @property
    def args(self) -> dict[str, Any]:
        """The inner tool's arguments."""
        return self.inner.args

    @property
    def tool_call_schema(self) -> Any:
        """The inner tool's schema for the model."""
        return self.inner.tool_call_schema

    def get_input_schema(self, config: RunnableConfig | None = None) -> TypeBaseModel:
        """The inner tool's input schema."""
        return self.inner.get_input_schema(config)

    def _call(self, tool_input: str | dict[str, Any], kwargs: Mapping[str, Any]) -> ToolCall:
        session = self.guard.session_for(
            self.name, kwargs.get("config"), metadata=kwargs.get("metadata"), callbacks=kwargs.get("callbacks")
        )
        return self.guard.call_for(self.name, tool_input, kwargs.get("tool_call_id"), session)

    def run(self, tool_input: str | dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        """Decide the call, then run the inner tool; a refusal becomes a tool message.

        Raises:
            AdapterError: The call's conversation cannot be told (it is refused; nothing ran).
        """
        if self.guard.has_pass(self.name):
            # Decided upstream (the middleware), which also observes the output.
            return self.inner.run(tool_input, *args, **kwargs)
        call = self._call(tool_input, kwargs)
        refusal = self.guard.check(call)
        if refusal is not None:
            return _refusal(refusal, kwargs.get("tool_call_id"))
        with self.guard.passing(self.name):
            try:
                output = self.inner.run(tool_input, *args, **kwargs)
            except Exception as exc:
                self.guard.observe(self.guard.result_events(call, error=exc))
                raise
        self.guard.observe(self.guard.result_events(call, output))
        return output

    async def arun(self, tool_input: str | dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        """Like `run`, awaited (the inner tool's async path)."""
        if self.guard.has_pass(self.name):
            return await self.inner.arun(tool_input, *args, **kwargs)
        call = self._call(tool_input, kwargs)
        refusal = await self.guard.acheck(call)
        if refusal is not None:
            return _refusal(refusal, kwargs.get("tool_call_id"))
        with self.guard.passing(self.name):
            try:
                output = await self.inner.arun(tool_input, *args, **kwargs)
            except Exception as exc:
                await self.guard.aobserve(self.guard.result_events(call, error=exc))
                raise
        await self.guard.aobserve(self.guard.result_events(call, output))
        return output

    def _run(self, *args: Any, **kwargs: Any) -> Any:
        # `run` and `arun` delegate to the inner tool's own; LangChain never reaches this.
        raise AdapterError(f"GuardedTool {self.name!r} runs through run()/arun(), not _run()")


def _refusal(decision: Decision, tool_call_id: object) -> ToolMessage | str:
    if isinstance(tool_call_id, str) and tool_call_id:
        return refusal_message(decision, tool_call_id)
    return refusal_text(decision)


def guard_tools(tools: Iterable[BaseTool], handler: Any) -> list[BaseTool]:
    """Wrap tools so that each decides its calls with the handler's firewall before it runs.

    Args:
        tools: The agent's tools.
        handler: A `BastionCallbackHandler` or `AsyncBastionCallbackHandler` (or a subclass).

    Returns:
        The wrapped tools, in order. A tool already guarded by this handler is returned unchanged.

    Raises:
        AdapterError: `handler` is not a bastion handler.
    """
    guard = getattr(handler, "guard", None)
    if not isinstance(guard, Guard):
        raise AdapterError(f"guard_tools needs a bastion callback handler, not {type(handler).__name__}")
    guarded: list[BaseTool] = []
    for tool in tools:
        if isinstance(tool, GuardedTool) and tool.guard is guard:
            guarded.append(tool)
            continue
        guarded.append(
            GuardedTool(
                name=tool.name,
                description=tool.description,
                args_schema=tool.args_schema,
                return_direct=tool.return_direct,
                response_format=tool.response_format,
                metadata=tool.metadata,
                tags=tool.tags,
                inner=tool,
                guard=guard,
            )
        )
    return guarded
