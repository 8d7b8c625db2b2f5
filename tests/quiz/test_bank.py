"""The question bank: the shipped bank is valid and broad, bad banks are refused by file, id and field,
and rule examples become would-it-pass items the checker agrees with."""

from __future__ import annotations

import argparse
import re
import textwrap
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from bot.commands import quiz as quiz_command
from policy_core.quiz import (
    DEFAULT_BANK_DIR,
    SECTORS,
    Question,
    QuestionBank,
    QuizBankError,
    compose_prompt,
    load_bank,
)
from policy_core.quiz.bank import YES_CHOICE

ROOT = Path(__file__).resolve().parents[2]
INDUSTRIES = ("technology", "retail", "healthcare", "finance", "manufacturing", "nonprofit")


# --- the shipped bank -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank()


def test_shipped_bank_loads_with_enough_hand_written_questions(bank: QuestionBank) -> None:
    hand = [q for q in bank if q.source == "bank"]
    assert len(hand) >= 90
    assert len(bank) >= 80
    assert {p.name for p in bank.files} >= {f"{s}.yaml" for s in INDUSTRIES} | {
        "general.yaml", "crisis.yaml", "customer_complaints.yaml"}
    kinds = Counter(q.kind for q in hand)
    assert kinds["multiple_choice"] >= 30 and kinds["would_it_pass"] >= 30, kinds


def test_every_sector_is_covered(bank: QuestionBank) -> None:
    per_sector = Counter(s for q in bank if not q.for_everyone for s in q.sectors)
    for sector in INDUSTRIES:
        assert per_sector[sector] >= 8, (sector, per_sector)
        own = [q for q in bank if sector in q.sectors]
        assert {q.kind for q in own} == {"multiple_choice", "would_it_pass"}, sector
    assert sum(q.for_everyone for q in bank) >= 30


def test_the_topics_the_issue_asks_for_are_there(bank: QuestionBank) -> None:
    tags = Counter(t for q in bank for t in q.tags)
    assert tags["crisis"] >= 8 and tags["customer_complaint"] >= 8, tags
    for topic in ("negative_feedback", "patient_privacy", "promotion", "confidential", "roadmap", "personal_data",
                  "credentials", "financial_promise", "ambassador", "operations", "donor_data", "campaigns",
                  "disclaimer", "approvals", "appeals", "reporting_mistakes"):
        assert tags[topic] >= 1, topic


def test_answers_are_not_always_in_the_same_place(bank: QuestionBank) -> None:
    positions = Counter(q.answer for q in bank if q.source == "bank")
    assert len(positions) >= 3 and max(positions.values()) < 0.5 * sum(positions.values()), positions


def test_items_teach(bank: QuestionBank) -> None:
    for q in bank:
        if q.kind == "would_it_pass":
            assert q.draft and q.lead and compose_prompt(q.lead, q.draft) == q.prompt, q.id
        else:
            assert q.draft is None and q.lead == q.prompt, q.id
        sentences = len(re.findall(r"[.!?](?=\s+[A-Z\"']|$)", q.explanation))
        assert 1 <= sentences <= 3, (q.id, q.explanation)


def test_section_ids_are_the_policy_documents(bank: QuestionBank) -> None:
    """Hand-written items cite sections of the shipped policy Markdown, by the same id and title."""
    from policy_core.ask.document import parse_markdown

    doc = parse_markdown((ROOT / "policy_store/policy/default_policy.md").read_text(encoding="utf-8"))
    titles = {s.id: s.title for s in doc.sections}
    for q in bank:
        assert titles.get(q.section_id) == q.section_title, (q.id, q.section_id, q.section_title)


def test_lookups(bank: QuestionBank) -> None:
    q = bank.by_id("general-approvals-001")
    assert q.section_id == "approvals" and q.source == "bank"
    with pytest.raises(KeyError):
        bank.by_id("no-such-question")
    healthcare = bank.for_sectors(["healthcare"])
    assert any("healthcare" in q.sectors for q in healthcare)
    assert all(q.for_everyone or "healthcare" in q.sectors for q in healthcare)
    assert not any(q.sectors == ["retail"] for q in healthcare)
    assert len(bank.for_sectors(None)) == len(bank)
    assert {q.id for q in bank.for_sectors([])} == {q.id for q in bank if q.for_everyone}


def test_sector_filter_at_load(bank: QuestionBank) -> None:
    retail = load_bank(sectors=["retail"])
    assert {q.id for q in retail} == {q.id for q in bank.for_sectors(["retail"])}
    assert len(load_bank(sectors=["all"])) == len(bank)
    with pytest.raises(QuizBankError, match="space"):
        load_bank(sectors=["space"])


def test_loading_is_deterministic(bank: QuestionBank) -> None:
    again = load_bank()
    assert [q.model_dump() for q in again] == [q.model_dump() for q in bank]


def test_sectors_match_the_checker() -> None:
    rulebook = pytest.importorskip("policy_core.checker.rulebook")
    assert tuple(rulebook.SECTORS) == SECTORS


# --- bad banks are refused, naming file, question id and field ---------------------------------------

GOOD = """\
  - id: {qid}
    kind: multiple_choice
    section_id: approvals
    prompt: Who approves promotions?
    choices: ["Marketing", "Anyone"]
    answer: {answer}
    explanation: Marketing approves every promotion.
"""


def write(path: Path, body: str, header: str = "sectors: []\nsections:\n  approvals: How approvals work\n") -> Path:
    path.write_text(header + "questions:\n" + body, encoding="utf-8")
    return path


def refused(path: Path) -> str:
    with pytest.raises(QuizBankError) as exc:
        load_bank(path)
    return str(exc.value)


def test_a_good_custom_bank_loads(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", GOOD.format(qid="a-001", answer=0))
    bank = load_bank(tmp_path)
    q = bank.by_id("a-001")
    assert q.section_title == "How approvals work" and q.sectors == [] and q.correct == "Marketing"


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", GOOD.format(qid="dup-001", answer=0))
    second = write(tmp_path / "b.yaml", GOOD.format(qid="dup-001", answer=1))
    msg = refused(tmp_path)
    assert str(second) in msg and "'dup-001'" in msg and "field 'id'" in msg and "a.yaml" in msg


def test_answer_out_of_range(tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", GOOD.format(qid="range-001", answer=2))
    msg = refused(path)
    assert str(path) in msg and "'range-001'" in msg and "answer" in msg and "out of range" in msg


def test_too_long_choice(tmp_path: Path) -> None:
    body = GOOD.format(qid="long-001", answer=0).replace('"Anyone"', '"' + "x" * 76 + '"')
    path = write(tmp_path / "a.yaml", body)
    msg = refused(path)
    assert str(path) in msg and "'long-001'" in msg and "field 'choices'" in msg and "75" in msg


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (("    answer: 0\n", "    answer: 0\n    anwser: 1\n"), "anwser"),
        (("section_id: approvals", "section_id: nowhere"), "section_title"),
        (("kind: multiple_choice", "kind: quiz"), "kind"),
        (("    answer: 0\n", "    answer: 0\n    sectors: [space]\n"), "sectors"),
        (("choices: [\"Marketing\", \"Anyone\"]", "choices: [\"Marketing\"]"), "choices"),
        (("choices: [\"Marketing\", \"Anyone\"]", "choices: [\"Marketing\", \"marketing\"]"), "choices"),
        (("Who approves promotions?", "x" * 2501), "prompt"),
        (("Marketing approves every promotion.", "y" * 601), "explanation"),
        (("kind: multiple_choice", "kind: would_it_pass"), "prompt"),  # no draft
        (("kind: multiple_choice", "kind: would_it_pass"), "choices"),  # no Yes/No choices
    ],
)
def test_other_mistakes_name_the_field(tmp_path: Path, change: tuple[str, str], field: str) -> None:
    body = GOOD.format(qid="bad-001", answer=0).replace(*change)
    path = write(tmp_path / "a.yaml", body)
    msg = refused(path)
    assert str(path) in msg and "'bad-001'" in msg and f"field '{field}" in msg, msg


def test_would_it_pass_needs_a_draft(tmp_path: Path) -> None:
    body = textwrap.dedent("""\
      - id: wip-001
        kind: would_it_pass
        section_id: approvals
        prompt: Would this pass?
        choices: ["Yes, post it", "No: it needs approval"]
        answer: 1
        explanation: Promotions need approval.
    """)
    path = write(tmp_path / "a.yaml", textwrap.indent(body, "  "))
    assert "draft" in refused(path)
    ok = write(tmp_path / "a.yaml", textwrap.indent(body.replace("  answer: 1", "  draft: 20% off!\n  answer: 1"),
                                                    "  "))
    q = load_bank(ok).by_id("wip-001")
    assert q.prompt == "Would this pass?\n\n> 20% off!" and q.draft == "20% off!" and q.lead == "Would this pass?"


def test_generated_ids_are_reserved(tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", GOOD.format(qid="ex-something-1", answer=0))
    msg = refused(path)
    assert "'ex-something-1'" in msg and "field 'id'" in msg


def test_not_a_bank(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    assert "field 'questions'" in refused(tmp_path)
    (tmp_path / "a.yaml").write_text("questions: [\n", encoding="utf-8")
    assert "not valid YAML" in refused(tmp_path)
    assert "not found" in refused(tmp_path / "missing")


def test_question_model_is_frozen() -> None:
    q = Question(id="q-1", kind="multiple_choice", prompt="p", choices=["a", "b"], answer=0, explanation="e.",
                 section_id="approvals", section_title="How approvals work", sectors=[])
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises its ValidationError for frozen models
        q.answer = 1  # type: ignore[misc]


# --- `policybot quiz validate` -----------------------------------------------------------------------

def run_validate(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="policybot")
    quiz_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["quiz", "validate", *argv])
    return int(args.func(args))


def test_validate_prints_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_validate() == 0
    out = capsys.readouterr().out
    assert "OK" in out and "by sector:" in out and "by kind:" in out and "by tag:" in out
    assert "crisis" in out and "customer_complaint" in out and "healthcare" in out


def test_validate_refuses_a_bad_bank(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "a.yaml", GOOD.format(qid="range-001", answer=5))
    assert run_validate(str(tmp_path)) == 1
    err = capsys.readouterr().err
    assert str(path) in err and "'range-001'" in err and "answer" in err


def test_validate_is_in_the_cli() -> None:
    from bot.cli import COMMANDS

    assert "quiz" in COMMANDS


# --- items generated from the rules' own examples -----------------------------------------------------

RULEBOOK = """\
sector: general
sections:
  - id: test-sec
    title: Test section
    text: Testing only.
rules:
  - id: test.promo
    category: promotion
    title: Promo code
    action: needs_approval
    detect:
      phrases: ["promo code"]
    message: This mentions a promo code.
    fix: Get Marketing approval first.
    section: test-sec
    examples:
      flag: ["Use promo code SAVE10 today"]
      pass: ["Lovely weather today"]
  - id: test.insult
    category: hostile
    title: Insult
    action: block
    detect:
      phrases: ["idiot"]
    message: This insults someone.
    fix: Remove the insult.
    section: test-sec
    examples:
      flag: ["What an idiot"]
      pass: ["Use promo code SAVE10, no insults here"]
"""


@pytest.fixture(scope="module")
def checker_mod() -> ModuleType:
    return pytest.importorskip("policy_core.checker")


def test_rule_examples_become_items(tmp_path: Path, checker_mod: ModuleType) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "general.yaml").write_text(RULEBOOK, encoding="utf-8")
    checker = checker_mod.Checker.load(rules)
    bank = load_bank(DEFAULT_BANK_DIR, checker=checker)
    made = {q.id: q for q in bank if q.source == "rule_example"}
    # The insult rule's pass example trips the promo rule, so the checker would contradict it: skipped.
    assert set(made) == {"ex-test.promo-1", "ex-test.promo-2", "ex-test.insult-1"}
    assert bank.skipped == ["ex-test.insult-2"]

    flagged = made["ex-test.promo-1"]
    assert flagged.kind == "would_it_pass" and flagged.correct == "No: Promo code"
    assert flagged.draft == "Use promo code SAVE10 today"
    assert "No: Insult" in flagged.choices and YES_CHOICE in flagged.choices  # a plausible wrong reason
    assert "This mentions a promo code." in flagged.explanation and "Get Marketing approval" in flagged.explanation
    assert (flagged.section_id, flagged.section_title) == ("test-sec", "Test section")
    assert flagged.sectors == ["general"] and flagged.tags == ["promotion", "rule_example"]

    passed = made["ex-test.promo-2"]
    assert passed.correct == YES_CHOICE and "No: Promo code" in passed.choices
    assert passed.explanation.startswith("Yes")

    again = load_bank(DEFAULT_BANK_DIR, checker=checker_mod.Checker.load(rules))
    assert [q.model_dump() for q in again] == [q.model_dump() for q in bank]


def test_shipped_rulebooks_make_valid_items(bank: QuestionBank, checker_mod: ModuleType) -> None:
    checker = checker_mod.Checker.load()
    full = load_bank(checker=checker)
    made = [q for q in full if q.source == "rule_example"]
    examples = sum(len(r.examples.flag) + len(r.examples.pass_) for r in checker.rules)
    assert len(made) + len(full.skipped) == examples
    assert len(made) >= 0.8 * examples, full.skipped
    rules = {r.id: r for r in checker.rules}
    for q in made:
        m = re.fullmatch(r"ex-(.+)-(\d+)", q.id)
        assert m and m.group(1) in rules, q.id
        rule = rules[m.group(1)]
        n = int(m.group(2))
        assert q.section_id == rule.section.id
        assert q.draft
        result = checker.check(q.draft, sector=None if q.for_everyone else q.sectors[0])
        if n <= len(rule.examples.flag):
            assert q.correct.startswith("No: ") and rule.title[:20] in q.correct
            assert rule.id in {f.rule for f in result.findings}, q.id
        else:
            assert q.correct == YES_CHOICE and result.verdict == "ok", q.id
    assert len(full) == len(bank) + len(made)
    sub = load_bank(checker=checker, sectors=["healthcare"])
    assert all(q.for_everyone or "healthcare" in q.sectors for q in sub)
