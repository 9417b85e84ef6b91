"""Compile a policy directory against a catalog once, then decide calls with it."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import cedarpy

from bastion.catalog import Catalog
from bastion.errors import PolicyValidationError, Problem
from bastion.events import Outcome, Verdict
from bastion.policy.request import ContextBuilder, resolve_type
from bastion.policy.schema import SIGNALS_TYPE, build_schema, read_stub
from bastion.policy.source import PolicyInfo, PolicySource

__all__ = ["PolicyEngine", "Principal", "combine"]

_PER_ACTION = re.compile(r' (for|of|on) [A-Za-z_:]*Action::"(?:[^"\\]|\\.)*"')
_INAPPLICABLE = "unable to find an applicable action given the policy scope constraints"


@dataclass(frozen=True)
class Principal:
    """Who the agent acts for, as Cedar sees it.

    Args:
        principal_id: The principal entity's id.
        groups: Ids of the groups it belongs to.
        attributes: Its attributes; they must match the stub's entity type.
    """

    principal_id: str = "agent"
    groups: tuple[str, ...] = ()
    attributes: tuple[tuple[str, Any], ...] = ()


def _position(policy_id: str) -> int:
    return int(policy_id.removeprefix("policy")) if policy_id.removeprefix("policy").isdigit() else -1


def combine(cedar_decision: str, determining: Iterable[PolicyInfo], errors: Iterable[str]) -> Outcome:
    """The rule that turns Cedar's answer into a verdict; pure, so it is tested without I/O.

    Any evaluation error or a NoDecision denies. A Deny whose matching forbids all carry
    `@verdict("ask")` asks instead. A Deny that no forbid caused means no policy permitted the call.

    Args:
        cedar_decision: `Allow`, `Deny` or `NoDecision`.
        determining: The policies Cedar reported as determining the decision.
        errors: Cedar's evaluation errors.

    Returns:
        The outcome.
    """
    policies = list(determining)
    problems = tuple(errors)
    ids = tuple(p.policy_id for p in policies)
    if problems or cedar_decision not in ("Allow", "Deny"):
        why = problems or (f"policy engine returned {cedar_decision}",)
        return Outcome(Verdict.DENY, ids, tuple(f"policy evaluation failed: {e}" for e in why), problems)
    if cedar_decision == "Allow":
        return Outcome(Verdict.ALLOW, ids, tuple(p.reason for p in policies))
    forbids = [p for p in policies if p.effect == "forbid"]
    if not forbids:
        return Outcome(Verdict.DENY, (), ("no policy permits this call",))
    denying = [p for p in forbids if p.verdict is Verdict.DENY]
    if denying:
        return Outcome(Verdict.DENY, tuple(p.policy_id for p in denying), tuple(p.reason for p in denying))
    return Outcome(Verdict.ASK, tuple(p.policy_id for p in forbids), tuple(p.reason for p in forbids))


class PolicyEngine:
    """A policy set compiled against a schema built from a catalog: parse once, decide many times.

    Use `PolicyEngine.compile`; the constructor is internal.
    """

    def __init__(
        self,
        *,
        source: PolicySource,
        catalog: Catalog,
        schema: dict[str, Any],
        namespace: str,
        principal_type: str,
        resource_type: str,
        policy_set: Any,
        entities: Any,
        builders: dict[str, ContextBuilder],
        principal: Principal,
        version: str,
        warnings: tuple[Problem, ...] = (),
    ) -> None:
        self.source = source
        self.catalog = catalog
        self.schema = schema
        self.namespace = namespace
        self.policy_set = policy_set
        self.entities = entities
        self.version = version
        self.warnings = warnings
        self.principal = principal
        self._builders = builders
        self._positional = {f"policy{i}": p for i, p in enumerate(source.policies)}
        self._principal_uid = {"type": f"{namespace}::{principal_type}", "id": principal.principal_id}
        self._resource_type = f"{namespace}::{resource_type}"
        self._action_type = f"{namespace}::Action"

    @classmethod
    def compile(cls, source: PolicySource, catalog: Catalog, principal: Principal | None = None) -> PolicyEngine:
        """Build the schema, validate every policy and the entities against it, and compile.

        Args:
            source: The parsed policy directory.
            catalog: The tools the firewall will see.
            principal: Who the agent acts for (default: id `agent`, no groups).

        Returns:
            The engine.

        Raises:
            PolicyValidationError: A policy or the principal does not match the schema; every
                problem names its file, line and policy id.
        """
        principal = principal or Principal()
        stub_file = str(source.stub_file)
        info = read_stub(source.stub_text, stub_file)
        schema = build_schema(source.stub_text, catalog, stub_file=stub_file)
        schema_text = json.dumps(schema)
        try:
            cedar_schema = cedarpy.Schema.from_json_str(schema_text)
        except ValueError as exc:
            raise PolicyValidationError([Problem(stub_file, None, f"schema is invalid: {exc}")]) from None
        result = cedarpy.validate_policies(source.text, cedar_schema)
        warnings: list[Problem] = []
        if not result.validation_passed:
            positional = {f"policy{i}": p for i, p in enumerate(source.policies)}
            problems = []
            for error in result.errors:
                policy = positional.get(error.policy_id)
                if policy is None:
                    problems.append(Problem(stub_file, None, error.error))
                    continue
                message = error.error.replace(f"for policy `{error.policy_id}`, ", "")
                # The validator repeats one mistake once per action in scope; report it once.
                message = _PER_ACTION.sub("", message)
                problem = Problem(policy.file, policy.line, message, policy.policy_id)
                if problem in problems or problem in warnings:
                    continue
                # A pack written for every catalog names groups this catalog may leave empty
                # (no read-only tool, say): such a policy can never apply, which is not an error.
                if _INAPPLICABLE in message:
                    warning = Problem(policy.file, policy.line, "applies to no tool of this catalog", policy.policy_id)
                    if warning not in warnings:
                        warnings.append(warning)
                else:
                    problems.append(problem)
            if problems:
                raise PolicyValidationError(problems)
        space = schema[info.namespace]
        group_type = next(iter(space["entityTypes"].get(info.principal_type, {}).get("memberOfTypes", [])), None)
        if principal.groups and group_type is None:
            raise PolicyValidationError(
                [
                    Problem(
                        stub_file,
                        None,
                        f"principal groups are configured but entity {info.principal_type} "
                        "has no `in [Group]` in the stub",
                    )
                ]
            )
        entity_list: list[dict[str, Any]] = [
            {
                "uid": {"type": f"{info.namespace}::{info.principal_type}", "id": principal.principal_id},
                "attrs": dict(principal.attributes),
                "parents": [{"type": f"{info.namespace}::{group_type}", "id": g} for g in principal.groups],
            }
        ]
        entity_list += [
            {"uid": {"type": f"{info.namespace}::{group_type}", "id": g}, "attrs": {}, "parents": []}
            for g in principal.groups
        ]
        try:
            entities = cedarpy.Entities.from_json_str(json.dumps(entity_list), schema=cedar_schema)
        except ValueError as exc:
            raise PolicyValidationError(
                [Problem(stub_file, None, f"the configured principal does not match the schema: {exc}")]
            ) from None
        common = space.get("commonTypes", {})
        signals_type = resolve_type(schema, info.namespace, {"type": SIGNALS_TYPE}) if SIGNALS_TYPE in common else None
        builders = {}
        for tool in catalog:
            action = space["actions"][tool.tool_name]
            input_raw = action["appliesTo"].get("context", {}).get("attributes", {}).get("input")
            input_type = resolve_type(schema, info.namespace, input_raw or {"type": "Record", "attributes": {}})
            builders[tool.tool_name] = ContextBuilder(input_type, signals_type)
        digest = hashlib.sha256()
        digest.update(source.stub_text.encode())
        digest.update(source.text.encode())
        digest.update(json.dumps(catalog.to_mcp(), sort_keys=True).encode())
        return cls(
            source=source,
            catalog=catalog,
            schema=schema,
            namespace=info.namespace,
            principal_type=info.principal_type,
            resource_type=info.resource_type,
            policy_set=cedarpy.PolicySet.from_str(source.text),
            entities=entities,
            builders=builders,
            principal=principal,
            version=digest.hexdigest()[:16],
            warnings=tuple(warnings),
        )

    def build_request(
        self, tool_name: str, arguments: dict[str, Any], signals: dict[str, Any], resource_id: str
    ) -> tuple[dict[str, Any] | None, list[str], dict[str, list[str]]]:
        """Map one call to a Cedar request.

        Args:
            tool_name: The tool called.
            arguments: Its arguments.
            signals: The stages' facts.
            resource_id: The resource (toolset or server) providing the tool.

        Returns:
            The request (None when it cannot be built), the errors that prevented it, and what the
            conversion noticed (`undeclared` and `unrepresentable` argument paths).
        """
        builder = self._builders.get(tool_name)
        if builder is None:
            return None, [f"unknown tool {tool_name!r}: it is not in the tool catalog"], {}
        context, report = builder.build(arguments, signals)
        noticed = {"undeclared": report.undeclared, "unrepresentable": report.unrepresentable}
        if report.errors:
            return None, report.errors, noticed
        request = {
            "principal": self._principal_uid,
            "action": {"type": self._action_type, "id": tool_name},
            "resource": {"type": self._resource_type, "id": resource_id},
            "context": context,
        }
        return request, [], noticed

    def authorize(self, request: dict[str, Any]) -> Outcome:
        """Evaluate a request built by `build_request`.

        Args:
            request: The Cedar request.

        Returns:
            The outcome; evaluation errors deny.
        """
        result = cedarpy.is_authorized(request, self.policy_set, self.entities)
        diagnostics = result.diagnostics
        # Cedar reports determining policies in no fixed order; file order makes decisions reproducible.
        determining = [self._positional[r] for r in sorted(diagnostics.reasons, key=_position) if r in self._positional]
        return combine(result.decision.value, determining, diagnostics.errors)

    def forbids_outright(self, tool_name: str, resource_id: str) -> bool:
        """True when the policies deny every call of a tool for this principal, whatever its arguments.

        Cedar evaluates the request with the context unknown (partial evaluation): a definite Deny
        decided by a forbid that is not `@verdict("ask")` (or by no permit at all) holds for every
        argument and signal. This only decides what to show; each call is still decided in full.

        Args:
            tool_name: The tool.
            resource_id: The resource (toolset or server) providing it.

        Returns:
            True if no call of the tool can be allowed; False if some might be, or if Cedar could not tell.
        """

        def uid(entity_type: str, entity_id: str) -> str:
            return f"{entity_type}::{json.dumps(entity_id)}"

        request = {
            "principal": uid(self._principal_uid["type"], self._principal_uid["id"]),
            "action": uid(self._action_type, tool_name),
            "resource": uid(self._resource_type, resource_id),
            "context": None,
        }
        try:
            result = cedarpy.is_authorized_partial(request, self.policy_set, self.entities)
        except (ValueError, TypeError):
            return False
        if result.decision.value != "Deny":
            return False
        determining = [self._positional[r] for r in result.diagnostics.reasons if r in self._positional]
        return combine("Deny", determining, ()).verdict is Verdict.DENY
