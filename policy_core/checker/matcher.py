"""Compile every phrase and pattern of a rulebook into a few linear-time scanners.

Why: a draft is scanned once per view, not once per rule. Phrases go into
Aho-Corasick automata (pyahocorasick, C) over the word and leet views; for patterns a
prefilter (``prefilter.Prefilter``) says which could match at all, and only those are
run for their spans. RE2 guarantees linear time, so a rulebook author cannot write a
catastrophically backtracking pattern.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ahocorasick
import re2

from .fastre import ascii_spans, re2_options
from .hits import Hits, Raw, Span
from .lexicon import Lexicon
from .normalize import (
    Normalized,
    Repaired,
    SpanMap,
    View,
    collapse_spaced,
    compose,
    has_dotted_token,
    leet_from_words,
    needs_leet,
    phrase_key,
    words_view,
)
from .prefilter import Prefilter, loosen

__all__ = ["Hits", "Repaired", "Scan", "Span", "TermIndex", "loosen"]


@dataclass(slots=True)
class _Pattern:
    term: int
    regex: re2._Regexp


@dataclass(slots=True)
class Scan:
    """One draft on its way through ``TermIndex.scan``'s steps."""

    norm: Normalized
    hits: Hits
    words: View
    leet: View | None
    repaired: Repaired | None
    texts: list[tuple[str, SpanMap | None]] = field(default_factory=list)  # where patterns run
    matched: list[list[int]] = field(default_factory=list)  # per text, the patterns the prefilter let through


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

    def compile(self, lazy: frozenset[int] = frozenset()) -> None:
        """Build the automata and the pattern prefilter. Call once after all terms are registered.

        Patterns in ``lazy`` (context-only: no rule fires on them) are left out of the scan and
        run only when ``Hits.resolve`` asks for them; ``deferred_terms`` lists them.
        """
        self._words = ahocorasick.Automaton()
        self._leet = ahocorasick.Automaton()
        self._runs = ahocorasick.Automaton()
        words: dict[str, list[int]] = {}
        leet: dict[str, list[int]] = {}
        runs: dict[str, list[int]] = {}
        for term, raw in self._phrases:
            prefix = raw.endswith("*")
            body = raw.rstrip("*")
            for table, is_leet in ((words, False), (leet, True)):
                key = phrase_key(body, leet=is_leet)
                if not key:
                    continue
                # A prefix key has no closing space, so a key is either all prefix or all whole-word.
                padded = " " + key + ("" if prefix else " ")
                table.setdefault(padded, []).append(term)
                if is_leet:
                    joined = key.replace(" ", "")
                    if len(joined) >= 4:
                        runs.setdefault(joined, []).append(term)
        for automaton, table in ((self._words, words), (self._leet, leet)):
            for key, ids in table.items():
                automaton.add_word(key, (len(key), tuple(ids), not key.endswith(" ")))
            if not table:
                automaton.add_word("\x00never\x00", (0, (), False))
            automaton.make_automaton()
        for key, ids in runs.items():
            self._runs.add_word(key, (len(key), tuple(ids)))
        if not runs:
            self._runs.add_word("\x00never\x00", (0, ()))
        self._runs.make_automaton()

        options = re2_options()
        self._regexes: list[_Pattern] = []
        self._lazy: dict[int, _Pattern] = {}
        sources: list[str] = []
        for term, text, case_sensitive in self._patterns:
            source = relax_case(text) if case_sensitive else "(?i)" + text
            pat = _Pattern(term, re2.compile(source, options))
            if term in lazy:
                self._lazy[term] = pat
            else:
                sources.append(source)
                self._regexes.append(pat)
        self.deferred_terms = frozenset(self._lazy)
        self.lexicon = Lexicon.from_terms((raw for _, raw in self._phrases),
                                          ((text, cs) for _, text, cs in self._patterns))
        self._prefilter = Prefilter(sources)
        self._has_patterns = bool(self._regexes)
        self._compiled = True

    def scan(self, norm: Normalized) -> Scan:
        """All term hits in a draft (see ``Hits``), the word and leet views built for it, and its text
        with disguised words restored (``Lexicon.repair``; None when there were none), as a ``Scan``.

        Phrases and patterns are matched in the repaired text (and patterns again with spaced-out
        letters joined). The repair leaves keys, codes and numbers as written, so a token pattern
        meets them unchanged; reading a disguised word is what lets a pattern such as
        "(?:my|our|the) patient" meet "7h3 p@t!ent".

        The steps (``begin``, ``scan_phrases``, ``prefilter``, ``scan_patterns``) are public so that a batch
        can take each step for all its drafts in turn (``Checker.check_json_many``).
        """
        scan = self.begin(norm)
        self.scan_phrases(scan)
        self.prefilter(scan)
        self.scan_patterns(scan)
        return scan

    def begin(self, norm: Normalized) -> Scan:
        """A draft's repaired text and its word and leet views, ready to be scanned."""
        hits = Hits(norm)
        lexicon = self.lexicon
        known = lexicon.known
        repaired = lexicon.repair(norm.text)
        base = None if repaired is None else repaired[1]
        lower = (norm.text if repaired is None else repaired[0]).lower()
        words = words_view(norm, repaired, known)
        if words.runs or base is not None:
            hits.measure_in(words.src, True)
        leet = leet_from_words(words, lower, base, known) if (words.runs or needs_leet(lower)) else None
        return Scan(norm, hits, words, leet, repaired)

    def scan_phrases(self, scan: Scan) -> None:
        """The phrase hits: both Aho-Corasick passes, and phrases inside runs of joined letters."""
        raw = scan.hits.raw
        leet = scan.leet
        self._scan_view(scan.words, self._words, raw)
        if leet is not None:
            self._scan_view(leet, self._leet, raw)
            src = leet.src
            view_text = leet.text
            folded = self.lexicon.known_folded
            for rs, rend in leet.runs:
                joined = view_text[rs:rend]
                if folded(joined):
                    continue  # one word ("bluebird", "offering"): the word views have matched it whole
                for end, (keylen, ids) in self._runs.iter(joined):
                    # Inside a run of joined letters a phrase counts where the rest of the run is made
                    # of words too ("discountcode"), not inside another word ("bluebird", "offering").
                    start = end - keylen + 1
                    left, right = joined[:start], joined[end + 1:]
                    if (left and not folded(left)) or (right and not folded(right)):
                        continue
                    entry = (rs + start, rs + end + 1, src)
                    for term in ids:
                        lst = raw.get(term)
                        if lst is None:
                            raw[term] = [entry]
                        else:
                            lst.append(entry)

    def prefilter(self, scan: Scan) -> None:
        """The texts patterns run in (the repaired text, and that text with spaced-out letters joined), and for
        each the patterns that could match there (``Prefilter``)."""
        repaired = scan.repaired
        texts: list[tuple[str, SpanMap | None]] = [(scan.norm.text, None) if repaired is None else repaired]
        if scan.words.runs or has_dotted_token(texts[-1][0]):
            collapsed = collapse_spaced(texts[-1][0], self.lexicon.known)
            if collapsed is not None:
                texts.append((collapsed[0], compose(collapsed[1], None if repaired is None else repaired[1])))
        scan.texts = texts
        scan.matched = [self._prefilter.candidates(source) if self._has_patterns else [] for source, _ in texts]

    def scan_patterns(self, scan: Scan) -> None:
        """Run the patterns the prefilter let through, for their spans; defer the context-only ones."""
        raw = scan.hits.raw
        texts = scan.texts
        for (source, span_map), matched in zip(texts, scan.matched, strict=True):
            for idx in matched:
                _run_pattern(self._regexes[idx], source, span_map, raw)
        if self._lazy:
            lazy = self._lazy

            def run(term: int, raw: dict[int, list[Raw]]) -> None:
                pat = lazy[term]
                for source, span_map in texts:
                    _run_pattern(pat, source, span_map, raw)

            scan.hits.defer(run)

    @staticmethod
    def _scan_view(view: View, automaton: ahocorasick.Automaton, raw: dict[int, list[Raw]]) -> None:
        """One Aho-Corasick pass; hits are recorded in view coordinates (mapped later, if asked)."""
        text = view.text
        src = view.src
        for end, (keylen, ids, prefix) in automaton.iter(" " + text + " "):
            if prefix:  # "share*": the match runs to the end of the word
                stop = text.find(" ", end)
                entry = (end - keylen + 1, len(text) if stop < 0 else stop, src)
            else:
                entry = (end - keylen + 1, end - 1, src)
            for term in ids:
                lst = raw.get(term)
                if lst is None:
                    raw[term] = [entry]
                else:
                    lst.append(entry)


_QUANTIFIERS = "?*+{"


def relax_case(source: str) -> str:
    """A case-sensitive pattern whose lower-case literal words match in any case.

    Why: a case-sensitive pattern needs case for its names and codes ("[A-Z][a-z]+", "Mr", "AKIA");
    its lower-case words ("in", "from", "the ... family") are the words around them, and "In 312"
    or "fRoM LiNe" must not slip past because of a capital. Capitals, character classes, escapes
    and group syntax are left exactly as written; a word followed by a quantifier keeps its last
    letter as written ("patients?" -> "(?i:patient)s?").
    """
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":  # an escape: two characters as written
            out.append(source[i:i + 2])
            i += 2
        elif c == "[":  # a character class, up to its unescaped closing bracket
            j = i + 1
            if j < n and source[j] == "^":
                j += 1
            if j < n and source[j] == "]":
                j += 1
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            out.append(source[i:j + 1])
            i = j + 1
        elif source.startswith("(?", i):  # group syntax: flags, names
            j = i + 2
            while j < n and source[j] not in ":)":
                j += 1
            out.append(source[i:j + 1])
            i = j + 1
        elif c == "{":  # a counted repeat
            j = source.find("}", i)
            j = n - 1 if j < 0 else j
            out.append(source[i:j + 1])
            i = j + 1
        elif "a" <= c <= "z":
            j = i
            while j < n and "a" <= source[j] <= "z":
                j += 1
            word = source[i:j]
            glued_after = j < n and (source[j].isupper() or source[j].isdigit() or source[j] == "_")
            glued_before = i > 0 and (source[i - 1].isupper() or source[i - 1].isdigit())
            if glued_after or glued_before:
                out.append(word)  # part of a mixed token ("AIza", "eyJ", "v1"): as written
            elif j < n and source[j] in _QUANTIFIERS:
                out.append(f"(?i:{word[:-1]}){word[-1]}" if len(word) > 2 else word)
            else:
                out.append(f"(?i:{word})" if len(word) > 1 else word)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _run_pattern(pat: _Pattern, text: str, src: SpanMap | None, raw: dict[int, list[Raw]]) -> None:
    """Record every non-empty match of one pattern (spans of ``text``, mapped through ``src``)."""
    spans = ascii_spans(pat.regex, text.encode("ascii")) if text.isascii() else \
        [m.span() for m in pat.regex.finditer(text)]
    for s, e in spans:
        if e <= s:
            continue
        if src is not None:
            s, e = src[s], src[e - 1] + 1
        lst = raw.get(pat.term)
        if lst is None:
            raw[pat.term] = [(s, e, None)]
        else:
            lst.append((s, e, None))
