"""Obfuscation transforms used to derive `evasion` drafts from base
violations. Each transform takes the text of a marked span and returns the
disguised version a person might type to slip past a filter."""
import re

ZW = {"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060",
      "bom": "\ufeff"}
INVISIBLE = set(ZW.values())

# Latin -> Cyrillic look-alikes
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
       "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
       "A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a",
       "M": "\u041c", "H": "\u041d", "O": "\u041e", "P": "\u0420",
       "C": "\u0421", "T": "\u0422", "X": "\u0425"}
# Latin -> Greek look-alikes
GRK = {"o": "\u03bf", "A": "\u0391", "B": "\u0392", "E": "\u0395",
       "I": "\u0399", "K": "\u039a", "N": "\u039d", "O": "\u039f",
       "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "Z": "\u0396",
       "v": "\u03bd", "i": "\u03b9"}
LEET = {"a": "@", "e": "3", "i": "1", "o": "0", "s": "5", "A": "4",
        "E": "3", "I": "1", "O": "0", "S": "5"}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]


def homoglyph(s, table, every=2):
    """Swap every `every`-th replaceable letter (at least one)."""
    out, n = [], 0
    for ch in s:
        if ch in table:
            if n % every == 0:
                out.append(table[ch])
            else:
                out.append(ch)
            n += 1
        else:
            out.append(ch)
    return "".join(out)


def zero_width(s, ch, step=3):
    """Insert an invisible character inside each word, every `step` chars."""
    words = s.split(" ")
    res = []
    for w in words:
        if len(w) < 3:
            res.append(w)
            continue
        parts = [w[i:i + step] for i in range(0, len(w), step)]
        res.append(ch.join(parts))
    return " ".join(res)


def leet(s, keep=""):
    return "".join(LEET.get(c, c) if c not in keep else c for c in s)


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split(" "))


def dotted(s):
    return " ".join(".".join(w) for w in s.split(" "))


def hyphenated(s):
    return " ".join("-".join(w) for w in s.split(" "))


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else
                   ("\u3000" if c == " " else c) for c in s)


def regroup_digits(s, sep, size):
    """Strip existing separators from a number and regroup it."""
    digits = re.sub(r"\D", "", s)
    return sep.join(digits[i:i + size] for i in range(0, len(digits), size))


def digit_words(s, zero="zero"):
    """'415-555-0162' -> 'four one five, five five five, oh one six two'."""
    groups = re.findall(r"\d+", s)
    words = [" ".join((zero if d == "0" else DIGIT_WORDS[int(d)]) for d in g)
             for g in groups]
    return ", ".join(words)


def email_words(s, style="plain"):
    user, domain = s.split("@")
    if style == "brackets":
        return (user.replace(".", " [dot] ") + " [at] " +
                domain.replace(".", " [dot] "))
    return user.replace(".", " dot ") + " at " + domain.replace(".", " dot ")


def _zw_digits(s, ch):
    return ch.join(s)


TRANSFORMS = {
    "cyrillic": lambda s: homoglyph(s, CYR),
    "cyrillic_all": lambda s: homoglyph(s, CYR, every=1),
    "greek": lambda s: homoglyph(s, GRK, every=1),
    "zwsp": lambda s: zero_width(s, ZW["zwsp"]),
    "zwnj": lambda s: zero_width(s, ZW["zwnj"], 2),
    "zwj": lambda s: zero_width(s, ZW["zwj"], 4),
    "wj": lambda s: zero_width(s, ZW["wj"]),
    "bom": lambda s: zero_width(s, ZW["bom"], 2),
    "zw_digits": lambda s: _zw_digits(s, ZW["zwsp"]),
    "leet": leet,
    "spaced": spaced,
    "dotted": dotted,
    "hyphenated": hyphenated,
    "fullwidth": fullwidth,
    "digits_dot4": lambda s: regroup_digits(s, ".", 4),
    "digits_space2": lambda s: regroup_digits(s, " ", 2),
    "digits_space3": lambda s: regroup_digits(s, " ", 3),
    "digits_dash3": lambda s: regroup_digits(s, "-", 3),
    "digits_space1": lambda s: regroup_digits(s, " ", 1),
    "digit_words": digit_words,
    "digit_words_oh": lambda s: digit_words(s, zero="oh"),
    "email_words": email_words,
    "email_brackets": lambda s: email_words(s, "brackets"),
    "iban_dash": lambda s: "-".join(re.sub(r"\s", "", s)[i:i + 4] for i in
                                    range(0, len(re.sub(r"\s", "", s)), 4)),
    "iban_lower_spaced": lambda s: " ".join(re.sub(r"\s", "", s).lower()),
}

MARK = re.compile(r"\{\{(.+?)\}\}")


def apply(template, transform):
    """Apply `transform` to every {{marked}} span of `template`."""
    fn = TRANSFORMS[transform]
    return MARK.sub(lambda m: fn(m.group(1)), template)


def plain(template):
    return MARK.sub(lambda m: m.group(1), template)
