"""manifest.yml: within the limits of Slack's manifest schema, and in step with the code's listeners."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from bot.app import PolicyApp
from tests.harness import Bot

MANIFEST = Path(__file__).resolve().parents[1] / "manifest.yml"
SCOPE = re.compile(r"^[a-z_]+(\.[a-z_]+)?(:[a-z_.]+)*$")

# Limits from Slack's manifest schema (slackapi/manifest-schema, manifest.schema.1.0.0.json).
LIMITS: list[tuple[str, int, int]] = [
    ("display_information.name", 1, 35),
    ("display_information.description", 1, 140),
    ("display_information.long_description", 175, 4000),
    ("features.bot_user.display_name", 1, 80),
]


def load() -> dict[str, Any]:
    return yaml.safe_load(MANIFEST.read_text())


def dig(data: dict[str, Any], path: str) -> Any:
    for part in path.split("."):
        data = data[part]
    return data


def test_manifest_respects_slack_schema_limits() -> None:
    m = load()
    assert set(m) <= {"_metadata", "display_information", "features", "oauth_config", "settings"}
    for path, lo, hi in LIMITS:
        value = dig(m, path)
        assert lo <= len(value) <= hi, f"{path} is {len(value)} characters; Slack allows {lo}..{hi}"
    assert re.fullmatch(r"#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?", m["display_information"]["background_color"])
    commands = m["features"]["slash_commands"]
    assert 1 <= len(commands) <= 50
    for c in commands:
        assert set(c) <= {"command", "url", "description", "usage_hint", "should_escape"}
        assert c["command"].startswith("/") and 2 <= len(c["command"]) <= 32
        assert 1 <= len(c["description"]) <= 2000
        assert 1 <= len(c.get("usage_hint", "x")) <= 1000
        assert c["url"].startswith(("http://", "https://")) and len(c["url"]) <= 3000
    shortcuts = m["features"].get("shortcuts", [])
    assert 1 <= len(shortcuts) <= 10
    for s in shortcuts:
        assert set(s) == {"name", "type", "callback_id", "description"}
        assert 1 <= len(s["name"]) <= 24 and s["type"] in {"message", "global"}
        assert 1 <= len(s["callback_id"]) <= 255 and 1 <= len(s["description"]) <= 150
    scopes = m["oauth_config"]["scopes"]["bot"]
    assert len(scopes) == len(set(scopes)) <= 255
    assert all(SCOPE.match(s) and len(s) <= 50 for s in scopes), scopes
    events = m["settings"]["event_subscriptions"]["bot_events"]
    assert len(events) == len(set(events)) <= 100 and all(len(e) <= 50 for e in events)
    assert m["settings"]["interactivity"]["is_enabled"] is True


def test_manifest_declares_exactly_what_the_code_listens_to(bot: Bot) -> None:
    m = load()
    app = bot.app
    assert isinstance(app, PolicyApp)
    declared_commands = {c["command"] for c in m["features"]["slash_commands"]}
    declared_shortcuts = {s["callback_id"] for s in m["features"].get("shortcuts", [])}
    # Slack names DM messages "message.im" in the manifest; Bolt listens to "message" events.
    declared_events = {e.split(".")[0] for e in m["settings"]["event_subscriptions"]["bot_events"]}
    assert app.registered["commands"] == declared_commands
    assert app.registered["shortcuts"] == declared_shortcuts
    assert app.registered["events"] == declared_events
    if m["features"]["app_home"]["home_tab_enabled"]:
        assert "app_home_opened" in declared_events


def test_scopes_cover_the_features() -> None:
    m = load()
    scopes = set(m["oauth_config"]["scopes"]["bot"])
    assert "commands" in scopes and "chat:write" in scopes
    events = set(m["settings"]["event_subscriptions"]["bot_events"])
    if "app_mention" in events:
        assert "app_mentions:read" in scopes
    if "message.im" in events:
        assert "im:history" in scopes
