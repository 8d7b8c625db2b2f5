"""A local stand-in for Slack, on both sides of the wire.

`web_api` serves the Web API methods the bot calls (point SLACK_API_URL at it); `sender` sends
the bot signed requests exactly as Slack does. The test suite uses both; so can a local
workspace for people trying the bot without a Slack account.
"""
