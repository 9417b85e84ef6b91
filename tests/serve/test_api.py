"""The decision API over a real service: real policies, a real SQLite store, requests through the ASGI app."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from bastion.config import Config
from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import Firewall
from bastion.serve import DecisionService
from bastion.trace import read_trace
from tests.serve.conftest import AGENT_TOKEN, APPROVER_TOKEN, OTHER_AGENT_TOKEN, REPO, bearer

PAY = {
    "session": "rent",
    "type": "tool_call",
    "id": "c1",
    "tool": "send_money",
    "arguments": {"iban": "DE89", "amount": 1200},
}
READ = {
    "session": "rent",
    "type": "tool_call",
    "id": "c0",
    "tool": "read_file",
    "arguments": {"path": "/home/user/a.txt"},
}


async def decide(client: httpx.AsyncClient, call: dict[str, Any], *, wait: float = 0, token: str = AGENT_TOKEN) -> Any:
    response = await client.post(f"/v1/decide?wait={wait}", json=call, headers=bearer(token))
    assert response.status_code == 200, response.text
    return response.json()


async def test_decisions_over_the_api_are_the_librarys_decisions(
    client: httpx.AsyncClient, serve_config: Config
) -> None:
    events = read_trace(REPO / "examples" / "demo_trace.jsonl")
    served: list[dict[str, Any]] = []
    for event in events:
        body = event.model_dump(mode="json", by_alias=True, exclude_none=True)
        if isinstance(event, ToolCall):
            served.append(await decide(client, body))
        else:
            response = await client.post("/v1/observe", json=body, headers=bearer(AGENT_TOKEN))
            assert response.status_code == 204, response.text
    library = Firewall.from_config(
        serve_config.model_copy(update={"audit": None, "principal": serve_config.tokens[0].principal})
    )
    async with library:
        expected = [d.to_record() async for d in library.decide_all(events)]
    assert len(served) == len(expected) == sum(isinstance(e, ToolCall) for e in events)
    for got, want in zip(served, expected, strict=True):
        got.pop("latency_us"), want.pop("latency_us")
        assert got.pop("approval_id", None) is None or got["verdict"] == "ask"
        got.pop("approval_state", None)
        assert got == want
    assert {d["verdict"] for d in served} == {"allow", "ask", "deny"}


async def test_a_request_without_a_valid_token_is_refused(client: httpx.AsyncClient) -> None:
    missing = await client.post("/v1/decide", json=READ)
    wrong = await client.post("/v1/decide", json=READ, headers=bearer("not-a-token"))
    assert missing.status_code == wrong.status_code == 401
    assert missing.json()["error"] == "a bearer token is required"
    assert wrong.json()["error"] == "the bearer token is not valid"
    assert missing.headers["www-authenticate"].startswith("Bearer")
    for path in ("/v1/approvals", "/v1/sessions/rent", "/metrics"):
        assert (await client.get(path)).status_code == 401


async def test_the_principal_comes_from_the_token_and_never_from_the_body(
    client: httpx.AsyncClient, service: DecisionService
) -> None:
    smuggled = {**READ, "principal": "root"}
    response = await client.post("/v1/decide", json=smuggled, headers=bearer(AGENT_TOKEN))
    assert response.status_code == 422
    assert response.json()["problems"] == [{"where": "body.principal", "message": "Extra inputs are not permitted"}]
    await decide(client, READ)
    view = (await client.get("/v1/sessions/rent", headers=bearer(AGENT_TOKEN))).json()
    assert view["principal"] == "alice"


async def test_an_approver_token_cannot_decide_and_an_agent_token_cannot_approve(client: httpx.AsyncClient) -> None:
    assert (await client.post("/v1/decide", json=READ, headers=bearer(APPROVER_TOKEN))).status_code == 403
    assert (await client.get("/v1/approvals", headers=bearer(AGENT_TOKEN))).status_code == 403
    answer = await client.post("/v1/approvals/ap-x", json={"approve": True}, headers=bearer(AGENT_TOKEN))
    assert answer.status_code == 403
    assert "approver" in answer.json()["error"]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({k: v for k, v in READ.items() if k != "tool"}, "body.tool"),
        ({**READ, "session": ""}, "body.session"),
        ({**READ, "arguments": "path=/etc"}, "body.arguments"),
        ({**READ, "type": "message"}, "body.type"),
    ],
)
async def test_a_malformed_call_gets_a_422_naming_the_field(
    client: httpx.AsyncClient, body: dict[str, Any], where: str
) -> None:
    response = await client.post("/v1/decide", json=body, headers=bearer(AGENT_TOKEN))
    assert response.status_code == 422
    assert [p["where"] for p in response.json()["problems"]] == [where]


async def test_a_body_that_is_not_json_is_named_as_such(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/decide", content=b"{not json", headers={**bearer(AGENT_TOKEN), "content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"] == "the request body is not valid JSON"


async def test_a_wait_beyond_the_configured_limit_is_refused(client: httpx.AsyncClient) -> None:
    too_long = await client.post("/v1/decide?wait=3600", json=PAY, headers=bearer(AGENT_TOKEN))
    negative = await client.post("/v1/decide?wait=-1", json=PAY, headers=bearer(AGENT_TOKEN))
    assert too_long.status_code == negative.status_code == 422
    assert too_long.json()["problems"] == [{"where": "query.wait", "message": "at most 10"}]
    assert negative.json()["problems"][0]["where"] == "query.wait"


async def test_unknown_endpoints_and_methods_are_named(client: httpx.AsyncClient) -> None:
    missing = await client.get("/v1/nothing", headers=bearer(AGENT_TOKEN))
    wrong = await client.get("/v1/decide", headers=bearer(AGENT_TOKEN))
    assert missing.status_code == 404 and missing.json()["error"] == "no such endpoint: GET /v1/nothing"
    assert wrong.status_code == 405 and wrong.json()["error"] == "GET is not allowed on /v1/decide"


async def test_observe_takes_messages_and_tool_results_only(client: httpx.AsyncClient) -> None:
    message = Message(session="rent", role="user", content="Pay my rent").model_dump(mode="json")
    result = ToolResult(session="rent", id="c0", content="hello").model_dump(mode="json", by_alias=True)
    for body in (message, result):
        assert (await client.post("/v1/observe", json=body, headers=bearer(AGENT_TOKEN))).status_code == 204
    refused = await client.post("/v1/observe", json=READ, headers=bearer(AGENT_TOKEN))
    assert refused.status_code == 422
    assert refused.json()["problems"][0]["where"] == "body"


async def test_a_session_belongs_to_the_principal_that_opened_it(client: httpx.AsyncClient) -> None:
    await decide(client, READ)
    hijack = await client.post("/v1/decide", json={**READ, "id": "c5"}, headers=bearer(OTHER_AGENT_TOKEN))
    assert hijack.status_code == 403
    assert hijack.json()["problems"][0]["where"] == "body.session"
    assert (await client.get("/v1/sessions/rent", headers=bearer(OTHER_AGENT_TOKEN))).status_code == 404
    assert (await client.get("/v1/sessions/rent", headers=bearer(APPROVER_TOKEN))).status_code == 200


async def test_a_session_view_lists_its_decisions_and_current_signals(client: httpx.AsyncClient) -> None:
    first = await decide(client, READ)
    second = await decide(client, {**READ, "id": "c1", "arguments": {"path": "/etc/../etc/passwd"}})
    view = (await client.get("/v1/sessions/rent", headers=bearer(AGENT_TOKEN))).json()
    assert [d["id"] for d in view["decisions"]] == ["c0", "c1"]
    assert [d["verdict"] for d in view["decisions"]] == [first["verdict"], second["verdict"]] == ["allow", "deny"]
    assert view["signals"] == second["signals"]
    assert (await client.get("/v1/sessions/nobody", headers=bearer(APPROVER_TOKEN))).status_code == 404


async def test_an_ask_comes_back_at_once_with_its_approval_id(client: httpx.AsyncClient) -> None:
    decision = await decide(client, PAY)
    assert decision["verdict"] == "ask"
    assert decision["approval_state"] == "pending"
    listed = (await client.get("/v1/approvals", headers=bearer(APPROVER_TOKEN))).json()["approvals"]
    assert [a["approval_id"] for a in listed] == [decision["approval_id"]]
    (pending,) = listed
    assert (pending["session"], pending["tool"], pending["arguments"]) == ("rent", "send_money", PAY["arguments"])
    assert pending["reasons"] == decision["reasons"]
    assert pending["policy_ids"] == ["ask-open-world-side-effect"]


async def test_an_approved_call_decided_again_is_allowed_and_other_arguments_are_not(
    client: httpx.AsyncClient,
) -> None:
    asked = await decide(client, PAY)
    answer = await client.post(
        f"/v1/approvals/{asked['approval_id']}", json={"approve": True, "note": "rent"}, headers=bearer(APPROVER_TOKEN)
    )
    assert answer.status_code == 200
    assert (answer.json()["state"], answer.json()["answered_by"]) == ("approved", "carol")
    again = await decide(client, {**PAY, "id": "c2"})
    assert again["verdict"] == "allow"
    assert again["reasons"][-1] == f"approved by carol (approval {asked['approval_id']}): rent"
    assert again["approval_id"] == asked["approval_id"]
    other = await decide(client, {**PAY, "id": "c3", "arguments": {"iban": "XX00", "amount": 1200}})
    assert other["verdict"] == "ask"
    assert other["approval_id"] != asked["approval_id"]


async def test_a_denied_call_decided_again_is_denied(client: httpx.AsyncClient) -> None:
    asked = await decide(client, PAY)
    await client.post(f"/v1/approvals/{asked['approval_id']}", json={"approve": False}, headers=bearer(APPROVER_TOKEN))
    again = await decide(client, {**PAY, "id": "c2"})
    assert again["verdict"] == "deny"
    assert again["reasons"][-1] == f"denied by carol (approval {asked['approval_id']})"


async def test_a_decide_that_waits_gets_the_answer_given_meanwhile(client: httpx.AsyncClient) -> None:
    waiting = asyncio.create_task(client.post("/v1/decide?wait=8", json=PAY, headers=bearer(AGENT_TOKEN)))
    while not (listed := (await client.get("/v1/approvals", headers=bearer(APPROVER_TOKEN))).json()["approvals"]):
        await asyncio.sleep(0.02)
    await client.post(
        f"/v1/approvals/{listed[0]['approval_id']}", json={"approve": True}, headers=bearer(APPROVER_TOKEN)
    )
    decided = (await asyncio.wait_for(waiting, 5)).json()
    assert decided["verdict"] == "allow"
    assert decided["approval_state"] == "approved"


async def test_answering_twice_or_an_unknown_approval_is_a_clear_4xx(client: httpx.AsyncClient) -> None:
    asked = await decide(client, PAY)
    url = f"/v1/approvals/{asked['approval_id']}"
    assert (await client.post(url, json={"approve": True}, headers=bearer(APPROVER_TOKEN))).status_code == 200
    twice = await client.post(url, json={"approve": False}, headers=bearer(APPROVER_TOKEN))
    assert twice.status_code == 409
    assert twice.json()["problems"] == [{"where": "path.approval_id", "message": "answered"}]
    unknown = await client.post("/v1/approvals/ap-nope", json={"approve": True}, headers=bearer(APPROVER_TOKEN))
    assert unknown.status_code == 404
    bad = await client.post(url, json={"approve": "yes please"}, headers=bearer(APPROVER_TOKEN))
    assert bad.status_code == 422 and bad.json()["problems"][0]["where"] == "body.approve"


async def test_metrics_count_decisions_by_verdict_and_policy(client: httpx.AsyncClient) -> None:
    await decide(client, READ)
    await decide(client, {**READ, "id": "c1"})
    await decide(client, PAY)
    response = await client.get("/metrics", headers=bearer(APPROVER_TOKEN))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'bastion_decisions_total{policy="allow-read-only",verdict="allow"} 2.0' in text
    assert 'bastion_decisions_total{policy="ask-open-world-side-effect",verdict="ask"} 1.0' in text
    assert "bastion_decision_latency_seconds_count 3.0" in text
    assert "bastion_model_ready 1.0" in text
    assert "bastion_model_warmup_seconds 0.0" in text
    assert "bastion_store_errors_total 0.0" in text


async def test_health_and_the_openapi_description_need_no_token(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    spec = (await client.get("/openapi.json")).json()
    assert {
        "/v1/decide",
        "/v1/observe",
        "/v1/sessions/{session}",
        "/v1/approvals",
        "/v1/approvals/{approval_id}",
    } <= set(spec["paths"])
    assert "/login" not in spec["paths"]


async def test_without_tokens_only_loopback_hosts_are_served_and_forms_need_their_token(
    service: DecisionService,
) -> None:
    from bastion.serve import create_app

    app = create_app(service, insecure_principal=service.config.principal)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8181") as local:
        decided = await local.post("/v1/decide", json=PAY)
        assert decided.status_code == 200 and decided.json()["verdict"] == "ask"
        approval_id = decided.json()["approval_id"]
        forged = await local.post(f"/console/approvals/{approval_id}", data={"answer": "approve"})
        assert forged.status_code == 403
        assert (await local.get("/v1/approvals")).json()["approvals"][0]["state"] == "pending"
    async with httpx.AsyncClient(transport=transport, base_url="http://rebound.example:8181") as rebound:
        refused = await rebound.get("/v1/approvals")
    assert refused.status_code == 400


async def test_a_body_sent_as_a_form_is_told_to_be_json(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/decide",
        content=b'{"session": "s"}',
        headers={**bearer(AGENT_TOKEN), "content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 422
    assert response.json()["problems"] == [{"where": "header.Content-Type", "message": "expected application/json"}]


async def test_an_unknown_query_parameter_is_named_rather_than_ignored(client: httpx.AsyncClient) -> None:
    typo = await client.post("/v1/decide?wiat=5", json=PAY, headers=bearer(AGENT_TOKEN))
    assert typo.status_code == 422
    assert typo.json()["problems"] == [{"where": "query.wiat", "message": "unknown parameter"}]
    assert "it takes only wait" in typo.json()["error"]
    listed = await client.get("/v1/approvals?state=all", headers=bearer(APPROVER_TOKEN))
    assert listed.status_code == 422 and listed.json()["problems"][0]["where"] == "query.state"


async def test_the_service_keeps_its_queue_and_log_in_a_postgresql_store(
    serve_config: Config, postgres_url: str
) -> None:
    from bastion.serve import TokenTable, create_app

    config = serve_config.model_copy(update={"audit": postgres_url})
    service = DecisionService(config, TokenTable(config))
    await service.start()
    try:
        transport = httpx.ASGITransport(app=create_app(service))
        async with httpx.AsyncClient(transport=transport, base_url="http://bastion.test") as client:
            asked = await decide(client, PAY)
            url = f"/v1/approvals/{asked['approval_id']}"
            assert (await client.post(url, json={"approve": True}, headers=bearer(APPROVER_TOKEN))).status_code == 200
            again = await decide(client, {**PAY, "id": "c2"})
            view = (await client.get("/v1/sessions/rent", headers=bearer(AGENT_TOKEN))).json()
        assert again["verdict"] == "allow"
        assert [d["id"] for d in view["decisions"]] == ["c1", "c2"]
        assert (await service.verify()).is_ok
    finally:
        await service.stop()
