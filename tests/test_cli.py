"""The command line: version, help for every subcommand, and one clear line for bad settings."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from bot.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL", "PORT"))}
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=60,
                          env={**clean, **(env or {})}, cwd=cwd)


def test_version() -> None:
    out = run_cli("--version")
    assert out.returncode == 0 and out.stdout.startswith("policybot ")


def test_every_subcommand_has_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    names = set(sub.choices)  # type: ignore[arg-type]
    assert set(COMMANDS) <= names
    for name in names:
        with pytest.raises(SystemExit) as exc:
            parser.parse_args([name, "--help"])
        assert exc.value.code == 0


def test_serve_without_slack_settings_starts_the_local_workspace(tmp_path: Path) -> None:
    """No Slack credentials: `serve` (what `make run` runs) starts the bot and a local workspace,
    prints the page's address on one line, answers /healthz, and stops cleanly on SIGTERM."""
    from tests.sandbox.process import start_sandbox_process

    box = start_sandbox_process(tmp_path)
    try:
        assert box.line.startswith("Local workspace: http://127.0.0.1:")
        assert "SLACK_BOT_TOKEN" in box.line and "SLACK_SIGNING_SECRET" in box.line
        with urllib.request.urlopen(box.bot_url + "/healthz", timeout=10) as resp:
            assert resp.status == 200 and json.load(resp)["status"] == "ok"
        with urllib.request.urlopen(box.url, timeout=10) as resp:
            assert resp.status == 200 and "Policybot" in resp.read().decode()
    finally:
        box.proc.send_signal(signal.SIGTERM)
        assert box.proc.wait(timeout=20) == 0
    assert "Traceback" not in box.stderr()


def test_serve_with_half_the_slack_settings_says_what_is_missing(tmp_path: Path) -> None:
    """Some credentials but not all is a half-done set-up, not a wish for the sandbox: one line, exit 2."""
    out = run_cli("serve", env={"SLACK_BOT_TOKEN": "xoxb-1"}, cwd=tmp_path)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "SLACK_SIGNING_SECRET" in lines[0] and "Basic Information" in lines[0]
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    ("name", "value", "expect"),
    [
        ("PORT", "eighty", "PORT"),
        ("DATABASE_URL", "mysql://x", "DATABASE_URL"),
        ("SLACK_BOT_TOKEN", "xoxp-user-token", "SLACK_BOT_TOKEN"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL"),
        ("SECTORS", "retail,space", "SECTORS"),
    ],
)
def test_malformed_setting_is_one_clear_line(tmp_path: Path, name: str, value: str, expect: str) -> None:
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", name: value}
    out = run_cli("serve", env=env, cwd=tmp_path)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and expect in lines[0] and "Traceback" not in out.stderr


def test_migrate_creates_the_schema(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    out = run_cli("migrate", env={"DATABASE_URL": f"sqlite+aiosqlite:///{db}"}, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    import sqlite3

    tables = {r[0] for r in sqlite3.connect(db).execute("select name from sqlite_master where type='table'")}
    assert {"audit_events", "processed_events", "alembic_version"} <= tables
