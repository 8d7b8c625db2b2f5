"""Block Kit for the approval workflow: the review message, modals, DMs, the reviewer's queue.

Why the draft is rich text: reviewers must see it exactly as submitted; a rich_text element is
shown literally (no mrkdwn, so `*sale*` is not turned bold and nothing needs escaping).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    RichTextBlock,
    RichTextElementParts,
    RichTextQuoteElement,
    SectionBlock,
)
from slack_sdk.models.views import View

from handlers.views.blocks import MESSAGE_BLOCKS_MAX, SURFACE_BLOCKS_MAX, clip, escape, fit, grouped, quote
from handlers.views.check_result import CATEGORY_LABEL
from policy_core.approvals.states import AppealState, RequestState, describe
from policy_store.models.approvals import Appeal, ApprovalRequest, Breach

# action_ids and callback_ids (handlers.approvals listens for these)
SUBMIT = "approval_submit"
APPROVE = "approval_approve"
REJECT = "approval_reject"
CHANGES = "approval_changes"
WITHDRAW = "approval_withdraw"
REASON_MODAL = "approval_reason"
APPEAL_OPEN = "appeal_open"
APPEAL_MODAL = "appeal_submit"
UPHOLD = "appeal_uphold"
OVERTURN = "appeal_overturn"
REASON_BLOCK = "reason"
REASON_INPUT = "reason"
REASON_MAX = 2000

DRAFT_CHUNK = 3000
DECISION_WORDS = {"approve": "Approve", "reject": "Reject", "request_changes": "Request changes"}
STATE_ICON: dict[str, str] = {
    RequestState.PENDING: "⏳", RequestState.APPROVED: "✅", RequestState.REJECTED: "⛔",
    RequestState.CHANGES_REQUESTED: "✏️", RequestState.WITHDRAWN: "↩️", RequestState.EXPIRED: "⌛",
    AppealState.UPHELD: "⚖️", AppealState.OVERTURNED: "⚖️",
}


def when(t: datetime | None) -> str:
    """A date Slack shows in each reader's time zone, with a UTC fallback."""
    if t is None:
        return "?"
    fallback = t.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(t.timestamp())}^{{date_short_pretty}} at {{time}}|{fallback}>"


def label(category: str | None) -> str:
    return CATEGORY_LABEL.get(category or "", category or "General")


# --- the author's check reply ------------------------------------------------------------------

def request_button(submission_id: str) -> list[Block]:
    return [ActionsBlock(block_id="approval_request", elements=[
        ButtonElement(text="Request approval", action_id=SUBMIT, value=submission_id, style="primary"),
    ])]


def approved_note(req: ApprovalRequest) -> list[Block]:
    return [ContextBlock(elements=[MarkdownTextObject(
        text=f"✅ This exact text was approved by <@{req.decided_by}> on {when(req.decided_at)} "
             f"(request {req.id}). You can post it as it is; any edit needs a new approval.")])]


def pending_note(req: ApprovalRequest) -> list[Block]:
    return [ContextBlock(elements=[MarkdownTextObject(
        text=f"⏳ You already submitted this text for approval (request {req.id}, in <#{req.review_channel}>). "
             "I'll message you when a reviewer decides.")])]


# --- the review message ------------------------------------------------------------------------

def draft_blocks(text: str) -> list[Block]:
    """The draft, literally, in quote blocks of at most DRAFT_CHUNK characters each."""
    chunks = [text[i : i + DRAFT_CHUNK] for i in range(0, len(text), DRAFT_CHUNK)] or [""]
    return [RichTextBlock(elements=[RichTextQuoteElement(elements=[RichTextElementParts.Text(text=c)])])
            for c in chunks]


def finding_lines(req: ApprovalRequest) -> list[Block]:
    """One point per rule, with every excerpt of the draft it matched."""
    blocks: list[Block] = []
    for i, same_rule in enumerate(grouped(req.findings, lambda f: str(f.get("rule"))), 1):
        f = same_rule[0]
        excerpts = ""
        if req.draft_text is not None:
            spans = [(x["start"], x["end"]) for x in same_rule
                     if isinstance(x.get("start"), int) and isinstance(x.get("end"), int)]
            excerpts = "".join("\n" + quote(req.draft_text[a:b], 500 // max(1, len(spans))) for a, b in spans)
        blocks.append(SectionBlock(text=MarkdownTextObject(text=clip(
            f"*{i}. {escape(label(f.get('category')))}* (`{escape(str(f.get('rule')))}`){excerpts}\n"
            f"{escape(str(f.get('message') or ''))}\n"
            f"_Policy: {escape(str(f.get('section_title') or ''))} ({escape(str(f.get('section_id') or ''))})_"
        ))))
    return blocks


def status_line(req: ApprovalRequest) -> str:
    icon = STATE_ICON.get(req.state, "")
    if req.state == RequestState.PENDING:
        return f"{icon} *Waiting for review* since {when(req.submitted_at)}"
    if req.state == RequestState.EXPIRED:
        return f"{icon} *Expired* on {when(req.decided_at)}: nobody decided in time."
    if req.state == RequestState.WITHDRAWN:
        return f"{icon} *Withdrawn* by the author on {when(req.decided_at)}."
    line = f"{icon} *{describe(req.state).capitalize()}* by <@{req.decided_by}> on {when(req.decided_at)}"
    if req.reason:
        line += "\n*Reason:* " + escape(req.reason)
    return clip(line)


def review_message(req: ApprovalRequest) -> tuple[str, list[dict[str, Any]]]:
    """The message in the reviewers channel: draft, author, findings, then buttons or the decision."""
    head: list[Block] = [
        HeaderBlock(text=f"Approval request {req.id}"),
        SectionBlock(text=MarkdownTextObject(
            text=f"*From* <@{req.author}> · *Needs:* {escape(label(req.category))} review · "
                 f"*Submitted* {when(req.submitted_at)}")),
    ]
    if req.draft_text is not None:
        head += [SectionBlock(text=MarkdownTextObject(text="*Draft, exactly as submitted:*")),
                 *draft_blocks(req.draft_text)]
    else:
        head.append(ContextBlock(elements=[MarkdownTextObject(
            text=f"The draft was deleted after the retention period. Summary: {escape(req.summary)}")]))
    tail: list[Block] = [DividerBlock()]
    if req.state == RequestState.PENDING:
        tail.append(ActionsBlock(block_id="approval_decide", elements=[
            ButtonElement(text="Approve", action_id=APPROVE, value=req.id, style="primary"),
            ButtonElement(text="Reject", action_id=REJECT, value=req.id, style="danger"),
            ButtonElement(text="Request changes", action_id=CHANGES, value=req.id),
        ]))
    tail.append(SectionBlock(text=MarkdownTextObject(text=status_line(req))))
    body = fit([DividerBlock(), *finding_lines(req)], MESSAGE_BLOCKS_MAX - len(head) - len(tail), "findings")
    text = f"Approval request {req.id} from <@{req.author}>: {describe(req.state)}"
    return text, [b.to_dict() for b in [*head, *body, *tail]]


def reason_modal(request_id: str, decision: str) -> dict[str, Any]:
    verb = DECISION_WORDS[decision]
    return View(
        type="modal", callback_id=REASON_MODAL, title=verb[:24], submit=verb[:24], close="Cancel",
        private_metadata=json.dumps({"request_id": request_id, "decision": decision}),
        blocks=[
            SectionBlock(text=MarkdownTextObject(
                text=f"Request {request_id}: tell the author why. They will see this reason.")),
            InputBlock(block_id=REASON_BLOCK, label="Reason", element=PlainTextInputElement(
                action_id=REASON_INPUT, multiline=True, max_length=REASON_MAX,
                placeholder="What should change, or which rule this breaks")),
        ],
    ).to_dict()


# --- messages to the author and the lead -------------------------------------------------------

def submitted_dm(req: ApprovalRequest) -> tuple[str, list[dict[str, Any]]]:
    text = (f"I sent your draft to <#{req.review_channel}> for {label(req.category).lower()} review "
            f"(request {req.id}). I'll message you when a reviewer decides. Please don't post it until then.")
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=text))]
    if req.state == RequestState.PENDING:
        blocks.append(ActionsBlock(block_id="approval_withdraw", elements=[
            ButtonElement(text="Withdraw", action_id=WITHDRAW, value=req.id)]))
    return text, [b.to_dict() for b in blocks]


def decision_dm(req: ApprovalRequest, appeals_open: bool) -> tuple[str, list[dict[str, Any]]]:
    who = f"<@{req.decided_by}>"
    if req.state == RequestState.APPROVED:
        text = (f"✅ Your request {req.id} was approved by {who} on {when(req.decided_at)}. You can post the "
                "draft exactly as submitted; any edit needs a new approval.")
    elif req.state == RequestState.REJECTED:
        text = f"⛔ Your request {req.id} was rejected by {who} on {when(req.decided_at)}."
    elif req.state == RequestState.CHANGES_REQUESTED:
        text = (f"✏️ {who} asked for changes to your request {req.id} on {when(req.decided_at)}. Edit the draft, "
                "check it again with `/checkpost`, then submit the new text.")
    else:
        text = f"Your request {req.id} is {describe(req.state)}."
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=text))]
    if req.reason:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=clip("*Reason:*\n" + quote(req.reason)))))
    if req.state == RequestState.REJECTED and appeals_open:
        blocks.append(ActionsBlock(block_id="appeal", elements=[
            ButtonElement(text="Appeal", action_id=APPEAL_OPEN, value=f"request:{req.id}")]))
        blocks.append(ContextBlock(elements=[MarkdownTextObject(
            text="If you think this decision is unfair, appeal: someone other than the reviewer will decide.")]))
    return text, [b.to_dict() for b in blocks]


def reminder_text(req: ApprovalRequest) -> str:
    return (f"⏰ Reminder: request {req.id} from <@{req.author}> has waited since {when(req.submitted_at)}. "
            "Please approve, reject or request changes.")


def escalation_text(req: ApprovalRequest) -> str:
    return (f"🚨 Request {req.id} from <@{req.author}> in <#{req.review_channel}> has had no decision since "
            f"{when(req.submitted_at)} (twice the review deadline). It expires on {when(req.expire_at)}.")


def expired_dm(req: ApprovalRequest) -> str:
    return (f"⌛ Your request {req.id} expired on {when(req.decided_at)} without a decision. If you still want "
            "to post the draft, submit it again with `/checkpost --submit`.")


# --- appeals and breaches ------------------------------------------------------------------------

def appeal_modal(kind: str, subject_id: str) -> dict[str, Any]:
    return View(
        type="modal", callback_id=APPEAL_MODAL, title="Appeal", submit="Send appeal", close="Cancel",
        private_metadata=json.dumps({"kind": kind, "id": subject_id}),
        blocks=[
            SectionBlock(text=MarkdownTextObject(
                text=f"Appeal against {subject_id}. Someone who did not take the first decision will decide.")),
            InputBlock(block_id=REASON_BLOCK, label="Why should it be reconsidered?", element=PlainTextInputElement(
                action_id=REASON_INPUT, multiline=True, max_length=REASON_MAX)),
        ],
    ).to_dict()


def appeal_message(appeal: Appeal, subject_line: str) -> tuple[str, list[dict[str, Any]]]:
    blocks: list[Block] = [
        HeaderBlock(text=f"Appeal {appeal.id}"),
        SectionBlock(text=MarkdownTextObject(text=clip(
            f"<@{appeal.appellant}> appeals against {escape(subject_line)}"
            + (f", decided by <@{appeal.first_decider}>" if appeal.first_decider else "")
            + f".\n*Their reason:*\n{quote(appeal.reason, 2000)}"))),
    ]
    if appeal.state == AppealState.PENDING:
        blocks += [
            ActionsBlock(block_id="appeal_decide", elements=[
                ButtonElement(text="Uphold decision", action_id=UPHOLD, value=appeal.id),
                ButtonElement(text="Overturn decision", action_id=OVERTURN, value=appeal.id, style="primary"),
            ]),
            ContextBlock(elements=[MarkdownTextObject(
                text="Any member of this channel except the first decider can decide.")]),
        ]
    else:
        blocks.append(SectionBlock(text=MarkdownTextObject(
            text=f"⚖️ *{describe(appeal.state).capitalize()}* by <@{appeal.decided_by}> on "
                 f"{when(appeal.decided_at)}")))
    text = f"Appeal {appeal.id} from <@{appeal.appellant}>: {describe(appeal.state)}"
    return text, [b.to_dict() for b in blocks]


def appeal_outcome_dm(appeal: Appeal) -> str:
    if appeal.state == AppealState.OVERTURNED:
        what = ("the rejection was overturned: your draft is approved exactly as submitted"
                if appeal.subject_kind == "request" else "the breach was overturned and no longer counts")
    else:
        what = "the original decision stands"
    return (f"⚖️ Your appeal {appeal.id} against {appeal.subject_id} was decided by <@{appeal.decided_by}> "
            f"on {when(appeal.decided_at)}: {what}.")


def breach_dm(breach: Breach, appeals_open: bool) -> tuple[str, list[dict[str, Any]]]:
    text = (f"A breach of the social media policy was recorded against you ({breach.id}, rule "
            f"`{breach.rule}`) by <@{breach.recorded_by}> on {when(breach.recorded_at)}.")
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=clip(text)))]
    if breach.note:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=clip("*Note:*\n" + quote(breach.note)))))
    if appeals_open:
        blocks.append(ActionsBlock(block_id="appeal", elements=[
            ButtonElement(text="Appeal", action_id=APPEAL_OPEN, value=f"breach:{breach.id}")]))
    return text, [b.to_dict() for b in blocks]


# --- the queue ------------------------------------------------------------------------------------

def queue_blocks(to_review: Sequence[ApprovalRequest], appeals: Sequence[Appeal],
                 mine: Sequence[ApprovalRequest], limit: int = SURFACE_BLOCKS_MAX) -> list[Block]:
    """What is waiting for this person: requests to review, appeals to decide, their own requests."""
    blocks: list[Block] = [DividerBlock(), SectionBlock(text=MarkdownTextObject(text="*Your approval queue*"))]
    if not (to_review or appeals or mine):
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text="Nothing is waiting for you.")]))
        return blocks
    lines = [f"• {r.id} from <@{r.author}> · {escape(label(r.category))} · in <#{r.review_channel}> · "
             f"waiting since {when(r.submitted_at)}" for r in to_review]
    if lines:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=clip("*To review*\n" + "\n".join(lines)))))
    lines = [f"• {a.id} from <@{a.appellant}> against {a.subject_id} · in <#{a.channel}>" for a in appeals]
    if lines:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=clip("*Appeals to decide*\n" + "\n".join(lines)))))
    lines = [f"• {r.id} · {escape(label(r.category))} · waiting in <#{r.review_channel}> since "
             f"{when(r.submitted_at)}" for r in mine]
    if lines:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=clip("*Your requests*\n" + "\n".join(lines)))))
    return fit(blocks, limit)
