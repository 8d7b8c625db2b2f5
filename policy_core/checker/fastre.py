"""RE2 called directly on ASCII text, for the checks that run on every draft.

Why: a draft's normalised text and word views are ASCII, where byte and character offsets
agree, so the wrapper's offset bookkeeping (which dominates its cost on short drafts) can be
skipped. And a yes/no pre-check such as "are there spaced-out letters?" costs Python's ``re``
tens of nanoseconds per character when the pattern starts with a look-behind it cannot skip
ahead with; RE2's DFA reads the text once. Patterns written for RE2 here have no look-around:
an ASCII boundary is spelled as a consumed character or ``^``/``$`` instead, which gives the
same yes/no answer.
"""

from __future__ import annotations

import re2

_UNANCHORED = re2._Anchor.UNANCHORED
# What Python's ``\s`` matches in ASCII, as the inside of a character class: RE2's ``\s`` leaves out \x0b and
# \x1c-\x1f, so an RE2 twin of a Python pattern spells the class out with this.
ASCII_SPACE = r"\t\n\x0b\x0c\r\x1c-\x1f "


def re2_options() -> re2.Options:
    """Options for every checker regex: quiet, and a DFA cache big enough not to thrash."""
    options = re2.Options()
    options.log_errors = False
    # A cap, not an allocation: at the 8 MiB default RE2 keeps flushing a Set's DFA cache.
    options.max_mem = 128 << 20
    return options


def compile_re2(pattern: str) -> re2._Regexp:
    """A pattern compiled with the checker's RE2 options."""
    return re2.compile(pattern, re2_options())


def ascii_spans(regex: re2._Regexp, encoded: bytes) -> list[tuple[int, int]]:
    """All non-overlapping match spans in ASCII bytes (finditer's spans), calling RE2 directly."""
    out: list[tuple[int, int]] = []
    pos, n = 0, len(encoded)
    match = regex._regexp.Match
    while pos <= n:
        s, e = match(_UNANCHORED, encoded, pos, n)[0]
        if s < 0:
            break
        out.append((s, e))
        pos = e if e > s else e + 1
    return out


def search_from(regex: re2._Regexp, encoded: bytes, pos: int) -> tuple[int, int]:
    """Span of the first match at or after ``pos`` in ASCII bytes, or (-1, -1). ``^`` only matches at 0."""
    s, e = regex._regexp.Match(_UNANCHORED, encoded, pos, len(encoded))[0]
    return s, e


def ascii_search(regex: re2._Regexp, text: str) -> bool:
    """Does ``regex`` match anywhere in ``text``, which must be ASCII?"""
    return bytes_search(regex, text.encode("ascii"))


def bytes_search(regex: re2._Regexp, data: bytes) -> bool:
    """Does ``regex`` match anywhere in UTF-8 ``data``?"""
    return regex._regexp.Match(_UNANCHORED, data, 0, len(data))[0][0] >= 0
