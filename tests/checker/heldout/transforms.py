"""Disguises for the evasion drafts, applied only to the [[marked]] spans of a base draft.

Each is something people actually do to slip past filters, and each leaves the text readable by a
person (who is the judge of the label): look-alike letters, invisible characters, leetspeak,
spaced or dotted letters, full-width forms, digits spelled out or regrouped, "at"/"dot" e-mails,
and asterisk censoring.
"""

from __future__ import annotations

import re

MARK = re.compile(r"\[\[(.+?)\]\]", re.S)

# Latin -> Cyrillic / Greek look-alikes (a subset a person reads as the same letter).
_CONFUSABLE = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
               "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "A": "\u0410", "B": "\u0412",
               "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e",
               "P": "\u0420", "T": "\u0422", "X": "\u0425"}
_GREEK = {"o": "\u03bf", "a": "\u03b1", "i": "\u03b9", "u": "\u03c5", "v": "\u03bd", "A": "\u0391",
          "B": "\u0392", "E": "\u0395", "I": "\u0399", "K": "\u039a", "N": "\u039d", "O": "\u039f",
          "T": "\u03a4", "Z": "\u0396"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
         "S": "5", "T": "7"}
_ZW = ["\u200b", "\u200c", "\u2060", "\ufeff", "\u200d"]
_DIGIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def homoglyph(s: str) -> str:
    """Every other replaceable letter swapped for its Cyrillic twin (mixed-script, as in real attempts)."""
    out, k = [], 0
    for ch in s:
        if ch in _CONFUSABLE:
            out.append(_CONFUSABLE[ch] if k % 2 == 0 else ch)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def greek(s: str) -> str:
    return "".join(_GREEK.get(ch, ch) for ch in s)


def zerowidth(s: str) -> str:
    """An invisible character after every visible one (cycling through five kinds)."""
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if i < len(s) - 1 and not ch.isspace():
            out.append(_ZW[i % len(_ZW)])
    return "".join(out)


def leet(s: str) -> str:
    return "".join(_LEET.get(ch, ch) for ch in s)


def spaced(s: str) -> str:
    """'bonus' -> 'b o n u s'; words stay apart with a wider gap."""
    return "   ".join(" ".join(w) for w in s.split(" "))


def dotted(s: str) -> str:
    return " ".join(".".join(w) for w in s.split(" "))


def fullwidth(s: str) -> str:
    return "".join("\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def spell(s: str) -> str:
    """Digits spelled out; a digit group becomes a comma-separated run of words."""
    groups = re.findall(r"\d+|[^\d]+", s)
    out = []
    for g in groups:
        if g.isdigit():
            out.append(" ".join(_DIGIT[int(c)] for c in g))
        else:
            out.append(", " if g.strip() in ("", "-", ".") else g)
    return "".join(out)


def regroup(s: str) -> str:
    """Digits regrouped in threes with mixed separators (letters kept in place)."""
    digits = [c for c in s if c.isdigit()]
    seps = [" ", ".", " ", "-"]
    out, n = [], 0
    for c in s:
        if c.isdigit():
            if n and n % 3 == 0:
                out.append(seps[(n // 3) % len(seps)])
            out.append(c)
            n += 1
        elif not c.isspace() and c not in "-.":
            out.append(c)
    assert n == len(digits)
    return "".join(out)


def atdot(s: str) -> str:
    return s.replace("@", " at ").replace(".", " dot ")


def bracket(s: str) -> str:
    return s.replace("@", " [at] ").replace(".", " [dot] ")


def asterisk(s: str) -> str:
    """Censor the first vowel of each word longer than three letters ('idiot' -> 'id*ot')."""
    def one(w: str) -> str:
        if len(w) <= 3:
            return w
        for i, ch in enumerate(w[1:], 1):
            if ch.lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
        return w
    return " ".join(one(w) for w in s.split(" "))


def mixed(s: str) -> str:
    """Look-alike letters plus invisible characters."""
    return zerowidth(homoglyph(s))


TRANSFORMS = {f.__name__: f for f in (homoglyph, greek, zerowidth, leet, spaced, dotted, fullwidth, spell, regroup,
                                      atdot, bracket, asterisk, mixed)}


def apply(text: str, name: str) -> str:
    fn = TRANSFORMS[name]
    return MARK.sub(lambda m: fn(m.group(1)), text)


def plain(text: str) -> str:
    """The base draft with the markers removed (what the disguise hides)."""
    return MARK.sub(lambda m: m.group(1), text)
