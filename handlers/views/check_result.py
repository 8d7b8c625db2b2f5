"""The reply to a draft check: verdict, each finding (what, where, why, fix), the safe rewrite."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from handlers.views.blocks import MESSAGE_BLOCKS_MAX, clip, escape, fit, grouped, quote
from policy_core.checker import CheckResult, Finding

VERDICT_HEADLINE = {
    "ok": "✅ Good to post",
    "warn": "⚠️ Worth a second look before posting",
    "needs_approval": "📝 Needs approval before posting",
    "block": "⛔ Don't post this as it is",
}

VERDICT_SUMMARY = {
    "ok": "I found nothing in this draft that the policy asks you to change.",
    "warn": "Nothing here is forbidden, but the policy asks you to fix what is below.",
    "needs_approval": "This draft is fine to post once a reviewer has approved it.",
    "block": "This draft breaks the policy. Fix what is below, then check again.",
}

CATEGORY_LABEL = {
    "pii": "Personal data",
    "phi": "Patient information",
    "confidential": "Confidential information",
    "promotion": "Promotion",
    "financial_promise": "Financial promise",
    "secret": "Credential or secret",
    "hostile": "Hostile reply",
    "disclaimer": "Missing disclaimer",
}


def finding_blocks(same_rule: list[Finding], index: int) -> list[Block]:
    """One point per rule: every excerpt it matched, then why and how to fix it (the same for all)."""
    f = same_rule[0]
    label = CATEGORY_LABEL.get(f.category, f.category)
    excerpts = "\n".join(quote(x.excerpt, 600 // len(same_rule)) for x in same_rule)
    body = (
        f"*{index}. {label}* (`{f.rule}`, {f.action.replace('_', ' ')})\n"
        f"{excerpts}\n*Why:* {escape(f.message)}\n*Fix:* {escape(f.fix)}"
    )
    spans = ", ".join(f"{x.start}–{x.end}" for x in same_rule)
    where = (f"Character{'s' if len(same_rule) == 1 else ' ranges'} {spans} · Policy: "
             f"{escape(f.section_title)} ({escape(f.section_id)})")
    return [
        SectionBlock(text=MarkdownTextObject(text=clip(body))),
        ContextBlock(elements=[MarkdownTextObject(text=clip(where, 2000))]),
    ]


def check_result_blocks(result: CheckResult, extra: list[Block] | None = None) -> list[dict[str, Any]]:
    """Blocks for the private reply; `extra` (e.g. an approval button) goes after the summary."""
    blocks: list[Block] = [
        HeaderBlock(text=VERDICT_HEADLINE[result.verdict]),
        SectionBlock(text=MarkdownTextObject(text=VERDICT_SUMMARY[result.verdict])),
    ]
    tail: list[Block] = []
    if result.rewrite:
        tail += [
            DividerBlock(),
            SectionBlock(text=MarkdownTextObject(text=clip("*Suggested rewrite*\n" + quote(result.rewrite)))),
        ]
    tail += extra or []
    body: list[Block] = []
    for i, same_rule in enumerate(grouped(result.findings, lambda f: f.rule), 1):
        body += [DividerBlock(), *finding_blocks(same_rule, i)]
    body = fit(body, MESSAGE_BLOCKS_MAX - len(blocks) - len(tail), "findings")
    return [b.to_dict() for b in [*blocks, *body, *tail]]


def fallback_text(result: CheckResult) -> str:
    """Notification text (no draft content: it can show on lock screens)."""
    n = len(result.findings)
    return f"{VERDICT_HEADLINE[result.verdict]}: {n} finding{'s' if n != 1 else ''}."
