"""Invent the numbers and keys used in the second held-out set (run once; values copied into the drafts by hand).

    .venv/bin/python -m tests.checker.heldout2.gen_values            # print candidate values
    .venv/bin/python -m tests.checker.heldout2.gen_values --keys     # rewrite keys.py (PEM / OpenSSH blocks)

Reuses the generators of the first held-out set (tests/checker/heldout/gen_values.py: Luhn, IBAN
mod-97 with national check digits, SSA-valid SSNs, issuer-shaped tokens, pure-Python key
generation) with a different seed, so no value can coincide with that set by construction. Phone
numbers are drawn from ranges set aside for fiction and kept only if libphonenumber calls them valid.
"""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

import phonenumbers

from ..heldout import gen_values as g

HERE = Path(__file__).resolve().parent
g.RNG = random.Random(20261124)  # the first set used 777013


def phones() -> dict[str, list[str]]:
    """Fictional-range numbers that libphonenumber 9.x accepts as valid."""
    rng = g.RNG
    pools = {
        "US": [f"({a}) 555-01{rng.randint(0, 99):02d}" for a in (415, 617, 303, 919, 612, 414, 503, 702, 816, 904)],
        "CA": [f"({a}) 555-01{rng.randint(0, 99):02d}" for a in (416, 604, 613)],
        "GB": [f"020 7946 0{rng.randint(0, 999):03d}" for _ in range(3)]
              + [f"0{c} 496 0{rng.randint(0, 999):03d}" for c in (121, 131, 151, 161, 191, 113, 117, 114, 115, 118)],
        "AU": [f"0491 57{rng.randint(0, 9)} {rng.randint(0, 999):03d}" for _ in range(5)]
              + [f"02 5550 {rng.randint(0, 9999):04d}" for _ in range(2)]
              + [f"03 7010 {rng.randint(0, 9999):04d}" for _ in range(2)],
    }
    out = {}
    for region, nums in pools.items():
        out[region] = [n for n in nums if phonenumbers.is_valid_number(phonenumbers.parse(n, region))]
    return out


def main() -> None:
    if "--keys" in sys.argv:
        g.write_keys(HERE, "Private-key blocks for the second held-out set (gen_values.py --keys; never used "
                           "anywhere).", ("svc-backup@acme-lab-12", "grafana@acme-obs-2"), ec_public=False)
        print("wrote keys.py")
        return
    cards = {
        "visa16": [g.luhn_complete("4", 16) for _ in range(6)],
        "visa19": [g.luhn_complete("4", 19)],
        "mc5x": [g.luhn_complete(str(g.RNG.randint(51, 55)), 16) for _ in range(4)],
        "mc2x": [g.luhn_complete(str(g.RNG.randint(2221, 2720)), 16) for _ in range(2)],
        "amex": [g.luhn_complete(g.RNG.choice(["34", "37"]), 15) for _ in range(2)],
        "discover": [g.luhn_complete(p, 16) for p in ("6011", "65", "647")],
        "jcb": [g.luhn_complete(str(g.RNG.randint(3528, 3589)), 16)],
        "diners": [g.luhn_complete("36", 14)],
        "unionpay19": [g.luhn_complete("62", 19)],
        "maestro": [g.luhn_complete("6761", 16)],
    }
    for k, v in cards.items():
        print(k, v)
    ibans = [g.iban("GB", b + g.rand(string.digits, 6) + g.rand(string.digits, 8)) for b in ("LOYD", "BARC", "MIDL")]
    ibans += [g.iban("DE", blz + g.rand(string.digits, 10)) for blz in ("37040044", "70020270", "12030000")]
    ibans += [g.iban("NL", b + g.nl_account()) for b in ("TRIO", "SNSB", "INGB")]
    for bank, branch in (("30003", "01977"), ("10107", "00175")):
        acc = g.rand(string.digits, 11)
        ibans.append(g.iban("FR", bank + branch + acc + g.rib_key(bank, branch, acc)))
    for bank, branch in (("0182", "2370"), ("2085", "9252")):
        acc = g.rand(string.digits, 10)
        ibans.append(g.iban("ES", bank + branch + g.es_dc(bank, branch, acc) + acc))
    ibans += [g.iban("IE", b + g.rand(string.digits, 6) + g.rand(string.digits, 8)) for b in ("BOFI", "AIBK")]
    print("ibans", ibans)
    print("ssns", [g.ssn() for _ in range(10)])
    for _ in range(3):
        for name, tok in g.tokens().items():
            print(name, tok)
    for k, v in phones().items():
        print(k, v)


if __name__ == "__main__":
    main()
