"""The App Home tab: what the bot does and how to use it."""

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
from slack_sdk.models.views import View

from handlers.views.blocks import SURFACE_BLOCKS_MAX, fit

INTRO = (
    "I help you post about work without worrying. Before you publish, check your draft and I'll tell "
    "you what the social media policy says about it: what to change, why, and a safe rewrite."
)

HOW_TO = (
    "• `/checkpost <draft>`: check a draft privately\n"
    "• *Check this post* (message ⋮ menu): check any message\n"
    "• `/checkpost --submit <draft>`: send a draft that needs approval to its reviewers\n"
    "• `/checkpost queue`: what is waiting for your review (also below)\n"
)


PRIVACY = (
    "Checks are private to you. Only drafts you submit for approval are stored, and only until the "
    "retention period ends (a draft that needs approval is kept for an hour so you can submit it)."
)


def home_view(sections: list[Block] | None = None) -> dict[str, Any]:
    """The Home tab; capabilities add their own sections (a reviewer's queue, quiz progress)."""
    blocks: list[Block] = [
        HeaderBlock(text="Policybot"),
        SectionBlock(text=MarkdownTextObject(text=INTRO)),
        DividerBlock(),
        SectionBlock(text=MarkdownTextObject(text="*What you can do*\n" + HOW_TO)),
        *(sections or []),
        ContextBlock(elements=[MarkdownTextObject(text=PRIVACY)]),
    ]
    return View(type="home", blocks=fit(blocks, SURFACE_BLOCKS_MAX)).to_dict()
