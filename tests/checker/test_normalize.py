"""Normalisation defeats evasion and still maps every character back to the original."""

from __future__ import annotations

from policy_core.checker.normalize import (
    collapse_spaced,
    draft_hash,
    leet_view,
    normalize,
    phrase_key,
    words_view,
)


def _orig(text: str, needle: str, leet: bool = False) -> str:
    norm = normalize(text)
    view = leet_view(norm) if leet else words_view(norm)
    i = view.text.find(needle)
    assert i >= 0, (view.text, needle)
    s, e = norm.to_original(*view.to_norm(i, i + len(needle)))
    return text[s:e]


def test_spaced_and_punctuated_letters_join() -> None:
    assert _orig("Get a d.i.s.c.o.u.n.t now", "discount") == "d.i.s.c.o.u.n.t"
    assert _orig("big d i s c o u n t today", "discount") == "d i s c o u n t"
    # the article stays a word of its own, the trailing number stays apart
    assert words_view(normalize("pays a r i s k - f r e e 9%")).text.startswith("pays a risk free 9")


def test_zero_width_and_confusables_map_back() -> None:
    text = "big dis\u200bcou\u200bnt on coats"
    assert _orig(text, "discount") == "dis\u200bcou\u200bnt"
    text = "guаrаntееd returns"  # Cyrillic а and е
    assert normalize(text).text == "guaranteed returns"
    assert _orig(text, "guaranteed") == "guаrаntееd"


def test_nfkc_fullwidth_and_marks() -> None:
    assert normalize("Ｐｒｏｊｅｃｔ Ｆａｌｃｏｎ").text == "Project Falcon"
    assert normalize("d̶i̶s̶c̶o̶u̶n̶t̶").text == "discount"


def test_leet_folding_is_symmetric() -> None:
    assert "iditot" not in leet_view(normalize("y0u 1d10t")).text
    assert phrase_key("you idiot", leet=True) in leet_view(normalize("y0u 1d10t")).text
    assert _orig("y0u 1d10t!!", phrase_key("idiot", leet=True), leet=True) == "1d10t"


def test_text_is_ascii_after_normalisation() -> None:
    norm = normalize("Great job 🎉 team 🤡 €5 off")
    assert norm.text.isascii()
    assert "clown" in norm.text and "$5" in norm.text


def test_draft_hash_binds_real_edits_only() -> None:
    base = draft_hash("Big news:  we launch\nMonday!")
    assert base == draft_hash("big news: we launch Monday!")      # whitespace and case
    assert base == draft_hash("Big news:\u200b we launch Monday!")  # invisible characters
    assert base != draft_hash("Big news: we launch Tuesday!")
    assert base != draft_hash("Big news: we lаunch Monday!")       # a look-alike letter is an edit



def test_a_dotted_word_stays_whole_when_a_known_word_hides_inside() -> None:
    known = {"the", "out", "centre", "guaranteed", "hard"}.__contains__  # "youth" is not a rulebook word
    joined = collapse_spaced("We are closing t.h.e y.o.u.t.h c.e.n.t.r.e in June.", known)
    assert joined is not None and joined[0] == "We are closing the youth centre in June."  # not "y.out.h"
    spaced = collapse_spaced("it's g u a r a n t e e d, h a r d I know", known)
    assert spaced is not None and spaced[0] == "it's guaranteed, hard I know"  # a swallowed letter still comes off


def test_a_two_letter_word_inside_a_spelled_phrase_is_joined() -> None:
    # a run needs three characters, so "i s" between the spelled words stayed apart and the PIN went unread
    assert collapse_spaced("the card's in my drawer, p i n   i s   2 0 8 6. thanks") is not None
    assert collapse_spaced("p i n   i s   2 0 8 6.")[0] == "pin is 2086."  # type: ignore[index]
    assert collapse_spaced("d o o r   c o d e   i s   4 4 7 1")[0] == "door code is 4471"  # type: ignore[index]
    # two letters between wide gaps with no spelled-out word beside them stay as written
    assert collapse_spaced("I am  a b  test of   t h e   thing")[0] == "I am  a b  test of   the thing"  # type: ignore[index]
    # dotted: each word spelled with dots, single spaces between the words
    assert collapse_spaced("office w.i.f.i i.s A.c.m.e / S.u.n.f.l.o.w.e.r.!.8.8")[0] == (  # type: ignore[index]
        "office wifi is Acme / Sunflower!88")
    assert collapse_spaced("e.g. t.h.e door")[0] == "e.g. the door"  # type: ignore[index]
    # a key with the same wide gap after every character: no run of spaced letters, a token all the same
    wide = collapse_spaced("key A   K   I   A   V   9   U   P   C   T   N   4 ok")
    assert wide is not None and wide[0] == "key AKIAV9UPCTN4 ok"
    # a lone symbol between spelled words keeps one space each side: "login / password" patterns read it
    lone = collapse_spaced("office w i f i   i s   A c m e G u e s t   /   S u n f l o w e r ! 8 8")
    assert lone is not None and lone[0] == "office wifi is AcmeGuest / Sunflower!88"
