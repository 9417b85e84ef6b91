// A small MCP server for bastion's tests: a tool that runs as a task, and what the server sees of its client.
//
//   node probe-server.mjs MARKER_DIR
//
// `write_marker {name}` writes MARKER_DIR/name when its task runs (MCP tasks, protocol 2025-11-25), so a
// test can tell whether a call ran by the file alone. Its task support is optional: a task-augmented
// call gets a task to poll, a plain call waits for it. `whoami` answers with the client's name, version
// and capabilities as the server received them at the handshake.
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { InMemoryTaskMessageQueue, InMemoryTaskStore } from "@modelcontextprotocol/sdk/experimental/tasks";
import { z } from "zod";

const markers = process.argv[2];
const taskStore = new InMemoryTaskStore();
const server = new McpServer(
  { name: "probe-server", version: "1.0.0" },
  {
    capabilities: { tools: {}, tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } } },
    taskStore,
    taskMessageQueue: new InMemoryTaskMessageQueue(),
  },
);

server.experimental.tasks.registerToolTask(
  "write_marker",
  {
    description: "Writes a marker file with the given name.",
    inputSchema: { name: z.string() },
    execution: { taskSupport: "optional" },
    annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: false },
  },
  {
    createTask: async (args, extra) => {
      const task = await extra.taskStore.createTask({ ttl: 60000, pollInterval: 200 });
      setTimeout(async () => {
        writeFileSync(join(markers, basename(args.name)), "ran\n");
        await extra.taskStore.storeTaskResult(task.taskId, "completed", {
          content: [{ type: "text", text: `wrote ${basename(args.name)}` }],
        });
      }, 300);
      return { task };
    },
    getTask: async (args, extra) => await extra.taskStore.getTask(extra.taskId),
    getTaskResult: async (args, extra) => await extra.taskStore.getTaskResult(extra.taskId),
  },
);

server.registerTool(
  "whoami",
  { description: "The client as this server sees it.", annotations: { readOnlyHint: true } },
  async () => ({
    content: [
      {
        type: "text",
        text: JSON.stringify({
          clientInfo: server.server.getClientVersion(),
          capabilities: server.server.getClientCapabilities(),
        }),
      },
    ],
  }),
);

await server.connect(new StdioServerTransport());
process.on("SIGTERM", () => {
  taskStore.cleanup();
  process.exit(0);
});
