"""`bastion mcp` as a client nobody here wrote sees it: the official TypeScript SDK client.

`tests/servers/client.mjs` drives the client (installed by `scripts/install-test-servers` from the
lock file) against the reference server-everything from npm, directly and through bastion, over
stdio and streamable HTTP. Each test compares with what the unwrapped server does, or checks a side
effect (a process that must be gone, a notification that must not arrive).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.adapters.mcp.test_servers import REPO, bastion_env, free_port, listening

SERVERS = REPO / "tests" / "servers"
CLIENT = SERVERS / "client.mjs"
EVERYTHING_JS = SERVERS / "node_modules" / "@modelcontextprotocol" / "server-everything" / "dist" / "index.js"
TS_SDK = SERVERS / "node_modules" / "@modelcontextprotocol" / "sdk" / "package.json"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (EVERYTHING_JS.is_file() and TS_SDK.is_file()) or shutil.which("node") is None,
        reason="server-everything and the TypeScript SDK are not installed: run scripts/install-test-servers",
    ),
]


def everything(*extra: str) -> list[str]:
    return ["node", str(EVERYTHING_JS), "stdio", *extra]


def wrapped(policies: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "bastion.cli.main", "mcp", "--policies", str(policies), *options, "--", *everything()]


TRANSPORTS = ["stdio", "http"]


@contextmanager
def served(transport: str, command: list[str], env: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """The client's target for a `bastion mcp` command line: run by the client over stdio, or listening on HTTP."""
    if transport == "stdio":
        yield {"stdio": command, "process_env": dict(env or {})}
    else:
        with listening(command, env) as url:
            yield {"url": url}


def run_client(
    target: dict[str, Any], steps: list[Any], options: dict[str, Any] | None = None, timeout: float = 120
) -> dict[str, Any]:
    """Run the TypeScript client through the steps; its JSON report."""
    target = dict(target)
    env = {**os.environ, **bastion_env(), **target.pop("process_env", {})}
    done = subprocess.run(
        ["node", str(CLIENT), json.dumps(target), json.dumps(steps), json.dumps(options or {})],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=SERVERS,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def result_of(report: dict[str, Any], index: int) -> dict[str, Any]:
    step = report["steps"][index]
    assert "result" in step, step
    result: dict[str, Any] = step["result"]
    return result


def text(result: dict[str, Any]) -> str:
    return "\n".join(block["text"] for block in result.get("content", []) if block.get("type") == "text")


@pytest.fixture
def open_policies(tmp_path: Path) -> Path:
    """The default pack without the approval rule for side-effecting tools (server-everything marks its
    sampling and elicitation tools open-world), so those calls run and their relays can be seen."""
    policies = tmp_path / "policies"
    shutil.copytree(REPO / "policies", policies)
    (policies / "side_effects.cedar").unlink(missing_ok=True)
    return policies


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_the_client_lists_the_same_sixteen_tools_directly_and_through_bastion(
    open_policies: Path, transport: str
) -> None:
    direct = run_client({"stdio": everything()}, [{"op": "listTools"}, {"op": "serverInfo"}])
    with served(transport, wrapped(open_policies)) as target:
        through = run_client(target, [{"op": "listTools"}, {"op": "serverInfo"}])
    direct_tools = [tool["name"] for tool in result_of(direct, 0)["tools"]]
    assert len(direct_tools) == 16
    assert [tool["name"] for tool in result_of(through, 0)["tools"]] == direct_tools
    assert result_of(through, 0)["tools"] == result_of(direct, 0)["tools"]
    # Every capability the server declares, logging and tasks included, and nothing more.
    capabilities = result_of(through, 1)["capabilities"]
    assert {"tools", "prompts", "resources", "logging", "completions", "tasks"} <= set(capabilities)
    assert capabilities == result_of(direct, 1)["capabilities"]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_sampling_request_of_the_server_reaches_the_client_through_bastion(
    open_policies: Path, transport: str
) -> None:
    steps = [{"op": "callTool", "name": "trigger-sampling-request", "arguments": {"prompt": "say hi", "maxTokens": 5}}]
    with served(transport, wrapped(open_policies)) as target:
        report = run_client(target, steps, {"samplingAnswer": "hello from the client model"})
    result = result_of(report, 0)
    assert "isError" not in result
    assert "hello from the client model" in text(result)
    assert len(report["sampling"]) == 1
    assert "say hi" in json.dumps(report["sampling"][0]["messages"])


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_roots_come_from_the_client_and_follow_its_changes(open_policies: Path, transport: str) -> None:
    steps = [
        {"op": "callTool", "name": "get-roots-list"},
        {"op": "rootsChanged", "roots": [{"uri": "file:///srv/changed-root", "name": "changed"}]},
        {"op": "wait", "ms": 500},
        {"op": "callTool", "name": "get-roots-list"},
    ]
    with served(transport, wrapped(open_policies)) as target:
        report = run_client(target, steps)
    assert "file:///tmp/bastion-client-root" in text(result_of(report, 0))
    assert "file:///srv/changed-root" in text(result_of(report, 3))
    assert report["roots"] >= 2


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_completion_and_log_level_reach_the_server(open_policies: Path, transport: str) -> None:
    steps = [
        {
            "op": "complete",
            "ref": {"type": "ref/prompt", "name": "completable-prompt"},
            "argument": {"name": "department", "value": "E"},
        },
        {"op": "setLevel", "level": "debug"},
    ]
    direct = run_client({"stdio": everything()}, steps)
    with served(transport, wrapped(open_policies)) as target:
        through = run_client(target, steps)
    assert result_of(through, 0) == result_of(direct, 0)
    assert result_of(through, 0)["completion"]["values"] == ["Engineering"]
    assert result_of(through, 1) == {}


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_the_server_gets_bastions_environment_less_what_the_configuration_denies(
    open_policies: Path, tmp_path: Path, transport: str
) -> None:
    marker = {"BASTION_TEST_API_KEY": "k-123", "BASTION_TEST_DATA": "d-456"}
    steps = [{"op": "callTool", "name": "get-env"}]
    with served(transport, wrapped(open_policies), marker) as target:
        passed = run_client(target, steps)
    env = json.loads(text(result_of(passed, 0)))
    assert env["BASTION_TEST_API_KEY"] == "k-123"
    assert env["BASTION_TEST_DATA"] == "d-456"

    config = tmp_path / "bastion.toml"
    config.write_text('[upstream_env]\ndeny = ["BASTION_TEST_API_*"]\n')
    with served(transport, wrapped(open_policies, "--config", str(config)), marker) as target:
        narrowed = run_client(target, steps)
    env = json.loads(text(result_of(narrowed, 0)))
    assert "BASTION_TEST_API_KEY" not in env
    assert env["BASTION_TEST_DATA"] == "d-456"


@pytest.fixture
def http_everything(open_policies: Path) -> Iterator[str]:
    with listening(wrapped(open_policies)) as url:
        yield url


def test_two_http_clients_each_get_their_own_upstream_session(http_everything: str) -> None:
    # Client A turns on the server's simulated log messages and is given roots of its own; client B,
    # connected at the same time, must see neither A's log messages nor A's roots.
    a_steps = [
        {"op": "setLevel", "level": "debug"},
        {"op": "callTool", "name": "toggle-simulated-logging"},
        {"op": "wait", "ms": 4000},
        {"op": "callTool", "name": "get-roots-list"},
    ]
    b_steps = [{"op": "wait", "ms": 4000}, {"op": "callTool", "name": "get-roots-list"}]
    env = {**os.environ, **bastion_env()}
    clients = [
        subprocess.Popen(
            ["node", str(CLIENT), json.dumps({"url": http_everything}), json.dumps(steps), json.dumps(options)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=SERVERS,
        )
        for steps, options in (
            (a_steps, {"roots": [{"uri": "file:///a-root", "name": "a"}]}),
            (b_steps, {"roots": [{"uri": "file:///b-root", "name": "b"}]}),
        )
    ]
    reports = []
    for client in clients:
        out, err = client.communicate(timeout=120)
        assert client.returncode == 0, err[-3000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    a, b = reports
    # Each session is told of its own roots; the simulated log messages are A's alone.
    assert simulated_logs(a) != []
    assert simulated_logs(b) == []
    assert "file:///a-root" in text(result_of(a, 3))
    assert "file:///b-root" in text(result_of(b, 1))
    assert "file:///a-root" not in text(result_of(b, 1))


def simulated_logs(report: dict[str, Any]) -> list[Any]:
    return [
        n["params"]
        for n in report["notifications"]
        if n["method"] == "notifications/message" and "Roots updated" not in json.dumps(n["params"])
    ]


def processes_with(marker: str) -> list[int]:
    """The pids of live processes whose environment carries the marker."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if f"BASTION_ORPHAN_MARKER={marker}".encode() in environ and state != "Z":
            found.append(int(entry.name))
    return found


def wait_until_gone(marker: str, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (alive := processes_with(marker)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return alive


def upstream_pids(marker: str) -> list[int]:
    """Node processes (the upstream servers) carrying the marker, waiting for one to appear."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        pids = [
            pid for pid in processes_with(marker) if b"server-everything" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]
        if pids:
            return pids
        time.sleep(0.2)
    pytest.fail("no upstream process appeared")


def test_a_client_that_goes_away_during_a_hung_call_leaves_no_upstream_running(open_policies: Path) -> None:
    marker = uuid.uuid4().hex
    steps = [
        {
            "op": "callTool",
            "name": "trigger-long-running-operation",
            "arguments": {"duration": 600, "steps": 2},
            "noWait": True,
        },
        {"op": "wait", "ms": 1500},
        {"op": "exit"},
    ]
    report = run_client({"stdio": wrapped(open_policies), "process_env": {"BASTION_ORPHAN_MARKER": marker}}, steps)
    assert report["steps"][0]["result"] == {"sent": True}
    assert wait_until_gone(marker, 30) == []


def test_stopping_bastion_over_http_during_a_hung_call_leaves_no_upstream_running(open_policies: Path) -> None:
    marker = uuid.uuid4().hex
    port = free_port()
    command = wrapped(open_policies)
    bastion = subprocess.Popen(
        [*command[:4], "--listen", f"127.0.0.1:{port}", *command[4:]],
        env={**os.environ, **bastion_env(), "BASTION_ORPHAN_MARKER": marker},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/mcp"
        steps = [
            {
                "op": "callTool",
                "name": "trigger-long-running-operation",
                "arguments": {"duration": 600, "steps": 2},
                "noWait": True,
            },
            {"op": "wait", "ms": 1500},
            {"op": "exit"},
        ]
        deadline = time.monotonic() + 60
        while True:
            try:
                run_client({"url": url}, steps)
                break
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        upstream_pids(marker)
        bastion.send_signal(signal.SIGTERM)
        bastion.wait(timeout=60)
    finally:
        if bastion.poll() is None:
            bastion.kill()
            bastion.wait()
    assert wait_until_gone(marker, 30) == []


PROBE = SERVERS / "probe-server.mjs"


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_the_server_sees_the_clients_own_name_version_and_capabilities(
    open_policies: Path, tmp_path: Path, transport: str
) -> None:
    probe = ["node", str(PROBE), str(tmp_path)]
    steps = [{"op": "callTool", "name": "whoami"}]
    direct = json.loads(text(result_of(run_client({"stdio": probe}, steps), 0)))
    command = [sys.executable, "-m", "bastion.cli.main", "mcp", "--policies", str(open_policies), "--", *probe]
    with served(transport, command) as target:
        through = json.loads(text(result_of(run_client(target, steps), 0)))
    assert direct["clientInfo"] == {"name": "ts-test-client", "version": "1.2.3"}
    assert through == direct


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_tool_results_reach_the_client_exactly_as_the_server_sent_them(open_policies: Path, transport: str) -> None:
    steps = [
        {"op": "callTool", "name": "echo", "arguments": {"message": "unchanged"}},
        {"op": "callTool", "name": "get-sum", "arguments": {"a": 2, "b": 3}},
        {"op": "callTool", "name": "get-structured-content", "arguments": {"location": "New York"}},
        {"op": "callTool", "name": "get-resource-links", "arguments": {"count": 2}},
    ]
    direct = run_client({"stdio": everything()}, steps)
    with served(transport, wrapped(open_policies)) as target:
        through = run_client(target, steps)
    for index in range(len(steps)):
        # No `isError: false` added, no `_meta` of a later protocol, nothing dropped.
        assert result_of(through, index) == result_of(direct, index)


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_elicitation_request_reaches_the_client_and_its_answer_the_server(
    open_policies: Path, transport: str
) -> None:
    steps = [{"op": "callTool", "name": "trigger-elicitation-request"}]
    answer = {"action": "accept", "content": {"name": "Ada", "check": True, "email": "ada@example.com"}}
    with served(transport, wrapped(open_policies)) as target:
        report = run_client(target, steps, {"elicitationAnswer": answer})
    assert len(report["elicitation"]) == 1
    assert "- Name: Ada" in text(result_of(report, 0))
    assert "- Email: ada@example.com" in text(result_of(report, 0))


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_policy_refuses_the_servers_sampling_request_and_the_client_is_never_asked(
    open_policies: Path, transport: str
) -> None:
    (open_policies / "no_sampling.cedar").write_text(
        '@id("deny-sampling")\n@reason("servers may not use the client\'s model")\n'
        'forbid (principal, action == Bastion::Action::"sampling/createMessage", resource);\n'
    )
    steps = [{"op": "callTool", "name": "trigger-sampling-request", "arguments": {"prompt": "say hi", "maxTokens": 5}}]
    with served(transport, wrapped(open_policies)) as target:
        report = run_client(target, steps)
    assert report["sampling"] == []
    assert "deny-sampling" in json.dumps(report["steps"][0])


def everything_servers(marker: str) -> list[int]:
    """The server-everything processes themselves (not a client or a bastion naming it) carrying the marker."""
    found = []
    for pid in processes_with(marker):
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if len(argv) > 1 and argv[1] == str(EVERYTHING_JS).encode():
            found.append(pid)
    return found


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_after_the_server_dies_between_calls_the_next_call_runs(
    open_policies: Path, tmp_path: Path, transport: str
) -> None:
    marker = uuid.uuid4().hex
    done = tmp_path / "first-call-done"
    steps = [
        {"op": "callTool", "name": "echo", "arguments": {"message": "before"}},
        {"op": "touch", "path": str(done)},
        {"op": "wait", "ms": 4000},
        {"op": "callTool", "name": "echo", "arguments": {"message": "after"}},
    ]
    with served(transport, wrapped(open_policies), {"BASTION_ORPHAN_MARKER": marker}) as target:
        client = subprocess.Popen(
            [
                "node",
                str(CLIENT),
                json.dumps({k: v for k, v in target.items() if k != "process_env"}),
                json.dumps(steps),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **bastion_env(), "BASTION_ORPHAN_MARKER": marker},
            cwd=SERVERS,
        )
        deadline = time.monotonic() + 90
        while not done.exists() and client.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.exists(), "the first call did not finish"
        servers = everything_servers(marker)
        assert servers, "no server-everything process carries the marker"
        for pid in servers:
            os.kill(pid, signal.SIGKILL)
        out, err = client.communicate(timeout=120)
    assert client.returncode == 0, err[-3000:]
    report = json.loads(out.strip().splitlines()[-1])
    assert text(result_of(report, 0)) == "Echo: before"
    after = result_of(report, 3)
    assert "isError" not in after, after
    assert text(after) == "Echo: after"


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_the_call_budget_is_an_hourly_rate_whose_refusal_says_how_to_raise_it(
    open_policies: Path, transport: str
) -> None:
    budgets = open_policies / "budgets.cedar"
    budgets.write_text(budgets.read_text().replace("calls_last_hour > 500", "calls_last_hour > 3"))
    steps = [{"op": "callTool", "name": "echo", "arguments": {"message": str(n)}} for n in range(4)]
    with served(transport, wrapped(open_policies)) as target:
        report = run_client(target, steps)
    assert [text(result_of(report, n)) for n in range(3)] == ["Echo: 0", "Echo: 1", "Echo: 2"]
    refused = result_of(report, 3)
    assert refused["isError"] is True
    assert "deny-session-call-budget" in text(refused)
    assert "in the last hour; wait, or raise the limit in budgets.cedar" in text(refused)
