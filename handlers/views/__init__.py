"""Block Kit builders, kept apart from listeners. Built with `slack_sdk.models` so Slack's limits
(blocks per message, text lengths) are checked where the message is made."""
