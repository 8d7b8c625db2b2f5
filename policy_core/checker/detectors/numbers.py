"""Number recognizers: payment cards, IBANs, SSNs, phone numbers, bank accounts.

All of them start from ``Doc.digit_runs()`` (digits with any separators, spelled-out
digits included), so "4111.1111.1111.1111" and "four one one one ..." are seen the
same way, and then *validate*: Luhn + issuer range, mod-97, SSA structure,
``phonenumbers`` metadata, ABA checksum.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..fastre import ascii_spans, compile_re2
from ..normalize import SpanMap, collapse_spaced, delete_spans
from ..validators import IBAN_LENGTHS, LuhnSums, aba_routing_ok, card_candidates, iban_ok, ssn_ok
from .base import _WORD_ALT, DigitRun, Doc, Hit


def _greedy(run: DigitRun, lo: int, hi: int, accept: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Left-to-right, non-overlapping digit ranges of whole groups with lo..hi digits that ``accept``.

    At each group the longest candidate is tried first; after a match the scan resumes after it.
    Candidates are found by looking up group ends (at most hi - lo + 1 lookups per start), not
    by walking the following groups: a 4,000-character soup of one-digit groups stays cheap.
    """
    out: list[tuple[int, int]] = []
    groups = run.groups
    group_of_end = {end: b for b, (_, end) in enumerate(groups)}
    a = 0
    n = len(groups)
    while a < n:
        start = groups[a][0]
        for size in range(hi, lo - 1, -1):
            b = group_of_end.get(start + size)
            if b is not None and accept(start, start + size):
                out.append((start, start + size))
                a = b + 1
                break
        else:
            a += 1
    return out


CARD_CHECK_BUDGET = 1500


class PaymentCardRecognizer:
    """Payment card numbers: 12-19 digits, current IIN ranges, Luhn-valid."""

    name = "payment_card"
    digit_runs_only = True

    def analyze(self, doc: Doc) -> list[Hit]:
        hits: list[Hit] = []
        # Checksum work is capped per draft: a real post holds a few card-shaped numbers, a
        # 4,000-character digit soup would otherwise cost thousands of Luhn checks.
        budget = CARD_CHECK_BUDGET
        for run in doc.digit_runs():
            if len(run.digits) < 12:
                continue
            digits = run.digits
            luhn = LuhnSums(digits)
            ends = {e for _, e in run.groups}
            starts = [s for s, _ in run.groups]
            i = 0
            while i < len(starts) and budget > 0:
                start = starts[i]
                # Only lengths the issuer range allows, ending on a group boundary, longest first.
                lengths = sorted({n for n, _ in card_candidates(digits[start:start + 6])
                                  if start + n in ends}, reverse=True)
                budget -= len(lengths)
                for n in lengths:
                    if luhn.ok(start, start + n) and len(set(digits[start:start + n])) > 1:
                        s, e = run.span(start, start + n)
                        hits.append(Hit(s, e, 0.95, "[card number removed]"))
                        while i < len(starts) and starts[i] < start + n:
                            i += 1
                        break
                else:
                    i += 1
        return hits


class SsnRecognizer:
    """US Social Security numbers. Formatted 3-2-4 is strong; 9 bare digits need context."""

    name = "ssn"
    digit_runs_only = True

    def analyze(self, doc: Doc) -> list[Hit]:
        hits: list[Hit] = []
        for run in doc.digit_runs():
            if len(run.digits) < 9:
                continue
            sizes_of = {s: e - s for s, e in run.groups}

            def accept(i: int, j: int, run: DigitRun = run, sizes_of: dict[int, int] = sizes_of) -> bool:
                formatted = sizes_of.get(i) == 3 and sizes_of.get(i + 3) == 2 and sizes_of.get(i + 5) == 4
                if len(run.digits) > 9 and not run.spelled and not formatted:
                    return False  # nine digits inside a longer number
                return ssn_ok(run.digits[i:j])

            for i, j in _greedy(run, 9, 9, accept):
                formatted = sizes_of.get(i) == 3 and sizes_of.get(i + 3) == 2 and sizes_of.get(i + 5) == 4
                s, e = run.span(i, j)
                hits.append(Hit(s, e, 0.8 if formatted else 0.4, "[SSN removed]"))
        return hits


# The country code may be split by a space: spelled out, "I E 8 0 A I B K ..." joins to "i e80aibk..." ("i" is a word).
_IBAN = re.compile(r"\b[a-z] ?[a-z]\d{2}(?:[ .\-]?[a-z0-9]){11,30}\b")
_IBAN_RE2 = compile_re2(_IBAN.pattern)  # same matches on ASCII text, without Python's per-position cost


def _iban_spans(text: str) -> list[tuple[int, int]]:
    if text.isascii():
        return ascii_spans(_IBAN_RE2, text.encode("ascii"))
    return [m.span() for m in _IBAN.finditer(text)]


class IbanRecognizer:
    """IBANs: country code, registered length and ISO 7064 mod-97 checksum."""

    name = "iban"
    digit_runs_only = False  # also spelled out letter by letter ("d e 8 9 ...")

    def analyze(self, doc: Doc) -> list[Hit]:
        spaced = doc.words is None or bool(doc.words.runs)
        if not spaced and not any(len(r.digits) >= 8 for r in doc.digit_runs()):
            return []  # an IBAN carries at least 8 more digits after its check digits
        hits = self._scan(doc, doc.lower, None)
        # "d e 8 9 3 7 0 4 ..." spelled out letter by letter; "DE89 three seven oh four ..." in words.
        in_words = any(r.spelled and len(r.digits) >= 8 for r in doc.digit_runs())
        for other in (collapse_spaced(doc.lower), _digits_for_words(doc.lower) if in_words else None):
            if other is None:
                continue
            for h in self._scan(doc, other[0], other[1]):
                if not any(h.start < o.end and o.start < h.end for o in hits):
                    hits.append(h)
        return hits

    def _scan(self, doc: Doc, text: str, src: SpanMap | None) -> list[Hit]:
        hits: list[Hit] = []
        for mstart, mend in _iban_spans(text):
            cand = text[mstart:mend]
            compact = re.sub(r"[ .\-]", "", cand).upper()
            # The regex may overrun into the next word; trim to the registered length.
            length = IBAN_LENGTHS.get(compact[:2], 0)
            if not length or len(compact) < length:
                continue
            # find the end position in the candidate covering `length` alnum chars
            count = 0
            end = mstart
            for k, ch in enumerate(cand):
                if ch.isalnum():
                    count += 1
                    if count == length:
                        end = mstart + k + 1
                        break
            if iban_ok(compact[:length]):
                start = mstart
                if src is not None:
                    start, end = src[start], src[end - 1] + 1
                s, e = doc.orig(start, end)
                original = doc.original
                while e < len(original) and original[e].isalpha() and original[e - 1].isalpha():
                    e += 1  # the last digit was a word ("... seven eight"): the whole word
                hits.append(Hit(s, e, 0.95, "[IBAN removed]"))
        return hits


_DIGIT_WORD = re.compile(rf"(?<![a-z])(?:{_WORD_ALT}|oh)(?![a-z])")
_DIGIT_OF = {w: str(i) for i, w in enumerate(_WORD_ALT.split("|"))} | {"oh": "0"}


def _digits_for_words(text: str) -> tuple[str, SpanMap]:
    """``text`` with every spelled-out digit written as one ("three seven oh" -> "3 7 0"), and the map
    back. Only read for IBANs, whose other characters are letters and digits: a stray "one" elsewhere
    in the draft changes nothing there."""
    chars = list(text)
    deletions: list[tuple[int, int]] = []
    for m in _DIGIT_WORD.finditer(text):
        chars[m.start()] = _DIGIT_OF[m.group()]
        deletions.append((m.start() + 1, m.end()))
    return delete_spans("".join(chars), deletions)


def _phonenumbers() -> Any:
    import phonenumbers  # imported lazily: ~30 ms, only needed when digits appear

    return phonenumbers


class PhoneRecognizer:
    """Phone numbers valid per libphonenumber; toll-free/premium/shared-cost lines are public, not personal."""

    name = "phone"
    digit_runs_only = True
    regions = ("US", "GB")

    def __init__(self, public_numbers: list[str]) -> None:
        self._public = {re.sub(r"\D", "", n)[-10:] for n in public_numbers if re.sub(r"\D", "", n)}

    def warm(self) -> None:
        _phonenumbers()

    def _score(self, digits: str, plus: bool) -> float:
        """0.7 for a valid personal-looking number, 0.45 for a merely possible one, 0 otherwise."""
        pn = _phonenumbers()
        nt = pn.PhoneNumberType
        public_types = {nt.TOLL_FREE, nt.PREMIUM_RATE, nt.SHARED_COST, nt.UAN}
        candidates: list[tuple[str, str | None]] = (
            [("+" + digits, None)] if plus else [(digits, r) for r in self.regions])
        if not plus and digits.startswith("00"):
            candidates.insert(0, ("+" + digits[2:], None))
        best = 0.0
        for text, region in candidates:
            try:
                num = pn.parse(text, region)
            except pn.NumberParseException:
                continue
            if str(num.national_number)[-10:] in self._public:
                return 0.0
            # number_type is UNKNOWN exactly when is_valid_number is false (both look the number up in
            # its region's metadata, the costliest step of validation), so one call answers both.
            kind = pn.number_type(num)
            if kind != nt.UNKNOWN:
                return 0.0 if kind in public_types else 0.7
            # Reserved "drama" ranges (UK 07700 900xxx) are not valid but read as real numbers.
            if pn.is_possible_number(num) and (digits.startswith("0") or plus):
                best = max(best, 0.45)
        return best

    def analyze(self, doc: Doc) -> list[Hit]:
        hits: list[Hit] = []
        for run in doc.digit_runs():
            if len(run.digits) < 10:
                continue
            # A phone number is a whole run, or a whole list item of a run ("415-555-0101, 415-555-0102");
            # never a slice of a longer number such as a 16-digit transaction id.
            for i, j in _list_items(run):
                if not 10 <= j - i <= 15:
                    continue
                score = self._score(run.digits[i:j], run.plus and i == 0)
                if score:
                    s, e = run.span(i, j)
                    hits.append(Hit(s, e, score, "[phone number removed]"))
        return hits


def _list_items(run: DigitRun) -> list[tuple[int, int]]:
    """Digit ranges of a run split at list separators (",", ";", "/", double spaces)."""
    items: list[tuple[int, int]] = []
    start = 0
    for gi, (_, gend) in enumerate(run.groups):
        if gi in run.breaks or gi == len(run.groups) - 1:
            items.append((start, gend))
            start = gend
    return items


_ACCOUNT_KW = re.compile(
    r"(?:account|acct|a/c|iban|routing|aba|sort[ -]?code|bsb|checking|savings)"
    r"(?:[ \t]{0,2}(?:number|num|no\.?|#))?[ \t]{0,2}[:#=]?[ \t]{0,3}$")


class BankAccountRecognizer:
    """Bank account, routing (ABA-checked) and sort-code numbers introduced by a keyword."""

    name = "bank_account"
    digit_runs_only = True

    def analyze(self, doc: Doc) -> list[Hit]:
        hits: list[Hit] = []
        for run, word in _introduced(doc, _ACCOUNT_KW):
            digits = run.digits
            if "routing" in word or "aba" in word:
                ok = aba_routing_ok(digits)
            elif "sort" in word:
                ok = len(digits) in (6, 14)
            else:
                ok = 6 <= len(digits) <= 17
            if ok:
                s, e = run.span(0, len(digits))
                hits.append(Hit(s, e, 0.85, "[account number removed]"))
        return hits


# "passport no. 539120478", "National Insurance number JT 48 19 27 B": the id's digits right after its name (the
# letters of an NI number are not needed: its six digits after the name are the id).
# Or the number named a little later: "a National Insurance card for Marcus Oyelaran, number JM 63 41 98 C".
_ID_KW = re.compile(
    r"(?:passport|national[ \t]insurance|\bni|\bnino)"
    r"(?:[ \t]{0,2}(?:number|num|no\.?|#)|[ \t]card[^.!?\n]{0,40}?[ \t,](?:number|num|no\.?|#))?"
    r"(?:[ \t]{0,2}is)?[ \t]{0,2}[:#=]?[ \t]{0,3}(?:[a-z]{1,2}[ \t]?)?$")


class IdNumberRecognizer:
    """Passport and UK National Insurance numbers introduced by their name. Why a digit-run recognizer and not a
    pattern: the digits then survive the same disguises as a card or SSN (spaced, dotted, spelled out)."""

    name = "id_number"
    digit_runs_only = True

    def analyze(self, doc: Doc) -> list[Hit]:
        hits: list[Hit] = []
        for run, word in _introduced(doc, _ID_KW, reach=90):
            n = len(run.digits)
            if ("passport" in word and 6 <= n <= 9) or ("passport" not in word and n == 6):
                s, e = run.span(0, n)
                hits.append(Hit(s, e, 0.85, "[id number removed]"))
        return hits


def _introduced(doc: Doc, keyword: re.Pattern[str], reach: int = 40) -> list[tuple[DigitRun, str]]:
    """The digit runs that follow a keyword (within `reach` characters before them), with the keyword's text."""
    text = doc.lower
    out: list[tuple[DigitRun, str]] = []
    for run in doc.digit_runs():
        s_norm = _norm_start(doc, run)
        kw = keyword.search(text[max(0, s_norm - reach):s_norm])
        if kw is not None:
            out.append((run, kw.group()))
    return out


def _norm_start(doc: Doc, run: DigitRun) -> int:
    """Index in doc.lower where a run starts (original offsets map back monotonically)."""
    start = run.spans[0][0]
    starts = doc.norm.starts
    if starts is None:
        return start
    import bisect

    return bisect.bisect_left(starts, start)
