"""Quarantine and call rates through the LangChain callback handler: a real agent loop, real tools on files."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from langchain_core.tools import BaseTool

from bastion.adapters.langchain import BastionCallbackHandler
from bastion.config import Config
from bastion.errors import ToolCallBlocked
from bastion.events import Verdict
from bastion.store.sqlite import SqliteStore
from tests.adapters.langchain.conftest import ANNOTATIONS, Recorder, agent, call, fake_model
from tests.conftest import POLICIES


@pytest.fixture
def quarantine_config(tmp_path: Path) -> Config:
    pack = tmp_path / "policies"
    shutil.copytree(POLICIES, pack)
    (pack / "intent.cedar").unlink()  # conduct needs no embedding model
    return Config.from_mapping(
        {"policies": pack, "audit": tmp_path / "audit.db", "conduct": {"quarantine_refusals": 3}}
    )


def _release(audit: Path, session_id: str) -> int:
    async def go() -> int:
        async with SqliteStore(audit) as store:
            return await store.release_quarantine("session", session_id, "tester")

    return asyncio.run(go())


def test_a_conversation_refused_three_times_is_quarantined_and_its_write_never_runs(
    quarantine_config: Config, tools: list[BaseTool], notes: Path, ran: list[str]
) -> None:
    recorder = Recorder()
    with BastionCallbackHandler.from_config(
        quarantine_config, tools=tools, annotations=ANNOTATIONS, after_stages=[recorder], session_id="chat-9"
    ) as handler:
        for i in range(3):
            with pytest.raises(ToolCallBlocked):
                agent(fake_model(call("write_note", f"d{i}", path="../escaped.txt", content="x")), tools).invoke(
                    "clean up", {"callbacks": [handler]}
                )
        with pytest.raises(ToolCallBlocked) as blocked:
            agent(fake_model(call("write_note", "w1", path="new.txt", content="x")), tools).invoke(
                "save", {"callbacks": [handler]}
            )
        agent(fake_model(call("read_note", "r1", path="todo.txt")), tools).invoke("read", {"callbacks": [handler]})
    decision = blocked.value.decision
    assert decision.verdict is Verdict.ASK
    assert decision.policy_ids == ["ask-quarantined"]
    assert decision.signals["calls_per_minute"] == 4  # write_note: three refused, then this one
    assert ran == ["read_note"]
    assert not (notes / "new.txt").exists()
    assert (notes / "todo.txt").exists()

    # The quarantine outlives the handler; released by a person, the conversation writes again.
    assert quarantine_config.audit is not None
    with (
        BastionCallbackHandler.from_config(
            quarantine_config, tools=tools, annotations=ANNOTATIONS, session_id="chat-9"
        ) as handler,
        pytest.raises(ToolCallBlocked),
    ):
        agent(fake_model(call("write_note", "w2", path="new.txt", content="x")), tools).invoke(
            "save", {"callbacks": [handler]}
        )
    assert _release(quarantine_config.audit, "chat-9") == 1
    with BastionCallbackHandler.from_config(
        quarantine_config, tools=tools, annotations=ANNOTATIONS, session_id="chat-9"
    ) as handler:
        agent(fake_model(call("write_note", "w3", path="new.txt", content="x")), tools).invoke(
            "save", {"callbacks": [handler]}
        )
    assert (notes / "new.txt").read_text() == "x"
