"""The micro-quiz question bank: questions are data, validated before anyone is asked one.

Why data and a strict schema: policy owners edit the bank as YAML, and a question with the answer
index pointing past the last choice, or a choice too long for a Slack button, must stop the bot at
start-up with the file, question id and field named, not confuse an employee in a DM.

Bank file format (``policy_store/quiz/*.yaml``; every YAML file in the directory is one bank file)::

    sectors: [retail]             # default for questions that do not set their own ([] = everyone)
    sections:                     # policy section titles, by id, for the questions below
      promotions: Promotions, sales and discount codes
    questions:
      - id: retail-promo-001      # stable: progress is stored against it, never reuse or renumber
        kind: would_it_pass       # or multiple_choice
        section_id: promotions    # section_title comes from ``sections:`` unless set here
        tags: [promotion]
        prompt: Would this post pass?
        draft: "Flash sale! Use code STAFF30 for 30% off"   # would_it_pass only: quoted into the prompt
        choices: ["Yes, post it as is", "No: promotions need Marketing approval first"]
        answer: 1                 # index into choices
        explanation: Why, in one to three sentences.

The prompt of a would-it-pass item ends with the draft as ``> ``-quoted lines after a blank line;
``Question.lead`` and ``Question.draft`` split it again so a renderer can escape and quote the draft.

With a ``Checker``, ``load_bank`` also turns every rule's own flag/pass examples into would-it-pass
items (``source="rule_example"``, ids ``ex-<rule id>-<n>``, n counting flag examples then pass
examples from 1). Each is confirmed by running the checker on it first, so the bank never teaches an
answer the checker itself would contradict; examples the checker disagrees with are listed in
``QuestionBank.skipped`` instead.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

if TYPE_CHECKING:
    from policy_core.checker import Checker, Rule

DEFAULT_BANK_DIR = Path(__file__).resolve().parents[2] / "policy_store" / "quiz"

#: Same names as the checker's rulebook sectors (a test keeps them equal); kept here so the bank
#: loads even where the checker (and its regex engine) is not importable.
SECTORS: tuple[str, ...] = (
    "general", "technology", "retail", "healthcare", "finance", "manufacturing", "nonprofit",
)

PROMPT_MAX = 2500  # fits a Slack section block with room for formatting
CHOICE_MAX = 75  # a Slack button label
EXPLANATION_MAX = 600
RULE_EXAMPLE_PREFIX = "ex-"
YES_CHOICE = "Yes, it can be posted as is"
_QUOTE = "> "
_ID = r"^[a-z0-9][a-z0-9_.\-]*$"
_TAG = r"^[a-z0-9][a-z0-9_]*$"
_SECTION_ID = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$"  # as policy Markdown and rulebooks allow (e.g. "GEN-1")


class QuizBankError(Exception):
    """A bank file failed validation; the message names the file, question id and field."""


class Question(BaseModel, frozen=True):
    """One quiz item: a prompt, 2-5 button-sized choices, the right one and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID, max_length=120)
    kind: Literal["multiple_choice", "would_it_pass"]
    prompt: str = Field(min_length=1, max_length=PROMPT_MAX)
    choices: list[str] = Field(min_length=2, max_length=5)
    answer: int = Field(ge=0)
    explanation: str = Field(min_length=1, max_length=EXPLANATION_MAX)
    section_id: str = Field(pattern=_SECTION_ID)
    section_title: str = Field(min_length=1)
    sectors: list[str]
    tags: list[str] = []
    source: Literal["bank", "rule_example"] = "bank"

    @field_validator("prompt")
    @classmethod
    def _draft_quoted(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("kind") == "would_it_pass" and _split_prompt(value)[1] is None:
            raise ValueError("a would_it_pass prompt must include the draft (give it as 'draft:')")
        return value

    @field_validator("choices")
    @classmethod
    def _choices_fit(cls, value: list[str], info: ValidationInfo) -> list[str]:
        for i, choice in enumerate(value):
            if not choice.strip():
                raise ValueError(f"choice {i} is empty")
            if len(choice) > CHOICE_MAX:
                raise ValueError(f"choice {i} is {len(choice)} characters; a Slack button label fits "
                                 f"{CHOICE_MAX}: {choice!r}")
        if len({c.strip().casefold() for c in value}) != len(value):
            raise ValueError("two choices say the same thing")
        if info.data.get("kind") == "would_it_pass":
            starts = {c.split(maxsplit=1)[0].rstrip(",:.!").lower() for c in value}
            if not {"yes", "no"} <= starts:
                raise ValueError("a would_it_pass item needs a choice starting 'Yes' and one starting 'No'")
        return value

    @field_validator("answer")
    @classmethod
    def _answer_in_range(cls, value: int, info: ValidationInfo) -> int:
        choices = info.data.get("choices")
        if choices is not None and value >= len(choices):
            raise ValueError(f"answer {value} is out of range: there are {len(choices)} choices "
                             f"(indexes 0-{len(choices) - 1})")
        return value

    @field_validator("sectors")
    @classmethod
    def _known_sectors(cls, value: list[str]) -> list[str]:
        bad = [s for s in value if s not in SECTORS]
        if bad:
            raise ValueError(f"unknown sector(s) {bad}; choose from {', '.join(SECTORS)}")
        return value

    @field_validator("tags")
    @classmethod
    def _tag_names(cls, value: list[str]) -> list[str]:
        import re

        bad = [t for t in value if not re.match(_TAG, t)]
        if bad:
            raise ValueError(f"tag(s) {bad} must be lower_snake_case")
        return value

    @property
    def for_everyone(self) -> bool:
        return not self.sectors or "general" in self.sectors

    @property
    def lead(self) -> str:
        """The prompt without a quoted draft: the question itself."""
        return _split_prompt(self.prompt)[0]

    @property
    def draft(self) -> str | None:
        """The draft a would-it-pass item quotes, unquoted; None when there is none."""
        return _split_prompt(self.prompt)[1]

    @property
    def correct(self) -> str:
        return self.choices[self.answer]


def _split_prompt(prompt: str) -> tuple[str, str | None]:
    head, sep, tail = prompt.rpartition("\n\n")
    lines = tail.split("\n")
    if sep and all(ln.startswith(_QUOTE) or ln == ">" for ln in lines):
        return head, "\n".join(ln[len(_QUOTE):] if ln != ">" else "" for ln in lines)
    return prompt, None


def compose_prompt(lead: str, draft: str) -> str:
    """The prompt of a would-it-pass item: the question, a blank line, then the draft quoted."""
    quoted = "\n".join(_QUOTE + ln if ln else ">" for ln in draft.strip().split("\n"))
    return f"{lead.strip()}\n\n{quoted}"


class QuestionBank:
    """The validated questions, with lookups the delivery side needs."""

    def __init__(self, questions: Iterable[Question], *, files: Sequence[Path] = (),
                 skipped: Sequence[str] = ()) -> None:
        self.questions: list[Question] = list(questions)
        self.files: list[Path] = list(files)
        #: rule-example ids not generated because the checker disagreed with the rule's own example
        self.skipped: list[str] = list(skipped)
        self._by_id: dict[str, Question] = {}
        for q in self.questions:
            if q.id in self._by_id:
                raise QuizBankError(f"question '{q.id}': field 'id': duplicate question id")
            self._by_id[q.id] = q

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def __contains__(self, qid: object) -> bool:
        return qid in self._by_id

    def by_id(self, id: str) -> Question:
        """The question with this id; KeyError if the bank no longer has it (e.g. an edited rulebook)."""
        return self._by_id[id]

    def for_sectors(self, sectors: list[str] | None) -> list[Question]:
        """Questions for people in these sectors: everyone's questions plus the sectors' own; None = all."""
        if sectors is None:
            return list(self.questions)
        wanted = set(sectors)
        return [q for q in self.questions if q.for_everyone or wanted.intersection(q.sectors)]


def _format(exc: ValidationError) -> list[tuple[str, str]]:
    out = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "(question)"
        msg = str(err["msg"]).removeprefix("Value error, ")
        out.append((field, msg))
    return out


def _yaml_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise QuizBankError(f"{path}: question bank not found")
    files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not files:
        raise QuizBankError(f"{path}: no question bank *.yaml files")
    return files


_FILE_KEYS = {"sectors", "sections", "questions"}


def _load_file(path: Path) -> list[Question]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise QuizBankError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list):
        raise QuizBankError(f"{path}: field 'questions': a bank file is a mapping with a 'questions' list")
    extra = set(raw) - _FILE_KEYS
    if extra:
        raise QuizBankError(f"{path}: field '{sorted(extra)[0]}': unknown key; a bank file has "
                            f"{', '.join(sorted(_FILE_KEYS))}")
    default_sectors = raw.get("sectors") or []
    sections = raw.get("sections") or {}
    if not isinstance(default_sectors, list) or not isinstance(sections, dict):
        raise QuizBankError(f"{path}: field 'sectors'/'sections': sectors is a list, sections an id: title map")

    questions = []
    for i, item in enumerate(raw["questions"]):
        where = f"question #{i + 1}"
        if not isinstance(item, dict):
            raise QuizBankError(f"{path}: {where}: field '(question)': each question is a mapping")
        data: dict[str, Any] = dict(item)
        qid = data.get("id")
        if isinstance(qid, str) and qid:
            where = f"question '{qid}'"
            if qid.startswith(RULE_EXAMPLE_PREFIX):
                raise QuizBankError(f"{path}: {where}: field 'id': ids starting '{RULE_EXAMPLE_PREFIX}' are "
                                    "reserved for items generated from rule examples")
        data.setdefault("sectors", list(default_sectors))
        sid = data.get("section_id")
        if "section_title" not in data and isinstance(sid, str):
            if sid not in sections:
                raise QuizBankError(f"{path}: {where}: field 'section_title': no title for section '{sid}'; "
                                    "add it under 'sections:' or set section_title")
            data["section_title"] = sections[sid]
        draft = data.pop("draft", None)
        if draft is not None:
            if data.get("kind") != "would_it_pass" or not isinstance(draft, str) or not draft.strip():
                raise QuizBankError(f"{path}: {where}: field 'draft': only a would_it_pass item has a draft, "
                                    "and it is non-empty text")
            data["prompt"] = compose_prompt(str(data.get("prompt", "")), draft)
        try:
            questions.append(Question.model_validate(data))
        except ValidationError as exc:
            raise QuizBankError("\n".join(f"{path}: {where}: field '{field}': {msg}"
                                          for field, msg in _format(exc))) from exc
    return questions


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _no_choice(rule: Rule) -> str:
    return _clip(f"No: {rule.title}", CHOICE_MAX)


def _rule_examples(checker: Checker, wanted: set[str] | None) -> tuple[list[Question], list[str]]:
    """Would-it-pass items from each rule's own examples, confirmed by the checker."""
    from policy_core.checker.rulebook import expand_example

    made: list[Question] = []
    skipped: list[str] = []
    rules = list(checker.rules)
    lead = "Would this draft pass the policy check as written?"
    for rule in rules:
        sectors = [str(s) for s in rule.sectors]
        if wanted is not None and not ("general" in sectors or wanted.intersection(sectors)):
            continue
        sector = None if "general" in sectors or not sectors else sectors[0]
        no = _no_choice(rule)
        others = sorted({_no_choice(r) for r in rules if r.category != rule.category} - {no})
        examples = [(True, e) for e in rule.examples.flag] + [(False, e) for e in rule.examples.pass_]
        for n, (flagged, raw) in enumerate(examples, start=1):
            qid = f"{RULE_EXAMPLE_PREFIX}{rule.id}-{n}"
            text = expand_example(raw, checker.org)
            try:
                result = checker.check(text, sector=sector)
            except ValueError:
                skipped.append(qid)
                continue
            fired = {f.rule for f in result.findings}
            if (flagged and rule.id not in fired) or (not flagged and result.verdict != "ok"):
                skipped.append(qid)
                continue
            salt = zlib.crc32(qid.encode())
            choices = [YES_CHOICE, no]
            if flagged:
                # A third, plausible but wrong reason: another category's rule that did not fire here.
                fired_titles = {_no_choice(r) for r in rules if r.id in fired}
                spare = [o for o in others if o not in fired_titles]
                if spare:
                    choices.append(spare[salt % len(spare)])
                explanation = f"{rule.message} {rule.fix}"
            else:
                explanation = (f"Yes, it passes: '{rule.title}' does not apply here. When it does, the checker "
                               f'says: "{rule.message}"')
            if salt % 2:
                choices = [choices[1], choices[0], *choices[2:]]
            correct = no if flagged else YES_CHOICE
            try:
                made.append(Question(
                    id=qid, kind="would_it_pass", prompt=_clip(compose_prompt(lead, text), PROMPT_MAX),
                    choices=choices, answer=choices.index(correct),
                    explanation=_clip(explanation, EXPLANATION_MAX), section_id=rule.section.id,
                    section_title=rule.section.title or rule.section.id, sectors=sectors,
                    tags=[rule.category, "rule_example"], source="rule_example"))
            except ValidationError as exc:
                raise QuizBankError("\n".join(f"rulebook rule '{rule.id}': question '{qid}': field '{field}': {msg}"
                                              for field, msg in _format(exc))) from exc
    return made, skipped


def load_bank(path: Path | None = None, *, checker: Checker | None = None,
              sectors: list[str] | None = None) -> QuestionBank:
    """Load and validate every bank file under ``path`` (default: the shipped ``policy_store/quiz``).

    ``checker`` adds items generated from its rules' examples; ``sectors`` keeps only questions for
    those sectors (plus everyone's). Raises QuizBankError naming the file, question id and field.
    """
    directory = Path(path) if path is not None else DEFAULT_BANK_DIR
    wanted = None if sectors is None else {s.strip() for s in sectors if s.strip()}
    if wanted is not None:
        unknown = wanted - set(SECTORS) - {"all"}
        if unknown:
            raise QuizBankError(f"unknown sector(s) {sorted(unknown)}; choose from {', '.join(SECTORS)}")
        if "all" in wanted:
            wanted = None

    files = _yaml_files(directory)
    questions: list[Question] = []
    seen: dict[str, Path] = {}
    for file in files:
        for q in _load_file(file):
            if q.id in seen:
                raise QuizBankError(f"{file}: question '{q.id}': field 'id': duplicate of a question in "
                                    f"{seen[q.id]}")
            seen[q.id] = file
            questions.append(q)

    skipped: list[str] = []
    if checker is not None:
        generated, skipped = _rule_examples(checker, wanted)
        for q in generated:
            if q.id in seen:  # two rules whose ids differ only after the example number
                raise QuizBankError(f"rulebook: question '{q.id}': field 'id': duplicate generated id")
            seen[q.id] = directory
            questions.append(q)

    bank = QuestionBank(questions, files=files, skipped=skipped)
    if wanted is not None:
        bank = QuestionBank(bank.for_sectors(sorted(wanted)), files=files, skipped=skipped)
    return bank
