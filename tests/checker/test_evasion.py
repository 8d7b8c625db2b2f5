"""Evasion does not work: disguised violations are still found, on the span the author wrote.

The figures come from bench/checker_evasion.py (every correctly found corpus category and every
rule's flag examples, each transform applied to the words of that category's findings). Each
floor is the figure measured when it was set, so any regression fails; raise a floor when the
checker gets better. Disguised clean drafts must stay clean: the one allowance is a masked vowel
that reads as another word ("g*ve away" reads as "give away", a promotion phrase; the rulebook
does not know "gave"). The measurement takes a few seconds (about 16,000 checks).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from policy_core.checker import Checker

ROOT = Path(__file__).resolve().parents[2]

# transform: (recall, span) floors, bench/checker_evasion.py on tests/checker/corpus.jsonl + rule examples.
FLOORS: dict[str, tuple[float, float]] = {
    "cyrillic": (1.0, 1.0),
    "greek": (1.0, 1.0),
    "fullwidth": (1.0, 1.0),
    "zero_width": (1.0, 1.0),
    "soft_hyphen": (1.0, 1.0),
    "leet": (0.988, 0.9699),
    "spaced": (0.9857, 0.9311),
    "dotted": (0.9929, 0.9883),
    "dashed": (0.9927, 0.9908),
    "masked_star": (0.99, 0.9812),
    "masked_symbol": (0.99, 0.9812),
    "mixed_case": (0.9906, 0.9897),
    "repeated": (0.993, 0.9923),
    "digits_spaced": (1.0, 1.0),
    "digits_dotted": (0.9808, 0.9821),
    "digits_dashed": (0.9808, 0.9821),
    "digits_grouped": (0.9778, 0.9796),
    "digit_words": (0.9815, 0.9828),
    "digits_mixed": (0.9815, 0.9828),
    "email_words": (1.0, 1.0),
    "email_brackets": (1.0, 1.0),
    "email_parens": (1.0, 1.0),
    # secrets spelled out character by character (session 9: 0.289 / 0.483 recall before the spelled-token join;
    # session 10: 0.767 / 0.719 -> 0.833 / 0.843 once two-letter words inside a spelled phrase were joined,
    # "p i n   i s   2 0 8 6", "d.o.o.r c.o.d.e i.s 4.4.7.1")
    # 0.833 -> 0.844: wide gaps, "A   K   I   A   V   9 ..."; -> 0.889: a lone "/" between spelled words
    "secret_spaced": (0.8888, 0.7977),
    "secret_dotted": (0.8426, 0.7527),
}
CLEAN_FLAGGED_AT_MOST = {"masked_star": 1, "masked_symbol": 1}  # "g*ve away" (see the module docstring)


def _bench() -> ModuleType:  # bench/checker_evasion.py is a script, not a package
    spec = importlib.util.spec_from_file_location("bench_checker_evasion", ROOT / "bench" / "checker_evasion.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(checker: Checker) -> dict:
    bench = _bench()
    corpus = bench.load_corpus(bench.CORPUS)
    return bench.summary(bench.measure(checker, corpus))


def test_every_transform_is_measured(figures: dict) -> None:
    assert set(figures) == set(FLOORS)
    assert all(f["n"] > 0 for f in figures.values())


def test_recall_and_spans_under_evasion_do_not_regress(figures: dict) -> None:
    worse = {name: (f["recall"], f["span"], FLOORS[name]) for name, f in figures.items()
             if f["recall"] < FLOORS[name][0] or f["span"] < FLOORS[name][1]}
    assert not worse, f"(recall, span, floors) below the floors: {worse}"


def test_disguised_clean_drafts_stay_clean(figures: dict) -> None:
    flagged = {name: f["clean_flagged"] for name, f in figures.items()
               if f["clean_flagged"] > CLEAN_FLAGGED_AT_MOST.get(name, 0)}
    assert not flagged, f"disguised clean drafts flagged: {flagged} (bench/checker_evasion.py --misses)"


@pytest.mark.parametrize(("text", "category", "span"), [
    ("Huge d*sc0unt on every coat this weekend", "promotion", "d*sc0unt"),
    ("huge discounttt on every coat this weekend", "promotion", "discounttt"),
    ("it's g u a r a n t e e d to pop 20%", "financial_promise", "g u a r a n t e e d"),
    ("Nurse here: the p@t!ent in b4y 5 has pneumonia", "phi", "b4y 5"),
    ("you absolute id#ot", "hostile", "id#ot"),
    ("sh*t up, nobody asked", "hostile", "sh*t up"),
    ("stock is go1ng 70 d0ubl3 by June", "financial_promise", "go1ng 70 d0ubl3"),
    ("my IBAN is DE89 three seven oh four oh oh four four oh five three two oh one three oh oh oh", "pii",
     "DE89 three seven oh four oh oh four four oh five three two oh one three oh oh oh"),
    ("boto3 rejects my key АКІАV9UPCTNWLAVYF4R6", "secret", "АКІАV9UPCTNWLAVYF4R6"),  # Cyrillic А, К, І
])
def test_a_disguised_word_is_found_where_it_was_written(checker: Checker, text: str, category: str,
                                                        span: str) -> None:
    start = text.index(span)
    found = [(f.start, f.end) for f in checker.check(text).findings if f.category == category]
    assert any(s <= start and start + len(span) <= e for s, e in found), (found, span)
