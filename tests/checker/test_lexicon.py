"""Reading disguised words back as the rulebook's words, and the maps that keep spans honest."""

from __future__ import annotations

import random

import pytest

from policy_core.checker import Checker
from policy_core.checker.matcher import relax_case
from policy_core.checker.normalize import SpanMap, compose, delete_spans


def _repair(checker: Checker, text: str) -> str:
    fixed = checker._index.lexicon.repair(text)
    return text if fixed is None else fixed[0]


@pytest.mark.parametrize(("text", "read"), [
    ("get 20% 0ff today", "get 20% off today"),
    ("d*scount and D#SCOUNT", "discount and DISCOUNT"),
    ("discounttt sooo", "discount so"),
    ("the p@t!ent in b4y 5", "the patient in bay 5"),
    ("Mr$. Glori4 Reyes", "Mrs. Gloria Reyes"),
    ("MrS. GlOrIa and mR. oKaFoR", "Mrs. Gloria and Mr. Okafor"),
    ("sh*t up", "shut up"),  # the neighbour picks the reading: "shut up" is a phrase
    ("fund i$ go1ng 70 d0ubl3", "fund is going to double"),
    ("not on behalf offf the Foundation", "not on behalf of the Foundation"),
])
def test_disguised_words_are_read_as_rulebook_words(checker: Checker, text: str, read: str) -> None:
    assert _repair(checker, text) == read


@pytest.mark.parametrize("text", [
    "meet at 10am on the 2nd, Q3 numbers, code SPRING30, $5 off, room 4N",
    "GitHub, iPhone, McDonald's and LinkedIn",
    "key AKIAIOSFODNN7EXAMPLE and token xoxb-123456789012-abcdefghijklmnop",
    "she lives at 45 Cypress Ave",
])
def test_numbers_codes_names_and_keys_are_left_as_written(checker: Checker, text: str) -> None:
    assert _repair(checker, text) == text


def test_a_stretched_word_maps_back_to_all_of_it(checker: Checker) -> None:
    text = "huge discounttt"
    fixed = checker._index.lexicon.repair(text)
    assert fixed is not None and fixed[1] is not None
    repaired, span_map = fixed
    s = repaired.index("discount")
    start, end = span_map.span(s, s + len("discount"))
    assert text[start:end] == "discounttt"


def test_relax_case_keeps_names_codes_and_syntax() -> None:
    assert relax_case(r"\b(?:in|from|to)\s[A-Z]") == r"\b(?:(?i:in)|(?i:from)|(?i:to))\s[A-Z]"
    assert relax_case(r"\b(?:Mr|Mrs)\.?\s[A-Z][a-z]+") == r"\b(?:Mr|Mrs)\.?\s[A-Z][a-z]+"
    assert relax_case(r"\bAIza[0-9A-Za-z_\-]{35}") == r"\bAIza[0-9A-Za-z_\-]{35}"
    assert relax_case(r"patients?(?P<x>a)") == r"(?i:patient)s?(?P<x>a)"


def test_compose_is_one_map_after_the_other() -> None:
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice("ab ") for _ in range(rng.randint(1, 40)))
        inner_cuts = sorted((i, i + 1) for i in range(len(text)) if rng.random() < 0.3)
        middle, inner = delete_spans(text, inner_cuts)
        outer_cuts = sorted((i, i + 1) for i in range(len(middle)) if rng.random() < 0.3)
        out, outer = delete_spans(middle, outer_cuts)
        both: SpanMap = compose(outer, inner)
        for i in range(len(out)):
            assert both[i] == inner[outer[i]]
            assert text[both[i]] == out[i]
