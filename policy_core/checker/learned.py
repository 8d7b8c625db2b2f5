"""A learned second opinion for the categories that are about meaning, not format.

Why: phrase lists fitted to one labelled set barely carried over to the next (bench/checker.py on the held-out
sets): sarcasm, non-public facts without a "confidential" word, opinions without a keyword. A linear model over
the draft's words and word pairs (TF-IDF, one logistic regression per category) learns those from every labelled
draft we have, runs in microseconds, and can be read: each word's weight is in the data file.

It never decides alone where a format decides (personal data and secrets are proven by validators: a model over
words cannot check a card number), and it speaks only where the rules found nothing of that category: there it
adds recall. It second-guesses a rule only where cross-validation showed it reliably right to: a finding short of
`block` in a category where the model is very sure the draft is not of it (a `veto` cut per category, set where
at least 90% of the findings so overruled were false alarms) is dropped; a sale-wording rule meeting "free
budgeting appointment" in a bank's reply is the kind. Its cuts come from cross-validation on the training drafts
(`bench/checker_fit.py`, which also writes the data).

The text it reads is the checker's own word view of the draft (`Checker.model_text`: NFKC, look-alikes folded,
invisible characters gone, disguised words read back, spaced-out letters joined, lower-cased), with the
organisation's names replaced by the kind of name they are (`NameMask`).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, pairwise, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import re2

from .fastre import compile_re2
from .normalize import normalize

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

MODEL_FILE = Path(__file__).with_name("data") / "learned.json"
# The meaning categories it may speak for: personal data and secrets are proven by validators (formats,
# checksums), which a model over words cannot do. A rule names one as `detect.validators: [learned_<category>]`.
LEARNED_CATEGORIES = ("phi", "confidential", "promotion", "financial_promise", "hostile", "disclaimer")
_TOKEN = re.compile(r"[a-z0-9']+")
_UNANCHORED = re2._Anchor.UNANCHORED
NO_VETO = -1e9  # a veto cut that overrules nothing
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


class NameMask:
    """Replaces the organisation's own names with one token per kind ("orgcompany", "orgcodename", ...).

    Why: the labelled drafts are written about the demo organisation, so a model fed raw words learns "Project
    Falcon" rather than "a code name", and flags an unrelated org's harmless "Project Falcon" while missing its real
    code names. Masked, it learns the kind of name, whatever the organisation calls it."""

    def __init__(self, company: Iterable[str] = (), products: Iterable[str] = (), code_names: Iterable[str] = (),
                 competitors: Iterable[str] = (), domains: Iterable[str] = ()) -> None:
        kinds = {"orgcompany": company, "orgproduct": products, "orgcodename": code_names,
                 "orgcompetitor": competitors, "orgdomain": domains}
        self.token: dict[str, str] = {}
        for token, names in kinds.items():
            for name in names:
                key = " ".join(_TOKEN.findall(normalize(name).text.lower()))
                if key:
                    self.token.setdefault(key, token)
        alternatives = sorted(self.token, key=len, reverse=True)
        names = "|".join(r"[^a-z0-9']+".join(map(re.escape, k.split())) for k in alternatives)
        self._pattern = re.compile(rf"(?<![a-z0-9'])(?:{names})(?![a-z0-9'])") if alternatives else None
        # The same matches for ASCII text in RE2, whose DFA skips ahead where Python's re tries the look-behind at
        # every character: the boundaries are consumed characters (or the text's ends) and the name is group 1;
        # the next search starts where the name ends, so a boundary can serve two names, as a look-around does.
        self._re2 = compile_re2(rf"(?:^|[^a-z0-9'])({names})(?:[^a-z0-9']|$)") if alternatives else None

    def __call__(self, lower: str) -> str:
        if self._pattern is None:
            return lower
        if self._re2 is None or not lower.isascii():
            return self._pattern.sub(lambda m: self.token[" ".join(_TOKEN.findall(m.group(0)))], lower)
        data = lower.encode("ascii")
        match = self._re2._regexp.Match
        pieces: list[str] = []
        pos = last = 0
        n = len(data)
        while pos <= n:
            s, e = match(_UNANCHORED, data, pos, n)[1]
            if s < 0:
                break
            pieces.append(lower[last:s])
            pieces.append(self.token[" ".join(_TOKEN.findall(lower[s:e]))])
            pos = last = e
        if not pieces:
            return lower
        pieces.append(lower[last:])
        return "".join(pieces)


def terms(lower: str) -> set[str]:
    """The distinct words and neighbouring word pairs of the model's text (the checker's word view: lower-cased,
    punctuation already gone, so splitting on spaces is tokenising)."""
    words = lower.split()
    found = set(words)
    found.update(map(" ".join, pairwise(words)))
    return found


@dataclass(frozen=True)
class TermModel:
    """Binary TF-IDF (a term counts once: drafts are short), l2-normalised, then one logistic regression per
    category. `vocab` maps a term to (idf, its weight for each of `categories`) as stored; the model scores
    from `_rows`, the same numbers pre-multiplied: (idf^2, idf * weight, ...)."""

    categories: tuple[str, ...]
    vocab: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    threshold: tuple[float, ...]  # on the log-odds, per category
    min_terms: int = 0  # fewer known terms than this: no judgement (shorter than anything it learned from)
    # Per category, the log-odds at or below which the model overrules a rule's finding short of `block` (it was
    # that sure the category is absent: bench/checker_fit.py); empty, or NO_VETO for a category: it never does.
    veto: tuple[float, ...] = ()
    _rows: dict[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)
    _batch: tuple[_BatchIndex | None] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        rows = {t: (row[0] * row[0], *(row[0] * w for w in row[1:])) for t, row in self.vocab.items()}
        object.__setattr__(self, "_rows", rows)

    def log_odds(self, lower: str) -> tuple[float, ...] | None:
        """Each category's log-odds for a text (lower-cased normalised text); None when the text has fewer
        than `min_terms` known terms: in "Can't wait for the conference!" a few words carry the whole
        normalised vector, and the model never learned from drafts that short, so those are left to the rules."""
        known, scores = self._score(lower)
        return scores if known and known >= self.min_terms else None

    def flagged(self, lower: str) -> list[str]:
        """The categories whose log-odds reach their threshold."""
        scores = self.log_odds(lower)
        if scores is None:
            return []
        return [c for c, s, t in zip(self.categories, scores, self.threshold, strict=True) if s >= t]

    def _score(self, lower: str) -> tuple[int, tuple[float, ...]]:
        """(known terms, log-odds per category), however short the text.

        Cost: a lookup per distinct term and column sums, all in C (`map(dict.get)`, `zip(*rows)`): about 100
        distinct terms and 70 known ones in a 300-character draft. (`terms & rows.keys()` then indexing cost half
        as much again: the intersection builds a set only to be looked up once more.)"""
        present = list(filter(None, map(self._rows.get, terms(lower))))
        if not present:
            return 0, self.bias
        norm2, *sums = map(sum, zip(*present, strict=True))
        scale = 1.0 / math.sqrt(norm2)
        return len(present), tuple(b + s * scale for b, s in zip(self.bias, sums, strict=True))

    def log_odds_many(self, texts: Sequence[str]) -> list[tuple[float, ...] | None]:
        """``[self.log_odds(t) for t in texts]``, scored together: the batch CLI's drafts, a chunk at a time.

        Why: one draft's lookups and column sums (``_score``) were a fifth of a batch check. Here each word is
        looked up once (an int id, from a dict of the vocabulary's words, not its ~30,000 terms); neighbouring
        pairs are matched as pairs of ids, the terms made distinct per draft and the columns summed for the whole
        batch with numpy. Same terms, same formula; the sums add the same numbers in another order (``_score``'s
        order is that of a set of strings, which already changes from one process to the next).
        """
        import numpy as np

        ix = self._batch_index()
        if ix is None or not texts:
            return [self.log_odds(t) for t in texts]
        get = ix.words.get
        ids: list[int] = []
        lengths: list[int] = []
        for text in texts:
            start = len(ids)
            words = text.split()
            ids.extend(map(get, words, repeat(-1, len(words))))
            ids.append(-1)  # no pair across two drafts
            lengths.append(len(ids) - start)
        n = len(texts)
        a = np.array(ids, dtype=np.int64)
        doc = np.repeat(np.arange(n, dtype=np.int64), lengths)
        known_word = a >= 0
        uni = ix.unigram[a[known_word]]
        uni_doc = doc[known_word][uni >= 0]
        uni = uni[uni >= 0]
        left, right = a[:-1], a[1:]
        both = (left >= 0) & (right >= 0)
        # Each pair of ids as one key, sorted with its draft (key * n + draft): sorted queries make the binary
        # searches over the vocabulary's pairs walk it in order (twice as fast as in text order).
        keyed = np.sort((left[both] * ix.width + right[both]) * n + doc[:-1][both])
        keys = keyed // n
        pos = np.searchsorted(ix.pair_keys, keys)
        pos[pos >= len(ix.pair_keys)] = 0
        found = ix.pair_keys[pos] == keys
        pair = ix.pair_terms[pos[found]]
        pair_doc = keyed[found] % n
        size = len(ix.rows)
        present = np.sort(np.concatenate((uni_doc * size + uni, pair_doc * size + pair)))
        if len(present):  # each term once per draft
            first = np.empty(len(present), dtype=bool)
            first[0] = True
            np.not_equal(present[1:], present[:-1], out=first[1:])
            present = present[first]
        owner = present // size
        known = np.bincount(owner, minlength=n)
        sums = np.zeros((n, ix.rows.shape[1]))
        judged = np.flatnonzero(known)
        if len(judged):  # the rows of each draft's terms, summed in one pass (owner is sorted)
            starts = np.concatenate(([0], np.cumsum(known[judged])[:-1]))
            # np.take, not rows[...]: several times faster at gathering rows
            sums[judged] = np.add.reduceat(np.take(ix.rows, present % size, axis=0), starts, axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):  # no terms: no judgement, the row is not used
            scale = 1.0 / np.sqrt(sums[:, 0])
            scores = (ix.bias + sums[:, 1:] * scale[:, None]).tolist()
        least = max(self.min_terms, 1)
        return [tuple(row) if k >= least else None for k, row in zip(known.tolist(), scores, strict=True)]

    def _batch_index(self) -> _BatchIndex | None:
        """The vocabulary as numpy arrays for ``log_odds_many`` (built on first use); None when a term is not a
        word or a pair of words as ``terms`` makes them (then the batch scores one text at a time)."""
        if self._batch is None:
            object.__setattr__(self, "_batch", (_BatchIndex.build(self._rows, self.bias),))
        assert self._batch is not None
        return self._batch[0]

    def best_sentence(self, text: str, category: str, prepare: Callable[[str], str]) -> tuple[int, int]:
        """The span of the original text's sentence that reads most like `category` (the finding's "where").

        `prepare` makes a sentence into the model's text (`Checker.model_text`), so a sentence with a disguised
        word is read as the draft was."""
        k = self.categories.index(category)
        best: tuple[float, int, int] | None = None
        for m in _SENTENCE.finditer(text):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s == e:
                continue
            score = self._score(prepare(text[s:e]))[1][k]  # a sentence may be short: rank, do not flag
            if best is None or score > best[0]:
                best = (score, s, e)
        return (best[1], best[2]) if best else (0, len(text))

    def to_json(self) -> dict[str, Any]:
        return {"categories": list(self.categories), "bias": list(self.bias), "threshold": list(self.threshold),
                "min_terms": self.min_terms, "veto": list(self.veto),
                "vocab": {t: list(row) for t, row in sorted(self.vocab.items())}}

    def overrules(self) -> dict[str, tuple[int, float]]:
        """Category -> (its place in `log_odds`, the cut at or below which a rule's finding is overruled), for the
        categories the model may overrule."""
        if not self.veto:
            return {}
        return {c: (k, cut) for k, (c, cut) in enumerate(zip(self.categories, self.veto, strict=True)) if cut > NO_VETO}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TermModel:
        cats = tuple(str(c) for c in data["categories"])
        vocab = {str(t): tuple(float(x) for x in row) for t, row in data["vocab"].items()}
        bad = [t for t, row in vocab.items() if len(row) != len(cats) + 1]
        if bad:
            raise ValueError(f"learned model: rows of the wrong width for {bad[:3]}")
        veto = tuple(float(x) for x in data.get("veto", ()))
        if veto and len(veto) != len(cats):
            raise ValueError("learned model: one veto cut per category, or none")
        return cls(cats, vocab, tuple(float(x) for x in data["bias"]), tuple(float(x) for x in data["threshold"]),
                   int(data.get("min_terms", 0)), veto)


class _BatchIndex:
    """``TermModel._rows`` for ``log_odds_many``: word ids, the term of each word alone and of each pair of ids
    (sorted keys ``left * width + right``), and the rows as one float array. ``build`` gives None when some term
    is neither one word nor two joined by one space (what ``terms`` makes)."""

    def __init__(self, words: dict[str, int], unigram: npt.NDArray[np.int64], pair_keys: npt.NDArray[np.int64],
                 pair_terms: npt.NDArray[np.int64], rows: npt.NDArray[np.float64], bias: npt.NDArray[np.float64]
                 ) -> None:
        self.words = words
        self.width = max(len(words), 1)
        self.unigram = unigram
        self.pair_keys = pair_keys
        self.pair_terms = pair_terms
        self.rows = rows
        self.bias = bias

    @classmethod
    def build(cls, rows: dict[str, tuple[float, ...]], bias: tuple[float, ...]) -> _BatchIndex | None:
        import numpy as np

        split = [term.split(" ") for term in rows]
        if any(len(parts) > 2 or term.split() != parts for term, parts in zip(rows, split, strict=True)):
            return None
        words = {word: k for k, word in enumerate(dict.fromkeys(chain.from_iterable(split)))}
        unigram = [-1] * len(words)
        pairs: dict[int, int] = {}
        width = len(words)
        for k, parts in enumerate(split):
            if len(parts) == 1:
                unigram[words[parts[0]]] = k
            else:
                pairs[words[parts[0]] * width + words[parts[1]]] = k
        order = sorted(pairs) or [-1]  # a key no pair of ids makes: the arrays are never empty
        return cls(words, np.array(unigram, dtype=np.int64), np.array(order, dtype=np.int64),
                   np.array([pairs.get(k, 0) for k in order], dtype=np.int64),
                   np.array(list(rows.values()), dtype=np.float64).reshape(len(rows), len(bias) + 1),
                   np.array(bias, dtype=np.float64))


@cache
def shipped_model(path: Path = MODEL_FILE) -> TermModel | None:
    """The model fitted by bench/checker_fit.py, read once; None when the data file is absent."""
    if not path.exists():
        return None
    return TermModel.from_json(json.loads(path.read_text(encoding="utf-8")))
