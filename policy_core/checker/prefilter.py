"""Which rulebook patterns could match a draft: one RE2 ``Set`` of loosened patterns.

Why: running ~70 exact regexes per draft costs far more than one Set pass that says which
of them can match at all. The Set's DFA is the product of the patterns' partial-match
states, so it is the part that grows on unseen text; two measures keep it small:
``loosen`` (bounded repeats become open-ended) and leaving context-only patterns out of it
altogether (``TermIndex.compile(lazy=...)``: they run only when a rule asks about them).

Measured and dropped (interleaved A/B on fresh 300-character drafts):
* Splitting the Set into three (plain patterns, and the "gap" patterns with ``[^.!?]*``
  or ``(?:\\w+\\s)*`` dealt over two Sets) halved the Set's own cold cost in isolation,
  but inside a full check it was no faster: per-call overhead and more DFAs in cache.
* RE2's FilteredRE2 (``re2.Filter``, literal atoms): its pass is cheap, but atoms such as
  "acme" or "will" send 3-4x more patterns to the exact run, and the exact
  sentence-spanning regexes are the costliest thing to run on new text; net no faster.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import re2

from .fastre import re2_options

_COUNTED = re.compile(r"(?<!\\)\{(\d+)(,?)(\d*)\}")


def loosen(pattern: str) -> str:
    """A superset of ``pattern`` for a prefilter Set: counted repeats become open-ended.

    Why: every bounded repeat ({0,80}, {16}) multiplies the states of the Set's DFA, and new
    drafts keep creating new states. The Set only decides which exact patterns to run, so it
    may over-match; "x{2,20}" -> "x{2,}", "x{0,80}" -> "x*", "x{16}" -> "x{3,}".
    """
    def repl(m: re.Match[str]) -> str:
        low = int(m.group(1))
        if not m.group(2) and low <= 3:
            return m.group(0)
        if low == 0:
            return "*"
        if low == 1:
            return "+"
        return "{" + str(min(low, 3)) + ",}"
    return _COUNTED.sub(repl, pattern)


class Prefilter:
    """``candidates(text)``: indexes of the patterns worth running exactly on a draft."""

    def __init__(self, sources: Sequence[str]) -> None:
        self._set: re2.Set | None = None
        self._match: Callable[[bytes], list[int]] | None = None
        if sources:
            self._set = re2.Set.SearchSet(re2_options())
            for src in sources:
                self._set.Add(loosen(src))
            self._set.Compile()
            # The compiled set itself: the wrapper's Match adds three Python calls per draft.
            self._match = self._set._set.Match

    def candidates(self, text: str) -> list[int]:
        """Pattern indexes that could match (a superset: the patterns are loosened)."""
        if self._match is None:
            return []
        return self._match(text.encode("utf-8")) or []
