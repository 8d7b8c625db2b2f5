"""Email addresses, including "jane dot doe at gmail dot com" obfuscation."""

from __future__ import annotations

import re

from .base import Doc, Hit

# Emails are found from their anchors ("@", or "at" written out) outwards: the local part is read
# backwards character by character and the domain with an anchored regex whose quantifiers are all
# bounded, so the cost is linear in the text even for "a@a@a@..." or "x at y dot x at y dot ...".
_DOT_WORD = r"(?:[ \t]{0,2}[\[\(\{<][ \t]{0,2}dot[ \t]{0,2}[\]\)\}>][ \t]{0,2}|[ \t]{1,2}dot[ \t]{1,2}|\.)"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
_DOMAIN = re.compile(rf"[ \t]{{0,2}}(?P<domain>{_LABEL}(?:\.{_LABEL}){{1,4}})")
_DOMAIN_WORDS = re.compile(rf"[ \t]{{0,2}}(?P<domain>{_LABEL}(?:{_DOT_WORD}{_LABEL}){{1,4}})")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")
_DOT_SUFFIXES = (" [dot] ", " (dot) ", " {dot} ", " <dot> ", "[dot] ", "(dot) ", " [dot]", " (dot)",
                 " dot ", "(dot)", "[dot]", "{dot}", "<dot>", "( dot )", "[ dot ]", " dot", ".")
_TLDS = frozenset(
    "com org net edu gov io co uk de fr es it nl be ch at se no dk fi ie pl pt cz ru cn jp kr in au nz ca us "
    "mx br ar za info biz me tv ai app dev xyz online site tech email mail name pro eu asia live".split())
FREE_MAIL = frozenset(
    "gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol proton protonmail pm gmx "
    "mail zoho yandex fastmail hey tutanota".split())
ROLE_LOCALS = frozenset(
    "support info help hello contact press media sales careers jobs hr team admin noreply no-reply "
    "privacy security marketing partners partnerships billing service customerservice care feedback "
    "office enquiries inquiries events donate giving volunteer legal compliance investors ir abuse "
    "webmaster news newsletter community social".split())


# Words that make up role mailboxes with more than one part ("press.office@", "customer-care@", "team.uk@").
_ROLE_PARTS = ROLE_LOCALS | frozenset(
    "customer customers office desk line uk us eu global the our general main central enquiry inquiry booking "
    "bookings appointments reservations orders returns accounts recruitment recruiting talent tickets membership "
    "members admissions reception frontdesk helpdesk servicedesk accessibility safeguarding dpo foi fundraising "
    "donations volunteering store shop studio it ops operations hiring appeal grants finance payroll facilities "
    "procurement purchasing".split())


def _role_local(local: str) -> bool:
    """Is this local part a role mailbox (support@, volunteers@, press.office@) rather than a person's?

    Why: "Email volunteers@acmefoundation.org" is the charity's public inbox; only "volunteer" was listed."""
    base = local.split("+")[0]
    parts = [p for p in re.split(r"[._\-]", base) if p]
    if not parts:
        return False
    return all(p in _ROLE_PARTS or (p.endswith("s") and p[:-1] in _ROLE_PARTS) for p in parts)


_NOT_LOCAL = frozenset(
    "us me him her them it home we are is be i you they he she was were am meet see look now still stay "
    "staying out back here there work this that".split())


_AT_VARIANTS = (" at ", "(at)", "[at]", "{at}", "<at>", "( at )", "[ at ]")


_BRACKETS = "([{<"


def _anchors(text: str) -> list[tuple[int, int]]:
    """(position, width) of every "@" and every "at" written out, found with str.find."""
    out: list[tuple[int, int]] = []
    # Every variant but " at " opens with a bracket: most drafts have none, so four tests save six scans.
    bracketed = any(b in text for b in _BRACKETS)
    for needle in ("@", *_AT_VARIANTS) if bracketed else ("@", " at "):
        i = text.find(needle)
        while i >= 0:
            out.append((i, len(needle)))
            i = text.find(needle, i + 1)
    return sorted(out)


class EmailRecognizer:
    """Personal email addresses. Role addresses (support@, press@) and the org's domains are public."""

    name = "email"
    digit_runs_only = False

    def __init__(self, public_domains: list[str]) -> None:
        self._public = {d.lower() for d in public_domains}

    def analyze(self, doc: Doc) -> list[Hit]:
        text = doc.lower
        hits: list[Hit] = []
        taken: list[tuple[int, int]] = []
        for anchor, width in _anchors(text):
            if any(s <= anchor < e for s, e in taken):
                continue
            found = _parse(text, anchor, width)
            if found is None:
                continue
            start, end, local, domain, obfuscated = found
            if not obfuscated and _in_url_userinfo(text, start):
                continue  # "postgres://app_admin:Qv7xR2pLm9@db.staging..." is a password and a host, not an address
            labels = domain.split(".")
            if labels[-1] not in _TLDS or len(labels) < 2:
                continue
            if obfuscated and (len(local) < 2 or local in _NOT_LOCAL):
                continue
            if domain in self._public or any(domain.endswith("." + d) for d in self._public):
                continue
            if _role_local(local):
                continue
            score = 0.9 if (labels[0] in FREE_MAIL or obfuscated) else 0.7
            taken.append((start, end))
            s, e = doc.orig(start, end)
            hits.append(Hit(s, e, score, "[email removed]"))
        return hits


def _in_url_userinfo(text: str, start: int) -> bool:
    """Does the local part at ``start`` follow "scheme://user:" (a connection string's password, found by the
    secrets rules), with no space between?"""
    if start == 0 or text[start - 1] != ":":
        return False
    head = text[max(0, start - 200):start]
    i = head.rfind("://")
    return i >= 0 and not any(c.isspace() for c in head[i:])


def _read_local(text: str, end: int) -> int:
    """Start of the local part ending at ``end``, reading backwards ("jane dot doe" included)."""
    start = end
    while True:
        i = start
        while i > 0 and text[i - 1] in _LOCAL_CHARS and start - i < 64:
            i -= 1
        if i == start:
            return start
        start = i
        for suffix in _DOT_SUFFIXES[:-1]:
            before = start - len(suffix) - 1
            if text.endswith(suffix, 0, start) and before >= 0 and text[before] in _LOCAL_CHARS:
                start -= len(suffix)
                break
        else:
            return start


def _parse(text: str, anchor: int, width: int) -> tuple[int, int, str, str, bool] | None:
    """(start, end, local, domain, obfuscated) of an email around an anchor, or None."""
    obfuscated = text[anchor] != "@"
    # The domain first: an anchored regex that fails at once on "at the meeting", before the
    # character-by-character walk back over the local part.
    m = (_DOMAIN_WORDS if obfuscated else _DOMAIN).match(text, anchor + width)
    if m is None:
        return None
    left = anchor
    while left > 0 and text[left - 1] in " \t" and anchor - left < 2:
        left -= 1
    start = _read_local(text, left)
    if start == left:
        return None
    raw_local = text[start:left]
    local = re.sub(r"\W*\bdot\b\W*|\s", ".", raw_local).strip(".")
    domain = re.sub(r"[\[\(\{<\s]*dot[\]\)\}>\s]*|\s", ".", m.group("domain")).strip(".")
    domain = re.sub(r"\.{2,}", ".", domain)
    return start, m.end(), local, domain, obfuscated
