"""Which rulebook patterns could match a draft: a few RE2 ``Set``s of loosened patterns.

Why: running ~70 exact regexes per draft costs far more than one Set pass that says which
of them can match at all. A Set's DFA is the product of the patterns' partial-match
states, so it is the part that grows on unseen text; three measures keep it small:
``loosen`` (bounded repeats become open-ended), leaving context-only patterns out of it
altogether (``TermIndex.compile(lazy=...)``: they run only when a rule asks about them), and
dealing the patterns over three Sets of consecutive patterns (``Prefilter``).

Measured and dropped (interleaved A/B on fresh 300-character drafts):
* Splitting by kind (plain patterns, and the "gap" patterns with ``[^.!?]*`` or
  ``(?:\\w+\\s)*`` dealt over two Sets) halved the Set's own cold cost in isolation, but
  inside a full check it was no faster. (Three Sets of consecutive patterns, measured later
  with an in-process interleaved A/B of two checkers, do pay: ``Prefilter``.)
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


PREFILTER_SETS = 3
"""How many Sets the patterns are dealt over, in rulebook order (see ``Prefilter``)."""


class Prefilter:
    """``candidates(text)``: indexes of the patterns worth running exactly on a draft.

    The patterns are dealt over ``sets`` Sets of consecutive patterns (rulebook order keeps a rule's patterns,
    and a category's rules, together). Why: one Set's DFA state is the product of all its patterns' partial
    matches, so on unseen text it keeps building states; three smaller Sets build far fewer between them.
    Measured on fresh 300-character drafts (one core, Set calls alone): one Set 54.6 us a draft over the first
    2,000 drafts and 13.1 us after, three Sets 24.4 and 7.1 us (2 Sets: 30.3 / 7.7, 5 Sets: 21.5 / 8.5).
    """

    def __init__(self, sources: Sequence[str], sets: int = PREFILTER_SETS) -> None:
        # (offset of its first pattern, the compiled set's Match) per Set. The compiled set itself: the
        # wrapper's Match adds three Python calls per call.
        self._sets: list[re2.Set] = []
        self._matches: list[tuple[int, Callable[[bytes], list[int]]]] = []
        n = len(sources)
        sets = max(1, min(sets, n))
        for k in range(sets if n else 0):
            lo, hi = k * n // sets, (k + 1) * n // sets
            rset = re2.Set.SearchSet(re2_options())
            for src in sources[lo:hi]:
                rset.Add(loosen(src))
            rset.Compile()
            self._sets.append(rset)
            self._matches.append((lo, rset._set.Match))

    def candidates(self, text: str) -> list[int]:
        """Pattern indexes that could match (a superset: the patterns are loosened), in no particular order (as
        one Set gave them): each pattern records the hits of its own term, so the order changes no result."""
        if not self._matches:
            return []
        data = text.encode("utf-8")
        out: list[int] = []
        for lo, match in self._matches:
            found = match(data)
            if found:
                out.extend([lo + i for i in found] if lo else found)
        return out
