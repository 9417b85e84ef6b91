"""A stdio MCP server that misbehaves on purpose, written without any MCP library so nothing tidies it up.

Tools: `echo` answers; `crash` exits the process; `hang` never answers; `garbage` writes a line that
is not JSON-RPC and never answers.
"""

import json
import os
import sys

TOOLS = [
    {
        "name": name,
        "description": f"{name} on purpose",
        "inputSchema": {"type": "object", "properties": {}},
        "annotations": {"readOnlyHint": True},
    }
    for name in ("echo", "crash", "hang", "garbage")
]


def reply(message_id: object, result: dict[str, object]) -> None:
    sys.stdout.write(json.dumps({"jsonrpc": "2.0", "id": message_id, "result": result}) + "\n")
    sys.stdout.flush()


for line in sys.stdin:
    message = json.loads(line)
    method, message_id = message.get("method"), message.get("id")
    if message_id is None:
        continue
    if method == "initialize":
        reply(
            message_id,
            {
                "protocolVersion": message["params"]["protocolVersion"],
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "misbehaving", "version": "1"},
            },
        )
    elif method == "tools/list":
        reply(message_id, {"tools": TOOLS})
    elif method == "tools/call":
        name = message["params"]["name"]
        if name == "crash":
            os._exit(3)
        elif name == "garbage":
            sys.stdout.write("this is not JSON-RPC\n")
            sys.stdout.flush()
        elif name == "echo":
            reply(message_id, {"content": [{"type": "text", "text": "echo"}], "isError": False})
    else:
        sys.stdout.write(
            json.dumps({"jsonrpc": "2.0", "id": message_id, "error": {"code": -32601, "message": "Method not found"}})
            + "\n"
        )
        sys.stdout.flush()
