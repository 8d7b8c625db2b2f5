"""Measure the draft checker under evasion: does a finding survive its words being disguised?

Run from the repo root:

    .venv/bin/python bench/checker_evasion.py            # table: recall per transform and category
    .venv/bin/python bench/checker_evasion.py --misses   # also every miss, wrong span and false alarm
    .venv/bin/python bench/checker_evasion.py --json     # one JSON object

Positives: every (draft, category) the checker gets right in the labelled corpus
(tests/checker/corpus.jsonl, read with bench/checker.py's loader) and every rule's own
``examples.flag`` draft, with the spans of that category's findings. Each transform is applied on
its own, deterministically (seeded per sample and transform), to the words inside those spans
(every span of the category at once, so an untouched second mention cannot carry the category).

* recall: the same category is still found in the disguised draft;
* span: every disguised span lies inside a finding of that category, and each such finding
  reaches at most a few characters beyond it (the finding still points at what the author wrote,
  not at a wider stretch of the draft).

A transform that cannot apply to a span (no letters to disguise, fewer than six digits, no e-mail
address) leaves the sample out of that transform's figures. Transforms that change a value rather
than its appearance (leetspeak, spacing, masking, repeated letters) are not applied to secrets or
e-mail addresses: "hunt3r2" is a different password, not a disguised one. A secret spelled out character by
character ("x o x b - 3 9 7 ...", "h.u.n.t.e.r.2") keeps its value: the secret_* transforms do that to secrets
only.

Clean drafts (labels == []) that the checker passes as written get the same transforms on a seeded
half of their words (and on every number of six or more digits and every e-mail address): any
finding there is a false alarm the disguise created.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from checker import CORPUS, load_corpus  # noqa: E402  (bench/checker.py)

from policy_core.checker import CATEGORIES, Checker  # noqa: E402
from policy_core.checker.examples import example_sector  # noqa: E402
from policy_core.checker.rulebook import expand_example  # noqa: E402

SEED = 20261124
SLACK = 3  # characters a finding may reach beyond the disguised span and still "point at it"

# ---------------------------------------------------------------------------------------------
# Transforms. Each disguises one word (letters), one number (digits) or one e-mail address.
# ---------------------------------------------------------------------------------------------

CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
            "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т",
            "X": "Х", "S": "Ѕ", "I": "І"}
GREEK = {"o": "ο", "v": "ν", "i": "ι", "u": "υ", "a": "α", "k": "κ", "A": "Α", "B": "Β", "E": "Ε", "I": "Ι", "K": "Κ",
         "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Z": "Ζ", "Y": "Υ", "H": "Η"}
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7",
        "A": "4@", "E": "3", "I": "1!", "O": "0", "S": "5$", "T": "7"}
MASKS = "#%?"  # "@", "$" and "!" are leet for a, s and i before they are masks
VOWELS = "aeiouAEIOU"
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _swap_some(word: str, table: dict[str, str], rng: random.Random, p: float = 0.5) -> str:
    """Swap each letter that has a look-alike with probability p; at least one is swapped."""
    idx = [i for i, c in enumerate(word) if c in table]
    if not idx:
        return word
    chosen = {i for i in idx if rng.random() < p} or {rng.choice(idx)}
    out = list(word)
    for i in chosen:
        c = word[i]
        out[i] = rng.choice(table[c])
    return "".join(out)


def _insert_between(word: str, chars: str | tuple[str, ...], rng: random.Random) -> str:
    """An invisible character after roughly every second letter (at least one inside the word)."""
    gaps = list(range(1, len(word)))
    chosen = {g for g in gaps if rng.random() < 0.5} or {rng.choice(gaps)}
    return "".join((rng.choice(chars) if i in chosen else "") + c for i, c in enumerate(word))


def cyrillic(word: str, rng: random.Random) -> str:
    return _swap_some(word, CYRILLIC, rng)


def greek(word: str, rng: random.Random) -> str:
    return _swap_some(word, GREEK, rng)


def fullwidth(text: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


def zero_width(word: str, rng: random.Random) -> str:
    return _insert_between(word, INVISIBLE, rng)


def soft_hyphen(word: str, rng: random.Random) -> str:
    return _insert_between(word, "\u00ad", rng)


def leet(word: str, rng: random.Random) -> str:
    return _swap_some(word, LEET, rng, p=0.7)


def spaced(word: str, rng: random.Random) -> str:
    return " ".join(word)


def dotted(word: str, rng: random.Random) -> str:
    return ".".join(word)


def dashed(word: str, rng: random.Random) -> str:
    return "-".join(word)


def _mask(word: str, rng: random.Random, symbols: str) -> str:
    """One vowel inside the word hidden behind a symbol ("d*scount", "id!ot"). Not the last letter:
    "th?" is read as a question before it is read as "the"."""
    idx = [i for i in range(1, len(word) - 1) if word[i] in VOWELS]
    if len(word) < 3 or not idx:
        return word
    i = rng.choice(idx)
    return word[:i] + rng.choice(symbols) + word[i + 1:]


def masked_star(word: str, rng: random.Random) -> str:
    return _mask(word, rng, "*")


def masked_symbol(word: str, rng: random.Random) -> str:
    return _mask(word, rng, MASKS)


def mixed_case(word: str, rng: random.Random) -> str:
    first = rng.random() < 0.5
    return "".join(c.upper() if (i % 2 == 0) == first else c.lower() for i, c in enumerate(word))


def repeated(word: str, rng: random.Random) -> str:
    """One letter written three times or more: the last one ("discounttt") or a vowel ("sooo")."""
    vowels = [i for i, c in enumerate(word) if c in VOWELS]
    i = rng.choice(vowels) if vowels and rng.random() < 0.5 else len(word) - 1
    return word[:i + 1] + word[i] * rng.choice((2, 3)) + word[i + 1:]


def _digits_regrouped(sep: str, sizes: tuple[int, ...]) -> Callable[[str, random.Random], str]:
    def regroup(number: str, rng: random.Random) -> str:
        digits = re.sub(r"\D", "", number)
        size = rng.choice(sizes)
        return sep.join(digits[i:i + size] for i in range(0, len(digits), size))
    return regroup


def _digit_word(d: str, rng: random.Random) -> str:
    return rng.choice(("oh", "zero")) if d == "0" else DIGIT_WORDS[int(d)]


def digit_words(number: str, rng: random.Random) -> str:
    """'415-555-0162' -> 'four one five five five five oh one six two'."""
    return " ".join(_digit_word(d, rng) for d in re.sub(r"\D", "", number))


def digits_mixed(number: str, rng: random.Random) -> str:
    """Groups alternately in digits and in words: '415 five five five 0162'."""
    groups = re.findall(r"\d+", number)
    if len(groups) < 2:
        digits = groups[0]
        groups = [digits[i:i + 3] for i in range(0, len(digits), 3)]
    first = rng.random() < 0.5
    return " ".join(" ".join(_digit_word(d, rng) for d in g) if (k % 2 == 0) == first else g
                    for k, g in enumerate(groups))


def _email(at: str, dot: str) -> Callable[[str, random.Random], str]:
    def disguise(address: str, rng: random.Random) -> str:
        local, domain = address.split("@")
        return local.replace(".", dot) + at + domain.replace(".", dot)
    return disguise


@dataclass(frozen=True)
class Transform:
    name: str
    scope: str  # "letters" (each word), "span" (the whole span), "digits" (each number), "email", "secret"
    fn: Callable[[str, random.Random], str]
    changes_value: bool = False  # not applied to secrets (nor, for letters, to e-mail addresses)
    gap: str | None = None  # what the space between two disguised words becomes ("d i s c   c o d e")


TRANSFORMS: tuple[Transform, ...] = (
    Transform("cyrillic", "letters", cyrillic),
    Transform("greek", "letters", greek),
    Transform("fullwidth", "span", fullwidth),
    Transform("zero_width", "letters", zero_width),
    Transform("soft_hyphen", "letters", soft_hyphen),
    Transform("leet", "letters", leet, True),
    Transform("spaced", "letters", spaced, True, gap="   "),
    Transform("dotted", "letters", dotted, True),
    Transform("dashed", "letters", dashed, True),
    Transform("masked_star", "letters", masked_star, True),
    Transform("masked_symbol", "letters", masked_symbol, True),
    Transform("mixed_case", "letters", mixed_case, True),  # tokens are case-sensitive
    Transform("repeated", "letters", repeated, True),
    Transform("digits_spaced", "digits", _digits_regrouped(" ", (1,)), True),
    Transform("digits_dotted", "digits", _digits_regrouped(".", (2, 3, 4)), True),
    Transform("digits_dashed", "digits", _digits_regrouped("-", (2, 3, 4)), True),
    Transform("digits_grouped", "digits", _digits_regrouped(" ", (2, 3, 4)), True),
    Transform("digit_words", "digits", digit_words, True),
    Transform("digits_mixed", "digits", digits_mixed, True),
    Transform("email_words", "email", _email(" at ", " dot ")),
    Transform("email_brackets", "email", _email(" [at] ", " [dot] ")),
    Transform("email_parens", "email", _email(" (at) ", " (dot) ")),
    # a secret spelled out character by character keeps its value: "x o x b - 3 9 7 ...", "h.u.n.t.e.r.2"
    Transform("secret_spaced", "secret", lambda token, rng: " ".join(token), gap="   "),
    Transform("secret_dotted", "secret", lambda token, rng: ".".join(token)),
)
BY_NAME = {t.name: t for t in TRANSFORMS}

# A word to disguise: letters (and the invisible characters an earlier disguise left inside), not part of a
# token with digits or underscores.
_INVISIBLE_CLASS = "\u00ad\u200b-\u200d\u2060\ufeff"
_WORD = re.compile(rf"(?<![\w{_INVISIBLE_CLASS}])[^\W\d_](?:[^\W\d_]|[{_INVISIBLE_CLASS}])*(?![\w])")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE_CLASS}]")
# A number worth disguising: six or more digits with the separators people write between groups.
_NUMBER = re.compile(r"(?<![\w])\d(?:[ .\-/()]{0,2}\d)+(?![\w])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){10,}")
# A date keeps its shape whatever the disguise ("04/12/1962" is not a number to regroup).
_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}")
# An e-mail address already written out ("jane dot doe at gmail dot com", "[at]", "(dot)").
_DOT_WORD = r"(?:\s?(?:\.|\[dot\]|\(dot\)|\sdot\s)\s?\w+)"
_EMAIL_WORDS = re.compile(rf"\w+{_DOT_WORD}*\s?(?:\[at\]|\(at\)|\sat\s)\s?\w+{_DOT_WORD}+")


def _targets(text: str, t: Transform, value: bool, pick: float, rng: random.Random) -> list[tuple[int, int]]:
    """Spans of ``text`` the transform disguises; ``pick`` < 1 keeps a seeded share of the words."""
    if t.changes_value and value:
        return []  # a secret: disguising it changes it
    if t.scope == "secret":  # each word of a secret's own span, and only in a violation
        return [m.span() for m in re.finditer(r"\S+", text)] if value else []
    if t.scope == "span":
        return [(0, len(text))] if text.strip() else []
    if t.scope == "email":
        return [m.span() for m in _EMAIL.finditer(text)]
    if t.scope == "digits":
        return [m.span() for m in _NUMBER.finditer(text)
                if sum(c.isdigit() for c in m.group()) >= 6 and not _DATE.fullmatch(m.group())]
    protected: list[tuple[int, int]] = []
    if t.changes_value:
        # An e-mail address, a card, account or IBAN: respelling its letters changes the value.
        if sum(c.isdigit() for c in text) >= 8 and pick == 1:
            return []
        protected = [m.span() for rx in (_EMAIL, _EMAIL_WORDS, _IBAN) for m in rx.finditer(text)]
    least = 3 if t.gap is not None or t.fn in (dotted, dashed) else 2  # nobody spells out "in" as "i n"
    invisible = _INVISIBLE_RE.search(text) is not None
    words = [m.span() for m in _WORD.finditer(text) if not any(s <= m.start() < e for s, e in protected)
             and (m.end() - m.start() if not invisible else len(_INVISIBLE_RE.sub("", m.group()))) >= least]
    if t.fn is dashed:  # in "risk-free" the dashes would join the two words into one
        words = [(s, e) for s, e in words if text[s - 1:s] != "-" and text[e:e + 1] != "-"]
    if pick < 1 and words:
        words = [w for w in words if rng.random() < pick] or [rng.choice(words)]
    return words


def disguise(text: str, spans: list[tuple[int, int]], t: Transform, rng: random.Random,
             value: bool = False, pick: float = 1.0) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` with the transform applied inside each (sorted, disjoint) span.

    Returns the new text and where each span ended up in it, or None when nothing changed.
    """
    out: list[str] = []
    images: list[tuple[int, int]] = []
    pos = 0
    length = 0
    changed = False
    for s, e in spans:
        out.append(text[pos:s])
        length += s - pos
        piece = text[s:e]
        new: list[str] = []
        last = 0
        for ts, te in _targets(piece, t, value, pick, rng):
            between = piece[last:ts]
            # Words spelled out letter by letter need a wider gap between them, as people write them.
            new.append(t.gap if t.gap is not None and last and between == " " else between)
            new.append(t.fn(_INVISIBLE_RE.sub("", piece[ts:te]) if t.scope == "letters" else piece[ts:te], rng))
            last = te
        new.append(piece[last:])
        disguised = "".join(new)
        changed = changed or disguised != piece
        out.append(disguised)
        images.append((length, length + len(disguised)))
        length += len(disguised)
        pos = e
    out.append(text[pos:])
    return ("".join(out), images) if changed else None


# ---------------------------------------------------------------------------------------------
# Samples and measurement.
# ---------------------------------------------------------------------------------------------


@dataclass
class Sample:
    """A draft the checker gets right, the category to keep finding, and that category's spans."""

    id: str
    text: str
    sector: str | None
    category: str
    spans: list[tuple[int, int]]


def positive_samples(checker: Checker, corpus: list[dict]) -> list[Sample]:
    """(draft, category) pairs found correctly: corpus positives, then every rule's flag examples."""
    samples: list[Sample] = []

    def add(sid: str, text: str, sector: str | None, categories: set[str]) -> None:
        res = checker.check(text, sector=sector)
        for c in sorted(categories):
            spans = sorted((f.start, f.end) for f in res.findings if f.category == c)
            if spans:
                samples.append(Sample(sid, text, sector, c, spans))

    for d in corpus:
        if d["labels"]:
            add(d["id"], d["text"], d["sector"], set(d["labels"]))
    for rule in checker.rules:
        if rule.detect.learned_only:
            continue  # the model's judgement covers a whole sentence: there are no trigger words to disguise
        for k, raw in enumerate(rule.examples.flag):
            add(f"{rule.id}#{k}", expand_example(raw, checker.org), example_sector(rule), {rule.category})
    return samples


def _rng(*key: object) -> random.Random:
    return random.Random(":".join(map(str, (SEED, *key))))


@dataclass
class Cell:
    applicable: int = 0  # samples disguised
    found: int = 0  # ... in which the category is still found
    spans: int = 0  # disguised spans
    span_ok: int = 0  # ... each inside a finding of the category

    def add(self, found: bool, spans: int, span_ok: int) -> None:
        self.applicable += 1
        self.found += found
        self.spans += spans
        self.span_ok += span_ok


@dataclass
class Report:
    cells: dict[str, dict[str, Cell]] = field(default_factory=dict)  # transform -> category -> Cell
    clean: dict[str, Cell] = field(default_factory=dict)  # transform -> drafts disguised, drafts flagged
    misses: list[dict] = field(default_factory=list)


def _span_ok(findings: list[tuple[int, int]], image: tuple[int, int]) -> bool:
    s, e = image
    return any(fs <= s and fe >= e and s - fs <= SLACK and fe - e <= SLACK for fs, fe in findings)


def measure(checker: Checker, corpus: list[dict], transforms: tuple[Transform, ...] = TRANSFORMS,
            samples: list[Sample] | None = None) -> Report:
    """Recall and span coverage per transform and category, and false alarms on disguised clean drafts."""
    report = Report()
    if samples is None:
        samples = positive_samples(checker, corpus)
    # Clean drafts the checker passes as written: a false alarm here is one the disguise created
    # (a clean draft flagged as written is the accuracy bench's business).
    clean = [d for d in corpus if not d["labels"] and checker.check(d["text"], sector=d["sector"]).verdict == "ok"]
    for t in transforms:
        cells = report.cells.setdefault(t.name, {c: Cell() for c in CATEGORIES})
        for smp in samples:
            value = smp.category == "secret"
            made = disguise(smp.text, smp.spans, t, _rng(smp.id, smp.category, t.name), value=value)
            if made is None:
                continue
            text, images = made
            res = checker.check(text, sector=smp.sector)
            spans = [(f.start, f.end) for f in res.findings if f.category == smp.category]
            found = bool(spans)
            ok = [_span_ok(spans, im) for im in images]
            cells[smp.category].add(found, len(images), sum(ok))
            if not all(ok):
                report.misses.append({"transform": t.name, "id": smp.id, "category": smp.category,
                                      "kind": "miss" if not found else "span",
                                      "disguised": [text[s:e] for (s, e), k in zip(images, ok, strict=True) if not k],
                                      "findings": [(f.category, text[f.start:f.end]) for f in res.findings],
                                      "text": text})
        flagged = report.clean.setdefault(t.name, Cell())
        for d in clean:
            made = disguise(d["text"], [(0, len(d["text"]))], t, _rng(d["id"], "clean", t.name), pick=0.5)
            if made is None:
                continue
            res = checker.check(made[0], sector=d["sector"])
            flagged.add(res.verdict != "ok", 0, 0)
            if res.verdict != "ok":
                report.misses.append({"transform": t.name, "id": d["id"], "kind": "false_alarm",
                                      "findings": [(f.category, made[0][f.start:f.end]) for f in res.findings],
                                      "text": made[0]})
    return report


def summary(report: Report) -> dict:
    """Per transform: recall and span figures overall and per category, and clean drafts flagged."""
    out: dict = {}
    for name, cells in report.cells.items():
        total = Cell()
        per: dict[str, dict] = {}
        for c, cell in cells.items():
            if cell.applicable:
                per[c] = {"n": cell.applicable, "recall": round(cell.found / cell.applicable, 4),
                          "spans": cell.spans, "span": round(cell.span_ok / cell.spans, 4)}
                total.applicable += cell.applicable
                total.found += cell.found
                total.spans += cell.spans
                total.span_ok += cell.span_ok
        clean = report.clean[name]
        out[name] = {"n": total.applicable,
                     "recall": round(total.found / total.applicable, 4) if total.applicable else None,
                     "span": round(total.span_ok / total.spans, 4) if total.spans else None,
                     "categories": per, "clean_n": clean.applicable, "clean_flagged": clean.found}
    return out


def _print_table(figures: dict, samples: int) -> None:
    short = {"financial_promise": "fin_prom", "confidential": "confid", "disclaimer": "disclaim"}
    cats = [short.get(c, c) for c in CATEGORIES]
    print(f"checker evasion bench: {samples} positive samples (corpus + rule flag examples); seed {SEED}")
    print("n = samples disguised; recall = same category still found (overall and per category); span = share of "
          f"disguised spans inside a finding of the category (at most {SLACK} chars wider); clean = disguised "
          "clean drafts flagged")
    head = f"{'transform':<15} {'n':>4} {'recall':>6} {'span':>6} " + " ".join(f"{c:>8}" for c in cats) + \
        f" {'clean':>9}"
    print(head)
    print("-" * len(head))
    for name, f in figures.items():
        if not f["n"]:
            cols = " ".join(f"{'-':>8}" for _ in CATEGORIES)
            print(f"{name:<15} {0:>4} {'-':>6} {'-':>6} {cols} {f['clean_flagged']:>4}/{f['clean_n']:<4}")
            continue
        cols = " ".join(f"{f['categories'][c]['recall']:>8.3f}" if c in f["categories"] else f"{'-':>8}"
                        for c in CATEGORIES)
        print(f"{name:<15} {f['n']:>4} {f['recall']:>6.3f} {f['span']:>6.3f} {cols} "
              f"{f['clean_flagged']:>4}/{f['clean_n']:<4}")


def _select(names: str | None) -> tuple[Transform, ...]:
    if not names:
        return TRANSFORMS
    return tuple(BY_NAME[n] for n in names.split(","))


def iter_misses(report: Report, kinds: tuple[str, ...] = ("miss", "span", "false_alarm")) -> Iterator[dict]:
    return (m for m in report.misses if m["kind"] in kinds)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true", help="list every miss, wrong span and false alarm")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--transforms", help="comma list of transforms (default all)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="labelled JSONL (default tests/checker/corpus.jsonl)")
    args = ap.parse_args()
    checker = Checker.load()
    corpus = load_corpus(args.corpus.resolve())
    samples = positive_samples(checker, corpus)
    report = measure(checker, corpus, _select(args.transforms), samples)
    figures = summary(report)
    if args.json:
        print(json.dumps({"samples": len(samples), "seed": SEED, "transforms": figures}, indent=2))
    else:
        _print_table(figures, len(samples))
    if args.misses:
        for m in iter_misses(report):
            print(json.dumps(m, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
