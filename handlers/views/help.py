"""Usage help and kind error messages shared by the slash commands."""

from __future__ import annotations

from policy_core.checker import MAX_DRAFT_CHARS

CHECKPOST_USAGE = (
    "*How to check a draft*\n"
    "`/checkpost <your draft>` checks a post before you publish it and tells you, privately, "
    "what the social media policy says about it.\n"
    "You can also use the *Check this post* shortcut on any message (the ⋮ menu).\n"
    "`/checkpost help` shows this message."
)


def too_long(length: int) -> str:
    return (
        f"That draft is {length:,} characters; I check drafts of up to {MAX_DRAFT_CHARS:,}. "
        "Please split it and check each part."
    )
