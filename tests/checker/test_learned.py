"""The learned second opinion: what it adds, where it points, and where it stays quiet."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from policy_core.checker import Checker
from policy_core.checker.learned import LEARNED_CATEGORIES, MODEL_FILE, NO_VETO, NameMask, TermModel, shipped_model
from policy_core.checker.rulebook import DEFAULT_POLICY_DIR

# No rule catches this (no name, no record number, no "my patient"): only the model's judgement does.
PATIENT = ("Long shift on the cardiac ward. The gentleman we discharged yesterday after his bypass surgery sent the "
           "whole team flowers and a card, made my week")


def test_the_model_adds_a_warning_on_the_sentence_that_reads_like_it(checker: Checker) -> None:
    res = checker.check(PATIENT)
    assert [(f.rule, f.action) for f in res.findings] == [("general.phi.learned", "warn")]
    f = res.findings[0]
    assert PATIENT[f.start:f.end].startswith("The gentleman we discharged yesterday")
    assert res.verdict == "warn" and "trained model" in f.message


def test_a_rule_finding_of_the_category_wins(checker: Checker) -> None:
    text = PATIENT + ". His MRN is 00731122."
    rules = [f.rule for f in checker.check(text).findings if f.category == "phi"]
    assert rules and "general.phi.learned" not in rules
    assert "general.phi.learned" in checker.fired_rules(text)  # it did fire; the merge dropped it


def test_short_drafts_are_left_to_the_rules(checker: Checker) -> None:
    for text in ("Can't wait for the conference next week!", "Great lunch with the team today"):
        assert checker.check(text).findings == []


def test_disguised_words_are_read_back_for_the_model(checker: Checker) -> None:
    disguised = (PATIENT.replace("discharged", "d1sch@rged").replace("surgery", "s u r g e r y")
                 .replace("cardiac", "c4rdiac"))
    assert {f.rule for f in checker.check(disguised).findings} == {"general.phi.learned"}


def test_names_are_read_as_kinds_of_name() -> None:
    mask = NameMask(["Acme Corp", "Acme"], ["Acme Pay"], ["Project Falcon", "Orion-7"], ["Globex"], ["acme.example"])
    assert mask("i work at acme corp and project falcon beats globex see acme example") == \
        "i work at orgcompany and orgcodename beats orgcompetitor see orgdomain"
    assert mask("acme pay and orion 7 and acmes") == "orgproduct and orgcodename and acmes"
    assert NameMask()("nothing to mask") == "nothing to mask"


def test_another_orgs_code_name_means_nothing_to_the_model(tmp_path: Path) -> None:
    for f in DEFAULT_POLICY_DIR.glob("*.yaml"):
        if not f.name.startswith("org."):
            shutil.copy(f, tmp_path)
    (tmp_path / "org.yaml").write_text("company: Initrode\ncode_names: [Project Swordfish]\n", encoding="utf-8")
    other = Checker.load(tmp_path)
    assert "orgcodename" in other.model_text("Project Swordfish ships soon")
    assert "orgcodename" not in other.model_text("Project Falcon ships soon")


def test_the_shipped_model_is_whole() -> None:
    model = shipped_model()
    assert model is not None and model.categories == LEARNED_CATEGORIES
    assert len(model.threshold) == len(model.bias) == len(LEARNED_CATEGORIES) and model.min_terms > 0
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    fitted_on = " ".join(data["fitted_on"])
    # the exam is never trained on (heldout to heldout8 are retired exams, worn by measurement: training data now)
    assert "heldout9" not in fitted_on
    # thresholds judged on a training set the rules had not been tuned on (bench/checker_fit.py FRESH)
    assert data["thresholds_judged_on"] and set(data["thresholds_judged_on"]) <= set(data["fitted_on"])
    again = TermModel.from_json(model.to_json())
    text = re.sub(r"[^a-z ]", "", PATIENT.lower())
    assert again.log_odds(text) == model.log_odds(text)


# A bank's reply to a customer: "free" and "offer" are sale wording, but nothing here is a promotion.
SERVICE_REPLY = ("Acme Bank customer service here. I know the overdraft fee stings. We can't waive it on this occasion "
                 "because it's the third this month, but I'd really like to set you up with a free budgeting "
                 "appointment if you're open to it.")
# A ward notice: "free" is sale wording again. The model overrules it (the second refit, session 8, no longer
# overruled SERVICE_REPLY: its promotion veto cut moved from -1.52 to -2.17, so the rulebook weakens that one).
WIFI_NOTICE = ("Visitors: the free guest wifi on every ward is now called AcmeHealth-Guest and needs no password. "
               "Just accept the terms on the pop-up page.")


def test_the_model_overrules_a_broad_wording_rule_it_is_sure_about(checker: Checker) -> None:
    assert "general.promotion.weak" in checker.fired_rules(WIFI_NOTICE, "healthcare")  # the rule fires ...
    res = checker.check(WIFI_NOTICE, sector="healthcare")
    assert "promotion" not in {f.category for f in res.findings}  # ... and the model drops its false alarm
    assert "promotion" not in {f.category for f in checker.check(SERVICE_REPLY, sector="finance").findings}
    assert checker.check("Flash sale today only: everything 30% off in store!").verdict == "needs_approval"


def test_only_overrulable_rules_are_overruled(checker: Checker) -> None:
    model = shipped_model()
    assert model is not None
    overrulable = {r.id for r in checker.rules if r.overrulable}
    assert overrulable and all(r.action != "block" for r in checker.rules if r.overrulable)
    # an ambassador's undisclosed referral is the finance rulebook's own policy: it stands whatever the model thinks
    text = "Switch to Acme Corp for your savings, use my referral link below!"
    assert "finance.disclaimer.ambassador_disclosure" not in overrulable
    assert "finance.disclaimer.ambassador_disclosure" in {f.rule for f in checker.check(text, "finance").findings}


def test_the_veto_cuts_round_trip_and_are_checked() -> None:
    model = shipped_model()
    assert model is not None and len(model.veto) == len(model.categories)
    assert set(model.overrules()) == {c for c, v in zip(model.categories, model.veto, strict=True) if v > NO_VETO}
    again = TermModel.from_json(model.to_json())
    assert again.veto == model.veto and again.overrules() == model.overrules()
    with pytest.raises(ValueError, match="veto"):
        TermModel.from_json({**model.to_json(), "veto": [0.0]})


def test_learned_gates_say_where_a_learned_rule_could_stand_at_all(checker: Checker) -> None:
    """bench/checker_fit.py judges each cut only on drafts where its rule can fire: the disclaimer rule needs an
    identified employee and no "views are my own", whatever the model's score."""
    opinion = ("the new grid-connection rules reward whoever filed paperwork first, not whoever builds efficiently, "
               "and they will push new capacity to countries with dirtier power. A bad rule, written in a hurry.")
    identified = "I lead the data-centre energy team at {company}, so I read them closely: " + opinion
    company = checker.org.company
    assert "disclaimer" in checker.learned_gates(identified.format(company=company))
    assert "disclaimer" not in checker.learned_gates("I read them closely: " + opinion)
    assert "disclaimer" not in checker.learned_gates(identified.format(company=company) + " Views are my own.")
    # a category with no conditions is gated by length alone
    assert "hostile" in checker.learned_gates("I read them closely: " + opinion)
    assert checker.learned_gates("Great lunch with the team today") == set()


def test_the_batch_scorer_agrees_with_one_draft_at_a_time(checker: Checker) -> None:
    """`log_odds_many` (the batch CLI's scorer: word ids, pairs of ids, numpy) gives `log_odds`'s judgement per text:
    the same None for texts too short to judge and the same log-odds up to the order the sums are added in."""
    model = shipped_model()
    assert model is not None
    corpus = [json.loads(line)["text"] for line in
              (Path(__file__).parent / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    recognizer = checker._learned_plan[None]
    assert recognizer is not None
    texts = [recognizer.mask(checker.model_text(t)) for t in corpus]
    texts += ["", "   ", "zzz qqq", "our patient", PATIENT.lower()]
    for one, many in zip([model.log_odds(t) for t in texts], model.log_odds_many(texts), strict=True):
        assert (one is None) == (many is None)
        if one is not None and many is not None:
            assert many == pytest.approx(one, abs=1e-9)
    assert model.log_odds_many([]) == []


@pytest.mark.parametrize("text", [
    "acme corp acme corp", "xacme corp", "acme'corp", "acme  corp's", "acme-pay", "acme.example.com", "acme",
    " acme ", "orion 7orion 7", "acme corp, acme pay and acmes", "project   falcon!", "AcMe Corp", "café acme corp"])
def test_the_name_masks_two_engines_agree(text: str) -> None:
    """ASCII text is masked by RE2 (boundaries consumed, not looked around), other text by the re pattern: both
    must make the same text of it."""
    mask = NameMask(["Acme Corp", "Acme"], ["Acme Pay"], ["Project Falcon", "Orion-7"], ["Globex"], ["acme.example"])
    assert mask._pattern is not None
    expected = mask._pattern.sub(lambda m: mask.token[" ".join(re.findall(r"[a-z0-9']+", m.group(0)))], text)
    assert mask(text) == expected
