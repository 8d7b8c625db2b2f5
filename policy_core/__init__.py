"""The Slack-free core: checking, rulebook search, quizzes and approvals, as plain typed Python."""
