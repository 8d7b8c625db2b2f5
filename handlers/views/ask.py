"""Block Kit for ask policy: the quoted, cited answer with feedback buttons, the section modal, the forward."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from handlers.views.blocks import clip, escape, quote
from policy_core.ask import Answer, Citation, Section

HELPFUL = "ask_helpful"
NOT_HELPFUL = "ask_not_helpful"
FORWARD = "ask_forward"
READ_SECTION = "ask_read_section"

ASK_USAGE = (
    "*How to ask about the policy*\n"
    "`/askpolicy <your question>` answers from the organisation's social media policy, quoting it, "
    "for example `/askpolicy can I post about the sale?`\n"
    "You can also mention me in a channel (I answer in a thread), send me a direct message, or use the "
    "*Ask policy about this* shortcut on any message (the ⋮ menu).\n"
    "`/askpolicy help` shows this message."
)


def source_line(c: Citation) -> str:
    parts = [f"*{escape(c.section)}*", f"`{escape(c.id)}`"]
    if c.version:
        parts.append(escape(c.version))
    if c.owner:
        parts.append(f"owner: {escape(c.owner)}")
    return " · ".join(parts)


def answer_blocks(answer: Answer, question_id: int, *, can_forward: bool, from_default: bool) -> list[dict[str, Any]]:
    """The reply: headline, 1–3 quoted passages each named with a button to read the whole section,
    the takeaway when the policy states one, then Helpful / Not helpful (and Forward when unsure)."""
    if answer.confident:
        head = "📘 *Here is what the policy says:*"
    else:
        head = ("🤔 *I'm not sure the policy covers this.* The closest passage I found is below; "
                "it may not answer your question.")
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=head))]
    for c in answer.quotes:
        blocks.append(SectionBlock(
            text=MarkdownTextObject(text=clip(quote(c.quote, 2500) + "\n— " + source_line(c))),
            accessory=ButtonElement(text=PlainTextObject(text="Read section"), action_id=READ_SECTION,
                                    value=c.id[:2000]),
        ))
    if not answer.quotes:
        blocks.append(SectionBlock(text=MarkdownTextObject(text="I found nothing in the policy about that.")))
    if answer.takeaway:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=clip("*In short:* " + escape(answer.takeaway)))))
    notes = []
    if from_default:
        notes.append("Answered from the default policy shipped with Policybot; your organisation can import "
                     "its own with `policybot rules import`.")
    if notes:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=n) for n in notes]))
    blocks.append(DividerBlock())
    buttons = [
        ButtonElement(text=PlainTextObject(text="👍 Helpful"), action_id=HELPFUL, value=str(question_id)),
        ButtonElement(text=PlainTextObject(text="👎 Not helpful"), action_id=NOT_HELPFUL, value=str(question_id)),
    ]
    if can_forward:
        buttons.append(ButtonElement(text=PlainTextObject(text="Forward to policy owners"), action_id=FORWARD,
                                     value=str(question_id), style="primary"))
    blocks.append(ActionsBlock(block_id="ask_feedback", elements=buttons))
    return [b.to_dict() for b in blocks]


def fallback_text(answer: Answer) -> str:
    """Notification text: the first passage's section, never the question (it may hold personal data)."""
    if not answer.quotes:
        return "I found nothing in the policy about that."
    first = answer.quotes[0]
    lead = "The policy says" if answer.confident else "Not sure the policy covers this; closest"
    return f"{lead}: {first.section}"


def section_modal(section: Section) -> dict[str, Any]:
    meta = [f"`{escape(section.id)}`"]
    if section.version:
        meta.append(escape(section.version))
    if section.owner:
        meta.append(f"owner: {escape(section.owner)}")
    if section.review_by:
        meta.append(f"review by {section.review_by}")
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=clip(escape(section.text))))]
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=" · ".join(meta))]))
    view = View(type="modal", title=PlainTextObject(text=clip(section.title, 24)),
                close=PlainTextObject(text="Close"), blocks=blocks)
    return view.to_dict()


def forwarded_blocks(question: str, asker: str, answer: Answer) -> list[dict[str, Any]]:
    """What the policy owners see: the redacted question, who asked, and what the bot found."""
    closest = answer.citations[0] if answer.citations else None
    found = f"Closest section: {source_line(closest)}" if closest else "No section matched at all."
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(
            text=f"❓ *A question the policy may not answer*, from <@{asker}>:\n{quote(question, 2500)}")),
        ContextBlock(elements=[MarkdownTextObject(text=clip(found, 2000))]),
    ]
    return [b.to_dict() for b in blocks]
