"""The upstream connection against a real subprocess that crashes, hangs and speaks garbage."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import anyio
import mcp_types as types
import pytest
from mcp import Client, StdioServerParameters

from bastion.adapters.mcp import UPSTREAM_ERROR_META_KEY, BastionProxy, Upstream, UpstreamError, stdio_target
from bastion.config import Config
from bastion.errors import AdapterError

MISBEHAVING = Path(__file__).parent / "servers" / "misbehaving.py"


def misbehaving() -> StdioServerParameters:
    return StdioServerParameters(command=sys.executable, args=[str(MISBEHAVING)])


def text_of(result: types.CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, types.TextContent))


@pytest.mark.slow
async def test_upstream_crash_gives_a_clear_error_and_the_next_call_gets_a_new_upstream(config: Config) -> None:
    async with Upstream(misbehaving(), mode="legacy", call_timeout=10) as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            assert text_of(await client.call_tool("echo", {})) == "echo"
            crashed = await client.call_tool("crash", {})
            after = await client.call_tool("echo", {})
            listed = await client.list_tools()
            (link,) = proxy.links
            connections = link.upstream.connections
    assert crashed.is_error
    assert "closed the connection (it exited or crashed)" in text_of(crashed)
    assert crashed.meta is not None
    assert crashed.meta[UPSTREAM_ERROR_META_KEY]["kind"] == "closed"
    assert crashed.meta[UPSTREAM_ERROR_META_KEY]["reached"] is True
    assert "outcome is unknown" in text_of(crashed)
    # The crashed call is not retried (its outcome is unknown); the next call runs on a new process.
    assert connections == 2
    assert not after.is_error
    assert text_of(after) == "echo"
    assert [tool.name for tool in listed.tools] == ["echo", "crash", "hang", "garbage"]


def children_running(script: str) -> list[int]:
    """This process's children running the script."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if parent == os.getpid() and script.encode() in command:
            found.append(int(entry.name))
    return found


@pytest.mark.slow
async def test_an_upstream_that_died_while_idle_is_replaced_before_the_next_call_is_sent(config: Config) -> None:
    async with Upstream(misbehaving(), mode="legacy", call_timeout=10) as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            assert text_of(await client.call_tool("echo", {})) == "echo"
            for pid in children_running(str(MISBEHAVING)):
                os.kill(pid, signal.SIGKILL)
            (link,) = proxy.links
            with anyio.fail_after(10):
                while link.upstream.is_connected and not link.upstream._is_gone_while_idle():
                    await anyio.sleep(0.05)
            after = await client.call_tool("echo", {})
            connections = link.upstream.connections
    # The call never reached the dead server, so it ran on a new one rather than failing as "unknown".
    assert not after.is_error, text_of(after)
    assert text_of(after) == "echo"
    assert connections == 2


@pytest.mark.slow
async def test_an_upstream_that_cannot_be_restarted_keeps_answering_with_an_error(
    config: Config, tmp_path: Path
) -> None:
    # The server runs from a copy that is deleted once it has started: the restart after the crash fails.
    script = tmp_path / "misbehaving.py"
    script.write_text(MISBEHAVING.read_text())
    target = StdioServerParameters(command=sys.executable, args=[str(script)])
    async with Upstream(target, mode="legacy", call_timeout=10, connect_timeout=10) as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            assert text_of(await client.call_tool("echo", {})) == "echo"
            script.unlink()
            crashed = await client.call_tool("crash", {})
            first = await client.call_tool("echo", {})
            second = await client.call_tool("echo", {})
    assert crashed.is_error
    for result in (first, second):
        assert result.is_error
        assert result.meta is not None
        assert result.meta[UPSTREAM_ERROR_META_KEY]["kind"] == "closed"
        assert result.meta[UPSTREAM_ERROR_META_KEY]["reached"] is False
        assert "never reached the upstream MCP server" in text_of(result)
        assert "could not connect to upstream" in text_of(result)


@pytest.mark.slow
async def test_upstream_that_never_answers_times_out(config: Config) -> None:
    async with Upstream(misbehaving(), mode="legacy", call_timeout=0.5) as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            hung = await client.call_tool("hang", {})
            after = await client.call_tool("echo", {})
    assert hung.is_error
    assert "did not answer tools/call 'hang' within 0.5 s" in text_of(hung)
    assert text_of(after) == "echo"


@pytest.mark.slow
async def test_upstream_speaking_malformed_json_rpc_is_reported_as_such(config: Config) -> None:
    async with Upstream(misbehaving(), mode="legacy", call_timeout=0.5) as upstream:
        proxy = await BastionProxy.start(upstream, config)
        async with proxy, Client(proxy.server, mode="legacy") as client:
            garbled = await client.call_tool("garbage", {})
            after = await client.call_tool("echo", {})
    assert garbled.is_error
    assert garbled.meta is not None
    assert garbled.meta[UPSTREAM_ERROR_META_KEY]["kind"] == "malformed"
    assert "malformed messages" in text_of(garbled)
    assert text_of(after) == "echo"


async def test_upstream_command_that_does_not_exist_is_named() -> None:
    with pytest.raises(AdapterError, match="no-such-mcp-server"):
        stdio_target(["no-such-mcp-server", "--flag"])


@pytest.mark.slow
async def test_upstream_that_exits_at_once_fails_to_connect_with_its_command_named() -> None:
    target = StdioServerParameters(command=sys.executable, args=["-c", "pass"])
    with pytest.raises(UpstreamError, match="could not connect to upstream") as caught:
        async with Upstream(target, connect_timeout=10):
            pass
    assert caught.value.kind == "closed"
