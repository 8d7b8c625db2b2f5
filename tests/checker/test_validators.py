"""Checksums and issuer ranges: a number is personal data only when it validates."""

from __future__ import annotations

import pytest

from policy_core.checker.validators import aba_routing_ok, card_brand, iban_ok, luhn_ok, ssn_ok


@pytest.mark.parametrize(("number", "brand"), [
    ("4111111111111111", "visa"),
    ("4222222222222", "visa"),                   # 13-digit Visa
    ("4000000000000000006", "visa"),             # 19-digit Visa
    ("5555555555554444", "mastercard"),          # 51-55
    ("2223003122003222", "mastercard"),          # 2-series
    ("378282246310005", "amex"),
    ("6011111111111117", "discover"),
    ("3530111333300000", "jcb"),
    ("6200000000000005", "unionpay"),
    ("6200000000000000000", "unionpay"),         # 19-digit UnionPay
    ("6304828807290222791", "maestro"),          # 19-digit Maestro
    ("30569309025904", "diners"),
])
def test_card_brands(number: str, brand: str) -> None:
    assert card_brand(number) == brand


@pytest.mark.parametrize("number", [
    "4111111111111112",      # Luhn fails
    "1234567812345670",      # no issuer starts with 1
    "0000000000000000",
    "41111111111111111",     # 17-digit Visa does not exist
])
def test_not_cards(number: str) -> None:
    assert card_brand(number) is None


def test_luhn() -> None:
    assert luhn_ok("79927398713")
    assert not luhn_ok("79927398710")


def test_iban_mod97_and_length() -> None:
    assert iban_ok("DE89 3704 0044 0532 0130 00")
    assert iban_ok("gb82west12345698765432")
    assert not iban_ok("GB82 WEST 1234 5698 7654 33")   # check digits
    assert not iban_ok("DE89 3704 0044 0532 0130")      # too short for DE


@pytest.mark.parametrize(("ssn", "ok"), [
    ("512447781", True), ("000123456", False), ("666123456", False), ("912345678", False),
    ("512007781", False), ("512440000", False), ("078051120", False),
])
def test_ssn_structure(ssn: str, ok: bool) -> None:
    assert ssn_ok(ssn) is ok


def test_aba_routing() -> None:
    assert aba_routing_ok("021000021")
    assert not aba_routing_ok("021000022")
