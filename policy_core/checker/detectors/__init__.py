"""Validating recognizers (Presidio-style): each finds candidates, then proves them.

A rulebook names them under ``detect.validators``; the engine runs each at most once per draft.
"""

from __future__ import annotations

from .base import Doc, Hit, Recognizer
from .contact import EmailRecognizer
from .numbers import BankAccountRecognizer, IbanRecognizer, PaymentCardRecognizer, PhoneRecognizer, SsnRecognizer
from .secrets import PasswordRecognizer

__all__ = ["Doc", "Hit", "Recognizer", "build_recognizers"]


def build_recognizers(public_phones: list[str], public_domains: list[str]) -> dict[str, Recognizer]:
    """One instance of every recognizer, configured with the org's public contact points."""
    recognizers: list[Recognizer] = [
        PaymentCardRecognizer(), IbanRecognizer(), SsnRecognizer(), PhoneRecognizer(public_phones),
        EmailRecognizer(public_domains), BankAccountRecognizer(), PasswordRecognizer(),
    ]
    return {r.name: r for r in recognizers}
