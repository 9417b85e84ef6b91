import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bastion.config import Config
from bastion.errors import ConfigError
from bastion.firewall import Firewall
from bastion.intent.scorer import IntentModel
from bastion.intent.stage import IntentStage
from bastion.provenance.stage import ProvenanceStage

REPO = Path(__file__).resolve().parents[2]


def test_default_pack_reads_risk_so_the_intent_stage_runs() -> None:
    firewall = Firewall.from_config(Config(policies=REPO / "policies", tools=REPO / "examples" / "tools.json"))
    # The tracing stage after the decision joins wherever opentelemetry-api is installed.
    names = [stage.name for stage in firewall.stages if stage.name != "tracing"]
    assert names == ["arguments", "tokens", "provenance", "catalog", "intent", "rates", "policy", "quarantine"]


def test_pack_reading_neither_risk_nor_drift_runs_no_intent_stage(pack_without_intent: Path) -> None:
    firewall = Firewall.from_config(Config(policies=pack_without_intent, tools=REPO / "examples" / "tools.json"))
    assert not any(isinstance(stage, IntentStage) for stage in firewall.stages)
    assert any(isinstance(stage, ProvenanceStage) for stage in firewall.stages)


def test_pack_with_one_drift_policy_runs_the_intent_stage(pack_without_intent: Path) -> None:
    (pack_without_intent / "mine.cedar").write_text(
        '@id("ask-drift")\n@verdict("ask")\nforbid (principal, action, resource)\n'
        "when { context.bastion has drift && context.bastion.drift > 95 };\n"
    )
    firewall = Firewall.from_config(Config(policies=pack_without_intent, tools=REPO / "examples" / "tools.json"))
    assert any(isinstance(stage, IntentStage) for stage in firewall.stages)


def test_replaying_many_calls_without_intent_policies_never_imports_torch(pack_without_intent: Path) -> None:
    trace = pack_without_intent.parent / "trace.jsonl"
    lines = [json.dumps({"session": "s", "type": "message", "role": "user", "content": "tidy my notes"})]
    for i in range(2000):
        lines.append(
            json.dumps(
                {
                    "session": "s",
                    "type": "tool_call",
                    "id": f"c{i}",
                    "tool": "read_file",
                    "arguments": {"path": f"/home/user/notes/{i}.txt"},
                }
            )
        )
        lines.append(json.dumps({"session": "s", "type": "tool_result", "id": f"c{i}", "content": f"note {i}"}))
    trace.write_text("\n".join(lines) + "\n")
    script = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from bastion.cli.main import main
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["replay", {str(trace)!r}, "--policies", {str(pack_without_intent)!r},
                         "--tools", {str(REPO / "examples" / "tools.json")!r}])
        decisions = out.getvalue().count('"type":"decision"')
        heavy = sorted(m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules)
        print(code, decisions, heavy)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert result.stdout.split("\n")[-2] == "0 2000 []"


def test_malformed_intent_model_is_a_config_error_naming_the_field(tmp_path: Path) -> None:
    raw = json.loads((REPO / "src" / "bastion" / "intent" / "model.json").read_text())
    raw["scorer"]["weights"] = raw["scorer"]["weights"][:-1]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(raw))
    with pytest.raises(ConfigError) as caught:
        IntentModel.load(path)
    assert str(path) in str(caught.value)
    assert "weights" in str(caught.value)


def test_missing_intent_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        IntentModel.load(tmp_path / "absent.json")


def test_shipped_model_loads_with_exemplars_and_fitted_weights() -> None:
    model = IntentModel.load()
    assert len(model.harmful) >= 20 and len(model.benign) >= 20
    assert any(w != 0 for w in model.weights)
