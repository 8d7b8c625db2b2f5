"""Self-check for tests/checker/heldout/heldout.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.heldout.check      (from the repo root)

Fails (exit 1, one line per problem) unless the schema, the counts and every number hold:
cards, IBANs, SSNs, phone numbers and tokens are valid where the label says personal data or a
secret, and not valid where it doesn't (with the few documented exceptions). Evasion drafts are
first normalised the way a determined reader would read them. Also checks that no draft repeats,
or closely paraphrases, a draft of tests/checker/corpus.jsonl, and that no number is reused from it.

tests/checker/heldout2/check.py reuses everything here but the newness and count checks, through a
SetProfile: its file, id letter, credential words and whether h-y-p-h-e-n-a-t-e-d letters are undone.
"""

from __future__ import annotations

import base64
import collections
import json
import re
import string
import sys
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path

import phonenumbers

from .common import CATEGORIES, INVISIBLE, KINDS, PLATFORMS, SECTORS, id_prefixes

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout.jsonl"
OLD_CORPUS = HERE.parent / "corpus.jsonl"


# Documented exceptions (README "Labelling decisions"): public test numbers and example keys in
# clean drafts, the textbook IBAN, and the charity's own donation account.
TEST_CARDS = {"4242424242424242", "5555555555554444", "4000056655665556"}
PUBLIC_IBANS = {"GB82WEST12345698765432"}
ORG_ACCOUNT_MARKER = "official Acme Foundation donation account"
EXAMPLE_TOKENS = {"AKIAIOSFODNN7EXAMPLE"}

CARD_RE = re.compile(r"(?<![\d.,-])\d(?:[ .-]?\d){12,18}(?![\d])")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
IBAN_RE = re.compile(r"\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]{1,4}){3,8})\b")
IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IE": 22, "IT": 27, "BE": 16, "CH": 21}
TOKEN_RE = {
    "slack": re.compile(r"xox[bp]-\d{10,13}-\d{10,13}(?:-\d{10,13})?-[A-Za-z0-9]{24,32}"),
    "slack_webhook": re.compile(r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}"),
    "github": re.compile(r"ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])"),
    "github_fine": re.compile(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])"),
    "aws": re.compile(r"(?<![A-Z0-9])AKIA[A-Z2-7]{16}(?![A-Z0-9])"),
    "google": re.compile(r"AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])"),
    "stripe": re.compile(r"sk_live_[A-Za-z0-9]{24,}"),
    "gitlab": re.compile(r"glpat-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])"),
    "npm": re.compile(r"npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])"),
    "pem": re.compile(r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+?)\n-----END \1PRIVATE KEY-----"),
}
CREDENTIAL_WORDS = re.compile(
    r"pass(word)?|p[a4]55w[o0]rd|\bpw\b|log(s|ged)? ?in|creds|wifi|door code|keypad code|override code", re.I)
BRANDS = [  # (name, prefixes, lengths)
    ("visa", ["4"], {13, 16, 19}),
    ("mastercard", [str(p) for p in range(51, 56)] + [str(p) for p in range(2221, 2721)], {16}),
    ("amex", ["34", "37"], {15}),
    ("discover", ["6011", "65"] + [str(p) for p in range(644, 650)], {16, 19}),
    ("jcb", [str(p) for p in range(3528, 3590)], {16}),
    ("diners", ["36", "38"] + [str(p) for p in range(300, 306)], {14}),
    ("unionpay", ["62"], {16, 19}),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6763"], {12, 13, 16, 19}),
]

# --- normalisation of evasions (what a determined reader does) -------------------------------
_CONFUSABLE = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i", "ѕ": "s",
               "ј": "j", "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O",
               "Р": "P", "Т": "T", "Х": "X", "ο": "o", "α": "a", "ι": "i", "υ": "u", "ν": "v", "Α": "A",
               "Β": "B", "Ε": "E", "Ι": "I", "Κ": "K", "Ν": "N", "Ο": "O", "Τ": "T", "Ζ": "Z"}
_WORDS = {w: str(i) for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven",
                                           "eight", "nine"])}
_SPELLED = re.compile(r"\b(?:" + "|".join(_WORDS) + r")(?:[ ,]+(?:" + "|".join(_WORDS) + r"))+\b", re.I)


def normalise(text: str, undo_hyphens: bool = False) -> str:
    t = unicodedata.normalize("NFKC", text)
    t = "".join(ch for ch in t if ch not in INVISIBLE)
    t = "".join(_CONFUSABLE.get(ch, ch) for ch in t)

    def digits(m: re.Match) -> str:
        groups = re.split(r"\s*,\s*", m.group(0))
        return " ".join("".join(_WORDS[w.lower()] for w in g.split()) for g in groups)

    t = _SPELLED.sub(digits, t)
    t = re.sub(r" {3}", "\x00", t)  # the wider gap between spaced-out words
    spaced = r"(?<![^\s\x00])\S(?: \S){2,}(?![^\s\x00.,;:!?])"  # s p a c e d letters
    t = re.sub(spaced, lambda m: m.group(0).replace(" ", ""), t)
    t = t.replace("\x00", " ")
    t = re.sub(r"(?<![\w.])\w(?:\.\w){2,}(?![\w])", lambda m: m.group(0).replace(".", ""), t)  # d.o.t.t.e.d
    if undo_hyphens:
        t = re.sub(r"(?<![\w-])\w(?:-\w){2,}(?![\w-])", lambda m: m.group(0).replace("-", ""), t)  # h-y-p-h-e-n-s
    if re.search(r"\w \[?at\]? \w", t) and re.search(r"\w \[?dot\]? \w", t):  # name at domain dot com
        t = re.sub(r"(?<=\w) \[?dot\]? (?=\w)", ".", t)
        t = re.sub(r"(?<=\w) \[?at\]? (?=\w[\w.]*\.[a-z]{2,})", "@", t)
    return t


# --- validators ------------------------------------------------------------------------------
def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def brand(d: str) -> str | None:
    for name, prefixes, lengths in BRANDS:
        if len(d) in lengths and any(d.startswith(p) for p in prefixes):
            return name
    return None


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn_ok(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


def ghp_ok(tok: str) -> bool:
    b62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
    n, out = zlib.crc32(tok[4:34].encode()), ""
    while n:
        n, r = divmod(n, 62)
        out = b62[r] + out
    return out.rjust(6, "0") == tok[34:]


def _der_ints(der: bytes) -> list[int]:
    """The INTEGERs of a flat DER SEQUENCE (enough for a PKCS#1 RSA key)."""
    def length(i: int) -> tuple[int, int]:
        n = der[i]
        if n < 0x80:
            return n, i + 1
        k = n & 0x7F
        return int.from_bytes(der[i + 1:i + 1 + k], "big"), i + 1 + k

    assert der[0] == 0x30
    _, i = length(1)
    out = []
    while i < len(der):
        assert der[i] == 0x02
        n, j = length(i + 1)
        out.append(int.from_bytes(der[j:j + n], "big"))
        i = j + n
    return out


def pem_ok(kind: str, body: str) -> bool:
    der = base64.b64decode(body.replace("\n", ""), validate=True)
    if kind == "RSA ":
        _v, n, e, d, p, q, dp, dq, qi = _der_ints(der)
        crt = dp == d % (p - 1) and dq == d % (q - 1) and qi * q % p == 1
        return n == p * q and (d * e) % ((p - 1) * (q - 1)) == 1 and crt
    if kind == "OPENSSH ":
        return der.startswith(b"openssh-key-v1\x00")
    return der[0] == 0x30 and len(der) > 60  # EC / PKCS#8: a DER SEQUENCE of the right size


# --- checks ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SetProfile:
    """What the held-out sets' self-checks differ in; the checks themselves are this module's."""

    jsonl: Path
    id_letter: str
    credential_words: re.Pattern[str]
    undo_hyphens: bool = False

    def normalise(self, text: str) -> str:
        return normalise(text, self.undo_hyphens)


PROFILE = SetProfile(HELDOUT, "h", CREDENTIAL_WORDS)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def visible_len(text: str) -> int:
    return sum(1 for ch in text if ch not in INVISIBLE)


def check_schema(recs: list[dict], raw: str, errors: list[str], profile: SetProfile = PROFILE) -> None:
    if any(ch in raw for ch in INVISIBLE):
        errors.append(f"raw invisible character in {profile.jsonl.name} (must be \\u escapes)")
    prefix = id_prefixes(profile.id_letter)
    id_re = re.compile(rf"^{profile.id_letter}(gen|tec|ret|hea|fin|man|npo)-\d{{3}}$")
    ids, texts = set(), set()
    for r in recs:
        rid = r.get("id", "?")
        if set(r) != {"id", "text", "platform", "sector", "labels", "kind"}:
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        m = id_re.match(rid)
        if not m or prefix[r["sector"]] != profile.id_letter + m.group(1):
            errors.append(f"{rid}: bad id for sector {r['sector']}")
        if rid in ids or r["text"] in texts:
            errors.append(f"{rid}: duplicate id or text")
        ids.add(rid)
        texts.add(r["text"])
        if r["platform"] not in PLATFORMS or r["sector"] not in SECTORS or r["kind"] not in KINDS:
            errors.append(f"{rid}: bad enum")
        if r["labels"] != sorted(set(r["labels"])) or any(c not in CATEGORIES for c in r["labels"]):
            errors.append(f"{rid}: labels {r['labels']}")
        if (r["labels"] == []) != (r["kind"] == "clean_tricky"):
            errors.append(f"{rid}: labels must be [] exactly for clean_tricky")
        if not 40 <= len(r["text"]) <= 2000:
            errors.append(f"{rid}: length {len(r['text'])}")
        if r["platform"] == "x" and visible_len(r["text"]) > 280:
            errors.append(f"{rid}: X post of {visible_len(r['text'])} visible characters")


PHONE_SHAPE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{1,5}(?:[ .-]\d{2,5}){1,4}(?![\w-])")


def _valid_phone(s: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except phonenumbers.NumberParseException:
        return False


def check_numbers(r: dict, errors: list[str], profile: SetProfile = PROFILE) -> None:
    rid, labels = r["id"], set(r["labels"])
    text = profile.normalise(r["text"]) if r["kind"] == "evasion" else r["text"]
    taken: list[tuple[int, int]] = []
    for m in IBAN_RE.finditer(text):
        s = (m.group(1) + m.group(2) + m.group(3)).replace(" ", "")
        if len(s) < 15:
            continue
        taken.append(m.span())
        ok = iban_ok(s)
        allowed = s in PUBLIC_IBANS or ORG_ACCOUNT_MARKER in text
        if "pii" in labels and not ok:
            errors.append(f"{rid}: IBAN {s} fails mod-97/length in a pii draft")
        if "pii" not in labels and ok and not allowed:
            errors.append(f"{rid}: valid IBAN {s} in a non-pii draft")
    for m in CARD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        d = re.sub(r"\D", "", m.group(0))
        taken.append(m.span())
        if "pii" in labels:
            if not (luhn_ok(d) and brand(d)):
                errors.append(f"{rid}: card {d} not Luhn-valid with a real brand/length in a pii draft")
        elif luhn_ok(d) and not (d in TEST_CARDS and r["kind"] == "clean_tricky"):
            errors.append(f"{rid}: Luhn-valid card-shaped {d} in a non-pii draft")
    for m in SSN_RE.finditer(text):
        taken.append(m.span())
        ok = ssn_ok(*m.groups())
        if "pii" in labels and not ok:
            errors.append(f"{rid}: invalid SSN {m.group(0)} in a pii draft")
        if "pii" not in labels and ok:
            errors.append(f"{rid}: valid SSN {m.group(0)} in a non-pii draft")
    # Phone numbers: every phone-shaped run (>= 9 digits, not a card/IBAN/SSN) must be a valid number
    # in at least one of the regions the drafts use (US/Canada, UK, Australia).
    phones: dict[tuple[int, int], bool] = {}
    for region in ("US", "GB", "AU"):
        for pm in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            if any(a <= pm.start < b or a < pm.end <= b for a, b in taken):
                continue
            digits = sum(c.isdigit() for c in pm.raw_string)
            if digits < 9 or (pm.raw_string.isdigit() and digits < 10):
                continue  # expiry dates, counts, short ids, a bank routing number
            key = (pm.start, pm.end)
            phones[key] = phones.get(key, False) or phonenumbers.is_valid_number(pm.number)
    for m in PHONE_SHAPE.finditer(text):  # also phone-shaped runs libphonenumber would not even call possible
        n = sum(c.isdigit() for c in m.group(0))
        if 9 <= n <= 13 and not m.group(0).isdigit() and not any(a <= m.start() < b for a, b in taken) \
                and not any(a <= m.start() < b for a, b in phones):
            phones[m.span()] = any(_valid_phone(m.group(0), region) for region in ("US", "GB", "AU"))
    for (a, b), ok in phones.items():
        if not ok:
            errors.append(f"{rid}: phone {text[a:b]!r} not valid for libphonenumber (US/GB/AU)")


def check_tokens(r: dict, errors: list[str], profile: SetProfile = PROFILE) -> None:
    rid, labels = r["id"], set(r["labels"])
    text = profile.normalise(r["text"]) if r["kind"] == "evasion" else r["text"]
    if r["kind"] == "evasion":  # spaced tokens: also look at the text with single spaces removed
        text = text + "\n" + re.sub(r"(?<=\S) (?=\S)", "", text)
    found = []
    for name, rx in TOKEN_RE.items():
        for m in rx.finditer(text):
            if m.group(0) in EXAMPLE_TOKENS and r["kind"] == "clean_tricky":
                continue
            found.append(name)
            if name == "github" and not ghp_ok(m.group(0)):
                errors.append(f"{rid}: ghp_ token with a bad CRC32 checksum")
            if name == "pem" and not pem_ok(m.group(1), m.group(2)):
                errors.append(f"{rid}: malformed {m.group(1)}PRIVATE KEY block")
    if found and "secret" not in labels:
        errors.append(f"{rid}: real-format token {found} in a non-secret draft")
    if "secret" in labels and not found and not profile.credential_words.search(text):
        errors.append(f"{rid}: secret draft with no token, key or credential")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", text.lower()))


def check_new(recs: list[dict], errors: list[str]) -> None:
    """Held-out means new: no repeated or closely paraphrased draft, no reused number or token."""
    if not OLD_CORPUS.exists():
        return
    old = load(OLD_CORPUS)
    old_words = [(o["id"], _words(o["text"])) for o in old]
    old_text = "\n".join(re.sub(r"[\s.-]", "", o["text"]) for o in old)
    for r in recs:
        w = _words(r["text"])
        for oid, ow in old_words:
            if w and ow and len(w & ow) / len(w | ow) >= 0.5:
                errors.append(f"{r['id']}: too close to {oid} of corpus.jsonl")
        for m in re.finditer(r"[A-Za-z0-9_]*\d[A-Za-z0-9_]*(?:[ .-]?[A-Za-z0-9_]+)*", r["text"]):
            compact = re.sub(r"[\s.-]", "", m.group(0))
            if sum(c.isdigit() for c in compact) >= 9 and compact not in TEST_CARDS | PUBLIC_IBANS | EXAMPLE_TOKENS \
                    and compact in old_text:
                errors.append(f"{r['id']}: number/token {compact} also appears in corpus.jsonl")


def check_counts(recs: list[dict], errors: list[str]) -> None:
    kinds = collections.Counter(r["kind"] for r in recs)
    n = len(recs)
    if n < 260:
        errors.append(f"only {n} drafts (need >= 260)")
    if not 0.28 <= kinds["clean_tricky"] / n <= 0.40:
        errors.append(f"clean_tricky share {kinds['clean_tricky'] / n:.0%} (want about a third)")
    if kinds["evasion"] < 45:
        errors.append(f"only {kinds['evasion']} evasions (need >= 45)")
    for c in CATEGORIES:
        v = sum(1 for r in recs if r["kind"] == "violation" and c in r["labels"])
        e = sum(1 for r in recs if r["kind"] == "evasion" and c in r["labels"])
        sectors = {r["sector"] for r in recs if c in r["labels"]}
        if v < 15 or e < 5:
            errors.append(f"{c}: {v} violations, {e} evasions (need >= 15 and >= 5)")
        if len(sectors) < 6:
            errors.append(f"{c}: positives in only {len(sectors)} sectors")
        clean_near = sum(1 for r in recs if r["kind"] == "clean_tricky")
        assert clean_near
    for s in SECTORS:
        if sum(r["sector"] == s for r in recs) < 25:
            errors.append(f"sector {s}: fewer than 25 drafts")
    for p in PLATFORMS:
        if sum(r["platform"] == p for r in recs) < 30:
            errors.append(f"platform {p}: fewer than 30 drafts")
    if sum(len(r["labels"]) >= 2 for r in recs) < 15:
        errors.append("fewer than 15 multi-label drafts")
    if sum(len(r["text"]) >= 1000 for r in recs) < 5:
        errors.append("fewer than 5 drafts of >= 1,000 characters")


def render(recs: list[dict]) -> str:
    """The counts tables for README.md."""
    kinds = collections.Counter(r["kind"] for r in recs)
    out = [f"Total drafts: **{len(recs)}** (violation {kinds['violation']}, clean_tricky {kinds['clean_tricky']}, "
           f"evasion {kinds['evasion']})", "", "| category | violation | evasion | total positive |",
           "|---|---:|---:|---:|"]
    for c in CATEGORIES:
        v = sum(1 for r in recs if r["kind"] == "violation" and c in r["labels"])
        e = sum(1 for r in recs if r["kind"] == "evasion" and c in r["labels"])
        out.append(f"| {c} | {v} | {e} | {v + e} |")
    out += ["", "| sector | violation | clean_tricky | evasion | total |", "|---|---:|---:|---:|---:|"]
    for s in SECTORS:
        k = collections.Counter(r["kind"] for r in recs if r["sector"] == s)
        out.append(f"| {s} | {k['violation']} | {k['clean_tricky']} | {k['evasion']} | {sum(k.values())} |")
    out += ["", "Positive labels by category x sector (violation + evasion):", "",
            "| category | " + " | ".join(SECTORS) + " |", "|---|" + "---:|" * len(SECTORS)]
    for c in CATEGORIES:
        out.append(f"| {c} | " + " | ".join(str(sum(1 for r in recs if r["sector"] == s and c in r["labels"]))
                                           for s in SECTORS) + " |")
    plats = collections.Counter(r["platform"] for r in recs)
    nl = collections.Counter(len(r["labels"]) for r in recs)
    lens = sorted(len(r["text"]) for r in recs)
    out += ["", "Platforms: " + ", ".join(f"{p} {plats[p]}" for p in PLATFORMS), "",
            "Labels per draft: " + ", ".join(f"{k} label(s): {nl[k]}" for k in sorted(nl)), "",
            f"Text length (chars): min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}; "
            f">= 1,000 chars: {sum(x >= 1000 for x in lens)}"]
    return "\n".join(out)


def main() -> int:
    raw = HELDOUT.read_text(encoding="utf-8")
    recs = load(HELDOUT)
    errors: list[str] = []
    check_schema(recs, raw, errors)
    for r in recs:
        check_numbers(r, errors)
        check_tokens(r, errors)
    check_new(recs, errors)
    check_counts(recs, errors)
    print(render(recs))
    for e in errors:
        print("FAIL", e)
    print(f"{len(errors)} problem(s)" if errors else "OK: all checks pass")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
