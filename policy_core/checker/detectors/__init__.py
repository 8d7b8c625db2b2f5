"""Validating recognizers (Presidio-style): each finds candidates, then proves them.

A rulebook names them under ``detect.validators``; the engine runs each at most once per draft.
"""

from __future__ import annotations

from collections.abc import Callable

from ..learned import NameMask, shipped_model
from .base import Doc, Hit, Recognizer
from .contact import EmailRecognizer
from .learned import learned_recognizers
from .numbers import (
    BankAccountRecognizer,
    IbanRecognizer,
    IdNumberRecognizer,
    PaymentCardRecognizer,
    PhoneRecognizer,
    SsnRecognizer,
)
from .secrets import PasswordRecognizer

__all__ = ["Doc", "Hit", "Recognizer", "build_recognizers"]


def build_recognizers(public_phones: list[str], public_domains: list[str], names: NameMask,
                      prepare: Callable[[str], str]) -> dict[str, Recognizer]:
    """One instance of every recognizer, configured with the org's public contact points, and for the learned
    model the org's names (read as kinds of name) and how a text becomes the model's text (`prepare`)."""
    recognizers: list[Recognizer] = [
        PaymentCardRecognizer(), IbanRecognizer(), SsnRecognizer(), PhoneRecognizer(public_phones),
        EmailRecognizer(public_domains), BankAccountRecognizer(), IdNumberRecognizer(), PasswordRecognizer(),
        *learned_recognizers(shipped_model(), names, prepare),
    ]
    return {r.name: r for r in recognizers}
