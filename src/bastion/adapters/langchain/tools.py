"""Tools that answer a refusal with a tool message the model reads, instead of ending the run.

A callback can only raise, and an exception from a tool's start ends the agent's run. `GuardedTool`
runs its inner tool with the bastion handler attached; when the handler refuses the call, the tool
returns a `ToolMessage` with `status="error"` that says why, and the model continues from it. The
decision is made once, by the handler, so wrapped tools and a handler on the run never decide twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from langchain_core.callbacks import AsyncCallbackHandler, BaseCallbackHandler, BaseCallbackManager
from langchain_core.messages import ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool
from langchain_core.utils.pydantic import TypeBaseModel
from pydantic import ConfigDict

from bastion.errors import AdapterError, ToolCallAborted, ToolCallBlocked
from bastion.events import Decision, refusal_text

__all__ = ["GuardedTool", "guard_tools", "refusal_message", "refusal_text"]


def refusal_message(decision: Decision, tool_call_id: str) -> ToolMessage:
    """The tool message for a refused call; the Decision travels as its artifact (not shown to the model).

    Args:
        decision: The refusing Decision.
        tool_call_id: The model's id of the call.

    Returns:
        A `ToolMessage` with `status="error"`.
    """
    return ToolMessage(
        content=refusal_text(decision),
        tool_call_id=tool_call_id,
        name=decision.tool_name,
        status="error",
        artifact={"bastion_decision": decision.to_record()},
    )


class GuardedTool(BaseTool):
    """A LangChain tool whose refused calls come back as tool messages.

    It shows the model exactly what its inner tool shows (name, description, schema), runs the
    inner tool with the bastion handler among its callbacks, and turns `ToolCallBlocked` into a
    refusal. Build it with `guard_tools` or a handler's `wrap_tools`.

    Attributes:
        inner: The wrapped tool (a copy with the handler attached).
        handler: The bastion callback handler that decides its calls.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    inner: BaseTool
    handler: BaseCallbackHandler

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

    def run(self, tool_input: str | dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        """Run the inner tool; a refusal becomes a tool message (or its text, without a tool call id).

        Raises:
            AdapterError: The handler is async; in a sync run LangChain would ignore its refusals.
        """
        if isinstance(self.handler, AsyncCallbackHandler):
            raise AdapterError(
                f"tool {self.name!r} is guarded by an async handler, which cannot refuse calls in a "
                "synchronous run; use ainvoke(), or guard the tools with BastionCallbackHandler"
            )
        try:
            return self.inner.run(tool_input, *args, **kwargs)
        except ToolCallBlocked as blocked:
            return self._refusal(blocked.decision, kwargs.get("tool_call_id"))

    async def arun(self, tool_input: str | dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        """Run the inner tool asynchronously; a refusal becomes a tool message."""
        try:
            return await self.inner.arun(tool_input, *args, **kwargs)
        except ToolCallBlocked as blocked:
            return self._refusal(blocked.decision, kwargs.get("tool_call_id"))
        except ToolCallAborted as aborted:
            return self._refusal(aborted.decision, kwargs.get("tool_call_id"))

    def _run(self, *args: Any, **kwargs: Any) -> Any:
        # `run` and `arun` delegate to the inner tool's own; LangChain never reaches this.
        raise AdapterError(f"GuardedTool {self.name!r} runs through run()/arun(), not _run()")

    @staticmethod
    def _refusal(decision: Decision, tool_call_id: object) -> ToolMessage | str:
        if isinstance(tool_call_id, str) and tool_call_id:
            return refusal_message(decision, tool_call_id)
        return refusal_text(decision)


def _with_handler(tool: BaseTool, handler: BaseCallbackHandler) -> BaseTool:
    callbacks = tool.callbacks
    if callbacks is None:
        attached: Any = [handler]
    elif isinstance(callbacks, BaseCallbackManager):
        attached = callbacks.copy()
        attached.add_handler(handler, inherit=False)
    else:
        attached = [*callbacks] if handler in callbacks else [*callbacks, handler]
    return tool.model_copy(update={"callbacks": attached})


def guard_tools(tools: Iterable[BaseTool], handler: BaseCallbackHandler) -> list[BaseTool]:
    """Wrap tools so that the handler decides each call and a refusal becomes a tool message.

    The handler is attached to each tool itself (not inherited by what the tool calls), so the
    tools are guarded whether or not the run's callbacks include it; when they do, LangChain
    calls it once.

    Args:
        tools: The agent's tools.
        handler: A `BastionCallbackHandler` or `AsyncBastionCallbackHandler`.

    Returns:
        The wrapped tools, in order. Wrapping a `GuardedTool` again returns it unchanged.
    """
    guarded: list[BaseTool] = []
    for tool in tools:
        if isinstance(tool, GuardedTool):
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
                inner=_with_handler(tool, handler),
                handler=handler,
            )
        )
    return guarded
