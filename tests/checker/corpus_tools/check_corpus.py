"""Self-check for tests/checker/corpus.jsonl (independent of the builder).

    python -m tests.checker.corpus_tools.check_corpus   (from repo root)

Asserts the schema, unique ids, the required counts, and that every number
is what its label says it is: cards / IBANs / SSNs in pii drafts are valid,
card-shaped / SSN-shaped / IBAN-shaped numbers in other drafts are not.
Exit code 0 = all good. Prints the stats table used in CORPUS.md.
"""
import collections
import json
import pathlib
import re
import sys
import unicodedata

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "corpus.jsonl"
CATEGORIES = ["pii", "phi", "confidential", "promotion", "financial_promise",
              "secret", "hostile", "disclaimer"]
SECTORS = ["general", "technology", "retail", "healthcare", "finance",
           "manufacturing", "nonprofit"]
PLATFORMS = ["linkedin", "x", "instagram", "reddit", "facebook"]
KINDS = ["violation", "clean_tricky", "evasion"]
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
ID_RE = re.compile(r"^(gen|tec|ret|hea|fin|man|npo)-\d{3}$")
PREFIX = {"general": "gen", "technology": "tec", "retail": "ret",
          "healthcare": "hea", "finance": "fin", "manufacturing": "man",
          "nonprofit": "npo"}
# Organisation (not private-person) bank accounts that may appear in clean drafts.
ORG_ACCOUNT_MARKERS = ["official Acme Foundation donation account"]

IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IE": 22,
            "IT": 27, "CH": 21, "BE": 16}
TOKEN_RES = {
    "slack": re.compile(r"xox[bpas]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24,}"),
    "github_classic": re.compile(r"ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])"),
    "github_fine": re.compile(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])"),
    "aws": re.compile(r"(?<![A-Z0-9])AKIA[A-Z0-9]{16}(?![A-Z0-9])"),
    "google": re.compile(r"AIza[A-Za-z0-9_\-]{35}(?![A-Za-z0-9_\-])"),
    "stripe": re.compile(r"sk_live_[A-Za-z0-9]{24,}"),
    "pem": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----"),
}
PASSWORDISH = re.compile(r"pass(word)?|\bpw\b|login|creds|combination|override|api key|keypad", re.I)
SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d])\d(?:[ .\-]?\d){12,18}(?![\d])")
IBAN_RE = re.compile(r"\b([A-Z]{2})(\d{2})((?:[ \-]?[A-Z0-9]){10,30})")
DIGIT_WORD = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3",
              "four": "4", "five": "5", "six": "6", "seven": "7",
              "eight": "8", "nine": "9"}


def luhn(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def brand(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa19" if n == 19 else "visa16"
    if n == 16 and 51 <= int(d[:2]) <= 55:
        return "mastercard51"
    if n == 16 and 2221 <= int(d[:4]) <= 2720:
        return "mastercard2"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n in (16, 19) and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return "discover"
    if 12 <= n <= 19 and d[:4] in ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"):
        return "maestro"
    if n == 19 and d.startswith("62"):
        return "unionpay19"
    if 16 <= n <= 19 and d.startswith("62"):
        return "unionpay"
    return None


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def ssn_ok(a, g, s):
    a = int(a)
    return a not in (0, 666) and a < 900 and int(g) != 0 and int(s) != 0


def light_norm(t):
    t = unicodedata.normalize("NFKC", t)
    return "".join(c for c in t if c not in INVISIBLE)


def deep_norm(t):
    """What a determined reader recovers from an evasion: NFKC, no invisible
    chars, spelled digits to digits, single-spaced letters joined."""
    t = light_norm(t)
    t = re.sub(r"\b(" + "|".join(DIGIT_WORD) + r")\b",
               lambda m: DIGIT_WORD[m.group(1).lower()], t, flags=re.I)
    # "g b 6 9 b a r c" -> "gb69barc"
    t = re.sub(r"(?:\b\w (?=\w\b)){4,}\w\b", lambda m: m.group(0).replace(" ", ""), t)
    t = t.replace(" [dot] ", ".").replace(" [at] ", "@")
    t = re.sub(r"(\w) dot (\w)", r"\1.\2", t)
    t = re.sub(r"(\w) dot (\w)", r"\1.\2", t)
    t = re.sub(r"(\w) at (\w+\.\w)", r"\1@\2", t)
    return t


CONFUSABLE = {"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p",
              "\u0441": "c", "\u0445": "x", "\u0443": "y", "\u0456": "i",
              "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K",
              "\u041c": "M", "\u041d": "H", "\u041e": "O", "\u0420": "P",
              "\u0421": "C", "\u0422": "T", "\u0425": "X", "\u03bf": "o",
              "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0399": "I",
              "\u039a": "K", "\u039d": "N", "\u039f": "O", "\u03a1": "P",
              "\u03a4": "T", "\u03a7": "X", "\u0396": "Z", "\u03bd": "v",
              "\u03b9": "i"}
UNLEET = str.maketrans({"@": "a", "4": "a", "3": "e", "1": "i", "0": "o",
                        "5": "s", "$": "s", "7": "t"})


def skeleton(t):
    """Lower-case letters only view: homoglyphs folded, leet undone,
    letter-by-letter spacing/dots/hyphens removed."""
    t = deep_norm(t)
    t = "".join(CONFUSABLE.get(c, c) for c in t)
    t = re.sub(r"(?:\b\w[ .\-]+(?=\w\b)){2,}\w\b",
               lambda m: re.sub(r"[ .\-]", "", m.group(0)), t)
    return t.lower().translate(UNLEET)


def obfuscated(t):
    if any(c in t for c in INVISIBLE):
        return True
    if any(c in CONFUSABLE or 0xFF01 <= ord(c) <= 0xFF5E for c in t):
        return True
    if re.search(r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b"
                 r"(,? (zero|oh|one|two|three|four|five|six|seven|eight|nine)\b){3,}", t, re.I):
        return True
    if re.search(r" dot \w+ at | \[at\] ", t):
        return True
    if re.search(r"(?:\b\w[ .\-]){3,}\w\b", t) or (re.search(r"\b(?:\w\.){1,}\w\b(?!\.\w)", t.replace("Mr.", "").replace("Mrs.", "")) and re.search(r"\b[A-Za-z]\.[A-Za-z]\b", t)):
        return True                                    # s p a c e d / d.o.t.t.e.d
    if re.search(r"\b\d{3}[ \-]\d{3}[ \-]\d{3}\b|\b\d{2,4}\.\d{4}\.\d{4}|\b[A-Z]{2}\d{2}-[A-Z0-9]{4}-", t):
        return True                                    # regrouped numbers
    if re.search(r"\b(?=[\w@$]*[A-Za-z])(?=[\w@$]*[0-9@$])[A-Za-z][\w@$]{2,}\b|\b[0-9@$]+[A-Za-z]+[0-9@$]", t):
        return True                                    # l33t
    return False


def strip_tokens(t):
    for rx in TOKEN_RES.values():
        t = rx.sub(" ", t)
    return t


class Checker:
    def __init__(self):
        self.errors = []
        self.brands = collections.Counter()

    def err(self, rid, msg):
        self.errors.append(f"{rid}: {msg}")

    def numbers(self, r, text, is_pii, collapse=False):
        rid = r["id"]
        org_ok = any(m in r["text"] for m in ORG_ACCOUNT_MARKERS)
        found = []
        work = strip_tokens(text)
        upper = work.upper() if collapse else work
        for m in IBAN_RE.finditer(upper):
            cc = m.group(1)
            if cc not in IBAN_LEN:
                continue
            raw = re.sub(r"[ \-]", "", m.group(0))[:IBAN_LEN[cc]]
            if len(raw) < IBAN_LEN[cc] or not raw[2:4].isdigit():
                continue
            ok = iban_ok(raw)
            if is_pii:
                if ok:
                    found.append("iban")
                else:
                    self.err(rid, "invalid IBAN in pii draft: " + raw)
            elif ok and not org_ok:
                self.err(rid, "valid IBAN in non-pii draft: " + raw)
            work = work.replace(m.group(0), " ", 1) if not collapse else work
            upper = upper.replace(m.group(0), " ", 1)
        if collapse:
            work = upper
            work = re.sub(r"(?<=\d)[\s.,\-/]+(?=\d)", "", work)
        for m in SSN_RE.finditer(work):
            ok = ssn_ok(*m.groups())
            if is_pii and ok:
                found.append("ssn")
            elif is_pii:
                self.err(rid, "invalid SSN in pii draft: " + m.group(0))
            elif ok:
                self.err(rid, "valid SSN-shaped number in non-pii draft: " + m.group(0))
        for m in CARD_RE.finditer(work):
            d = re.sub(r"\D", "", m.group(0))
            if not 13 <= len(d) <= 19:
                continue
            valid = luhn(d) and brand(d)
            if is_pii:
                if valid:
                    found.append("card")
                    self.brands[brand(d)] += 1
                else:
                    self.err(rid, "card-shaped number in pii draft is not a valid card: " + d)
            elif luhn(d):
                self.err(rid, "Luhn-valid number in non-pii draft: " + d)
        if collapse and is_pii:
            for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", work):
                d = m.group(0)
                if ssn_ok(d[:3], d[3:5], d[5:]):
                    found.append("ssn?")
        return found

    def run(self, records, raw_lines):
        ids = set()
        texts = set()
        for line in raw_lines:
            for ch in INVISIBLE:
                if ch in line:
                    self.err("file", f"raw invisible char U+{ord(ch):04X}, use \\u escapes")
        for r in records:
            rid = r.get("id", "?")
            if set(r) != {"id", "text", "platform", "sector", "labels", "kind"}:
                self.err(rid, f"bad keys {sorted(r)}")
                continue
            if not ID_RE.match(rid) or rid[:3] != PREFIX.get(r["sector"]):
                self.err(rid, "bad id / sector prefix")
            if rid in ids:
                self.err(rid, "duplicate id")
            ids.add(rid)
            if r["text"] in texts:
                self.err(rid, "duplicate text")
            texts.add(r["text"])
            if r["platform"] not in PLATFORMS:
                self.err(rid, "bad platform")
            if r["sector"] not in SECTORS:
                self.err(rid, "bad sector")
            if r["kind"] not in KINDS:
                self.err(rid, "bad kind")
            if not isinstance(r["labels"], list) or any(lab not in CATEGORIES for lab in r["labels"]):
                self.err(rid, "bad labels {!r}".format(r["labels"]))
            if len(set(r["labels"])) != len(r["labels"]):
                self.err(rid, "repeated label")
            if (r["kind"] == "clean_tricky") != (r["labels"] == []):
                self.err(rid, "kind/labels mismatch")
            n = len(r["text"])
            if not 40 <= n <= 2000:
                self.err(rid, f"length {n} out of range")
            visible = len(light_norm(r["text"]))
            if r["platform"] == "x" and visible > 280:
                self.err(rid, f"X post too long ({visible})")

            text = r["text"]
            is_pii = "pii" in r["labels"]
            if r["kind"] == "evasion":
                norm = deep_norm(text)
                if not obfuscated(text):
                    self.err(rid, "evasion shows no obfuscation")
                found = self.numbers(r, norm, is_pii, collapse=True)
            else:
                bare = re.sub("(?<=[\U0001F000-\U0001FFFF])\u200d", "", text)
                if any(ch in bare for ch in INVISIBLE):
                    self.err(rid, "invisible char outside evasion")
                norm = light_norm(text)
                found = self.numbers(r, norm, is_pii)
            if is_pii and not found:
                collapsed = re.sub(r"(?<=\d)[\s.,\-/()]+(?=\d)", "", norm)
                if not re.search(r"(?<!\d)\d{10,11}(?!\d)", collapsed) and not re.search(r"@\w|\d{3}\)? ?\d{3}-\d{4}|555-01\d\d|07700 ?9|0161 496|\b\d{1,5}( [A-Z][a-z]+)+ (St|Ave|Rd|Lane|Close|Ct|Way|Row|Street|Drive|Grove)\b|born|\bDOB\b|/\d{4}|\d{4}-\d\d-\d\d", norm):
                    self.err(rid, "pii draft without a recognisable identifier")
            tokens = [k for k, rx in TOKEN_RES.items() if rx.search(norm if r["kind"] != "evasion" else deep_norm(text).replace(" ", "") if k != "pem" else norm)]
            if "secret" in r["labels"]:
                if not tokens and not PASSWORDISH.search(skeleton(text)):
                    self.err(rid, "secret draft without token or password")
            elif tokens:
                self.err(rid, f"real-format token {tokens} in non-secret draft")
            if "phi" in r["labels"] and r["kind"] == "violation" and not re.search(
                    r"(room|bed|bay|MRN|Mr\.|Mrs\.|\d+ ?(yo|y/o|M|year)|[a-z,:] [A-Z][a-z]+|[A-Z]\.[A-Z]\.)", norm):
                self.err(rid, "phi draft without an identifying detail")
        return self.errors


def stats(records):
    kinds = collections.Counter(r["kind"] for r in records)
    cat = {c: collections.Counter() for c in CATEGORIES}
    for r in records:
        for lab in r["labels"]:
            cat[lab][r["kind"]] += 1
    sec = {s: collections.Counter() for s in SECTORS}
    for r in records:
        sec[r["sector"]][r["kind"]] += 1
    catsec = {c: collections.Counter() for c in CATEGORIES}
    for r in records:
        if r["kind"] != "clean_tricky":
            for lab in r["labels"]:
                catsec[lab][r["sector"]] += 1
    plat = collections.Counter(r["platform"] for r in records)
    nlab = collections.Counter(len(r["labels"]) for r in records)
    lens = sorted(len(r["text"]) for r in records)
    return kinds, cat, sec, catsec, plat, nlab, lens


def render(records):
    kinds, cat, sec, catsec, plat, nlab, lens = stats(records)
    out = []
    out.append(f"Total drafts: **{len(records)}** (violation {kinds['violation']}, "
               f"clean_tricky {kinds['clean_tricky']}, evasion {kinds['evasion']})\n")
    out.append("| category | violation | evasion | total positive |")
    out.append("|---|---:|---:|---:|")
    for c in CATEGORIES:
        out.append(f"| {c} | {cat[c]['violation']} | {cat[c]['evasion']} | "
                   f"{cat[c]['violation'] + cat[c]['evasion']} |")
    out.append("")
    out.append("| sector | violation | clean_tricky | evasion | total |")
    out.append("|---|---:|---:|---:|---:|")
    for s in SECTORS:
        out.append(f"| {s} | {sec[s]['violation']} | {sec[s]['clean_tricky']} | {sec[s]['evasion']} | "
                   f"{sum(sec[s].values())} |")
    out.append("")
    out.append("Positive labels by category x sector (violation + evasion):\n")
    out.append("| category | " + " | ".join(SECTORS) + " |")
    out.append("|---|" + "---:|" * len(SECTORS))
    for c in CATEGORIES:
        out.append(f"| {c} | " + " | ".join(str(catsec[c][s]) for s in SECTORS) + " |")
    out.append("")
    out.append("Platforms: " + ", ".join(f"{p} {plat[p]}" for p in PLATFORMS))
    out.append("")
    out.append("Labels per draft: " + ", ".join(f"{k} label(s): {nlab[k]}" for k in sorted(nlab)))
    out.append("")
    out.append(f"Text length (chars): min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}; "
               f">= 1,000 chars: {sum(n >= 1000 for n in lens)}; >= 1,400 chars: {sum(n >= 1400 for n in lens)}")
    return "\n".join(out)


def main():
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    raw = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in raw if line.strip()]
    ch = Checker()
    errors = ch.run(records, raw)
    kinds, cat, sec, _catsec, plat, nlab, lens = stats(records)
    req = [
        (len(records) >= 420, "at least 420 drafts"),
        (kinds["clean_tricky"] >= 110, ">= 110 clean_tricky"),
        (kinds["clean_tricky"] * 4 >= len(records), "clean_tricky >= a quarter"),
        (kinds["evasion"] >= 70, ">= 70 evasion"),
        (all(cat[c]["violation"] >= 35 for c in CATEGORIES), ">= 35 violation drafts per category"),
        (all(cat[c]["evasion"] >= 5 for c in CATEGORIES), ">= 5 evasions per category"),
        (all(sum(sec[s].values()) >= 40 for s in SECTORS), ">= 40 drafts per sector"),
        (all(plat[p] >= 40 for p in PLATFORMS), ">= 40 drafts per platform"),
        (nlab[2] >= 20, ">= 20 two-category drafts"),
        (sum(n >= 1400 for n in lens) >= 4, "a few long drafts"),
        (lens[0] >= 40 and lens[-1] <= 2000, "lengths within 40..2000"),
        (set(ch.brands) >= {"visa16", "visa19", "mastercard51", "mastercard2", "amex",
                            "discover", "maestro", "unionpay19"}, f"all card brands covered: {dict(ch.brands)}"),
    ]
    for ok, what in req:
        if not ok:
            errors.append("requirement failed: " + what)
    print(render(records))
    print()
    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(f"OK: {len(records)} drafts pass all checks")


if __name__ == "__main__":
    main()
