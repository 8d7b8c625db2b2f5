"""Text normalisation that defeats evasion while remembering where every character came from.

Why: people (and sometimes careless copy/paste) hide policy words behind look-alike
letters, zero-width characters, leetspeak and spacing ("d.i.s.c.o.u.n.t"). Detection
runs on normalised *views* of a draft; every view keeps a map back to the original
text so a finding can point at the exact span the author wrote.

Views:

* ``Normalized.text`` – NFKD with marks stripped, TR39 confusables folded to ASCII,
  default-ignorable characters removed; what is still not ASCII (emoji, other scripts)
  becomes a space, except currencies ("$") and mocking emoji ("🤡" -> "clown").
  Always ASCII, case kept. Regex patterns and validators run here.
* ``words`` – lower-case, punctuation to spaces, whitespace collapsed, spaced
  letters joined ("d i s c o u n t" -> "discount"). Phrase lists run here.
* ``leet`` – like ``words`` but digits and symbols folded to letters (4->a, 0->o,
  1/l/!/| -> i, $->s ...). Phrase lists are folded the same way, so "d1sc0unt"
  meets "discount".

Disguises that only the rulebook's words can undo ("d*scount", "discounttt", "0ff", "MaRk") are
repaired before the views are built (``lexicon.Lexicon.repair``): the views of a repaired draft carry
a map through the repaired text back to ``Normalized.text`` (``compose``), so findings still point at
the original characters. Spaced-out runs are read with the same words: "a w a y" is one word, "a r i
s k" an article and one.

All of it is linear in the input: ``str.translate``, one pass per character and
regexes without nested unbounded quantifiers.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .fastre import ASCII_SPACE, ascii_search, bytes_search, compile_re2

_DATA = Path(__file__).with_name("data")


def _load_confusables() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (_DATA / "confusables.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, target = line.split("\t")
        table[chr(int(code, 16))] = target
    return table


_CONFUSABLES = _load_confusables()

# Unicode Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt), plus all Cf.
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)

# The normalised text is pure ASCII (fast paths everywhere). A few symbols carry meaning, so they
# become ASCII: currencies, and the emoji people use to mock ("🤡" is "clown", "🙄" an eye-roll).
_SYMBOL_WORDS = {
    "€": "$", "£": "$", "¥": "$", "₹": "$", "₩": "$", "¢": "c",
    "🤡": " clown ", "💅": " nailpolish ", "🙄": " eyeroll ", "😘": " blowkiss ", "🙃": " upsidedownface ",
    "🥱": " yawn ", "🤣": " lol ", "😂": " lol ", "🖕": " middlefinger ", "💩": " poop ",
}

_IGNORABLE_RE = re.compile(
    "[" + "".join(f"{chr(lo)}-{chr(hi)}" if hi > lo else chr(lo) for lo, hi in _IGNORABLE_RANGES) + "]")

_PUNCT_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2022": " ", "\u00b7": ".", "\u2024": ".", "\u3002": ".", "\uff0e": ".",
}


def _is_ignorable(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _IGNORABLE_RANGES)


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """Normalise one non-ASCII character to what detection should see ('' drops it)."""
    cp = ord(char)
    if _is_ignorable(cp) or unicodedata.category(char) == "Cf":
        return ""
    if char in _PUNCT_FOLD:
        return _PUNCT_FOLD[char]
    if char in _CONFUSABLES:
        return _CONFUSABLES[char]
    if char in _SYMBOL_WORDS:
        return _SYMBOL_WORDS[char]
    out = []
    for ch in unicodedata.normalize("NFKD", char):
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Me", "Cf"):
            continue  # accents, strike-through/zalgo marks, joiners
        if ch in _PUNCT_FOLD:
            out.append(_PUNCT_FOLD[ch])
        elif ch in _CONFUSABLES:
            out.append(_CONFUSABLES[ch])
        elif ch in _SYMBOL_WORDS:
            out.append(_SYMBOL_WORDS[ch])
        elif not ch.isascii():
            out.append(" ")  # emoji, other scripts, exotic spaces: word separators
        else:
            out.append(ch)
    return "".join(out)


@dataclass(slots=True)
class Normalized:
    """A draft after character-level normalisation, with a map back to the original."""

    original: str
    text: str
    starts: list[int] | None  # original index of each char of ``text``; None = identity

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` back to the original draft."""
        if self.starts is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.starts[end - 1] + 1


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def normalize(text: str) -> Normalized:
    """Character-level normalisation (see module docstring). Fast path for plain ASCII."""
    if text.isascii():
        return Normalized(text, text, None)
    pieces: list[str] = []
    same_length = True
    pos = 0
    for m in _NON_ASCII.finditer(text):
        s, e = m.span()
        if s > pos:
            pieces.append(text[pos:s])
        for i in range(s, e):
            folded = fold_char(text[i])
            if len(folded) != 1:
                same_length = False
            pieces.append(folded)
        pos = e
    if pos < len(text):
        pieces.append(text[pos:])
    # Most drafts fold one character to one (accents, emoji as a space): no map back needed.
    return Normalized(text, "".join(pieces), None if same_length else _starts(text))


def _starts(text: str) -> list[int]:
    """Original index of each character ``normalize`` makes of ``text`` (when lengths change)."""
    starts: list[int] = []
    pos = 0
    for m in _NON_ASCII.finditer(text):
        s, e = m.span()
        starts.extend(range(pos, s))
        for i in range(s, e):
            starts.extend([i] * len(fold_char(text[i])))
        pos = e
    starts.extend(range(pos, len(text)))
    return starts


class SpanMap:
    """Where each character of an edited string came from, stored as kept segments, not per character.

    Why: building a per-character index list costs more than the whole phrase scan; a draft
    has a handful of hits, so each is mapped on demand with a binary search.
    """

    __slots__ = ("out_starts", "src_starts")

    def __init__(self, out_starts: list[int], src_starts: list[int]) -> None:
        self.out_starts = out_starts
        self.src_starts = src_starts

    def __getitem__(self, i: int) -> int:
        k = bisect.bisect_right(self.out_starts, i) - 1
        return self.src_starts[k] + (i - self.out_starts[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the non-empty output span [start, end): ``(self[start], self[end - 1] + 1)``."""
        out, src = self.out_starts, self.src_starts
        k = bisect.bisect_right(out, start) - 1
        j = bisect.bisect_right(out, end - 1) - 1
        return src[k] + start - out[k], src[j] + end - out[j]

    def to_out(self, src: int) -> int:
        """Output index of a kept source index."""
        k = bisect.bisect_right(self.src_starts, src) - 1
        return self.out_starts[k] + (src - self.src_starts[k])


Repaired = tuple[str, "SpanMap | None"]
"""A draft's normalised text with disguised words restored (``Lexicon.repair``), and its map back to
``Normalized.text`` (None when only same-length substitutions were made)."""


@dataclass(slots=True)
class View:
    """A lower-cased word view of a Normalized draft; ``src`` maps chars to ``Normalized.text``."""

    text: str
    src: SpanMap | None  # None = identity onto Normalized.text
    runs: tuple[tuple[int, int], ...] = ()  # spans of joined spaced-out letters (matched as substrings)

    def src_index(self, i: int) -> int:
        return i if self.src is None else self.src[i]

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        if self.src is None:
            return start, end
        return self.src[start], self.src[end - 1] + 1


def _ascii_table(keep: str, extra: dict[str, str]) -> dict[int, str]:
    table = {}
    for cp in range(128):
        ch = chr(cp)
        if ch.isalnum() and ch in keep:
            continue
        if ch.isalnum():
            continue
        table[cp] = " "
    for k, v in extra.items():
        table[ord(k)] = v
    return table


def _bytes_table(table: dict[int, str]) -> bytes:
    """256-entry table for bytes.translate: 10x faster than str.translate with a dict."""
    out = bytearray(range(256))
    for cp, repl in table.items():
        out[cp] = ord(repl)
    return bytes(out)


_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
         "@": "a", "$": "s", "!": "i", "|": "i", "l": "i"}
_WORDS_TABLE = _ascii_table("", {})
_LEET_ONLY = {ord(k): v for k, v in _LEET.items()}
_LEET_TABLE = _ascii_table("", _LEET)
_NON_WORD_UNICODE = re.compile(r"[\W_]")
# Three or more single characters with the same separator: "d i s c o u n t", "d.i.s.c.o.u.n.t".
_SPACED_SEPARATORS = " .-_*/,~+"
_SPACED = re.compile(
    r"(?<![^\W_])[a-z0-9@$](?P<sep>[ .\-_*/,~+]{1,2})[a-z0-9@$](?:(?P=sep)[a-z0-9@$])+(?![^\W_])")
# Does _SPACED (any case) match somewhere in ASCII text? The same yes/no in one RE2 pass: the look-behind
# and look-ahead become a consumed non-alphanumeric (or ^/$), the repeated separator every 1- or 2-character
# separator spelled out, and one repetition is enough for a match to exist.
_HAS_SPACED = compile_re2(
    r"(?:^|[^A-Za-z0-9])[A-Za-z0-9@$](?:" + "|".join(
        f"{re.escape(sep)}[A-Za-z0-9@$]{re.escape(sep)}[A-Za-z0-9@$]"
        for sep in [*_SPACED_SEPARATORS, *map("".join, itertools.product(_SPACED_SEPARATORS, repeat=2))])
    + r")(?:[^A-Za-z0-9]|$)")
_BYTE_TABLES: dict[int, bytes] = {}


def delete_spans(text: str, spans: list[tuple[int, int]]) -> tuple[str, SpanMap]:
    """Remove sorted spans (overlaps allowed); return the new text and its map back to ``text``."""
    pieces: list[str] = []
    out_starts: list[int] = []
    src_starts: list[int] = []
    pos = 0
    out = 0
    for s, e in spans:
        if s < pos:
            s = pos
        if e <= s:
            continue
        if s > pos:
            pieces.append(text[pos:s])
            out_starts.append(out)
            src_starts.append(pos)
            out += s - pos
        pos = e
    pieces.append(text[pos:])
    out_starts.append(out)
    src_starts.append(pos)
    return "".join(pieces), SpanMap(out_starts, src_starts)


def _trim_run(text: str, start: int, end: int, sep: int, digits: bool = True,
              known: Callable[[str], bool] | None = None) -> tuple[int, int, int] | None:
    """Trim a spaced-letter run: "a r i s k" keeps the article "a" apart, "f r e e 9" the number.

    With ``known`` (the rulebook's words) a single character the run swallowed from a neighbouring
    word comes off when that leaves a known word and the whole run is not one: the "s" of "it's
    g u a r a n t e e d", the "I" of "h a r d I know", the "9" of "9 C e d a r"; "a w a y" and
    "I n i t e c h" stay whole. Without it, or when no such word appears, a leading "a" or "i"
    before lower-case letters is taken for an article. ``digits=False`` keeps trailing digits (a key
    or IBAN spelled out character by character). Returns (start, end, separator length), or None
    when fewer than three characters remain.
    """
    step = sep + 1
    while digits and end - start >= 3 * step - sep and text[end - 1].isdigit():
        end -= step
    while end - start >= 4 * step - sep and text[start].isdigit() and text[start + step:end:step].isalpha():
        start += step  # "9 C e d a r": a house number, then a word
    if end - start < 3 * step - sep:
        return None
    # Only a space-separated run, or one stuck to a word by an apostrophe ("it's.g.u.a.r..."), can swallow a
    # neighbouring word's letter ("h a r d I know"): "y.o.u.t.h" is one word even though "out" is known and
    # "youth" is not.
    if known is not None and end - start >= 4 * step - sep and \
            (text[start + 1:start + step].isspace() or (start > 0 and text[start - 1] in "'’")):
        word = text[start:end:step].lower()
        if not known(word):
            for cut_start, cut_end in ((1, 0), (0, 1), (1, 1)):
                if end - start - (cut_start + cut_end) * step >= 3 * step - sep and \
                        known(word[cut_start:len(word) - cut_end]):
                    return start + cut_start * step, end - cut_end * step, sep
        else:
            return start, end, sep
    if text[start] in "aiAI" and text[start + 1:start + step] == " " and end - start >= 4 * step - sep and \
            text[start + step:end:step].islower():
        start += step  # not "A K I A ...": a key spelled out in capitals
    if end - start < 3 * step - sep:
        return None
    return start, end, sep


def has_spaced(text: str) -> bool:
    """Are there spaced-out characters ("d i s c o u n t") anywhere, in any case?

    Same answer as ``_SPACED`` with IGNORECASE, in one RE2 pass for ASCII text: most drafts have
    none, and Python's ``re`` costs far more to say so.
    """
    if text.isascii():
        return ascii_search(_HAS_SPACED, text)
    return _SPACED_ANYCASE.search(text) is not None


def _single_char_triplet(text: str) -> bool:
    """Cheap pre-check for spaced letters: three one-character tokens in a row."""
    run = 0
    for tok in text.split():
        if len(tok) == 1:
            run += 1
            if run >= 3:
                return True
        else:
            run = 0
    return False


def _multi_space_deletions(text: str) -> list[tuple[int, int]]:
    """Spans that collapse runs of spaces to one (str.find, not a regex: this runs on every draft)."""
    out: list[tuple[int, int]] = []
    i = text.find("  ")
    n = len(text)
    while i >= 0:
        j = i + 2
        while j < n and text[j] == " ":
            j += 1
        out.append((i + 1, j))
        i = text.find("  ", j)
    return out


def _collapse_spaces(text: str) -> tuple[str, SpanMap]:
    """``delete_spans(text, _multi_space_deletions(text))`` in one pass: the common case of a view
    (punctuation turned into spaces, nothing spaced out), run twice for most drafts."""
    pieces: list[str] = []
    out_starts = [0]
    src_starts = [0]
    n = len(text)
    pos = 0
    cut = 0  # characters deleted so far
    i = text.find("  ")
    while i >= 0:
        j = i + 2
        while j < n and text[j] == " ":
            j += 1
        pieces.append(text[pos:i + 1])
        cut += j - i - 1
        out_starts.append(j - cut)
        src_starts.append(j)
        pos = j
        i = text.find("  ", j)
    pieces.append(text[pos:])
    return "".join(pieces), SpanMap(out_starts, src_starts)


def _word_view(lower: str, table: dict[int, str], base: SpanMap | None = None,
               known: Callable[[str], bool] | None = None) -> View:
    """The word view of ``lower``; ``base`` maps ``lower`` to ``Normalized.text`` when it is a repaired
    copy of it (``Lexicon.repair``), and the view's map goes all the way there."""
    if lower.isascii():
        btable = _BYTE_TABLES.get(id(table))
        if btable is None:
            btable = _BYTE_TABLES[id(table)] = _bytes_table(table)
        text = lower.encode("ascii").translate(btable).decode("ascii")
    elif table is _WORDS_TABLE:
        text = _NON_WORD_UNICODE.sub(" ", lower)  # 1:1, like the ASCII table
    else:
        text = _NON_WORD_UNICODE.sub(" ", lower.translate(_LEET_ONLY))
    deletions: list[tuple[int, int]] = []
    runs: list[tuple[int, int]] = []
    if has_spaced(lower) and _single_char_triplet(text):
        for m in _SPACED.finditer(lower):
            span = _trim_run(lower, m.start(), m.end(), len(m.group("sep")), known=known)
            if span is None:
                continue
            start, end, sep = span
            runs.append((start, end))
            deletions.extend((i, i + sep) for i in range(start + 1, end - 1, sep + 1))
    if not deletions:
        if "  " not in text:
            return View(text, base, ())
        out, src = _collapse_spaces(text)
        return View(out, compose(src, base), ())
    if "  " in text:
        deletions.extend(_multi_space_deletions(text))
    deletions.sort()
    out, src = delete_spans(text, deletions)
    out_runs = tuple((src.to_out(s), src.to_out(e - 1) + 1) for s, e in runs)
    return View(out, compose(src, base), out_runs)


def compose(outer: SpanMap, inner: SpanMap | None) -> SpanMap:
    """The map of ``outer`` followed by ``inner``: index in outer's output -> index in inner's source.

    Both keep characters in order (deletions only), so the result is again kept segments: each
    segment of ``outer`` split where ``inner``'s segments start.
    """
    if inner is None:
        return outer
    out_starts: list[int] = []
    src_starts: list[int] = []
    i_out, i_src = inner.out_starts, inner.src_starts
    n_inner = len(i_out)
    o_out, o_src = outer.out_starts, outer.src_starts
    j = 0
    for k in range(len(o_out)):
        out, mid = o_out[k], o_src[k]
        length = o_out[k + 1] - out if k + 1 < len(o_out) else None  # the last segment runs to the end
        while j + 1 < n_inner and i_out[j + 1] <= mid:
            j += 1
        pos = mid
        while True:
            out_starts.append(out + pos - mid)
            src_starts.append(i_src[j] + pos - i_out[j])
            nxt = i_out[j + 1] if j + 1 < n_inner else None
            if nxt is None or (length is not None and nxt >= mid + length):
                break
            j += 1
            pos = nxt
    return SpanMap(out_starts, src_starts)


_SPACED_ANYCASE = re.compile(_SPACED.pattern, re.IGNORECASE)
_TOKEN_JOINS = (" _ ", " - ")
# A token spelled out one character at a time, symbols included: "h u n t e r 2 2", "A c m e 2 0 2 4 !",
# "s.k._.l.i.v.e._.4.e.C..." (eight characters at least, single spaces or dots between them). Letters-only runs
# are words, read by ``_SPACED``; these need a letter and two digits or symbols, as a password or key has.
_SPELLED_TOKEN = re.compile(r"(?<!\S)\S(?: \S){7,}(?=[.,;:!?)]*(?:\s|$))")
_DOTTED_TOKEN = re.compile(r"(?<!\S)[^\s.](?:\.[^\s.]){7,}(?=[.,;:!?)]*(?:\s|$))")
# ... or with the same wide gap after every character: "A   K   I   A   V   9   U   P ..." (a word gap everywhere, so
# no run of spaced letters is seen)
_WIDE_TOKEN = re.compile(r"(?<!\S)\S(?P<gap> {3,4})\S(?:(?P=gap)\S){6,}(?=[.,;:!?)]*(?:\s|$))")
_TOKEN_MARKS = frozenset("0123456789_-!@#$%&*+=?~/:")
# Could ``_DOTTED_TOKEN`` or ``_WIDE_TOKEN`` (and with the first, ``_SPELLED_TOKEN``) match in ASCII text? One
# RE2 pass for the yes/no (most drafts: no, where Python's ``re`` tries the look-behind at every character): the
# look-behind becomes a consumed space (or ^), eight characters are enough for a match to be possible, and the
# repeated gap of ``_WIDE_TOKEN`` any gap of 3 or 4 spaces.
_NOT_SPACE = rf"[^{ASCII_SPACE}]"
_DOTTED_OR_WIDE = rf"[^{ASCII_SPACE}.](?:\.[^{ASCII_SPACE}.]){{7}}|{_NOT_SPACE}(?: {{3,4}}{_NOT_SPACE}){{7}}"
_MAY_DOT_OR_WIDE = compile_re2(rf"(?:^|[{ASCII_SPACE}])(?:{_DOTTED_OR_WIDE})")
_MAY_SPELL_TOKEN = compile_re2(rf"(?:^|[{ASCII_SPACE}])(?:{_NOT_SPACE}(?: {_NOT_SPACE}){{7}}|{_DOTTED_OR_WIDE})")


def _may_dot_or_widen(text: str) -> tuple[bool, bool]:
    """Could ``_DOTTED_TOKEN`` / ``_WIDE_TOKEN`` match at all? Seven dots / a triple space (most drafts: neither)."""
    return text.count(".") >= 7, "   " in text


def has_dotted_token(text: str) -> bool:
    """A token spelled out with dots ("g.h.p._.0.8.q.z...") or wide gaps ("A   K   I   A ..."): the word view finds
    no spaced letters in it, so the matcher asks this before skipping the joined text (a count first: most drafts
    have few dots and no triple spaces)."""
    dots, wide = _may_dot_or_widen(text)
    if not (dots or wide) or (text.isascii() and not ascii_search(_MAY_DOT_OR_WIDE, text)):
        return False
    return (dots and _DOTTED_TOKEN.search(text) is not None) or (wide and _WIDE_TOKEN.search(text) is not None)


def _spelled_token_deletions(text: str) -> list[tuple[int, int]]:
    """The separators inside tokens spelled out character by character (see ``_SPELLED_TOKEN``)."""
    out: list[tuple[int, int]] = []
    if text.isascii() and not ascii_search(_MAY_SPELL_TOKEN, text):
        return out  # most drafts: no eight characters spelled out
    dots, wide = _may_dot_or_widen(text)
    for rx, possible in ((_SPELLED_TOKEN, True), (_DOTTED_TOKEN, dots), (_WIDE_TOKEN, wide)):
        if not possible:
            continue
        for m in rx.finditer(text):
            step = len(m.group("gap")) + 1 if rx is _WIDE_TOKEN else 2
            chars = m.group()[::step]
            # two digits or symbols at least: "9 K e s t r e l" is a house number and a street, "b o r n 2 A u g"
            # a date
            if any(c.isalpha() for c in chars) and sum(c in _TOKEN_MARKS for c in chars) >= 2:
                out.extend((i, i + step - 1) for i in range(m.start() + 1, m.end(), step))
    return out


def collapse_spaced(text: str, known: Callable[[str], bool] | None = None) -> tuple[str, SpanMap] | None:
    """Join spaced-out characters keeping case ("A K I A ..." -> "AKIA..."), for case-sensitive patterns.

    The runs are read as in the word views (an article "a" stays apart unless ``known`` says the
    whole run is a word), and the wider gap between two words spelled out letter by letter becomes
    one space ("t h e   p a t i e n t" -> "the patient"). Returns the new text and the source index
    of each kept character, or None if nothing is spaced.
    """
    spelled = _spelled_token_deletions(text) if (" " in text or "." in text) else []
    if not spelled and not has_spaced(text):
        return None
    deletions: list[tuple[int, int]] = spelled
    last_end = -1
    runs = list(_SPACED_ANYCASE.finditer(text))
    run_starts: set[int] = set()  # where the collapsed runs start and end, for the two-letter words between them
    run_ends: set[int] = set()
    # runs joined by " _ " or " - " are one token spelled out ("x o x b - 3 9 7 ..."): none of their letters
    # belongs to a neighbouring word, so ``known`` does not trim them ("xox" is a word of the Slack pattern)
    joined = {i for i in range(len(runs) - 1)
              if runs[i + 1].start() - runs[i].end() == 3 and text[runs[i].end():runs[i + 1].start()] in _TOKEN_JOINS}
    for i, m in enumerate(runs):
        in_token = i in joined or i - 1 in joined
        span = _trim_run(text, m.start(), m.end(), len(m.group("sep")), digits=False,
                         known=None if in_token else known)
        if span is None:
            continue
        start, end, sep = span
        run_starts.add(start)
        run_ends.add(end)
        if sep == 1 and start - last_end == 3 and text[last_end:start] in _TOKEN_JOINS:
            # an underscore or hyphen inside a token spelled out ("g h p _ 4 d k ...", "x o x b - 3 9 7 ..."):
            # part of the token
            deletions.extend(((last_end, last_end + 1), (start - 1, start)))
        last_end = end
        deletions.extend((i, i + sep) for i in range(start + 1, end - 1, sep + 1))
        gap = _past_spaces(text, end)
        if gap - end >= 2:
            deletions.append((end + 1, gap))
    if run_starts:
        deletions.extend(_spelled_pairs(text, run_starts, run_ends))
    if not deletions:
        return None
    deletions.sort()
    return delete_spans(text, deletions)


# A two-letter word spelled out inside a spelled-out phrase: "p i n   i s   2 0 8 6", "d.o.o.r c.o.d.e i.s 4.4.7.1",
# "g-a-t-e c-o-d-e i-s 1-9-8-4".
# A run needs three characters (``_SPACED``), so "i s" / "i.s" stays apart unless it sits next to a collapsed run:
# spaced letters between wide gaps, dotted ones between single spaces.
_SPELLED_PAIR = re.compile(r"(?<=\S {2})\S \S(?= {2,}\S)|(?<=\S {3})\S \S(?= {2,}\S)"
                           r"|(?<=\S )[^\s.\-]\.[^\s.\-](?= \S)|(?<=\S )[^\s.\-]-[^\s.\-](?= \S)")
# A lone symbol between spelled-out words: "a d m i n   /   h u n t e r 2 2" (its wide gap after it is narrowed too)
_SPELLED_LONE = re.compile(r"(?<=\S {2})[^\w\s](?= {2,}\S)|(?<=\S {3})[^\w\s](?= {2,}\S)")


def _spelled_pairs(text: str, run_starts: set[int], run_ends: set[int]) -> list[tuple[int, int]]:
    """Deletions joining each two-letter word next to a collapsed run ("i s" -> "is", "i.s" -> "is"), with a wide
    gap after it made one space, as ``collapse_spaced`` does for the runs themselves.

    Only the places right after a run's end or right before a run's start (past the gap) are tried: a regex over
    the whole draft cost more than the rest of the join on drafts with spaced words."""
    tried = {_past_spaces(text, end) for end in run_ends}
    for start in run_starts:
        gap = _before_spaces(text, start)
        tried.update((gap - 3, gap - 1))
    out: list[tuple[int, int]] = []
    edges = run_starts | run_ends
    for pos in sorted(tried):
        if pos < 0:
            continue
        m = _SPELLED_PAIR.match(text, pos) or _SPELLED_LONE.match(text, pos)
        if m is None:
            continue
        start, end = m.start(), m.end()
        before, after = _before_spaces(text, start), _past_spaces(text, end)
        if before not in edges and after not in edges:
            continue  # two letters between wide gaps, but no spelled-out word next to them
        if end - start > 1:
            out.append((start + 1, start + 2))
        if after - end >= 2:
            out.append((end + 1, after))
    return out


def _past_spaces(text: str, i: int) -> int:
    """The index after the spaces that start at ``i``."""
    n = len(text)
    while i < n and text[i] == " ":
        i += 1
    return i


def _before_spaces(text: str, i: int) -> int:
    """The index where the spaces that end at ``i`` start."""
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i


def words_view(norm: Normalized, repaired: Repaired | None = None,
               known: Callable[[str], bool] | None = None) -> View:
    """Lower-case word view used for phrase matching.

    ``repaired``: the draft's text with disguised words restored (``Lexicon.repair``) and its map
    to ``norm.text`` (None when the lengths agree); the view is built from it. ``known`` tells the
    rulebook's words, to read spaced-out runs ("a w a y" is a word, "a r i s k" an article and one).
    """
    if repaired is None:
        return _word_view(norm.text.lower(), _WORDS_TABLE, None, known)
    return _word_view(repaired[0].lower(), _WORDS_TABLE, repaired[1], known)


_LEET_CLASS = bytes(
    ord("a") if chr(b).isalpha() and b < 128 else ord("1") if chr(b) in "0123456789@$|" else
    ord("!") if chr(b) == "!" else ord(" ") for b in range(256))


def needs_leet(lower: str) -> bool:
    """Leet folding can only add matches where a letter touches a digit or leet symbol."""
    if not lower.isascii():
        return True
    cls = lower.encode("ascii").translate(_LEET_CLASS)
    return b"a1" in cls or b"1a" in cls or b"!a" in cls


def leet_view(norm: Normalized) -> View:
    """Word view with leetspeak folded (phrases are folded the same way)."""
    return _word_view(norm.text.lower(), _LEET_TABLE)


# Leet folding of the characters a word view keeps (digits, "l"); the symbols "@$!|" are spaces there.
_LEET_FOLD_KEPT = _bytes_table({ord(k): v for k, v in _LEET.items() if k.isalnum()})


def leet_from_words(words: View, lower: str, base: SpanMap | None = None,
                    known: Callable[[str], bool] | None = None) -> View:
    """``leet_view`` of the draft whose lower-cased normalised text is ``lower`` and word view ``words``.

    Why: without the leet symbols "@$!|" (which are spaces in the word view and letters in the
    leet view), both views have their spaces in the same places, so the leet view is the word view
    with digits and "l" folded: the same map back and the same spaced-out runs, without building
    them again. ``base`` and ``known`` are those ``words`` was built with.
    """
    if not lower.isascii() or "@" in lower or "$" in lower or "!" in lower or "|" in lower:
        return _word_view(lower, _LEET_TABLE, base, known)
    return View(words.text.encode("ascii").translate(_LEET_FOLD_KEPT).decode("ascii"), words.src, words.runs)


def leet_fold(word: str) -> str:
    """A lower-case word as the leet view writes it ("l" -> "i"): how phrases meet leet text."""
    return word.translate(_LEET_ONLY)


def phrase_key(phrase: str, leet: bool = False) -> str:
    """Normalise a rulebook phrase exactly like draft text, so both meet in the same view."""
    norm = normalize(phrase)
    view = leet_view(norm) if leet else words_view(norm)
    return view.text.strip()


# What would make the UTF-8 path of draft_hash differ: the ignorables it removes, and whitespace that
# bytes.split() does not split on (non-ASCII, and \x1c-\x1f, which str.split() does).
_HASH_SLOW = compile_re2("[" + "".join(
    f"\\x{{{lo:x}}}-\\x{{{hi:x}}}" for lo, hi in (
        *_IGNORABLE_RANGES, (0x1C, 0x1F), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
        (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000))) + "]")


def draft_hash(text: str) -> str:
    """sha256 of the draft after NFKC, invisible-character removal, whitespace collapse and casefold.

    Why: an approval is bound to the exact text approved. Re-wrapping lines or changing
    letter case does not change what readers see materially; any real edit does.
    Confusables are *not* folded, so swapping in a look-alike letter changes the hash.
    """
    if text.isascii():  # NFKC and ignorables change nothing; casefold is lower() for ASCII
        return hashlib.sha256(" ".join(text.lower().split()).encode("ascii")).hexdigest()
    nf = unicodedata.normalize("NFKC", text)
    try:
        folded = nf.casefold().encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: the path below fails as it always has
        folded = b""
    if folded and not bytes_search(_HASH_SLOW, folded):
        # Nothing invisible and only ASCII whitespace (most drafts): casefold never makes or removes
        # whitespace, so collapsing it in the UTF-8 bytes gives the same text, at a third of the cost.
        return hashlib.sha256(b" ".join(folded.split())).hexdigest()
    nf = _IGNORABLE_RE.sub("", nf)
    nf = " ".join(nf.split()).casefold()
    return hashlib.sha256(nf.encode("utf-8")).hexdigest()
