"""The policy document shipped with Policybot (Markdown), used until an organisation imports its own."""

from pathlib import Path

DEFAULT_POLICY_PATH = Path(__file__).with_name("default_policy.md")
