"""A LangChain agent behind bastion: one tool call allowed, one refused, no API key needed.

    python examples/langchain_agent.py [--audit audit.db]   # then: bastion audit show audit.db

A scripted chat model (langchain-core's FakeMessagesListChatModel) plays the LLM, so the run is
the same every time. It reads a note (allowed: the tool only reads), then tries to write outside
its workspace (refused by the default pack's `deny-path-traversal`). The tools are wrapped, so
the refusal comes back to the model as a tool message and the agent finishes its turn; the file
is never written.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.runnables import RunnableConfig, RunnableLambda
from langchain_core.tools import BaseTool, tool

from bastion import Config
from bastion.adapters.langchain import BastionCallbackHandler
from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import StageContext

POLICIES = Path(__file__).resolve().parent.parent / "policies"


class PrintDecisions:
    """A stage after the policy stage: prints each decision as it is made."""

    name = "print"

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        if isinstance(event, ToolCall) and ctx.decision is not None:
            decision = ctx.decision
            print(f"  bastion: {decision.tool_name}({event.arguments}) -> {decision.verdict.value}")
            print(f"           {'; '.join(decision.reasons)} [{', '.join(decision.policy_ids)}]")


def make_tools(workspace: Path) -> list[BaseTool]:
    @tool
    def read_file(path: str) -> str:
        """Read a file in the workspace."""
        return (workspace / path).read_text(encoding="utf-8")

    @tool
    def write_file(path: str, content: str) -> str:
        """Write a file in the workspace."""
        (workspace / path).write_text(content, encoding="utf-8")
        return f"wrote {path}"

    return [read_file, write_file]


def run_agent(model: FakeMessagesListChatModel, tools: list[BaseTool]) -> RunnableLambda[str, list[BaseMessage]]:
    by_name = {t.name: t for t in tools}

    def loop(request: str, config: RunnableConfig) -> list[BaseMessage]:
        messages: list[BaseMessage] = [SystemMessage("You keep the user's notes."), HumanMessage(request)]
        while True:
            answer = model.invoke(messages, config)
            messages.append(answer)
            if not isinstance(answer, AIMessage) or not answer.tool_calls:
                return messages
            for tool_call in answer.tool_calls:
                messages.append(by_name[tool_call["name"]].invoke(tool_call, config))

    return RunnableLambda(loop, name="agent")


def main() -> int:
    parser = argparse.ArgumentParser(description="A LangChain agent behind bastion: one call allowed, one refused.")
    parser.add_argument("--audit", type=Path, metavar="FILE", help="also write the run to this audit store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "workspace"
        workspace.mkdir()
        (workspace / "notes.txt").write_text("Meeting at 10. Ship the release.", encoding="utf-8")
        tools = make_tools(workspace)
        model = FakeMessagesListChatModel(
            responses=[
                AIMessage("", tool_calls=[{"name": "read_file", "args": {"path": "notes.txt"}, "id": "call-1"}]),
                AIMessage(
                    "",
                    tool_calls=[
                        {
                            "name": "write_file",
                            "args": {"path": "../stolen.txt", "content": "Meeting at 10."},
                            "id": "call-2",
                        }
                    ],
                ),
                AIMessage("I read your notes; I was not allowed to copy them outside the workspace."),
            ]
        )
        config = Config(policies=POLICIES, audit=args.audit)
        handler = BastionCallbackHandler.from_config(
            config,
            tools=tools,
            annotations={"read_file": {"readOnlyHint": True}, "write_file": {"readOnlyHint": False}},
            after_stages=[PrintDecisions()],
            session_id="example",
        )
        with handler:
            print("agent: summarise my notes and keep a copy\n")
            messages = run_agent(model, handler.wrap_tools(tools)).invoke(
                "Summarise my notes and keep a copy", {"callbacks": [handler]}
            )
        print("\nwhat the model saw:")
        for message in messages[2:]:
            if isinstance(message, ToolMessage):
                print(f"  tool {message.name} [{message.status}]: {message.content}")
            elif isinstance(message, AIMessage) and message.content:
                print(f"  model: {message.content}")
        written = (Path(tmp) / "stolen.txt").exists()
        print(f"\n../stolen.txt written: {written}")
        return 1 if written else 0


if __name__ == "__main__":
    raise SystemExit(main())
