"""Passwords written out in prose ("the wifi password is Tr0ub4dor", "pw: hunter2").

Token formats (Slack, GitHub, AWS, Google, Stripe, PEM) are plain RE2 patterns in the
rulebook; a password needs code because what follows "password is" is often not one.
"""

from __future__ import annotations

import re

from .base import Doc, Hit

_PASSWORD = re.compile(
    r"(?<![a-z])(?:password|passwd|passcode|passphrase|pwd|pw|pass|pin(?: code)?|wifi key)"
    r"(?: for [a-z0-9 ._\-]{1,30}?)?"
    r"[ \t]{0,3}(?:is|was|=|:|->|-|is now|will be|is set to|is just|is still)[ \t]{0,3}"
    r"[\"'`]?(?P<value>[^\s\"'`]{3,64})")
_NOT_A_PASSWORD = frozenset(
    """required incorrect wrong too weak strong expired reset the a an your my our their his her not case
    changed protected missing invalid correct same still now being set hidden secure safe easy hard long
    short ready stored saved shared sent available something one what whatever also always never only just
    more less very really so important needed necessary optional mandatory different unique forgotten
    lost private secret encrypted hashed managed rotated updated listed below above attached in on at
    of for to with manager field box policy protection change changes length rules strength requirement
    requirements reuse managers tips hygiene locked please here there this that it".""".split())


class PasswordRecognizer:
    """A credential value after "password is/:/=". Common words ("password is required") are not values."""

    name = "password"

    def analyze(self, doc: Doc) -> list[Hit]:
        text = doc.lower
        if "pass" not in text and "pw" not in text and "pin" not in text and "wifi key" not in text:
            return []
        hits: list[Hit] = []
        for m in _PASSWORD.finditer(text):
            value = m.group("value").rstrip(".,;:!?)")
            if value in _NOT_A_PASSWORD or len(value) < 3:
                continue
            if value.isalpha() and value in {"protected", "required"}:
                continue
            s, e = doc.orig(m.start("value"), m.start("value") + len(value))
            hits.append(Hit(s, e, 0.85, "[password removed]"))
        return hits
