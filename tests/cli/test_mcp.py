from __future__ import annotations

import pytest

from bastion.cli.main import main
from tests.conftest import POLICIES, TOOLS


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["mcp", "--policies", str(POLICIES)], "no upstream MCP server given"),
        (["mcp", "--upstream-url", "http://127.0.0.1:1/mcp", "--", "node", "x.js"], "not both"),
        (["mcp", "--upstream-url", "ftp://example/mcp"], "is not an http(s) URL"),
        (["mcp", "--listen", "localhost", "--", "node", "x.js"], "is not HOST:PORT"),
        (["mcp", "--principal-header", "X-User", "--", "node", "x.js"], "needs --listen"),
        (["mcp", "--", "no-such-mcp-server-program"], "'no-such-mcp-server-program' was not found"),
        (["schema", "--policies", str(POLICIES)], "either as --tools FILE or as --from-mcp"),
        (["schema", "--tools", str(TOOLS), "--", "node", "x.js"], "needs --from-mcp"),
    ],
)
def test_mcp_usage_errors_exit_2_naming_what_is_wrong(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(argv)
    _, err = capsys.readouterr()
    assert code == 2
    assert message in err


def test_mcp_help_shows_how_to_wrap_a_server(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["mcp", "--help"])
    out, _ = capsys.readouterr()
    assert exited.value.code == 0
    assert "--listen HOST:PORT" in out
    assert "--upstream-url URL" in out
    assert "server-filesystem" in out


def test_mcp_offers_no_tools_option_since_the_upstream_is_the_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["mcp", "--tools", str(TOOLS), "--", "node", "x.js"])
    assert exited.value.code == 2
    assert "unrecognized arguments: --tools" in capsys.readouterr().err
