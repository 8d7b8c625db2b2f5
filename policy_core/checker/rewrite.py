"""Build a suggested safe rewrite from findings whose rules say how to fix them.

Why a separate step: fixes are edits to the *original* text (so formatting survives),
applied right-to-left so earlier offsets stay valid; overlapping fixes keep the first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class Edit:
    start: int
    end: int
    kind: str  # redact | replace | remove | append
    text: str


def apply_edits(original: str, edits: list[Edit]) -> str | None:
    """Apply edits; None if there is nothing to apply."""
    if not edits:
        return None
    spans = sorted((e for e in edits if e.kind != "append"), key=lambda e: (e.start, -e.end))
    chosen: list[Edit] = []
    last_end = -1
    for e in spans:
        if e.start >= last_end:
            chosen.append(e)
            last_end = e.end
    out = original
    for e in reversed(chosen):
        if e.kind == "remove":
            start, end = e.start, e.end
            # swallow one adjacent space so "a X b" becomes "a b"
            if end < len(out) and out[end] == " ":
                end += 1
            elif start > 0 and out[start - 1] == " ":
                start -= 1
            out = out[:start] + out[end:]
        else:
            out = out[: e.start] + e.text + out[e.end :]
    appended: list[str] = []
    for e in edits:
        if e.kind == "append" and e.text not in appended and e.text.lower() not in out.lower():
            appended.append(e.text)
    if appended:
        out = out.rstrip() + "\n\n" + " ".join(appended)
    return out if out != original else None
