"""Small helpers every view uses: escaping user text and fitting Slack's length limits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject

T = TypeVar("T")

SECTION_TEXT_MAX = 3000
MESSAGE_BLOCKS_MAX = 50
SURFACE_BLOCKS_MAX = 100  # modals and App Home


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int = SECTION_TEXT_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quote(text: str, limit: int = SECTION_TEXT_MAX) -> str:
    """A block quote of untrusted text, clipped to fit a section."""
    lines = escape(text).splitlines() or [""]
    return clip("\n".join("> " + ln for ln in lines), limit)


def fit(blocks: Sequence[Block], limit: int = MESSAGE_BLOCKS_MAX, what: str = "items") -> list[Block]:
    """Keep within a surface's block limit, saying how much was left out."""
    if len(blocks) <= limit:
        return list(blocks)
    kept = list(blocks[: limit - 1])
    left = len(blocks) - len(kept)
    kept.append(ContextBlock(elements=[MarkdownTextObject(text=f"…and {left} more {what} not shown.")]))
    return kept


def grouped(items: Sequence[T], key: Callable[[T], str]) -> list[list[T]]:
    """Items sharing a key, together, in order of first appearance.

    Why: one rule that matches twice in a draft ("code SAVE20" and "20% off") is one thing to fix;
    people read it as one point with two excerpts, not as two separate problems.
    """
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.values())
