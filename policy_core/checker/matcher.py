"""Compile every phrase and pattern of a rulebook into a few linear-time scanners.

Why: a draft is scanned once per view, not once per rule. Phrases go into
Aho-Corasick automata (pyahocorasick, C) over the word and leet views; patterns go
into one RE2 ``Set`` that says in a single pass which patterns match at all, and
only those are run again for their spans. RE2 guarantees linear time, so a
rulebook author cannot write a catastrophically backtracking pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick
import re2

from .normalize import Normalized, SpanMap, View, collapse_spaced, leet_view, needs_leet, phrase_key, words_view

Span = tuple[int, int]


@dataclass(slots=True)
class _Pattern:
    term: int
    regex: re2._Regexp


_UNANCHORED = re2._Anchor.UNANCHORED
_COUNTED = re.compile(r"(?<!\\)\{(\d+)(,?)(\d*)\}")


def loosen(pattern: str) -> str:
    """A superset of ``pattern`` for the prefilter Set: counted repeats become open-ended.

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


def _ascii_spans(regex: re2._Regexp, encoded: bytes) -> list[Span]:
    """All non-overlapping match spans, calling RE2 directly.

    For ASCII text byte and character offsets agree, so the wrapper's offset bookkeeping
    (which dominates its cost on short drafts) can be skipped.
    """
    out: list[Span] = []
    pos, n = 0, len(encoded)
    match = regex._regexp.Match
    while pos <= n:
        s, e = match(_UNANCHORED, encoded, pos, n)[0]
        if s < 0:
            break
        out.append((s, e))
        pos = e if e > s else e + 1
    return out


class TermIndex:
    """Interns phrases/patterns as integer term ids and scans drafts for all of them at once."""

    def __init__(self) -> None:
        self._phrase_ids: dict[str, int] = {}
        self._pattern_ids: dict[tuple[str, bool], int] = {}
        self._phrases: list[tuple[int, str]] = []
        self._patterns: list[tuple[int, str, bool]] = []
        self.size = 0
        self._compiled = False

    def phrase(self, text: str) -> int:
        """Term id for a phrase; a trailing ``*`` makes it a word-prefix match."""
        key = text.strip()
        if key not in self._phrase_ids:
            self._phrase_ids[key] = self.size
            self._phrases.append((self.size, key))
            self.size += 1
        return self._phrase_ids[key]

    def pattern(self, text: str, case_sensitive: bool) -> int:
        key = (text, case_sensitive)
        if key not in self._pattern_ids:
            self._pattern_ids[key] = self.size
            self._patterns.append((self.size, text, case_sensitive))
            self.size += 1
        return self._pattern_ids[key]

    def compile(self) -> None:
        """Build the automata and the RE2 set. Call once after all terms are registered."""
        self._words = ahocorasick.Automaton()
        self._leet = ahocorasick.Automaton()
        self._runs = ahocorasick.Automaton()
        words: dict[str, list[tuple[int, bool]]] = {}
        leet: dict[str, list[tuple[int, bool]]] = {}
        runs: dict[str, list[int]] = {}
        for term, raw in self._phrases:
            prefix = raw.endswith("*")
            body = raw.rstrip("*")
            for table, is_leet in ((words, False), (leet, True)):
                key = phrase_key(body, leet=is_leet)
                if not key:
                    continue
                padded = " " + key + ("" if prefix else " ")
                table.setdefault(padded, []).append((term, prefix))
                if is_leet:
                    joined = key.replace(" ", "")
                    if len(joined) >= 4:
                        runs.setdefault(joined, []).append(term)
        for automaton, table in ((self._words, words), (self._leet, leet)):
            for key, vals in table.items():
                automaton.add_word(key, (len(key), tuple(vals)))
            if not table:
                automaton.add_word("\x00never\x00", (0, ()))
            automaton.make_automaton()
        for key, ids in runs.items():
            self._runs.add_word(key, (len(key), tuple(ids)))
        if not runs:
            self._runs.add_word("\x00never\x00", (0, ()))
        self._runs.make_automaton()

        options = re2.Options()
        options.log_errors = False
        # A Set of ~100 patterns needs a big DFA cache: at the 8 MiB default RE2 keeps flushing it and
        # a 300-character draft costs ~600 us instead of ~40 us. This is a cap, not an allocation.
        options.max_mem = 128 << 20
        self._set = re2.Set.SearchSet(options)
        self._regexes: list[_Pattern] = []
        for term, text, case_sensitive in self._patterns:
            source = text if case_sensitive else "(?i)" + text
            self._set.Add(loosen(source))
            self._regexes.append(_Pattern(term, re2.compile(source, options)))
        self._has_patterns = bool(self._patterns)
        if self._has_patterns:
            self._set.Compile()
        self._compiled = True

    def scan(self, norm: Normalized) -> tuple[dict[int, list[Span]], View, View | None]:
        """All term hits in a draft (original-text spans), plus the word and leet views built for it."""
        hits: dict[int, list[Span]] = {}
        seen: set[tuple[int, int, int]] = set()
        lower = norm.text.lower()
        words = words_view(norm)
        leet = leet_view(norm) if (words.runs or needs_leet(lower)) else None
        views: list[tuple[View, ahocorasick.Automaton]] = [(words, self._words)]
        if leet is not None:
            views.append((leet, self._leet))
        for view, automaton in views:
            text = view.text
            for end, (keylen, vals) in automaton.iter(" " + text + " "):
                start = end - keylen + 1
                for term, prefix in vals:
                    if prefix:
                        stop = text.find(" ", start + keylen - 1)
                        vend = len(text) if stop < 0 else stop
                    else:
                        vend = start + keylen - 2
                    self._add(hits, seen, term, norm, view, start, vend)
            if view is leet:
                for rs, rend in view.runs:
                    for end, (keylen, ids) in self._runs.iter(text[rs:rend]):
                        vs = rs + end - keylen + 1
                        for term in ids:
                            self._add(hits, seen, term, norm, view, vs, rs + end + 1)
        if self._has_patterns:
            self._scan_patterns(norm, norm.text, None, hits, seen)
            if words.runs:
                collapsed = collapse_spaced(norm.text)
                if collapsed is not None:
                    self._scan_patterns(norm, collapsed[0], collapsed[1], hits, seen)
        return hits, words, leet

    def _scan_patterns(self, norm: Normalized, text: str, src: SpanMap | None,
                       hits: dict[int, list[Span]], seen: set[tuple[int, int, int]]) -> None:
        """Run the RE2 set once; re-run only the patterns that matched, for their spans."""
        matched = self._set.Match(text)
        if not matched:
            return
        encoded = text.encode("ascii") if text.isascii() else None
        for idx in matched:
            pat = self._regexes[idx]
            spans = _ascii_spans(pat.regex, encoded) if encoded is not None else \
                [m.span() for m in pat.regex.finditer(text)]
            for s, e in spans:
                if e <= s:
                    continue
                if src is not None:
                    s, e = src[s], src[e - 1] + 1
                os_, oe = norm.to_original(s, e)
                key = (pat.term, os_, oe)
                if key not in seen:
                    seen.add(key)
                    hits.setdefault(pat.term, []).append((os_, oe))

    @staticmethod
    def _add(hits: dict[int, list[Span]], seen: set[tuple[int, int, int]], term: int, norm: Normalized,
             view: View, vs: int, ve: int) -> None:
        if view.src is None and norm.starts is None:
            os_, oe = vs, ve
        else:
            ns, ne = view.to_norm(vs, ve)
            os_, oe = norm.to_original(ns, ne)
        key = (term, os_, oe)
        if key not in seen:
            seen.add(key)
            hits.setdefault(term, []).append((os_, oe))
