"""From text to search terms: normalise, find phrases, drop filler, repair typos, stem, add concepts.

The same analysis runs over the policy and over the question, so "promo code" in a question and
"discount" in the policy meet at the concept token `~promotion`, and "posting"/"posts" meet at the
stem `post`. Typo repair only runs on questions, against the words the policy (and the lexicon)
actually contain, so it can only ever turn a misspelling into a word that will match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import Stemmer  # PyStemmer: the Snowball English stemmer in C

from policy_core.ask.lexicon import GROUPS, NOISE_PHRASES, STOPWORDS, WEAK_WORDS

WORD = re.compile(r"[a-z0-9]+")
CONCEPT = "~"
MAX_PHRASE = 5
_stemmer = Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_stemmer.stemWord(word))


def normalise(text: str) -> str:
    """Lower case, accents and curly quotes folded, contractions split, symbols to spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("&", " and ").replace("%", " percent ")
    text = re.sub(r"n't\b", " not", text)
    text = text.replace("#", " hashtag ")
    return text


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text))


@dataclass(frozen=True)
class Term:
    """One search term of a text: a stem or a `~concept`; `weak` terms barely count."""

    key: str
    weak: bool = False
    word: str = ""  # the surface word it came from ("" for phrase concepts)


class Lexicon:
    """The synonym groups compiled for lookup: word stems and phrases to concept tokens."""

    def __init__(self, groups: dict[str, tuple[str, ...]] = GROUPS,
                 noise: Iterable[str] = NOISE_PHRASES) -> None:
        self.by_stem: dict[str, set[str]] = {}
        self.phrases: dict[tuple[str, ...], set[str]] = {}
        self.surface: set[str] = set()  # words typo repair may choose
        for concept, entries in groups.items():
            for entry in entries:
                ws = tuple(words(entry))
                if not ws:
                    continue
                self.surface.update(w for w in ws if len(w) > 3)
                if len(ws) == 1:
                    self.by_stem.setdefault(stem(ws[0]), set()).add(CONCEPT + concept)
                else:
                    self.phrases.setdefault(ws, set()).add(CONCEPT + concept)
        self.noise = {tuple(words(p)) for p in noise}
        self.max_phrase = max([len(p) for p in self.phrases] + [len(p) for p in self.noise] + [1])


LEXICON = Lexicon()


def analyse(text: str, lexicon: Lexicon = LEXICON, *, query: bool = False,
            repair: dict[str, str] | None = None) -> list[Term]:
    """Terms of a text, in order. For questions, noise phrases are dropped and `repair` fixes typos."""
    ws = words(text)
    if repair:
        ws = [repair.get(w, w) for w in ws]
    out: list[Term] = []
    i = 0
    n = len(ws)
    in_phrase_until = 0  # words inside a matched phrase keep their stem, weakly, and no concepts of their own
    while i < n:
        matched = 0
        for size in range(min(lexicon.max_phrase, n - i), 1, -1):
            gram = tuple(ws[i : i + size])
            if query and gram in lexicon.noise:
                matched = size
                break
            concepts = lexicon.phrases.get(gram)
            if concepts and i >= in_phrase_until:
                out.extend(Term(c) for c in sorted(concepts))
                in_phrase_until = i + size
                break
        if matched:
            i += matched
            continue
        w = ws[i]
        inside = i < in_phrase_until
        i += 1
        if w in STOPWORDS or len(w) == 1:
            continue
        s = stem(w)
        weak = inside or w in WEAK_WORDS or s in WEAK_STEMS
        out.append(Term(s, weak, w))
        if not inside:
            for c in sorted(lexicon.by_stem.get(s, ())):
                out.append(Term(c, weak, w))
    return out


WEAK_STEMS = frozenset(stem(w) for w in WEAK_WORDS)


def deletes(word: str) -> set[str]:
    """All strings one deletion away (SymSpell): two words within one edit share one of these."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class TypoRepair:
    """Maps a misspelt question word to the most frequent known word within one edit (or a swap)."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.known = vocabulary
        self.known_stems = {stem(w) for w in vocabulary}
        self.index: dict[str, list[str]] = {}
        for w in vocabulary:
            if len(w) < 4:
                continue
            for d in deletes(w) | {w}:
                self.index.setdefault(d, []).append(w)

    def fix(self, word: str) -> str | None:
        if word in self.known or len(word) < 4 or word.isdigit() or word in STOPWORDS or stem(word) in self.known_stems:
            return None
        cands: set[str] = set(self.index.get(word, ()))
        for d in deletes(word):
            cands.update(self.index.get(d, ()))
        # a one-letter substitution in a short word is more often another real word ("night"/"right")
        cands = {c for c in cands if _one_edit(c, word) and (len(c) != len(word) or len(word) >= 6 or _swap(c, word))}
        if not cands:
            return None
        return max(sorted(cands), key=lambda c: self.known[c])

    def repairs(self, text: str) -> dict[str, str]:
        out = {}
        for w in words(text):
            fixed = self.fix(w)
            if fixed:
                out[w] = fixed
        return out


def _swap(a: str, b: str) -> bool:
    """True when b is a with two neighbouring letters swapped (a common typing slip)."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion, substitution or neighbour swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or _swap(a, b)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
