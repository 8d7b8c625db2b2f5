"""What a check returns: verdict, findings on original spans, rewrites, context and evasion."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from policy_core.checker import MAX_DRAFT_CHARS, Checker, DraftTooLong, EmptyDraft, draft_hash


def cats(checker: Checker, text: str, sector: str | None = None) -> set[str]:
    return {f.category for f in checker.check(text, sector=sector).findings}


def test_result_shape(checker: Checker) -> None:
    text = "Use code SPRING25 for 25% off! Or call me on 415-555-0142"
    res = checker.check(text)
    assert res.verdict == "block"  # strictest wins: block > needs_approval
    assert res.draft_hash == draft_hash(text)
    d = res.to_dict()
    assert set(d) == {"verdict", "findings", "rewrite", "draft_hash"}
    for f in res.findings:
        assert set(f.to_dict()) == {"category", "rule", "action", "start", "end", "excerpt", "message", "fix",
                                    "section_id", "section_title"}
        assert f.section_id and f.section_title and f.message and f.fix
    phone = next(f for f in res.findings if f.category == "pii")
    assert text[phone.start:phone.end] == "415-555-0142"
    assert res.rewrite is not None and "415-555-0142" not in res.rewrite


def test_verdict_levels(checker: Checker) -> None:
    assert checker.check("Lovely team lunch today!").verdict == "ok"
    assert checker.check("Flash sale this weekend only, 30% off all coats").verdict == "needs_approval"
    assert checker.check("I work at Acme and Globex's new app is a joke").verdict == "warn"
    assert checker.check("AWS key AKIAIOSFODNN7EXAMPLE for staging").verdict == "block"


@pytest.mark.parametrize(("text", "category", "span"), [
    ("card 4111.1111.1111.1111 pls refund", "pii", "4111.1111.1111.1111"),
    ("four one one one one one one one one one one one one one one one", "pii", None),
    ("reach her: jane dot doe at gmail dot com", "pii", "jane dot doe at gmail dot com"),
    ("Get a d.i.s.c.o.u.n.t today", "promotion", "d.i.s.c.o.u.n.t"),
    ("dis\u200bcount on every coat", "promotion", "dis\u200bcount"),
    ("guаrаntееd returns of 12%", "financial_promise", None),
    ("shut up y0u 1d10t", "hostile", None),
    ("key A K I A I O S F O D N N 7 E X A M P L E", "secret", None),
    ("Ｐｒｏｊｅｃｔ Ｆａｌｃｏｎ ships soon", "confidential", "Ｐｒｏｊｅｃｔ Ｆａｌｃｏｎ"),
])
def test_evasion_still_found_on_original_span(checker: Checker, text: str, category: str,
                                              span: str | None) -> None:
    res = checker.check(text)
    found = [f for f in res.findings if f.category == category]
    assert found, res.findings
    if span is not None:
        assert text[found[0].start:found[0].end] == span


@pytest.mark.parametrize("text", [
    "My journal is confidential, even from my partner.",
    "Questions? Call our support line on 1-800-555-0199.",
    "Call our toll-free number 1-888-555-0123 any time.",
    "Past performance does not guarantee future results.",
    "I work at Acme and I think Globex's launch is clever. Views are my own.",
    "I felt like an idiot when I forgot my badge.",
    "Saw a bluebird at the feeder this morning!",
    "Our sales team grew to 40 people.",
    "Order 4111 1111 1111 1112 has shipped.",
    "A strong password is required for every account.",
    "Forgot your password? Use the Sign-In page or ask Mr.Smith at the desk.",
    "We w*ll nev*r ask for your password by em*il. R*port anything odd to security.",
    # "are" after a singular keyword is the verb of the clause, not "password: genuinely"
    "Colleagues whose password are nearly expired get a reminder email a week before, no action needed.",
    "Questions about the Christmas appeal? Email appeal@acme-foundation.org and the team will reply.",
])
def test_context_decides(checker: Checker, text: str) -> None:
    assert checker.check(text).findings == []


def test_secret_formats(checker: Checker) -> None:
    for text in [
        "xoxb-2048123456-1111111111-AbCdEfGhIjKlMnOp",
        "xapp-1-A0123ABCD-1234567890123-0123456789abcdef0123456789abcdef",
        "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUV",
        "AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE", "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "rk_live_4eC39HqLyjWDarjtT1zdp7dc",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
        "the password is Tr0ub4dor&3", "pw: hunter22",
        "password Bluebell!Cottage",  # a passphrase without a digit
        "g h p _ 4 d k K 6 S Q A z P v 5 e a L C 9 x n P P y L R N f I Y t r 2 s 4 v I 9",  # spelled out
    ]:
        res = checker.check(f"see {text} thanks")
        assert "secret" in {f.category for f in res.findings}, text
        assert res.rewrite is not None and text.split()[-1] not in res.rewrite


def test_a_connection_strings_password_is_a_secret_not_an_email(checker: Checker) -> None:
    res = checker.check("staging db: postgres://app_admin:Qv7xR2pLm9@db.staging.example.net:5432/orders")
    assert {f.category for f in res.findings} == {"secret"}


def test_rewrites(checker: Checker) -> None:
    res = checker.check("I work at Acme and honestly Globex's pricing is a scam")
    assert res.rewrite is not None and res.rewrite.endswith("Views are my own.")
    res = checker.check("Our fund offers guaranteed returns of 12%")
    assert res.rewrite is not None and "guaranteed" not in res.rewrite
    assert checker.check("Nice weather").rewrite is None


def test_sector_narrows_rules(checker: Checker) -> None:
    text = "Double points on all kitchenware this weekend!"
    assert "promotion" in cats(checker, text, "retail")
    assert "promotion" not in cats(checker, text, "technology")
    with pytest.raises(ValueError):
        checker.check(text, sector="space")


def test_bad_input(checker: Checker) -> None:
    with pytest.raises(EmptyDraft):
        checker.check("   \n\u200b ")
    with pytest.raises(DraftTooLong):
        checker.check("a" * (MAX_DRAFT_CHARS + 1))
    assert issubclass(EmptyDraft, ValueError) and issubclass(DraftTooLong, ValueError)
    assert checker.check("🎉🎉🎉").verdict == "ok"  # emoji-only is a draft, not an empty one


def test_thread_safe(checker: Checker) -> None:
    texts = ["Use code SAVE10 now", "call 415-555-0142", "all good here", "you idiot"] * 50
    expected = [checker.check(t).to_dict() for t in texts]
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda t: checker.check(t).to_dict(), texts))
    assert got == expected


def test_words_inside_an_address_are_not_said_to_anyone(checker: Checker) -> None:
    """An insult word inside an email address is part of the address; the address is still personal data, and a
    code name in a URL is still a leak."""
    found = cats(checker, "rota questions go to my home number 0161 496 0707 or karen.holt.home@gmail.com please")
    assert "pii" in found and "hostile" not in found
    assert "hostile" in cats(checker, "@karen.holt you absolute clown, read the rota")
    assert "confidential" in cats(checker, "the staging build is up at https://nightjar.staging.internal/login")


def test_the_nearest_cue_decides(checker: Checker) -> None:
    """A business word opening the draft does not excuse a personal number that "his number" sits right on."""
    text = ("Front desk at the clinic. Trying to reach Mr Ortega about his follow-up, his number 0161 496 0744 is "
            "dead, please call us")
    assert "pii" in cats(checker, text)
    assert "pii" not in cats(checker, "Front desk line: call us on 0161 496 0744 between 9 and 5")


def test_a_batch_checks_each_draft_as_check_json_does(checker: Checker) -> None:
    """`check_json_many` (the batch CLI: scan steps taken for the whole batch, the learned model scored at once)
    gives every draft `check_json`'s result, and a DraftError in place of a draft `check_json` rejects."""
    corpus = [json.loads(line) for line in
              (Path(__file__).parent / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    drafts: list[tuple[str, str | None]] = [(d["text"], d["sector"]) for d in corpus]
    drafts += [(d["text"], None) for d in corpus[:50]] + [("", None), ("x" * (MAX_DRAFT_CHARS + 1), None),
                                                           ("\u200b\u200b", "retail"), ("Lovely team lunch", None)]
    for (text, sector), got in zip(drafts, checker.check_json_many(drafts), strict=True):
        try:
            want: tuple[str, str] | type[Exception] = checker.check_json(text, sector=sector)
        except (EmptyDraft, DraftTooLong) as exc:
            want = type(exc)
        if isinstance(want, tuple):
            assert got == want
        else:
            assert isinstance(got, want)
    assert checker.check_json_many([]) == []


def test_a_requirement_stays_in_its_paragraph(checker: Checker) -> None:
    # who and what must be said of one subject: a blank line starts another one
    named = "I learned to set tools from a man called Reg who swore like nobody else."
    health = "March: had my appendix out, my first time in hospital since I was born."
    one = checker.fired_rules(f"{named} {health}")
    two = checker.fired_rules(f"{named}\n\n{health}")
    assert "general.phi.identified_patient" in one
    assert "general.phi.identified_patient" not in two
