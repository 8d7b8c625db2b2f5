"""Email addresses, including "jane dot doe at gmail dot com" obfuscation."""

from __future__ import annotations

import re

from .base import Doc, Hit

# Local part, "@" or "at" (optionally bracketed), then 2-5 dot/"dot"-separated labels.
# Every quantifier is bounded and the pieces have disjoint first characters: linear time.
_AT_WORD = r"(?:[ \t]{0,2}[\[\(\{<][ \t]{0,2}at[ \t]{0,2}[\]\)\}>][ \t]{0,2}|[ \t]{1,2}at[ \t]{1,2})"
_SEP_DOT = r"(?:[ \t]{0,2}[\[\(\{<][ \t]{0,2}dot[ \t]{0,2}[\]\)\}>][ \t]{0,2}|[ \t]{1,2}dot[ \t]{1,2}|\.)"
_LOCAL = r"[a-z0-9](?:[a-z0-9_%+\-]|\.(?=[a-z0-9])){0,63}"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
_EMAIL = re.compile(
    rf"(?<![a-z0-9._%+\-])(?P<local>{_LOCAL})[ \t]{{0,2}}@[ \t]{{0,2}}(?P<domain>{_LABEL}(?:\.{_LABEL}){{1,4}})")
_EMAIL_WORDS = re.compile(
    rf"(?<![a-z0-9._%+\-])(?P<local>{_LOCAL}(?:{_SEP_DOT}{_LOCAL}){{0,2}}){_AT_WORD}"
    rf"(?P<domain>{_LABEL}(?:{_SEP_DOT}{_LABEL}){{1,4}})")
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


_NOT_LOCAL = frozenset(
    "us me him her them it home we are is be i you they he she was were am meet see look now still stay "
    "staying out back here there work this that".split())


class EmailRecognizer:
    """Personal email addresses. Role addresses (support@, press@) and the org's domains are public."""

    name = "email"

    def __init__(self, public_domains: list[str]) -> None:
        self._public = {d.lower() for d in public_domains}

    def analyze(self, doc: Doc) -> list[Hit]:
        text = doc.lower
        if "@" not in text and " at " not in text and "(at)" not in text and "[at]" not in text:
            return []
        hits: list[Hit] = []
        taken: list[tuple[int, int]] = []
        matches = list(_EMAIL.finditer(text)) if "@" in text else []
        for m in _EMAIL_WORDS.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e in (x.span() for x in matches)):
                matches.append(m)
        for m in matches:
            local = re.sub(r"\W*\bdot\b\W*|\s", ".", m.group("local")).strip(".")
            domain = re.sub(r"[\[\(\{<\s]*dot[\]\)\}>\s]*|\s", ".", m.group("domain")).strip(".")
            domain = re.sub(r"\.{2,}", ".", domain)
            labels = domain.split(".")
            obfuscated = "@" not in m.group()
            if labels[-1] not in _TLDS:
                continue
            if obfuscated and (len(local) < 2 or local in _NOT_LOCAL):
                continue
            if domain in self._public or any(domain.endswith("." + d) for d in self._public):
                continue
            if local.split("+")[0] in ROLE_LOCALS:
                continue
            score = 0.9 if (labels[0] in FREE_MAIL or obfuscated) else 0.7
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            s, e = doc.orig(m.start(), m.end())
            hits.append(Hit(s, e, score, "[email removed]"))
        return hits
