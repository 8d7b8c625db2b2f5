"""Checksum and structure validators: the difference between "a number" and "a card number".

Why: matching 16 digits flags order numbers and tracking codes; validating the
checksum and issuer range keeps the false-positive rate low enough to trust.
"""

from __future__ import annotations

import string
from functools import lru_cache
from itertools import accumulate

_DOUBLED = {str(d): (2 * d - 9 if 2 * d > 9 else 2 * d) for d in range(10)}
_DOUBLED_INT = [2 * d - 9 if 2 * d > 9 else 2 * d for d in range(10)]


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) checksum used by every payment card scheme."""
    total = sum(map(int, digits[-1::-2])) + sum(_DOUBLED[c] for c in digits[-2::-2])
    return total % 10 == 0


class LuhnSums:
    """Luhn checks of any slice of one digit string in O(1), from prefix sums.

    Why: a card search tries many (start, length) slices of the same run; on a 4,000-digit
    soup that was thousands of O(n) checksums. ``ok(a, b) == luhn_ok(digits[a:b])``.
    """

    __slots__ = ("_doubled", "_plain")

    def __init__(self, digits: str) -> None:
        # _plain[p][i]: sum of digits[k] for k < i with k % 2 == p; _doubled likewise, doubled.
        values = list(map(int, digits))
        doubled = [_DOUBLED_INT[v] for v in values]
        zeros = [0] * len(values)
        self._plain: list[list[int]] = []
        self._doubled: list[list[int]] = []
        for p in (0, 1):
            for source, target in ((values, self._plain), (doubled, self._doubled)):
                masked = zeros[:]
                masked[p::2] = source[p::2]
                target.append(list(accumulate(masked, initial=0)))

    def ok(self, a: int, b: int) -> bool:
        """luhn_ok(digits[a:b]): the last digit and every second one leftwards are not doubled."""
        keep = (b - 1) % 2
        dbl = 1 - keep
        total = (self._plain[keep][b] - self._plain[keep][a]) + (self._doubled[dbl][b] - self._doubled[dbl][a])
        return total % 10 == 0


# (prefix low, prefix high, allowed lengths, brand). Prefixes compared on the first len(low) digits.
_CARD_RANGES: tuple[tuple[str, str, tuple[int, ...], str], ...] = (
    ("4", "4", (13, 16, 19), "visa"),
    ("51", "55", (16,), "mastercard"),
    ("2221", "2720", (16,), "mastercard"),
    ("34", "34", (15,), "amex"),
    ("37", "37", (15,), "amex"),
    ("6011", "6011", (16, 17, 18, 19), "discover"),
    ("644", "649", (16, 17, 18, 19), "discover"),
    ("65", "65", (16, 17, 18, 19), "discover"),
    ("622126", "622925", (16, 17, 18, 19), "discover"),
    ("3528", "3589", (16, 17, 18, 19), "jcb"),
    ("62", "62", (16, 17, 18, 19), "unionpay"),
    ("81", "81", (16, 17, 18, 19), "unionpay"),
    ("36", "36", (14, 15, 16, 17, 18, 19), "diners"),
    ("300", "305", (14, 15, 16, 17, 18, 19), "diners"),
    ("38", "39", (14, 15, 16, 17, 18, 19), "diners"),
    ("50", "50", tuple(range(12, 20)), "maestro"),
    ("56", "69", tuple(range(12, 20)), "maestro"),
    ("2200", "2204", (16, 17, 18, 19), "mir"),
)


def _six(prefix: str, fill: str) -> int:
    return int((prefix + fill * 6)[:6])


# The ranges as 6-digit IIN intervals, so a number's brand is a few integer comparisons.
_IIN6 = tuple((_six(lo, "0"), _six(hi, "9"), lengths, brand) for lo, hi, lengths, brand in _CARD_RANGES)


@lru_cache(maxsize=4096)
def card_candidates(prefix6: str) -> tuple[tuple[int, str], ...]:
    """(length, brand) pairs a number starting with these six digits may have."""
    if len(prefix6) < 6 or prefix6[0] in "0179":
        return ()
    p = int(prefix6)
    return tuple((n, brand) for lo, hi, lengths, brand in _IIN6 if lo <= p <= hi for n in lengths)


def card_brand(digits: str) -> str | None:
    """Brand of a Luhn-valid number in a current issuer range, else None."""
    if not 12 <= len(digits) <= 19 or not digits.isdigit():
        return None
    if len(set(digits)) == 1:  # 0000..., 1111... are placeholders, not cards
        return None
    for n, brand in card_candidates(digits[:6]):
        if n == len(digits):
            return brand if luhn_ok(digits) else None
    return None


# ISO 13616 IBAN lengths by country (SWIFT registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}
_ALNUM = set(string.ascii_uppercase + string.digits)


def iban_ok(candidate: str) -> bool:
    """ISO 7064 mod-97 check plus the country's registered length."""
    iban = candidate.replace(" ", "").replace("-", "").upper()
    if len(iban) < 15 or IBAN_LENGTHS.get(iban[:2]) != len(iban) or not set(iban) <= _ALNUM:
        return False
    if not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def ssn_ok(digits: str) -> bool:
    """US SSN structure: area 001-899 except 666, group 01-99, serial 0001-9999.

    Also refuses the handful of numbers the SSA has voided because they were
    printed in advertising (078-05-1120, 219-09-9999).
    """
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area == "000" or area == "666" or area >= "900":
        return False
    if group == "00" or serial == "0000":
        return False
    return digits not in {"078051120", "219099999"}


def aba_routing_ok(digits: str) -> bool:
    """ABA routing transit number checksum (3-7-1 weights)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return total % 10 == 0 and int(digits[:2]) in _ABA_PREFIXES


_ABA_PREFIXES = frozenset((*range(0, 13), *range(21, 33), *range(61, 73), 80))
