"""Fixtures for the MCP wrapper: an in-process upstream with side effects the tests can inspect."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import ToolAnnotations

from bastion.config import Config

REPO = Path(__file__).resolve().parents[3]


@dataclass
class Notes:
    """What the in-process upstream did: every call that reached it, and its notes."""

    calls: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


def notes_server(notes: Notes) -> MCPServer:
    """An upstream MCP server whose tools cover the annotation groups of the default policy pack."""
    server = MCPServer("notes", instructions="Keeps notes.")

    @server.tool(annotations=ToolAnnotations(read_only_hint=True))
    def read_note(title: str) -> str:
        """Read a note."""
        notes.calls.append("read_note")
        return notes.notes.get(title, f"no note called {title}")

    @server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False))
    def write_note(title: str, text: str) -> str:
        """Write a note."""
        notes.calls.append("write_note")
        notes.notes[title] = text
        return f"saved {title}"

    @server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=True))
    def delete_note(title: str) -> str:
        """Delete a note."""
        notes.calls.append("delete_note")
        notes.notes.pop(title, None)
        return f"deleted {title}"

    @server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=True))
    def mail_note(title: str, to: str) -> str:
        """Mail a note to someone."""
        notes.calls.append("mail_note")
        return f"mailed {title} to {to}"

    @server.tool(annotations=ToolAnnotations(read_only_hint=True))
    def broken(title: str) -> str:
        """A tool that fails."""
        notes.calls.append("broken")
        raise ToolError(f"cannot read {title}")

    @server.prompt()
    def summarize(title: str) -> str:
        """Summarize a note."""
        return f"Summarize the note {title}."

    @server.resource("notes://index")
    def index() -> str:
        """The list of notes."""
        return ", ".join(sorted(notes.notes)) or "(none)"

    return server


@pytest.fixture
def notes() -> Notes:
    return Notes(notes={"todo": "buy milk"})


@pytest.fixture
def notes_upstream(notes: Notes) -> MCPServer:
    return notes_server(notes)


@pytest.fixture
def config() -> Config:
    # The cautious profile: destructive tools are denied and open-world side effects ask, whatever the
    # signals say, so that a plain call exercises the wrapper's refusals.
    return Config(policies=REPO / "policies", profile="ask-side-effects")
