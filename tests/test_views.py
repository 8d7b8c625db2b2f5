"""Block Kit views: within Slack's limits, and readable (one point per rule)."""

from __future__ import annotations

import json

from handlers.views.check_result import check_result_blocks
from policy_core.checker import Checker

CHECKER = Checker.load()


def test_one_point_per_rule_with_every_excerpt() -> None:
    result = CHECKER.check("Use code SAVE20 for 20% off everything this weekend!")
    rules = [f.rule for f in result.findings]
    assert len(rules) > len(set(rules)), "the draft should match one rule twice"
    blocks = check_result_blocks(result)
    text = json.dumps(blocks)
    assert text.count("*1. Promotion*") == 1 and "*2. Promotion*" not in text
    assert "SAVE20" in text and "20% off" in text
    assert "Character ranges" in text


def test_many_findings_fit_in_one_message() -> None:
    cards = " ".join(f"card {n}: 4111 1111 1111 1111" for n in range(60))
    draft = (cards + " " + " ".join(f"and email me at person{n}@gmail.com" for n in range(60)))[:4000]
    blocks = check_result_blocks(CHECKER.check(draft))
    assert len(blocks) <= 50
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)
