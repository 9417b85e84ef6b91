// An MCP client built on the official TypeScript SDK, for bastion's integration tests.
//
//   node client.mjs '{"stdio": ["cmd", "arg"]} | {"url": "http://..."}' '[step, ...]'
//
// It declares sampling, elicitation and roots (answered from the options below), runs the steps in
// order and prints one JSON object: each step's result (or error), the sampling and elicitation
// requests it received, the roots requests, and every notification's method and params.
// Steps: {"op": "listTools"}, {"op": "callTool", "name", "arguments", "timeoutMs"?, "noWait"?},
// {"op": "complete", "ref", "argument"}, {"op": "setLevel", "level"}, {"op": "rootsChanged", "roots"},
// {"op": "wait", "ms"}, {"op": "touch", "path"} (create a file: tells a test the steps before are done),
// {"op": "serverInfo"}, {"op": "exit"} (quit at once, no clean close),
// {"op": "callToolTask", "name", "arguments", "ttl"?} (a task-augmented call, polled to its end: the
// stream's messages and the final result or error), {"op": "listTasks"}, {"op": "getTask", "taskId"}.
import { writeFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
} from "@modelcontextprotocol/sdk/types.js";

const target = JSON.parse(process.argv[2]);
const steps = JSON.parse(process.argv[3] ?? "[]");
const options = JSON.parse(process.argv[4] ?? "{}");
const seen = { sampling: [], elicitation: [], roots: 0, notifications: [], steps: [] };
let roots = options.roots ?? [{ uri: "file:///tmp/bastion-client-root", name: "client root" }];

const client = new Client(
  { name: options.name ?? "ts-test-client", version: "1.2.3" },
  { capabilities: { sampling: {}, elicitation: { form: {} }, roots: { listChanged: true } } },
);
client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
  seen.sampling.push(request.params);
  return { role: "assistant", content: { type: "text", text: options.samplingAnswer ?? "sampled by the client" }, model: "test-model", stopReason: "endTurn" };
});
client.setRequestHandler(ElicitRequestSchema, async (request) => {
  seen.elicitation.push(request.params);
  return options.elicitationAnswer ?? { action: "decline" };
});
client.setRequestHandler(ListRootsRequestSchema, async () => {
  seen.roots += 1;
  return { roots };
});
client.fallbackNotificationHandler = async (notification) => {
  seen.notifications.push({ method: notification.method, params: notification.params });
};

const transport = target.stdio
  ? new StdioClientTransport({ command: target.stdio[0], args: target.stdio.slice(1), env: { ...process.env, ...(target.env ?? {}) }, stderr: "inherit" })
  : new StreamableHTTPClientTransport(new URL(target.url));

function done() {
  process.stdout.write(JSON.stringify(seen) + "\n");
}

await client.connect(transport);
seen.pid = transport.pid ?? null;
for (const step of steps) {
  try {
    let result;
    if (step.op === "listTools") result = await client.listTools();
    else if (step.op === "callTool") {
      const call = client.callTool({ name: step.name, arguments: step.arguments ?? {} }, undefined, { timeout: step.timeoutMs ?? 60000 });
      if (step.noWait) {
        call.catch(() => {});
        result = { sent: true };
      } else result = await call;
    } else if (step.op === "callToolTask") {
      const messages = [];
      const stream = client.experimental.tasks.callToolStream(
        { name: step.name, arguments: step.arguments ?? {} },
        undefined,
        { task: { ttl: step.ttl ?? 60000 }, timeout: step.timeoutMs ?? 60000 },
      );
      for await (const message of stream) {
        if (message.type === "error") messages.push({ type: "error", error: String(message.error?.message ?? message.error) });
        else if (message.type === "result") messages.push({ type: "result", result: message.result });
        else messages.push({ type: message.type, task: message.task });
      }
      result = { messages };
    } else if (step.op === "listTasks") result = await client.experimental.tasks.listTasks();
    else if (step.op === "getTask") result = await client.experimental.tasks.getTask(step.taskId);
    else if (step.op === "complete") result = await client.complete({ ref: step.ref, argument: step.argument });
    else if (step.op === "setLevel") result = await client.setLoggingLevel(step.level);
    else if (step.op === "rootsChanged") {
      roots = step.roots;
      await client.sendRootsListChanged();
      result = {};
    } else if (step.op === "wait") {
      await new Promise((resolve) => setTimeout(resolve, step.ms));
      result = {};
    } else if (step.op === "touch") {
      writeFileSync(step.path, "");
      result = {};
    } else if (step.op === "serverInfo") result = { info: client.getServerVersion(), capabilities: client.getServerCapabilities() };
    else if (step.op === "exit") {
      done();
      process.exit(0);
    } else throw new Error(`unknown step ${step.op}`);
    seen.steps.push({ op: step.op, result });
  } catch (error) {
    seen.steps.push({ op: step.op, error: String(error?.message ?? error), code: error?.code ?? null });
  }
}
await client.close();
done();
