"""Serve MCP on the process's stdin and stdout without a thread hop per message.

The SDK's `stdio_server` reads and writes through `anyio.wrap_file`, which runs every line read, write
and flush in a worker thread; on a busy machine each hop costs up to a millisecond, paid on every
message a wrapper relays. When stdin and stdout are pipes or sockets (as they are when an MCP client
launches bastion), this transport reads and writes them with the event loop directly. For anything
else (a terminal, a regular file) it uses the SDK's transport.

As the SDK's does, it takes fds 0 and 1 for the wire while serving and points them at /dev/null and
stderr, so a stray `print` cannot corrupt the protocol; they are restored on exit.
"""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import mcp_types as types
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from mcp.shared.message import SessionMessage

__all__ = ["stdio_streams"]

_LINE_LIMIT = 64 * 1024 * 1024


def _is_streamable(fd: int) -> bool:
    mode = os.fstat(fd).st_mode
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


@asynccontextmanager
async def stdio_streams() -> AsyncIterator[
    tuple[MemoryObjectReceiveStream[SessionMessage | Exception], MemoryObjectSendStream[SessionMessage]]
]:
    """The (read, write) message streams of an MCP server on this process's stdin and stdout.

    Returns:
        A context manager yielding the streams `Server.run` takes.
    """
    if not (_is_streamable(0) and _is_streamable(1)):
        from mcp.server.stdio import stdio_server

        async with stdio_server() as streams:
            yield streams
        return

    wire_in, wire_out = os.dup(0), os.dup(1)
    saved_in, saved_out = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    os.dup2(2, 1)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=_LINE_LIMIT)
    in_file = os.fdopen(wire_in, "rb", buffering=0)
    out_file = os.fdopen(wire_out, "wb", buffering=0)
    read_transport: Any = None
    write_transport: Any = None
    try:
        read_transport, _ = await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), in_file)
        write_transport, write_protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, out_file)
        writer = asyncio.StreamWriter(write_transport, write_protocol, None, loop)

        incoming_send, incoming = anyio.create_memory_object_stream[SessionMessage | Exception](0)
        outgoing, outgoing_receive = anyio.create_memory_object_stream[SessionMessage](0)

        async def read_lines() -> None:
            async with incoming_send:
                while True:
                    try:
                        line = await reader.readline()
                    except (ValueError, asyncio.LimitOverrunError) as exc:
                        await incoming_send.send(exc)
                        continue
                    if not line:
                        return
                    if not line.strip():
                        continue
                    try:
                        message = types.jsonrpc_message_adapter.validate_json(line, by_name=False)
                    except Exception as exc:
                        # A malformed line goes to the server as an error item, as the SDK's transport does.
                        await incoming_send.send(exc)
                        continue
                    await incoming_send.send(SessionMessage(message))

        async def write_lines() -> None:
            async with outgoing_receive:
                async for session_message in outgoing_receive:
                    text = session_message.message.model_dump_json(by_alias=True, exclude_unset=True)
                    writer.write(text.encode("utf-8") + b"\n")
                    await writer.drain()

        async with anyio.create_task_group() as group:
            group.start_soon(read_lines)
            group.start_soon(write_lines)
            try:
                yield incoming, outgoing
            finally:
                group.cancel_scope.cancel()
    finally:
        for transport in (read_transport, write_transport):
            if transport is not None:
                transport.close()
        for file in (in_file, out_file):
            if not file.closed:
                file.close()
        os.dup2(saved_in, 0)
        os.dup2(saved_out, 1)
        os.close(saved_in)
        os.close(saved_out)
