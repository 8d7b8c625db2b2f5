"""Passwords and logins written out in prose ("wifi password is Tr0ub4dor", "pw: hunter2",
"creds are admin / Portal#2023").

Token formats (Slack, GitHub, AWS, Google, Stripe, PEM) are plain RE2 patterns in the
rulebook; a password needs code because what follows "password is" is often not one
("password is required"), and because people disguise the keyword ("p@55w0rd",
"p.a.s.s.w.o.r.d"). Keywords are therefore found in the leet-folded word view, and the
value is read from the normalised text right after the keyword.
"""

from __future__ import annotations

import re

from ..fastre import ascii_search, compile_re2, search_from
from ..normalize import SpanMap, View, collapse_spaced
from .base import Doc, Hit

# Keywords in the leet view (digits/symbols folded, l -> i): "password", "p@55w0rd", "pw".
_KEYWORD = re.compile(
    r"(?<![a-z])(?:passwords?|passwora|passwd|passcode|passphrase|pwd|pw|p w|pass|pin(?: code)?|wifi key|"
    r"iogin|iog in|login|log in|credentiais|credentials|creds|combo|combination|door code|aiarm code|"
    r"alarm code|override code|access code)(?![a-z])")
# The same keywords for ASCII text in RE2, with the letter boundaries consumed instead of looked at
# (``_keywords`` turns the matches back into the keyword spans).
_KEYWORD_RE2 = compile_re2(
    _KEYWORD.pattern.replace("(?<![a-z])", "(?:^|[^a-z])").replace("(?![a-z])", "(?:[^a-z]|$)"))
_PROBES = (" pass", " pw", " p w", " pwd", " pin", " iogin", " login", " iog in", " log in", " cred", " combo",
           " combination", " code", " wifi key")
_ANY_PROBE = compile_re2("|".join(re.escape(p) for p in _PROBES))  # one pass instead of 14 substring tests
# After the keyword, in normalised text: optional "for X", a separator, then the value.
_AFTER = re.compile(
    r"\s{0,3}(?:for\s[^\n:=]{1,40}?\s{0,2})?(?P<sep>is now|is set to|is still|is just|will be|is|was|are|=|:|->|-|–)?"
    r"\s{0,3}[\"'`‘“(]?(?P<value>[^\s\"'`’”)]{3,64})")
_PAIR = re.compile(r"(?P<user>[A-Za-z0-9_.@\-]{2,40})\s{0,2}/\s{0,2}(?P<pw>[^\s'\"()/’”]{4,64})")
_STRONG = re.compile(r"[^\s'\"`()]{6,64}")
_NOT_A_PASSWORD = frozenset(
    """required incorrect wrong too weak strong expired reset the a an your my our their his her not case
    changed protected missing invalid correct same still now being set hidden secure safe easy hard long
    short ready stored saved shared sent available something one what whatever also always never only just
    more less very really so important needed necessary optional mandatory different unique forgotten
    lost private secret encrypted hashed managed rotated updated listed below above attached in on at
    of for to with manager field box policy protection change changes length rules strength requirement
    requirements reuse managers tips hygiene locked please here there this that it and or but if when
    then than which who from by as be been are is was were has have had do does did can could should
    would will may might must day today's today daily printed posted written taped behind under inside
    on-site onsite different every each all any no yes expiring expires due case-sensitive sensitive
    generator generators reuse reused reset-link link email emails text texts sms app apps""".split())
_SYMBOLS = set("!@#$%^&*_+=?~.-")
_PASSPHRASE = re.compile(r"(?:[A-Z][a-z]{2,}[!@#$%^&*_+=?~]+){1,3}[A-Z][a-z]{2,}[!@#$%^&*_+=?~]*")
_LOGIN_WORDS = frozenset({"iogin", "iog in", "login", "log in", "creds", "credentiais", "credentials", "combo",
                          "combination"})
# The keywords that name a password itself: right after one of them, "tacotuesday2026" is the password.
_PASSWORD_WORDS = frozenset({"password", "passwords", "passwora", "passwd", "pwd", "pw", "p w", "passphrase",
                             "wifi key"})
_LEAD_IN = re.compile(r"^[\s:=\-]*(?:is|are)?[\s:=\-]*")


def _looks_like_password(value: str) -> bool:
    """Letters and digits plus a symbol or a capital ("Acme2024!", "hunter22X"); or, without a digit, a
    passphrase: capitalised words joined by a password symbol ("Bluebell!Cottage"), which people choose as
    often. A hyphen or a dot does not join one ("Sign-In" and "Mr.Smith" are words), and a word with one letter
    masked ("R*port") or in scrambled case ("#PhIsHiNg") is not one."""
    if len(value) < 6 or not any(c.isalpha() for c in value):
        return False
    if any(c.isdigit() for c in value):
        return any(c in _SYMBOLS for c in value) or (any(c.isupper() for c in value) and
                                                      any(c.islower() for c in value))
    return _PASSPHRASE.fullmatch(value) is not None


_LEET_LETTERS = str.maketrans("0134579@$!|", "oieastgasii")


def _word_and_digits(value: str) -> bool:
    """Lower-case letters run together with digits, the way home passwords are made ("popcornqueen88",
    "tacotuesday2026"): three letters and two digits at least, eight characters, nothing else. Only right after a
    password keyword: elsewhere "covid19" or "room101" are words."""
    return (len(value) >= 8 and value.isascii() and value.isalnum() and sum(c.isdigit() for c in value) >= 2
            and sum(c.isalpha() for c in value) >= 3)


def _leet_word(value: str) -> bool:
    """Is a token an ordinary lower-case word spelled in leet ("h3lpde$k", "$0me0n3"), not a password?

    Only for the far fallback: right after the keyword ("pw p@55w0rd") such a token is the password.
    """
    if not any(c in "0134579@$!|" for c in value) or any(c.isupper() for c in value[1:]):
        return False
    folded = value.translate(_LEET_LETTERS).replace("-", "")
    return folded.isalpha() and folded[1:].islower() and len(folded) >= 5


def _keywords(text: str) -> list[tuple[int, int]]:
    """Spans of ``_KEYWORD.finditer(text)``; for ASCII text from RE2, which does not slow down per character.

    Every keyword starts and ends with a letter, so a consumed boundary is the match's first or last
    character exactly when that is not a letter; the next search starts at the keyword's end, as
    finditer's does (RE2's ``^`` only matches at the start of the text).
    """
    if not text.isascii():
        return [m.span() for m in _KEYWORD.finditer(text)]
    out: list[tuple[int, int]] = []
    data = text.encode("ascii")
    pos = 0
    while True:
        s, e = search_from(_KEYWORD_RE2, data, pos)
        if s < 0:
            return out
        if not "a" <= text[s] <= "z":
            s += 1
        if not "a" <= text[e - 1] <= "z":
            e -= 1
        out.append((s, e))
        pos = e


def _view_to_norm(view: View, i: int) -> int:
    return view.src_index(i)


class PasswordRecognizer:
    """A credential value after a password/login keyword. Common words are not values."""

    name = "password"
    digit_runs_only = False

    def analyze(self, doc: Doc) -> list[Hit]:
        view = doc.leet if doc.leet is not None else (doc.words or doc.leet_view())
        probe = " " + view.text
        if not (ascii_search(_ANY_PROBE, probe) if probe.isascii() else any(k in probe for k in _PROBES)):
            return []
        hits: list[Hit] = []
        taken: list[tuple[int, int]] = []
        keywords = _keywords(view.text)
        # The value may be spelled out character by character ("pw: h u n t e r 2 2", "A c m e 2 0 2 4 !"): then
        # it is read again from the text with those characters joined.
        sources: list[tuple[str, SpanMap | None]] = [(doc.norm.text, None)]
        if " " in doc.norm.text and (joined := collapse_spaced(doc.norm.text)) is not None:
            sources.append(joined)
        for text, joins in sources:
            self._read(doc, view, keywords, text, joins, hits, taken)
        return hits

    @staticmethod
    def _read(doc: Doc, view: View, keywords: list[tuple[int, int]], text: str, joins: SpanMap | None,
              hits: list[Hit], taken: list[tuple[int, int]]) -> None:
        """The values after each keyword in ``text`` (the normalised text, or it with spelled-out characters
        joined: ``joins`` maps it back), added to ``hits`` unless a value was found there already."""
        lower = text.lower()

        def add(s: int, e: int) -> None:
            if joins is not None:
                s, e = joins.span(s, e)
            if any(s < te and ts < e for ts, te in taken):
                return
            taken.append((s, e))
            os_, oe = doc.orig(s, e)
            hits.append(Hit(os_, oe, 0.85, "[password removed]"))

        for kw_start, kw_end in keywords:
            end = _view_to_norm(view, kw_end - 1) + 1
            if joins is not None:
                end = joins.to_out(end - 1) + 1
            tail = text[end:end + 140]
            after = _AFTER.match(tail)
            kw = view.text[kw_start:kw_end]
            if after:
                value = after.group("value").rstrip(".,;:!?)]").rstrip("'\"’”")
                sep = after.group("sep")
                # "are" follows a plural keyword: after "password" it is the verb of a clause the keyword sits in
                # ("people who forgot their own password are genuinely ...")
                explicit = sep is not None and not (sep == "are" and not kw.endswith("s"))
                low = value.lower()
                if kw in _LOGIN_WORDS:
                    pair = _PAIR.match(_LEAD_IN.sub("", tail, count=1)) if "/" in tail[:60] else None
                    if pair and (_looks_like_password(pair.group("pw")) or explicit):
                        ps = end + tail.index(pair.group(0)) + pair.start("pw")
                        add(ps, ps + len(pair.group("pw").rstrip(".,;:)'\"’”")))
                        continue
                    if kw in ("iogin", "iog in", "login", "log in"):
                        continue  # a login name alone is not a secret
                vs = end + after.start("value")
                if explicit and low not in _NOT_A_PASSWORD and (len(value) >= 4 or value.isdigit()):
                    if not (value.isalpha() and value.islower() and len(value) < 4):
                        keep = after.group("value")
                        # keep a trailing "!" that belongs to the password ("Acme2024!")
                        if keep.endswith("!") and _looks_like_password(keep.rstrip(".,;:)")):
                            value = keep.rstrip(".,;:)")
                        add(vs, vs + len(value))
                        continue
                if not explicit and (_looks_like_password(value)
                                     or (kw in _PASSWORD_WORDS and _word_and_digits(value))):
                    add(vs, vs + len(value))
                    continue
            # Fallback: a strong token shortly after the keyword ("... in case you can't read it: Maple&Oak2024")
            window = text[end:end + 100]
            for tok in _STRONG.finditer(window):
                val = tok.group().rstrip(".,;:)")
                if _leet_word(val):
                    continue  # "h3lpde$k", "pl3@53": a word spelled in leet, in a draft spelled in leet
                if _looks_like_password(val) or (("_" in val or "#" in val) and any(c.isdigit() for c in val)
                                                 and any(c.isalpha() for c in val)):
                    add(end + tok.start(), end + tok.start() + len(val))
                    break
        # "username / password" pairs after a login word (within 120 characters: "the admin creds for the pilot
        # clinic went to the wrong list, so for the three of you who need them: clinic.admin@pilot / Meadow!7741")
        if "/" in text:
            for m in _PAIR.finditer(text):
                before = lower[max(0, m.start() - 120):m.start()]
                if re.search(r"log ?in|creds|credentials|account|user|password|sign in|shared", before) and \
                        _looks_like_password(m.group("pw").rstrip(".,;:)'\"’”")):
                    pw = m.group("pw").rstrip(".,;:)'\"’”")
                    add(m.start("pw"), m.start("pw") + len(pw))

