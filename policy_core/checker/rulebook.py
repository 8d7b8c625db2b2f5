"""Rulebook schema and loader: rules are data, validated before they can do harm.

Why pydantic: a typo in a YAML rulebook ("acton: block") must stop the bot at start-up
with the file, rule id and field named, not silently disable a rule in production.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import RulebookError
from .learned import LEARNED_CATEGORIES

DEFAULT_POLICY_DIR = Path(__file__).resolve().parents[2] / "policy_store" / "rulebooks"

SECTORS: tuple[str, ...] = (
    "general", "technology", "retail", "healthcare", "finance", "manufacturing", "nonprofit",
)
CATEGORIES: tuple[str, ...] = (
    "pii", "phi", "confidential", "promotion", "financial_promise", "secret", "hostile", "disclaimer",
)
Action = Literal["block", "needs_approval", "warn"]
Category = Literal["pii", "phi", "confidential", "promotion", "financial_promise", "secret", "hostile",
                   "disclaimer"]
Sector = Literal["general", "technology", "retail", "healthcare", "finance", "manufacturing", "nonprofit"]
ACTION_RANK: dict[str, int] = {"ok": 0, "warn": 1, "needs_approval": 2, "block": 3}

#: Built-in validating recognizers a rule may name under ``detect.validators``, and the learned model's
#: judgement per meaning category (``learned_hostile``, ...: policy_core/checker/learned.py).
VALIDATOR_NAMES: frozenset[str] = frozenset({
    "payment_card", "iban", "ssn", "phone", "email", "bank_account", "id_number", "password",
    *(f"learned_{c}" for c in LEARNED_CATEGORIES),
})

_PLACEHOLDER = re.compile(
    r"\{(company|products|code_names|code_names_distinct|code_names_plain|competitors|company_or_product)\}")
_EXAMPLE_PLACEHOLDER = re.compile(r"\{(company|product|code_name|competitor)\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OrgProfile(_Strict):
    """What only the organisation knows. Names here feed rules through placeholders.

    ``{company}`` (company + aliases), ``{products}``, ``{code_names}``, ``{competitors}``
    may appear in rule phrases and patterns (``{code_names_distinct}``: names with a space,
    digit or hyphen, always a leak; ``{code_names_plain}``: single everyday words such as
    "Bluebird", which only count in a work context); ``{company}``, ``{product}``,
    ``{code_name}``, ``{competitor}`` in rule examples (first entry of each list).
    """

    company: str = Field(min_length=1)
    aliases: list[str] = []
    products: list[str] = []
    code_names: list[str] = []
    competitors: list[str] = []
    public_phone_numbers: list[str] = []
    public_domains: list[str] = []
    sectors: list[str] = ["all"]

    @field_validator("sectors")
    @classmethod
    def _known_sectors(cls, value: list[str]) -> list[str]:
        bad = [s for s in value if s != "all" and s not in SECTORS]
        if bad:
            raise ValueError(f"unknown sector(s) {bad}; choose from {', '.join(SECTORS)} or 'all'")
        return value

    @classmethod
    def from_yaml(cls, path: Path) -> OrgProfile:
        """Load and validate an org profile file."""
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise RulebookError(f"{path}: cannot read org profile: {exc}") from exc
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise RulebookError(f"{path}: org profile: {_format_errors(exc)}") from exc

    @classmethod
    def default(cls) -> OrgProfile:
        """The fictional Acme Corp profile shipped with Policybot."""
        return cls.from_yaml(DEFAULT_POLICY_DIR / "org.default.yaml")

    def names(self, key: str) -> list[str]:
        """Values a placeholder expands to."""
        if key == "company":
            return [self.company, *self.aliases]
        if key == "company_or_product":
            return [self.company, *self.aliases, *self.products]
        if key == "code_names_distinct":  # multi-word or with digits: never an everyday word
            return [n for n in self.code_names if not n.isalpha()]
        if key == "code_names_plain":  # one plain word ("Bluebird", or "Falcon" of "Project Falcon")
            plain = [n for n in self.code_names if n.isalpha()]
            plain += [n.split()[-1] for n in self.code_names
                      if n.lower().startswith("project ") and len(n.split()) == 2 and n.split()[-1].isalpha()]
            return plain
        return list(getattr(self, key))

    def example_value(self, key: str) -> str:
        """First value for an example placeholder ({company}, {product}, ...)."""
        values = {"company": [self.company], "product": self.products, "code_name": self.code_names,
                  "competitor": self.competitors}[key]
        return values[0] if values else f"<{key}>"


class Section(_Strict):
    """A policy section: what the rules enforce and what "ask policy" searches."""

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    owner: str = "Communications"
    review_by: dt.date | None = None
    sectors: list[Sector] = []


class Terms(_Strict):
    """Phrases (word-boundary, evasion-proof; a trailing * matches a word prefix) and RE2 patterns."""

    phrases: list[str] = []
    patterns: list[str] = []

    @field_validator("phrases")
    @classmethod
    def _words_only(cls, value: list[str]) -> list[str]:
        """Why: phrases are matched as words of the normalised draft, where an emoji or punctuation is gone: a
        phrase with no letter or digit ("😂") normalised to nothing and matched everywhere, so as a weakener it
        silently vetoed every finding of its rule. Such a cue needs a pattern."""
        bad = [p for p in value if not any(ch.isalnum() for ch in p)]
        if bad:
            raise ValueError(f"phrase(s) {bad} have no letter or digit; phrases match words (use a pattern)")
        return value

    def empty(self) -> bool:
        return not self.phrases and not self.patterns


class Requirement(Terms):
    """Terms that must also occur; within ``window`` characters of the match, or anywhere if None."""

    window: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _not_empty(self) -> Requirement:
        if self.empty():
            raise ValueError("a requirement needs phrases or patterns")
        return self


class Context(_Strict):
    """Words near a match that change its weight."""

    window: int = Field(default=80, ge=1, le=1000)
    strengthen: Terms = Terms()
    strengthen_by: float = Field(default=0.3, ge=0, le=1)
    weaken: Terms = Terms()  # any of these near the match vetoes it ...
    # ... unless a strengthening cue is nearer the match than every weakening one ("Front desk at Acme Dental.
    # ... his number (503) 555-0196 is dead"): for rules whose cues are about whose the match is.
    nearest_cue: bool = False
    negation: bool = False  # "no", "not", "never"... just before the match vetoes it
    quoted_weakens: bool = False  # a match inside quotes is reported speech ("his 'can't lose' coin")


class Detect(_Strict):
    phrases: list[str] = []
    patterns: list[str] = []
    validators: list[str] = []
    case_sensitive: bool = False
    score: float = Field(default=0.7, ge=0, le=1)
    threshold: float = Field(default=0.5, ge=0, le=1)
    context: Context = Context()
    requires: list[Requirement] = []
    unless: Terms = Terms()

    @field_validator("validators")
    @classmethod
    def _known_validators(cls, value: list[str]) -> list[str]:
        bad = sorted(set(value) - VALIDATOR_NAMES)
        if bad:
            raise ValueError(f"unknown validator(s) {bad}; known: {', '.join(sorted(VALIDATOR_NAMES))}")
        return value

    @property
    def learned_only(self) -> bool:
        """Detected by the learned model's judgement alone (``validators: [learned_<category>]``, no phrase or
        pattern): such a finding covers a sentence, not trigger words, and yields to the rules of its category."""
        return bool(self.validators) and not (self.phrases or self.patterns) and \
            all(v.startswith("learned_") for v in self.validators)

    @model_validator(mode="after")
    def _has_detector(self) -> Detect:
        if not (self.phrases or self.patterns or self.validators):
            raise ValueError("a rule needs at least one of phrases, patterns or validators")
        return self


class Rewrite(_Strict):
    """How a safe rewrite fixes a finding: redact/replace the span, remove it, or append text."""

    kind: Literal["redact", "replace", "remove", "append"]
    text: str = ""


class Examples(_Strict):
    flag: list[str] = Field(min_length=1)
    pass_: list[str] = Field(default=[], alias="pass")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class SectionRef(_Strict):
    id: str
    title: str = ""


class Rule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")
    category: Category
    title: str = Field(min_length=1)
    action: Action
    sectors: list[Sector] = []
    detect: Detect
    message: str = Field(min_length=1)
    fix: str = Field(min_length=1)
    section: SectionRef
    rewrite: Rewrite | None = None
    mask_excerpt: bool = False
    # The learned model may drop this rule's finding where it is sure the draft is not of the category (its veto
    # cut: policy_core/checker/learned.py). For broad wording rules ("free", "offer", an opinion word) whose false
    # alarms it recognises; never for `block`, and best left off a rule that states an organisation's own policy.
    overrulable: bool = False
    examples: Examples

    @model_validator(mode="after")
    def _overrulable_not_block(self) -> Rule:
        if self.overrulable and self.action == "block":
            raise ValueError("a block rule cannot be overrulable (the learned model may only drop a lesser finding)")
        return self

    @field_validator("section", mode="before")
    @classmethod
    def _section_shorthand(cls, value: Any) -> Any:
        return {"id": value} if isinstance(value, str) else value


class RulebookFile(_Strict):
    sector: Sector
    title: str = ""
    sections: list[Section] = []
    rules: list[Rule] = []


class Rulebook(BaseModel):
    """All loaded rules and sections, with placeholders resolved against an org profile."""

    model_config = ConfigDict(frozen=True)

    rules: list[Rule]
    sections: list[Section]
    org: OrgProfile
    sectors: list[str]
    files: list[Path]


def _format_errors(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        parts.append(f"field '{loc}': {err['msg']}")
    return "; ".join(parts)


def _rule_errors(path: Path, raw: dict[str, Any], exc: ValidationError) -> RulebookError:
    """Turn pydantic's locations (rules.3.action) into 'file: rule <id>: field action: ...'."""
    lines = []
    raw_rules = raw.get("rules")
    rules: list[Any] = raw_rules if isinstance(raw_rules, list) else []
    for err in exc.errors():
        loc = list(err["loc"])
        where = ""
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            idx = loc[1]
            rid = rules[idx].get("id") if idx < len(rules) and isinstance(rules[idx], dict) else None
            where = f"rule '{rid or f'#{idx + 1}'}': "
            loc = loc[2:]
        elif len(loc) >= 2 and loc[0] == "sections" and isinstance(loc[1], int):
            where = f"section #{loc[1] + 1}: "
            loc = loc[2:]
        field = ".".join(str(p) for p in loc) or "(rule)"
        lines.append(f"{path}: {where}field '{field}': {err['msg']}")
    return RulebookError("\n".join(lines))


def expand_placeholders(text: str, org: OrgProfile, *, regex: bool) -> list[str]:
    """Expand {company}-style placeholders; phrases fan out, patterns get an alternation."""
    keys = _PLACEHOLDER.findall(text)
    if not keys:
        return [text]
    if regex:
        def repl(m: re.Match[str]) -> str:
            names = org.names(m.group(1))
            if not names:
                return "(?:\\b\\B)"  # matches nothing: the org has no such names
            return "(?:" + "|".join(re.escape(n) for n in names) + ")"
        return [_PLACEHOLDER.sub(repl, text)]
    out = [text]
    for key in dict.fromkeys(keys):
        names = org.names(key)
        out = [t.replace("{" + key + "}", n) for t in out for n in names]
    return out


def expand_example(text: str, org: OrgProfile) -> str:
    return _EXAMPLE_PLACEHOLDER.sub(lambda m: org.example_value(m.group(1)), text)


def _check_patterns(path: Path, rule: Rule, org: OrgProfile) -> None:
    import re2  # linear-time engine; refuse what it cannot compile

    pats: list[tuple[str, str]] = [("detect.patterns", p) for p in rule.detect.patterns]
    pats += [("detect.context.strengthen.patterns", p) for p in rule.detect.context.strengthen.patterns]
    pats += [("detect.context.weaken.patterns", p) for p in rule.detect.context.weaken.patterns]
    pats += [("detect.unless.patterns", p) for p in rule.detect.unless.patterns]
    for i, req in enumerate(rule.detect.requires):
        pats += [(f"detect.requires.{i}.patterns", p) for p in req.patterns]
    options = re2.Options()
    options.log_errors = False
    for field, pat in pats:
        for expanded in expand_placeholders(pat, org, regex=True):
            try:
                re2.compile(expanded, options)
            except Exception as exc:  # re2.error
                raise RulebookError(
                    f"{path}: rule '{rule.id}': field '{field}': pattern {pat!r} is not valid RE2 "
                    f"(linear-time regex; no backreferences or look-around): {exc}") from exc


def _yaml_files(policy_dir: Path) -> list[Path]:
    if policy_dir.is_file():
        return [policy_dir]
    if not policy_dir.is_dir():
        raise RulebookError(f"{policy_dir}: policy directory not found")
    files = sorted(p for p in policy_dir.iterdir() if p.suffix in (".yaml", ".yml")
                   and not p.name.startswith("org."))
    if not files:
        raise RulebookError(f"{policy_dir}: no rulebook *.yaml files")
    return files


def load_org(policy_dir: Path | None) -> OrgProfile:
    """org.yaml from the policy dir if present, else the shipped default profile."""
    if policy_dir is not None:
        base = policy_dir if policy_dir.is_dir() else policy_dir.parent
        for name in ("org.yaml", "org.yml"):
            if (base / name).is_file():
                return OrgProfile.from_yaml(base / name)
    return OrgProfile.default()


def _merge_section(first: Section, more: Section) -> Section:
    """One policy section described by several rulebooks: keep the first title, join the texts."""
    sectors = list(dict.fromkeys([*first.sectors, *more.sectors]))
    return first.model_copy(update={"text": f"{first.text.rstrip()}\n\n{more.text.strip()}", "sectors": sectors})


def load_rulebook(policy_dir: Path | None = None, sectors: Iterable[str] | None = None,
                  org: OrgProfile | None = None) -> Rulebook:
    """Load, validate and cross-check every rulebook file in ``policy_dir``.

    ``sectors`` picks which sector files apply ("general" always does); None means all.
    Raises RulebookError naming the file, rule id and field of the first file that fails.
    """
    directory = Path(policy_dir) if policy_dir is not None else DEFAULT_POLICY_DIR
    org = org or load_org(directory)
    wanted = set(SECTORS) if sectors is None else {s.strip() for s in sectors if s.strip()}
    if "all" in wanted:
        wanted = set(SECTORS)
    unknown = wanted - set(SECTORS)
    if unknown:
        raise RulebookError(f"unknown sector(s) {sorted(unknown)}; choose from {', '.join(SECTORS)}")
    wanted.add("general")

    rules: list[Rule] = []
    sections: dict[str, Section] = {}
    files: list[Path] = []
    sec: Section | None
    rule_files: dict[str, Path] = {}
    for path in _yaml_files(directory):
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise RulebookError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(raw, dict):
            raise RulebookError(f"{path}: field '(file)': a rulebook is a mapping with sector, sections, rules")
        try:
            book = RulebookFile.model_validate(raw)
        except ValidationError as exc:
            raise _rule_errors(path, raw, exc) from exc
        if book.sector not in wanted:
            continue
        files.append(path)
        seen_here: set[str] = set()
        for sec in book.sections:
            if sec.id in seen_here:
                raise RulebookError(f"{path}: section '{sec.id}': field 'id': duplicate section id")
            seen_here.add(sec.id)
            sec = sec if sec.sectors else sec.model_copy(update={"sectors": [book.sector]})
            # Section ids are the policy's own (as in the policy document); a sector rulebook may add
            # its sector's paragraph to a section the general rulebook defines.
            sections[sec.id] = _merge_section(sections[sec.id], sec) if sec.id in sections else sec
        for rule in book.rules:
            if rule.id in rule_files:
                raise RulebookError(f"{path}: rule '{rule.id}': field 'id': duplicate of a rule in "
                                    f"{rule_files[rule.id]}")
            rule_files[rule.id] = path
            _check_patterns(path, rule, org)
            if not rule.sectors:
                rule = rule.model_copy(update={"sectors": [book.sector]})
            rules.append(rule)

    resolved: list[Rule] = []
    for rule in rules:
        sec = sections.get(rule.section.id)
        if sec is None:
            if not rule.section.title:
                raise RulebookError(f"{rule_files[rule.id]}: rule '{rule.id}': field 'section': unknown "
                                    f"section '{rule.section.id}' (define it under sections: or give a title)")
            resolved.append(rule)
        else:
            resolved.append(rule.model_copy(update={"section": SectionRef(id=sec.id, title=sec.title)}))
    return Rulebook(rules=resolved, sections=list(sections.values()), org=org,
                    sectors=sorted(wanted), files=files)


def sectors_from_env() -> list[str] | None:
    """SECTORS env var (comma list) or None for all."""
    raw = os.environ.get("SECTORS", "").strip()
    return [s.strip() for s in raw.split(",") if s.strip()] or None
