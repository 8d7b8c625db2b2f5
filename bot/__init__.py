"""Policybot's Slack-facing shell: settings, app factory, HTTP server, Socket Mode, scheduler and CLI."""

__version__ = "0.1.0"
