"""Shared per-draft state for recognizers and the hit type they return."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Protocol

from ..fastre import ASCII_SPACE, ascii_search, ascii_spans, compile_re2
from ..normalize import Normalized, Repaired, SpanMap, View, collapse_spaced, compose, leet_from_words, leet_view


@dataclass(slots=True, frozen=True)
class Hit:
    """A validated candidate: span in the *original* text, confidence, and a redaction label."""

    start: int
    end: int
    score: float
    label: str = ""


@dataclass(slots=True)
class DigitRun:
    """A run of digits (or spelled-out digits) with separators, e.g. "4111 1111-1111 1111"."""

    digits: str
    spans: list[tuple[int, int]]  # original span of each digit
    groups: list[tuple[int, int]]  # [start, end) indices into ``digits`` of separator-free groups
    plus: bool  # preceded by "+": an international phone number
    spelled: bool  # contained spelled-out digits ("four one one one")
    breaks: frozenset[int] = frozenset()  # group indices followed by a list separator (",", ";", "/")

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original span covering digits[i:j]."""
        return self.spans[i][0], self.spans[j - 1][1]


_NUMBER_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                 "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_WORD_ALT = "zero|one|two|three|four|five|six|seven|eight|nine"
# Each repetition consumes a digit/number word after at most 3 separator chars: linear time.
# A run may start with "oh" only when another number follows ("oh seven seven ..."; not "oh well").
_RUN = re.compile(
    rf"(?:\d|(?<![a-z])(?:{_WORD_ALT})(?![a-z])|(?<![a-z])oh(?=[ .\-,]{{1,3}}(?:\d|(?:{_WORD_ALT}|oh)(?![a-z]))))"
    rf"(?:[ .\-/()_,*\\]{{0,3}}(?:\d|(?<![a-z])(?:{_WORD_ALT}|oh)(?![a-z])))*")
_ELEMENT = re.compile(rf"\d|{_WORD_ALT}|oh")
_RUN_DIGITS = re.compile(r"\d(?:[ .\-/()_,*\\]{0,3}\d)*")
_RUN_DIGITS_RE2 = compile_re2(_RUN_DIGITS.pattern)  # same runs on ASCII text, found in C
_DIGIT = re.compile(r"\d")
_DIGITS_SPLIT = re.compile(r"(\d+)")
# Spelled-out numbers only matter as runs: three number words in a row, or one next to a digit
# ("147 three three 2249").
_SPELLED = re.compile(
    rf"(?<![a-z])(?:{_WORD_ALT}|oh)[\s,.\-]{{1,3}}(?:{_WORD_ALT}|oh)[\s,.\-]{{1,3}}(?:{_WORD_ALT}|oh)(?![a-z])"
    rf"|\d[\s,.\-]{{1,3}}(?:{_WORD_ALT}|oh)(?![a-z])|(?<![a-z])(?:{_WORD_ALT}|oh)[\s,.\-]{{1,3}}\d")
# The same yes/no for ASCII text in one RE2 pass (no look-around: the boundaries are consumed; the
# class is what Python's \s matches in ASCII, plus ",.-").
_SPELLED_SEP = rf"[{ASCII_SPACE},.\-]{{1,3}}"
_HAS_SPELLED = compile_re2(
    rf"(?:^|[^a-z])(?:{_WORD_ALT}|oh){_SPELLED_SEP}(?:{_WORD_ALT}|oh){_SPELLED_SEP}(?:{_WORD_ALT}|oh)(?:[^a-z]|$)"
    rf"|\d{_SPELLED_SEP}(?:{_WORD_ALT}|oh)(?:[^a-z]|$)|(?:^|[^a-z])(?:{_WORD_ALT}|oh){_SPELLED_SEP}\d")


def has_spelled(text: str) -> bool:
    """Are digits spelled out anywhere ("four one five", "147 three three 2249")? Lower-case text."""
    return ascii_search(_HAS_SPELLED, text) if text.isascii() else _SPELLED.search(text) is not None


@dataclass(slots=True)
class Doc:
    """One draft as the recognizers see it. Expensive derived data is computed on first use.

    ``lower`` is the normalised text lower-cased; ``repaired`` the text with disguised words restored
    (``Lexicon.repair``) and its map to ``norm.text``. Digit runs are read from the repaired text,
    with words spelled out letter by letter joined ("f o u r   o n e" is "four one").
    """

    norm: Normalized
    lower: str
    words: View | None = None
    leet: View | None = None
    repaired: Repaired | None = None
    known: Callable[[str], bool] | None = None
    _runs: list[DigitRun] | None = field(default=None)
    _run_text: tuple[str, SpanMap | None] | None = field(default=None)
    learned: tuple[float, ...] | None = None  # the learned model's log-odds per category; () no judgement

    def leet_view(self) -> View:
        """The leet-folded word view (built by the phrase scan when it was needed, else now)."""
        if self.leet is None:
            if self.words is None:
                self.leet = leet_view(self.norm)
            elif self.repaired is None:
                self.leet = leet_from_words(self.words, self.lower, None, self.known)
            else:
                self.leet = leet_from_words(self.words, self.repaired[0].lower(), self.repaired[1], self.known)
        return self.leet

    def has_spaced_runs(self) -> bool:
        return bool(self.words is not None and self.words.runs)

    @property
    def original(self) -> str:
        return self.norm.original

    def orig(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.to_original(start, end)

    def run_text(self) -> tuple[str, SpanMap | None]:
        """The lower-case text digit runs are read from, and its map to ``norm.text`` (None: it is ``lower``)."""
        if self._run_text is None:
            text, span_map = (self.lower, None) if self.repaired is None else \
                (self.repaired[0].lower(), self.repaired[1])
            # Digits spelled out letter by letter ("f o u r   o n e"): the word view, where spaced-out
            # runs are joined, shows number words the text does not.
            if self.has_spaced_runs() and self.words is not None and has_spelled(self.words.text) \
                    and not has_spelled(text):
                collapsed = collapse_spaced(text, self.known)
                if collapsed is not None:
                    text, span_map = collapsed[0], compose(collapsed[1], span_map)
            self._run_text = (text, span_map)
        return self._run_text

    def _orig_in_run_text(self, start: int, end: int) -> tuple[int, int]:
        span_map = self.run_text()[1]
        if span_map is not None:
            start, end = span_map.span(start, end)
        return self.norm.to_original(start, end)

    def digit_runs(self) -> list[DigitRun]:
        """Digit runs of 6+ digits, spelled-out digits included ("four one one one ...")."""
        if self._runs is not None:
            return self._runs
        runs: list[DigitRun] = []
        text = self.run_text()[0]
        if has_spelled(text):
            for m in _RUN.finditer(text):
                if m.end() - m.start() >= 6 and (run := self._parse_run(m)) is not None:
                    runs.append(run)
        elif _may_have_long_run(text):
            for start, end in _digit_run_spans(text):
                if end - start >= 6 and (run := self._parse_digit_run(start, end)) is not None:
                    runs.append(run)
        self._runs = runs
        return runs

    def _parse_digit_run(self, start: int, end: int) -> DigitRun | None:
        """``_parse_run`` for a run of digits and separators only, one group at a time.

        Why: the general parser walks element by element; a 4,000-character "1-2.3 4/5(6)..."
        soup made that the costliest step of a check. Same result, group-sized steps.
        """
        lower, span_map = self.run_text()
        # [digits, gap, digits, gap, ..., digits]: a run starts and ends with a digit.
        parts = _DIGITS_SPLIT.split(lower[start:end])[1:-1]
        groups_text = parts[0::2]
        count = sum(map(len, groups_text))
        if count < 6:
            return None
        breaks = frozenset(i for i, gap in enumerate(parts[1::2])
                           if "," in gap or ";" in gap or "/" in gap or "  " in gap)
        sizes = list(map(len, groups_text))
        ends = list(accumulate(sizes))
        groups = [(e - n, e) for n, e in zip(sizes, ends, strict=True)]
        # Position of every digit in the normalised text.
        positions: list[int] = []
        pos = start
        for k, text in enumerate(parts):
            if k % 2 == 0:
                positions.extend(range(pos, pos + len(text)))
            pos += len(text)
        if self.norm.starts is None and span_map is None:
            spans = [(i, i + 1) for i in positions]
        else:
            spans = [self._orig_in_run_text(i, i + 1) for i in positions]
        plus = start > 0 and lower[start - 1] == "+"
        if plus:
            spans[0] = (self._orig_in_run_text(start - 1, start)[0], spans[0][1])
        return DigitRun("".join(groups_text), spans, groups, plus, False, breaks)

    def _parse_run(self, m: re.Match[str]) -> DigitRun | None:
        lower = self.run_text()[0]
        digits: list[str] = []
        spans: list[tuple[int, int]] = []
        groups: list[tuple[int, int]] = []
        spelled = False
        spelled_prev = False
        last_end = -1
        group_start = 0
        breaks: set[int] = set()
        for el in _ELEMENT.finditer(m.group()):
            s, e = m.start() + el.start(), m.start() + el.end()
            tok = el.group()
            is_word = not tok.isdigit()
            if digits and (s != last_end or is_word or spelled_prev):
                gap = lower[last_end:s]
                if not (is_word or spelled_prev) and (any(c in gap for c in ",;/") or "  " in gap):
                    breaks.add(len(groups))
                groups.append((group_start, len(digits)))
                group_start = len(digits)
            digits.append(_NUMBER_WORDS[tok] if is_word else tok)
            spans.append(self._orig_in_run_text(s, e))
            spelled = spelled or is_word
            spelled_prev = is_word
            last_end = e
        if len(digits) < 6:
            return None
        groups.append((group_start, len(digits)))
        start = m.start()
        plus = start > 0 and lower[start - 1] == "+"
        if plus:
            spans[0] = (self._orig_in_run_text(start - 1, start)[0], spans[0][1])
        return DigitRun("".join(digits), spans, groups, plus, spelled, frozenset(breaks))


# Digits -> "d", run separators -> "s", anything else -> "x": a digit run of 6+ characters is then a
# "d", four or more of "d"/"s" and a "d", once four separators in a row (which end a run) are an "x".
_RUN_CLASSES = bytes(
    ord("d") if chr(b).isdigit() and b < 128 else ord("s") if chr(b) in " .-/()_,*\\" else ord("x")
    for b in range(256))
_LONG_RUN = re.compile(rb"d[ds]{4,}d")


def _may_have_long_run(text: str) -> bool:
    """Is there a ``_RUN_DIGITS`` match of 6+ characters? Most drafts' numbers ("2024", "10am") are shorter.

    Why: finding every run to throw the short ones away cost more than the recognizers that use them.
    """
    if not text.isascii():
        return _DIGIT.search(text) is not None
    return _LONG_RUN.search(text.encode("ascii").translate(_RUN_CLASSES).replace(b"ssss", b"x")) is not None


def _digit_run_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``_RUN_DIGITS`` matches (the short ones too: callers keep those of 6+ characters)."""
    if text.isascii():
        return ascii_spans(_RUN_DIGITS_RE2, text.encode("ascii"))
    return [m.span() for m in _RUN_DIGITS.finditer(text)]


class Recognizer(Protocol):
    """Finds and validates one kind of entity."""

    name: str
    digit_runs_only: bool
    """True when it can only find something in a digit run (``Doc.digit_runs``): without runs the
    engine does not call it."""

    def analyze(self, doc: Doc) -> list[Hit]: ...
