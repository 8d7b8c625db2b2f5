"""Rulebooks are data, validated at load time with the file, rule id and field in the message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from policy_core.checker import Checker, OrgProfile, RulebookError
from policy_core.checker.rulebook import DEFAULT_POLICY_DIR, load_rulebook

GOOD_RULE = {
    "id": "custom.promo.flash", "category": "promotion", "title": "Flash deal", "action": "needs_approval",
    "section": "C-1", "detect": {"phrases": ["flash deal"]}, "message": "m", "fix": "f",
    "examples": {"flag": ["Flash deal tonight!"], "pass": ["A flashy dealer"]},
}
SECTION = {"id": "C-1", "title": "Custom", "text": "Custom section text."}


def _write(tmp: Path, rules: list[dict], name: str = "custom.yaml", **extra: object) -> Path:
    data = {"sector": "general", "sections": [SECTION], "rules": rules, **extra}
    (tmp / name).write_text(yaml.safe_dump(data), encoding="utf-8")
    return tmp


def test_shipped_rulebooks_load_with_all_sectors() -> None:
    book = load_rulebook()
    assert {r.category for r in book.rules} == {
        "pii", "phi", "confidential", "promotion", "financial_promise", "secret", "hostile", "disclaimer"}
    sectors = {s for r in book.rules for s in r.sectors}
    assert sectors == {"general", "technology", "retail", "healthcare", "finance", "manufacturing", "nonprofit"}
    assert all(s.text and s.owner for s in book.sections)
    assert book.org.company == "Acme Corp"


def test_sectors_pick_rulebooks() -> None:
    book = load_rulebook(sectors=["retail"])
    assert {s for r in book.rules for s in r.sectors} == {"general", "retail"}


def test_custom_rulebook_and_org(tmp_path: Path) -> None:
    _write(tmp_path, [GOOD_RULE])
    (tmp_path / "org.yaml").write_text("company: Initrode\ncode_names: [Project Swordfish]\n", encoding="utf-8")
    checker = Checker.load(tmp_path)
    assert checker.org.company == "Initrode"
    assert [r.id for r in checker.rules] == ["custom.promo.flash"]
    assert checker.check("Flash deal tonight!").verdict == "needs_approval"


@pytest.mark.parametrize(("change", "field"), [
    ({"action": "explode"}, "action"),
    ({"category": "spam"}, "category"),
    ({"detect": {"validators": ["horoscope"]}}, "detect.validators"),
    ({"detect": {}}, "detect"),
    ({"examples": {"flag": []}}, "examples.flag"),
    ({"acton": "block"}, "acton"),
    ({"action": "block", "overrulable": True}, "overrulable"),  # the model may only drop a lesser finding
    # an emoji-only phrase normalises to nothing: as a weakener it vetoed every finding of its rule
    ({"detect": {"phrases": ["flash deal"], "context": {"weaken": {"phrases": ["😂"]}}}},
     "detect.context.weaken.phrases"),
])
def test_bad_rule_is_refused_with_file_rule_and_field(tmp_path: Path, change: dict, field: str) -> None:
    _write(tmp_path, [{**GOOD_RULE, **change}])
    with pytest.raises(RulebookError) as err:
        load_rulebook(tmp_path)
    msg = str(err.value)
    assert "custom.yaml" in msg and "custom.promo.flash" in msg and field in msg


def test_bad_regex_is_refused(tmp_path: Path) -> None:
    rule = {**GOOD_RULE, "detect": {"patterns": ["(a+)+\\1"]}}  # backreference: not linear-time
    _write(tmp_path, [rule])
    with pytest.raises(RulebookError, match=r"custom\.promo\.flash.*detect\.patterns"):
        load_rulebook(tmp_path)


def test_duplicate_rule_and_unknown_section(tmp_path: Path) -> None:
    _write(tmp_path, [GOOD_RULE, GOOD_RULE])
    with pytest.raises(RulebookError, match="duplicate"):
        load_rulebook(tmp_path)
    _write(tmp_path, [{**GOOD_RULE, "section": "NOPE"}])
    with pytest.raises(RulebookError, match="unknown section 'NOPE'"):
        load_rulebook(tmp_path)


def test_bad_org_profile(tmp_path: Path) -> None:
    _write(tmp_path, [GOOD_RULE])
    (tmp_path / "org.yaml").write_text("company: X\nsectors: [space]\n", encoding="utf-8")
    with pytest.raises(RulebookError, match=r"org\.yaml"):
        load_rulebook(tmp_path)


def test_example_profile_ships_and_validates() -> None:
    org = OrgProfile.from_yaml(DEFAULT_POLICY_DIR / "org.example.yaml")
    assert org.company and org.code_names and org.competitors


def test_org_names_feed_rules(tmp_path: Path) -> None:
    for f in DEFAULT_POLICY_DIR.glob("*.yaml"):
        if not f.name.startswith("org."):
            shutil.copy(f, tmp_path)
    (tmp_path / "org.yaml").write_text(
        "company: Initrode\ncode_names: [Project Swordfish, Kestrel]\ncompetitors: [Contoso]\n", encoding="utf-8")
    checker = Checker.load(tmp_path)
    assert "confidential" in {f.category for f in checker.check("Can't wait for Project Swordfish!").findings}
    assert not checker.check("Can't wait for Project Falcon!").findings  # Acme's name means nothing here
    res = checker.check("I work at Initrode and Contoso's new app is a joke")
    assert {f.category for f in res.findings} == {"disclaimer"}
