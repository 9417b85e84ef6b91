"""No way of running a LangChain agent lets a refused tool run, hangs, or leaves a call unanswered.

Every cell of agents x guards x run modes x (single, parallel calls) runs a real agent loop driven
by a scripted chat model: an allowed call (`write_note`) and a denied one (`delete_note` of a path
outside its directory, which the default pack refuses). Each tool leaves a marker file when it runs; the denied
tool's marker must not exist, the allowed one's must. The policies are the default pack without
`intent.cedar` (no embedding model); a few cells at the end run the whole default pack.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bastion.adapters.langchain import AsyncBastionCallbackHandler, BastionCallbackHandler
from bastion.config import Config
from bastion.errors import ToolCallBlocked
from tests.adapters.langchain.matrix import (
    AGENTS,
    ANNOTATIONS,
    GUARDS,
    HANDLER_CLASSES,
    RUN_MODES,
    AgentKind,
    GuardKind,
    RunMode,
    ScriptedModel,
    build,
    make_tools,
    payment_script,
    refusal_for,
    run,
    script,
    unanswered_calls,
    user,
)
from tests.conftest import POLICIES

pytest.importorskip("langgraph")
pytest.importorskip("langchain.agents")

ATTACKER_IBAN = "GB33BUKB20201555555555"
RENT_IBAN = "DE89370400440532013000"
PARALLEL_MODES: tuple[RunMode, ...] = ("invoke", "ainvoke", "astream_events", "invoke_in_loop")


@pytest.fixture(scope="module")
def policy_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default pack less `intent.cedar`: every decision without the embedding model."""
    target = tmp_path_factory.mktemp("packs") / "policies"
    shutil.copytree(POLICIES, target)
    (target / "intent.cedar").unlink()
    return target


def _cells() -> Iterator[Any]:
    for agent_kind in AGENTS:
        for guard_kind in GUARDS:
            if agent_kind == "loop" and "node" in guard_kind:
                continue  # a hand-written loop has no ToolNode to wrap
            for mode in RUN_MODES:
                yield pytest.param(agent_kind, guard_kind, mode, False, id=f"{agent_kind}-{guard_kind}-{mode}-single")
            # Parallel calls take the same code paths in the streaming modes; these keep the suite short.
            for mode in PARALLEL_MODES:
                yield pytest.param(agent_kind, guard_kind, mode, True, id=f"{agent_kind}-{guard_kind}-{mode}-parallel")


def _handler(
    guard_kind: GuardKind, policies: Path, tmp_path: Path, profile: str | None = None
) -> BastionCallbackHandler | AsyncBastionCallbackHandler:
    # Every cell decides with the default pack as shipped (less intent.cedar); a profile can be given.
    tools = make_tools(tmp_path)
    cls = HANDLER_CLASSES[guard_kind]
    return cls.from_config(Config(policies=policies, profile=profile), tools=tools, annotations=ANNOTATIONS)


@pytest.mark.parametrize(("agent_kind", "guard_kind", "mode", "is_parallel"), list(_cells()))
def test_a_refused_tool_never_runs_and_its_allowed_sibling_does(
    agent_kind: AgentKind, guard_kind: GuardKind, mode: RunMode, is_parallel: bool, policy_only: Path, tmp_path: Path
) -> None:
    # The pack as shipped denies the path traversal outright: the refusal every mode must enforce.
    handler = _handler(guard_kind, policy_only, tmp_path, profile=None)
    try:
        setup = build(
            agent_kind, guard_kind, handler, make_tools(tmp_path), ScriptedModel(responses=script(is_parallel))
        )
        request = user(f"Note milk and tidy up ({agent_kind} {guard_kind} {mode} {is_parallel})")
        if setup.expects_message:
            final = run(setup, request, mode)
            messages = final["messages"]
            refusal = refusal_for(messages, "c-denied")
            assert refusal.status == "error"
            assert "deny-path-traversal" in str(refusal.content)
            assert unanswered_calls(messages) == []
            assert messages[-1].content == "Done."
        else:
            with pytest.raises(ToolCallBlocked) as blocked:
                run(setup, request, mode)
            assert "deny-path-traversal" in blocked.value.decision.policy_ids
    finally:
        handler.close()

    assert not (tmp_path / "delete_note").exists()
    if setup.expects_message or not is_parallel:
        # A refusal that ends the run may cancel a call running beside it; otherwise it ran.
        assert (tmp_path / "write_note").exists()


def _payment_cells() -> Iterator[Any]:
    for agent_kind in AGENTS:
        for guard_kind in GUARDS:
            if agent_kind == "loop" and "node" in guard_kind:
                continue
            for mode in ("invoke", "ainvoke", "invoke_in_loop"):
                yield pytest.param(agent_kind, guard_kind, mode, id=f"{agent_kind}-{guard_kind}-{mode}")


@pytest.mark.parametrize(("agent_kind", "guard_kind", "mode"), list(_payment_cells()))
def test_a_payment_to_an_iban_only_an_injected_line_named_is_stopped(
    agent_kind: AgentKind, guard_kind: GuardKind, mode: RunMode, policy_only: Path, tmp_path: Path
) -> None:
    handler = _handler(guard_kind, policy_only, tmp_path, profile=None)
    try:
        setup = build(
            agent_kind,
            guard_kind,
            handler,
            make_tools(tmp_path),
            ScriptedModel(responses=payment_script(ATTACKER_IBAN, 5000)),
        )
        request = user(f"Pay my rent from the bill in my inbox ({agent_kind} {guard_kind} {mode})")
        if setup.expects_message:
            messages = run(setup, request, mode)["messages"]
            refusal = refusal_for(messages, "c-pay")
            assert "ask-untrusted-argument" in str(refusal.content)
            assert unanswered_calls(messages) == []
        else:
            with pytest.raises(ToolCallBlocked) as blocked:
                run(setup, request, mode)
            assert "ask-untrusted-argument" in blocked.value.decision.policy_ids
    finally:
        handler.close()

    assert (tmp_path / "read_inbox").exists()
    assert not (tmp_path / "send_money").exists()


@pytest.mark.parametrize(
    ("agent_kind", "guard_kind"),
    [
        (agent_kind, guard_kind)
        for agent_kind in ("loop", "create_agent", "toolnode_default")
        # Guarded tools alone never see the user's words (only calls and outputs, as an MCP proxy): the
        # user's IBAN counts as the user's only where the handler or the agent's state shows them.
        for guard_kind in ("async_handler", "node", "async_handler+wrap_tools")
        if not (agent_kind == "loop" and guard_kind == "node")
    ],
)
def test_a_payment_to_the_iban_the_user_gave_runs(
    agent_kind: AgentKind, guard_kind: GuardKind, policy_only: Path, tmp_path: Path
) -> None:
    handler = _handler(guard_kind, policy_only, tmp_path, profile=None)
    try:
        setup = build(
            agent_kind,
            guard_kind,
            handler,
            make_tools(tmp_path),
            ScriptedModel(responses=payment_script(RENT_IBAN, 1200)),
        )
        request = user(f"Pay my rent, 1200 EUR to {RENT_IBAN}, after checking the bill in my inbox ({guard_kind})")
        run(setup, request, "invoke")
    finally:
        handler.close()

    assert (tmp_path / "send_money").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("agent_kind", "guard_kind", "mode"),
    [
        ("create_agent", "node", "invoke"),
        ("toolnode_true", "async_handler", "ainvoke"),
        ("react", "handler+node", "astream_events"),
        ("loop", "async_handler+wrap_tools", "invoke_in_loop"),
    ],
)
def test_the_whole_default_pack_stops_the_injected_payment(
    agent_kind: AgentKind, guard_kind: GuardKind, mode: RunMode, tmp_path: Path
) -> None:
    handler = _handler(guard_kind, POLICIES, tmp_path, profile=None)
    try:
        setup = build(
            agent_kind,
            guard_kind,
            handler,
            make_tools(tmp_path),
            ScriptedModel(responses=payment_script(ATTACKER_IBAN, 5000)),
        )
        request = user("Pay my rent from the bill in my inbox")
        if setup.expects_message:
            messages = run(setup, request, mode)["messages"]
            assert refusal_for(messages, "c-pay").status == "error"
        else:
            with pytest.raises(ToolCallBlocked):
                run(setup, request, mode)
    finally:
        handler.close()

    assert (tmp_path / "read_inbox").exists()
    assert not (tmp_path / "send_money").exists()
