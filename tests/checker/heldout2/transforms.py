"""Disguises for the evasion drafts: the first held-out set's, plus three it did not use.

The shared ones (look-alike letters, zero-width characters, leetspeak, spaced and dotted letters,
full-width forms, spelled-out or regrouped digits, at/dot e-mails, asterisk censoring) come from
tests/checker/heldout/transforms.py. New here, all seen in real posts:

* mathbold: "fancy text" generators' Mathematical Bold letters and digits (𝐛𝐨𝐧𝐮𝐬, 𝟒𝟓);
* hyphens: letters joined by hyphens (p-a-s-s-w-o-r-d);
* asis: the base text was disguised by hand (split or partly spelled numbers, mixed tricks) and is
  used as written.
"""

from __future__ import annotations

from ..heldout.transforms import MARK
from ..heldout.transforms import TRANSFORMS as _BASE
from ..heldout.transforms import plain as plain  # re-exported for build.py


def mathbold(s: str) -> str:
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - ord("a")))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7CE + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def hyphens(s: str) -> str:
    """'password' -> 'p-a-s-s-w-o-r-d'; words stay apart with a space."""
    return " ".join("-".join(w) for w in s.split(" "))


def asis(s: str) -> str:
    return s


TRANSFORMS = {**_BASE, "mathbold": mathbold, "hyphens": hyphens, "asis": asis}


def apply(text: str, name: str) -> str:
    fn = TRANSFORMS[name]
    return MARK.sub(lambda m: fn(m.group(1)), text)
