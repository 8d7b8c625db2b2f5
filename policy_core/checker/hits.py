"""Term hits of one draft, kept in view coordinates until a rule asks where they are.

Why: a 300-character draft hits ~20 terms, four in five of them context words ("we",
"your", "today") that no rule ever looks at unless a primary term fired nearby. Mapping
every hit back through the view and normalisation maps (bisect per end, a dedupe set) cost
more than the Aho-Corasick scan itself; recording a raw tuple and mapping on first use
makes the common case a list append.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .normalize import Normalized, SpanMap

_BLANK_LINE = re.compile(r"\n[ \t]*\n")  # a paragraph break
Span = tuple[int, int]
Raw = tuple[int, int, SpanMap | None]
"""(start, end, src): a span of a view; ``src`` maps view indexes to ``Normalized.text`` (None = same)."""


class Hits:
    """Which terms occur in a draft (``raw`` keys, in first-seen order) and, on demand, where."""

    __slots__ = ("_mapped", "_norm", "_paragraphs", "_ran", "_run", "_view", "raw", "shifted")

    def __init__(self, norm: Normalized) -> None:
        self.raw: dict[int, list[Raw]] = {}
        self._mapped: dict[int, list[Span]] = {}
        self._norm = norm
        self._ran: set[int] | None = None
        self._run: Callable[[int, dict[int, list[Raw]]], None] | None = None
        self._view: SpanMap | None = None
        self._paragraphs: bool | None = None
        self.shifted = norm.starts is not None  # rule windows count characters other than the original's

    def defer(self, run: Callable[[int, dict[int, list[Raw]]], None]) -> None:
        """Deferred terms are not scanned yet: ``run(term, raw)`` records their hits when ``resolve`` asks."""
        self._run = run

    def resolve(self, term: int) -> bool:
        """Does a deferred term (a context-only pattern) occur? Runs it the first time it is asked about.

        Why: a few context patterns ("as an employee at Acme ...") are the costliest regexes
        to run on unseen text, and most drafts have no candidate whose rule consults them.
        """
        if self._run is not None:
            if self._ran is None:
                self._ran = set()
            if term not in self._ran:
                self._ran.add(term)
                self._run(term, self.raw)
        return term in self.raw

    @property
    def has_paragraphs(self) -> bool:
        """Does the draft have a blank line (two paragraphs or more)? Asked once per draft at most."""
        if self._paragraphs is None:
            text = self._norm.text
            self._paragraphs = "\n" in text and _BLANK_LINE.search(text) is not None
        return self._paragraphs

    def paragraph_break(self, lo: int, hi: int) -> bool:
        """Is there a blank line between normalised offsets ``lo`` and ``hi``?"""
        return lo < hi and _BLANK_LINE.search(self._norm.text, lo, hi) is not None

    def __contains__(self, term: int) -> bool:
        return term in self.raw

    def measure_in(self, view: SpanMap | None, distorted: bool) -> None:
        """Count rule windows in ``view`` (the word view's map to ``Normalized.text``) when ``distorted``:
        letters spelled out one by one ("t h e   p a t i e n t"), stretched ("sooo") or split by invisible
        characters put far more characters between two words than a reader sees."""
        self._view = view
        self.shifted = distorted or self._norm.starts is not None

    def norm_index(self, i: int) -> int:
        """Where original index ``i`` falls in the text rule windows are counted in (see ``measure_in``).

        Why: a rule's window ("weaken within 80 characters") is about the words a reader sees; ten
        zero-width characters inside a word must not push its context out of reach.
        """
        starts = self._norm.starts
        n = i if starts is None else bisect.bisect_left(starts, i)
        view = self._view
        if view is None:
            return n
        k = bisect.bisect_right(view.src_starts, n) - 1
        if k < 0:
            return 0
        out = view.out_starts[k] + n - view.src_starts[k]
        return min(out, view.out_starts[k + 1]) if k + 1 < len(view.out_starts) else out

    def spans(self, term: int) -> list[Span]:
        """Distinct original-text spans of ``term``, in the order the views found them."""
        got = self._mapped.get(term)
        if got is None:
            got = self._mapped[term] = self._map(self.raw[term])
        return got

    def _map(self, raw: list[Raw]) -> list[Span]:
        if self._norm.starts is None:  # normalisation kept every offset (always for ASCII drafts)
            return list(dict.fromkeys([(s, e) if src is None else src.span(s, e) for s, e, src in raw]))
        to_original = self._norm.to_original
        return list(dict.fromkeys([to_original(s, e) if src is None else to_original(*src.span(s, e))
                                   for s, e, src in raw]))
