"""The learned second opinion (`policy_core/checker/learned.py`) as recognizers a rule can name.

One recognizer per category (`learned_hostile`, ...), so a rulebook decides which categories the model may
speak for, with which action, message and policy section, like any other rule. The model scores every category
in one pass; the recognizers of one draft share that pass through `Doc.learned`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..learned import NO_VETO, NameMask, TermModel
from .base import Doc, Hit


class LearnedRecognizer:
    """Flags a draft when the model's log-odds for `category` reach its threshold; the finding covers the
    sentence that reads most like the category (a model over the whole draft has no finer "where")."""

    digit_runs_only = False

    def __init__(self, model: TermModel, category: str, mask: NameMask, prepare: Callable[[str], str]) -> None:
        self.model = model
        self.category = category
        self.mask = mask
        self.prepare = prepare  # a sentence -> the model's text (Checker.model_text)
        self.name = f"learned_{category}"
        self._k = model.categories.index(category)

    def analyze(self, doc: Doc) -> list[Hit]:
        """The whole draft when the model flags the category; `locate` narrows it to a sentence, which the
        engine asks for only when the finding survives (no rule found the category), because reading each
        sentence again costs more than the judgement itself."""
        if doc.learned is None:
            # the word view: disguised words read back, spaced-out letters joined (Checker.model_text)
            doc.learned = self.model.log_odds(self.mask(doc.words.text if doc.words is not None else doc.lower)) or ()
        if not doc.learned or doc.learned[self._k] < self.model.threshold[self._k]:
            return []
        return [Hit(0, len(doc.norm.original), 1.0)]

    def unconditional(self) -> LearnedRecognizer:
        """The same recognizer with the model's cut at the floor: it flags every draft long enough to judge, so
        what decides is the rule's own conditions (`Checker.learned_gates`)."""
        floor = replace(self.model, threshold=(NO_VETO,) * len(self.model.categories))
        return LearnedRecognizer(floor, self.category, self.mask, self.prepare)

    def locate(self, text: str) -> tuple[int, int]:
        """The sentence of `text` that reads most like the category (the finding's "where")."""
        return self.model.best_sentence(text, self.category, self.prepare)


def learned_recognizers(model: TermModel | None, mask: NameMask,
                        prepare: Callable[[str], str]) -> list[LearnedRecognizer]:
    return [LearnedRecognizer(model, c, mask, prepare) for c in model.categories] if model is not None else []
