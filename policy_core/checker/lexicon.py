"""The rulebook's own words, and the in-word disguises that only they can undo.

Why: some disguises cannot be undone character by character. "d*scount" hides a vowel (which
one?), "sooo" and "discounttt" stretch a word (to one letter or two?), "0ff" and "b4y" are leet
that must not touch "10am" or "SPRING30", "MaRk" and "mR." scramble the capitals a name pattern
needs. A word people disguise is a word some rule cares about, so every reading of a disguised
word is looked up in the words the rulebook's phrases and patterns are made of; the best reading
that is one of them replaces the disguise. Nothing is guessed from an outside dictionary, and a
token no reading makes known is left as written (a capitalised one is read as a name: "Glori4").

``Lexicon.repair`` returns the repaired text of a normalised draft and a ``SpanMap`` back to it
(None when every repair kept the length), or None when nothing changed: most drafts, where one
RE2 pass finds no disguised token. Only collapsing stretched letters deletes characters, and it
keeps the outer letter of a stretch, so a finding on "discounttt" or "iiin" still covers all of it.
The matcher reads phrases and patterns in the repaired text, the recognizers their digit runs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .fastre import ascii_spans, compile_re2
from .normalize import Repaired, delete_spans, leet_fold

# What a disguised character may stand for, most likely first ("1" is an i more often than an l).
_READINGS: dict[str, str] = {
    "0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "@": "a", "$": "s", "!": "il", "|": "il",
    # Symbols hiding a vowel ("d*scount", "id#ot").
    "*": "aeiou", "#": "aeiou", "%": "aeiou", "?": "aeiou", "^": "aeiou", "~": "aeiou",
}
_MASKS = frozenset("*#%?^~")
_INNER_MASK = re.compile(r"([A-Za-z])([*#%?^~]+)(?=[A-Za-z])")
_SPECIAL = "0-9@$!|*#%?^~"
_TOKEN_CLASS = f"[A-Za-z{_SPECIAL}]"
# A token worth a look: disguise characters between letters ("b3d", "d*scount", "id!ot"), ending a
# word ("sal3", "Glori4", "l053") or starting one ("0ff", "!nternal"), a lower-case letter before a
# capital, or a letter written three times. Not a sentence's "!" after a word, nor the "#" or "@" of
# a hashtag or a mention, nor "Q3" or "5C". The whole token is matched (RE2 is leftmost-first and the
# ``[...]*`` are greedy), so one pass finds every candidate and nothing else.
_CANDIDATE = compile_re2(f"{_TOKEN_CLASS}*(?:" + "|".join((
    "[A-Za-z][0-9$|*%^~!?#@]+[A-Za-z]",
    "[A-Za-z][!?#@]*[0-9$|*%^~]",
    "[0-9$!|*%^~][A-Za-z]{2}",
    "[a-z][A-Z]",
    *(f"{c}{c}{c}|{c.upper()}{c.upper()}{c.upper()}" for c in "abcdefghijklmnopqrstuvwxyz"),
)) + f"){_TOKEN_CLASS}*"
    "|(?:^|[^A-Za-z0-9_])@[A-Za-z]{2}(?:[^A-Za-z0-9_]|$)")  # "@ll", "@nd" (a mention is longer)
# Numbers as people write them: "3rd", "10am", "80yo", "20k", "2x" (but "4nd" is "and").
_UNITS = frozenset("am pm yo yr yrs k m b x h hr hrs min mins s ms kg km mg ml cm mm gb mb tb".split())
_ORDINAL = re.compile(r"\d*(?:1st|2nd|3rd|[04-9]th|1[123]th)", re.IGNORECASE)
# A room or a bed ("4N", "5C", "7W"), never a leet word.
_ROOM = re.compile(r"\d{1,3}[A-Z]")
_LONGEST = 24  # longer tokens are keys and hashes, not disguised words
_MAX_READINGS = 64
_MAX_KEPT = 4  # readings of one token that are words, compared against the neighbours
_CACHE_SIZE = 8192  # tokens whose readings are remembered (a few hundred bytes each)
_NUMBER_WORDS = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "y")
# Never a disguised word: an amount ("$5", "$4,000") or a code ("SPRING30", "FAMILY35").
_NUMBER_LIKE = re.compile(r"\$\d.*|[A-Z]{2,}\d{2,}")
# Capitals as people write them: lower, UPPER ("APIs"), Title, humps that are word pieces ("GitHub",
# "iPhone", "McDonald"), optionally ending in capitals ("OpenAI", "PrEP"), or one ("IoT").
_PLAIN_CASE = re.compile(r"[a-z]+|[A-Z]+s?|[A-Z][a-z]+[A-Z]?")
_HUMPS = re.compile(r"[A-Z]?[a-z]+(?:[A-Z][a-z]+)*(?:[A-Z]{2,}s?)?")
_HUMP = re.compile(r"[A-Z]?[a-z]+")
_STRETCH = re.compile(r"([a-z])\1\1+")
# Pattern source -> the words in it: escapes and character classes are not words, "[Ll]ine" is "line".
_CLASS_CASE = re.compile(r"\[([A-Za-z])([A-Za-z])\]")
_ESCAPE = re.compile(r"\\[A-Za-z]|\\.|\(\?[A-Za-z\-]*:?|\[[^\]]*\]|\{[^}]*\}")
_WORD = re.compile(r"[A-Za-z]+")
# A token of two or three characters with a digit or a leet symbol in it ("1n", "!7", "@v3", "70").
_SHORT = re.compile(
    r"(?<![A-Za-z0-9@$!|*#%?^~])(?=[A-Za-z]{0,2}[0-9@$!|])[A-Za-z0-9@$!|]{2,3}(?![A-Za-z0-9@$!|*#%?^~])")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@$!|*#%?^~")

_Reading = tuple[str, list[tuple[int, int]], str]
"""(same-length replacement of a token, spans of it to delete, the word it then reads as, lower case)."""


# A word a pattern lets run on ("mar[a-z]{0,6}", "(?:jan|feb|mar)[a-z]*", "guarantee\w*"): a prefix stem.
_LETTERS_AFTER = r"(?:\[a-z\]|\[A-Za-z\]|\\w)(?:\*|\+|\{\d*,?\d*\})"
_STEMS = re.compile(rf"\(\?:([A-Za-z|]+)\){_LETTERS_AFTER}|(?<![A-Za-z\\])([A-Za-z]{{3,}}){_LETTERS_AFTER}")


def pattern_stems(pattern: str) -> list[str]:
    """Words a regex source lets run on with more letters ("(?:jan|mar)[a-z]{0,6}" -> ["jan", "mar"])."""
    stems: list[str] = []
    for m in _STEMS.finditer(pattern):
        stems.extend(m.group(1).split("|") if m.group(1) else [m.group(2)])
    return [w for w in stems if len(w) >= 3]


def pattern_words(pattern: str) -> list[str]:
    """The literal words of a regex source ("(?i:\\b(?:room|bed)\\s?\\d+)" -> ["room", "bed"])."""

    def one_letter(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        return a.lower() if a.lower() == b.lower() else " "

    text = _CLASS_CASE.sub(one_letter, pattern)
    text = _ESCAPE.sub(" ", text)
    return [w for w in _WORD.findall(text) if len(w) >= 2]


# What comes before "n't": a disguised one of these before "'t" is read as the contraction ("w*n't" -> "won't").
_CONTRACTION_STEMS = frozenset({"won", "can", "don", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn",
                                "doesn", "didn", "shouldn", "wouldn", "couldn", "mustn", "needn", "ain"})


class Lexicon:
    """The words a rulebook is made of, for telling a disguised word from any other token."""

    def __init__(self, words: Iterable[str], prefixes: Iterable[str] = (), cased: Iterable[str] = (),
                 pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._words = frozenset(w.lower() for w in (*words, *_NUMBER_WORDS) if len(w) >= 2)
        # Inflected forms ("discounts", "pairing") as one set: a lookup, not a loop over suffixes.
        self._inflected = frozenset(w + s for w in self._words if len(w) >= 4 for s in _SUFFIXES)
        self._folded = frozenset(leet_fold(w) for w in (*self._words, *self._inflected))
        self._prefixes = frozenset(p.lower() for p in prefixes if len(p) >= 3)
        self._by_start: dict[str, list[str]] = {}  # prefix stems by their first three letters
        for p in sorted(self._prefixes, key=len, reverse=True):
            self._by_start.setdefault(p[:3], []).append(p)
        # How a case-sensitive pattern writes a word ("Mr", "Mrs"): a scrambled "mR" is restored to it.
        self._cased = {w.lower(): w for w in cased if not w.islower()}
        self._cache: dict[tuple[str, bool], list[_Reading]] = {}
        # Words that follow each other in a phrase ("shut up", "not announced"): which reading of an
        # ambiguous mask ("sh*t", "n*t") is meant is told by its neighbour.
        self._pairs = frozenset(pairs)

    @classmethod
    def from_terms(cls, phrases: Iterable[str], patterns: Iterable[tuple[str, bool]]) -> Lexicon:
        """Words of every phrase (a trailing ``*`` makes a prefix) and pattern (case-sensitive ones keep case)."""
        words: list[str] = []
        prefixes: list[str] = []
        cased: list[str] = []
        pairs: list[tuple[str, str]] = []
        for phrase in phrases:
            parts = [w.lower() for w in _WORD.findall(phrase)]
            pairs.extend(itertools.pairwise(parts))
            if phrase.rstrip().endswith("*") and parts:
                prefixes.append(parts.pop())
            words.extend(parts)
        for source, case_sensitive in patterns:
            found = pattern_words(source)
            words.extend(found)
            prefixes.extend(pattern_stems(source))
            if case_sensitive:
                cased.extend(w for w in found if w[0].isupper() and w[1:].islower())
        return cls(words, prefixes, cased, pairs)

    def __len__(self) -> int:
        return len(self._words)

    def known(self, word: str) -> bool:
        """Is a lower-case word one of the rulebook's, perhaps inflected ("discounts") or after a
        prefix phrase's stem ("metastatic" for "metasta*")?"""
        return self._rank(word, word, False) is not None

    def known_folded(self, word: str) -> bool:
        """Is a piece of leet-view text one of the rulebook's words (perhaps inflected), as the leet view
        writes it?"""
        return word in self._folded

    def _rank(self, reading: str, core: str, exact: bool) -> int | None:
        """How good a reading of ``core`` is: 0 a rulebook word, 1 one inflected ("discounts"), 2 one
        with a rulebook prefix ("metasta*") followed by letters the author wrote; None: not a word."""
        if reading in self._words:
            return 0
        if exact or len(reading) < 4:
            return None
        if reading in self._inflected:
            return 1
        for stem in self._by_start.get(reading[:3], ()):  # longest first
            if reading.startswith(stem) and len(reading) > len(stem):
                return 2 if core[len(stem):].isalpha() else None  # not "Covid19" for "covid*"
        return None

    # ----------------------------------------------------------------------------------------------
    # Repair.
    # ----------------------------------------------------------------------------------------------

    def repair(self, text: str) -> Repaired | None:
        """``text`` (ASCII, normalised) with its disguised words restored, and the map back (None when
        every repair kept the length); None when nothing was disguised.

        Where several readings are words ("sh*t"), the one that makes a phrase with a neighbour
        ("shut up") wins. A short number or a lone-letter token beside a leet word may be leet too
        ("go1ng 70 d0ubl3", "p47!3n7 1n 312"); anywhere else "70" and "4N" are what they say.
        """
        if not text.isascii():
            return None
        found = [_trimmed(text, s, e) for s, e in ascii_spans(_CANDIDATE, text.encode("ascii"))]
        if not found:
            return None
        chosen: list[tuple[int, int, _Reading]] = []
        leet_spans: list[tuple[int, int]] = []  # tokens with digits or symbols read as words
        for start, end in found:
            options = self._readings(text, start, end)
            if not options:
                token = text[start:end]
                if _INNER_MASK.search(token):
                    # An unread mask still joins its word: "cheap*st" is one word, not "cheap" and "st".
                    word = _INNER_MASK.sub(lambda m: m.group(1) + "e" * len(m.group(2)), token)
                    chosen.append((start, end, (word, [], word.lower())))
                continue
            chosen.append((start, end, self._choose(text, start, end, options)))
            if not text[start:end].isalpha():
                leet_spans.append((start, end))
        if leet_spans:
            # A draft written in leet: its short tokens are leet too ("1n 312", "!f you", "@v3, 4p7").
            # A number (or what reads as one: "51x", "4N") only where its reading makes a phrase with a
            # word beside it ("go1ng 70 d0ubl3": "going to", "to double") or a number with a number
            # ("s3v3n 51x"), so "45 Cypre5s" stays a house number and "in 4N" a room.
            read = {s: r[2] for s, _, r in chosen}
            later: list[tuple[int, int, list[str]]] = []
            for m in _SHORT.finditer(text):
                s, e = m.span()
                token = m.group()
                if s in read or sum(c.isalpha() for c in token) > 1:
                    continue
                words = self._spellings(token, names=False, exact=True)
                if not words:
                    continue
                if token.isdigit() or _not_a_word(token):
                    later.append((s, e, words))  # "70", "51x": a number unless the words around say otherwise
                else:
                    chosen.append((s, e, (words[0], [], words[0].lower())))
                    read[s] = words[0].lower()
            for s, e, words in later:
                before = read.get(_neighbour(text, s, -1)[0])
                after = read.get(_neighbour(text, e, 1)[0])
                for word in (w.lower() for w in words):
                    if (before, word) in self._pairs or (word, after) in self._pairs or \
                            (word in _NUMBER_WORDS and (before in _NUMBER_WORDS or after in _NUMBER_WORDS)):
                        chosen.append((s, e, (_with_case(text[s:e], word), [], word)))
                        break
        if not chosen:
            return None
        chosen.sort(key=lambda c: c[0])
        chars: list[str] | None = None
        deletions: list[tuple[int, int]] = []
        for start, end, (new, cut, _) in chosen:
            if new != text[start:end]:
                if chars is None:
                    chars = list(text)
                chars[start:end] = new
            deletions.extend((start + s, start + e) for s, e in cut)
        if chars is None and not deletions:
            return None
        repaired = text if chars is None else "".join(chars)
        if not deletions:
            return repaired, None
        return delete_spans(repaired, deletions)

    def _choose(self, text: str, start: int, end: int, options: list[_Reading]) -> _Reading:
        """The reading that makes rulebook phrases with the words before and after it (both beat one),
        else the first. Before "'t" a contraction's stem wins: "w*n't" is "won't", not "win't"."""
        if len(options) == 1:
            return options[0]
        if text.startswith(("'t", "’t"), end):
            for option in options:
                if option[2] in _CONTRACTION_STEMS:
                    return option
        s, e = _neighbour(text, start, -1)
        before = self._word_readings(text[s:e])
        s, e = _neighbour(text, end, 1)
        after = self._word_readings(text[s:e])
        pairs = self._pairs
        best, score = options[0], 0
        for option in options:
            word = option[2]
            fits = any((b, word) in pairs for b in before) + any((word, a) in pairs for a in after)
            if fits > score:
                best, score = option, fits
        return best

    def _word_readings(self, token: str) -> list[str]:
        """What a neighbouring token may read as: itself, or its readings when it is disguised too."""
        if not token:
            return []
        if token.isalpha() and _STRETCH.search(token.lower()) is None:
            return [token.lower()]
        return [r[2] for r in self._readings(token, 0, len(token))] or [token.lower()]

    def _readings(self, text: str, start: int, end: int) -> list[_Reading]:
        """The ways to read a candidate token as a rulebook word (or a name), best first.

        Cached per token: a draft (or a hostile 4,000-character input) repeats its tokens, and so does
        the traffic of one workspace ("Q3", "GitHub", a hashtag, a product code). The cache is the only
        state a check writes; dict operations are atomic under the GIL, and a lost entry is recomputed.
        """
        token = text[start:end]
        key = (token, token.isalpha() and _in_identifier(text, start, end))
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            found = self._cache[key] = self._token_readings(token, key[1])
        return found

    def _token_readings(self, token: str, in_identifier: bool) -> list[_Reading]:
        """``_readings`` of one token; ``in_identifier``: it is one piece of a longer token (a key)."""
        # Punctuation around a word is not part of it: "sal3!!!", "#Sale", "@karen" (but "@ll" is "all").
        core_start, core_end = 0, len(token)
        while core_end > core_start and token[core_end - 1] in "!?":
            core_end -= 1
        while core_start < core_end and token[core_start] in "#@$" and \
                not self._spellings(token[core_start:core_end], names=False):
            core_start += 1
        core = token[core_start:core_end]
        if _not_a_word(core):
            return []
        letters = sum(c.isalpha() for c in core)
        if letters < 2 and not (letters == 1 and any(c in "@$!|" for c in core) and len(core) >= 4):
            return []  # "1n", "3R": read only in a draft written in leet (``repair``); "73@m" is "team"
        if core.isalpha():
            # Capitals are only restored in words of their own: "EAvstq..." inside a token is part of a key.
            cased = self._cased.get(core.lower())
            if _STRETCH.search(core.lower()) is None and (cased is None or cased == core) and \
                    (_plain_case(core) or in_identifier):
                return []
            spellings = [core]
        else:
            spellings = self._spellings(core)
        out: list[_Reading] = []
        for word in spellings:
            cuts = self._unstretch(word) if _STRETCH.search(word.lower()) is not None else [[]]
            for cut in cuts:
                fixed = self._recase(word, cut)
                if fixed == core and not cut:
                    continue
                out.append((token[:core_start] + fixed + token[core_end:],
                            [(core_start + s, core_start + e) for s, e in cut], _without(fixed, cut).lower()))
        return out[:_MAX_KEPT]

    def _spellings(self, core: str, names: bool = True, exact: bool = False) -> list[str]:
        """Readings of a token with digits or symbols that are rulebook words (case kept), best first and
        at most a few; failing those, with ``names``, a capitalised name ("Glori4" -> "Gloria", "P*tterson")."""
        options = [c.lower() if c.isalpha() else _READINGS.get(c, "") for c in core]
        if not all(options):
            return []  # a digit no letter looks like ("2", "6"): a code or a number, not a word
        count = 1
        for o in options:
            count *= len(o)
        if count > _MAX_READINGS:
            return []
        readings = ["".join(r) for r in itertools.product(*options)]
        words = self._words
        found = [r for r in readings if r in words]  # most disguised words are rulebook words as they stand
        if not found and not exact:
            ranked = sorted(((rank, r) for r in readings if (rank := self._rank(r, core, False)) is not None),
                            key=lambda x: x[0])  # stable: product order within a rank
            found = [r for _, r in ranked]
        if found or not names:
            return [_with_case(core, reading) for reading in found[:_MAX_KEPT]]
        # A name: a capital, then lower-case letters and look-alikes, four characters or more, not a
        # number at the end ("Covid19", "Win10").
        if core[0].isupper() and len(core) >= 4 and sum(c.isalpha() for c in core) >= 2 \
                and not any(c.isupper() for c in core[1:]) and not (core[-1].isdigit() and core[-2].isdigit()):
            return [core[0] + "".join(o[0] for o in options[1:])]
        return []

    def _unstretch(self, word: str) -> list[list[tuple[int, int]]]:
        """What to delete from a stretched word ("discounttt", "sooo", "iiin") to make it a rulebook word:
        each stretch cut to two letters or one, every reading that is known, best first ("tooo" may be
        "too" or "to": the neighbours decide). A stretch keeps its outer letter (its last, or its first
        at the start of the word), so a finding on the word still covers all of it."""
        lower = word.lower()
        stretches = [m.span() for m in _STRETCH.finditer(lower)]
        if len(stretches) > 4:
            return []
        ranked: list[tuple[int, list[tuple[int, int]]]] = []
        for keep in itertools.product((2, 1), repeat=len(stretches)):
            cut = [(s + k, e) if s == 0 else (s, e - k) for (s, e), k in zip(stretches, keep, strict=True)]
            shorter = _without(lower, cut)
            rank = self._rank(shorter, shorter, False)
            if rank is not None:
                ranked.append((rank, cut))
        ranked.sort(key=lambda x: x[0])
        return [cut for _, cut in ranked]

    def _recase(self, word: str, cut: list[tuple[int, int]]) -> str:
        """A word with scrambled capitals ("DiScOuNt", "mR", "GlOrIa") as a rule would write it: a
        rulebook word in its rulebook form (lower case, or "Mr"), anything else as a name."""
        kept = _without(word, cut) if cut else word
        lower = kept.lower()
        fixed = self._cased.get(lower)
        if fixed is None and (kept.islower() or kept.isupper() or kept.istitle()):
            return word
        if fixed is None:
            if self.known(lower):
                fixed = lower
            elif _plain_case(kept):
                return word
            else:
                fixed = lower.capitalize()
        if not cut:
            return fixed
        # Put the recased letters back around the deleted ones (the deletions are applied later).
        out = list(word)
        it = iter(fixed)
        deleted = {i for s, e in cut for i in range(s, e)}
        for i in range(len(out)):
            if i not in deleted:
                out[i] = next(it)
        return "".join(out)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A candidate's span without the boundary characters the "@ll" alternative consumes."""
    while start < end and text[start] not in _TOKEN_CHARS:
        start += 1
    while end > start and text[end - 1] not in _TOKEN_CHARS:
        end -= 1
    return start, end


def _not_a_word(core: str) -> bool:
    """A number, amount, code or room as people write them ("3rd", "10am", "$5", "SPRING30", "4N"),
    or a token too long to be a word (a key, a hash)."""
    if len(core) > _LONGEST or _NUMBER_LIKE.fullmatch(core) or _ROOM.fullmatch(core) or _ORDINAL.fullmatch(core):
        return True
    return core[0].isdigit() and core.lstrip("0123456789").lower() in _UNITS


def _plain_case(word: str) -> bool:
    """Capitals as people write them (``_PLAIN_CASE``, ``_HUMPS``): "GitHub" is, "MaRk" and "DiScOuNt" are not."""
    if _PLAIN_CASE.fullmatch(word) is not None:
        return True
    if _HUMPS.fullmatch(word) is None:
        return False
    humps = _HUMP.findall(word)
    return all(len(h) >= 2 for h in humps[1:]) and any(len(h) >= 3 for h in humps)


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one piece of a longer token ("...-EAvstqVVPq", "AIzatXP-tKsf", "@SlackAPI")?"""
    return (start >= 2 and text[start - 1] in "-_/.@" and text[start - 2].isalnum()) or \
        (start >= 1 and text[start - 1] == "@") or \
        (end + 1 < len(text) and text[end] in "-_/." and text[end + 1].isalnum())


def _neighbour(text: str, pos: int, step: int) -> tuple[int, int]:
    """The token just before ``pos`` (step -1) or just after it (step 1), across a space (and perhaps a
    comma or a full stop before it: "@v3, 4p7"); (pos, pos) if there is none."""
    if step < 0:
        end = pos - 1
        if end < 1 or text[end] != " ":
            return pos, pos
        if text[end - 1] in ",;:.":
            end -= 1
        start = end
        while start > 0 and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        return (start, end) if start < end else (pos, pos)
    start = pos
    if start < len(text) and text[start] in ",;:.":
        start += 1
    if start + 1 >= len(text) or text[start] != " ":
        return pos, pos
    start += 1
    end = start
    while end < len(text) and text[end] in _TOKEN_CHARS:
        end += 1
    return (start, end) if start < end else (pos, pos)


def _with_case(core: str, reading: str) -> str:
    """A reading of a token in the token's case: "D*SCOUNT" -> "DISCOUNT", "Mr$" -> "Mrs", "0ff" -> "off"."""
    letters = [c for c in core if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return reading.upper()
    return "".join(r.upper() if c.isupper() else r for c, r in zip(core, reading, strict=True))


def _without(text: str, cut: list[tuple[int, int]]) -> str:
    out: list[str] = []
    pos = 0
    for s, e in cut:
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:])
    return "".join(out)
