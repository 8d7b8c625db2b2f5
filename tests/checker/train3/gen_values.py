"""Invent the numbers and keys used in the third training set (run once; values copied into the drafts by hand).

    .venv/bin/python -m tests.checker.train3.gen_values            # print candidate values
    .venv/bin/python -m tests.checker.train3.gen_values --keys     # rewrite keys.py (PEM / OpenSSH blocks)

Reuses the generators of the first held-out set (tests/checker/heldout/gen_values.py: Luhn, IBAN mod-97 with
national check digits, SSA-valid SSNs, issuer-shaped tokens, pure-Python key generation) and the second
set's fictional phone ranges (tests/checker/heldout2/gen_values.py `phones`) with this set's own seed. The
seed is not a date: a first draw seeded with the date of writing reproduced values already used by an
earlier set that shares those generators, which the newness check caught.
"""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

from ..heldout import gen_values as g
from ..heldout2 import gen_values as g2

HERE = Path(__file__).resolve().parent
SEED = 5_380_417


def draw(seed: int = SEED) -> dict[str, list[str]]:
    """Every candidate value, in a fixed order from `seed`: cards by brand, IBANs, SSNs, two rounds of tokens
    and fictional-range phone numbers per region."""
    g.RNG = random.Random(seed)
    g2.g.RNG = g.RNG  # heldout2's phones() draws from the same module's RNG
    out: dict[str, list[str]] = {
        "visa16": [g.luhn_complete("4", 16) for _ in range(4)],
        "visa19": [g.luhn_complete("4", 19)],
        "mc5x": [g.luhn_complete(str(g.RNG.randint(51, 55)), 16) for _ in range(3)],
        "mc2x": [g.luhn_complete(str(g.RNG.randint(2221, 2720)), 16) for _ in range(2)],
        "amex": [g.luhn_complete(g.RNG.choice(["34", "37"]), 15) for _ in range(2)],
        "discover": [g.luhn_complete(p, 16) for p in ("6011", "65")],
        "unionpay19": [g.luhn_complete("62", 19)],
        "maestro": [g.luhn_complete("6763", 16)],
    }
    ibans = [g.iban("GB", b + g.rand(string.digits, 6) + g.rand(string.digits, 8)) for b in ("HBUK", "NWBK")]
    ibans += [g.iban("DE", blz + g.rand(string.digits, 10)) for blz in ("50070010", "44040037")]
    ibans += [g.iban("NL", "RABO" + g.nl_account())]
    bank, branch = "30002", "00550"
    acc = g.rand(string.digits, 11)
    ibans.append(g.iban("FR", bank + branch + acc + g.rib_key(bank, branch, acc)))
    ibans += [g.iban("IE", "AIBK" + g.rand(string.digits, 6) + g.rand(string.digits, 8))]
    out["ibans"] = ibans
    out["ssns"] = [g.ssn() for _ in range(6)]
    for _ in range(2):
        for name, tok in g.tokens().items():
            out.setdefault(name, []).append(tok)
    for region, nums in g2.phones().items():
        out["phone_" + region] = nums
    return out


def main() -> None:
    if "--keys" in sys.argv:
        g.RNG = random.Random(SEED)
        g.write_keys(HERE, "Private-key blocks for the third training set (gen_values.py --keys; never used "
                           "anywhere).", ("backup-runner@acme-dc-4", "metrics@acme-edge-9"), ec_public=False)
        print("wrote keys.py")
        return
    for name, values in draw().items():
        print(name, values)


if __name__ == "__main__":
    main()
