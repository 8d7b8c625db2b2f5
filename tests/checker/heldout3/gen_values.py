"""Invent the numbers and keys used in the third held-out set (run once; values copied into the drafts by hand).

    .venv/bin/python -m tests.checker.heldout3.gen_values            # print candidate values
    .venv/bin/python -m tests.checker.heldout3.gen_values --keys     # rewrite keys.py (PEM / OpenSSH blocks)

The first held-out set's generators (tests/checker/heldout/gen_values.py: Luhn, IBAN mod-97 with national
check digits, SSA-valid SSNs, issuer-shaped tokens, pure-Python key generation) and the second set's
fictional-range phone pools (tests/checker/heldout2/gen_values.py), drawn with a third seed so no value can
coincide with either earlier set by construction.
"""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

from ..heldout import gen_values as g
from ..heldout2.gen_values import phones  # importing it sets heldout2's seed, so ours is set after

HERE = Path(__file__).resolve().parent
SEED = 20261125  # heldout used 777013, heldout2 20261124


def main(seed: int = SEED, out_dir: Path = HERE, set_name: str = "third",
         ssh_comments: tuple[str, str] = ("etl-runner@acme-dw-04", "buildbot@acme-ci-9"),
         kind: str = "held-out set") -> None:
    """Print candidate values (or, with --keys, write out_dir/keys.py) from `seed`.

    The seed, the keys.py folder, the set's name and kind in its docstring and the SSH key comments are parameters
    so a later set (heldout4, a training set) draws its own values with these same generators instead of a copy."""
    g.RNG = random.Random(seed)
    if "--keys" in sys.argv:
        g.write_keys(out_dir, f"Private-key blocks for the {set_name} {kind} (gen_values.py --keys; never used "
                              "anywhere).", ssh_comments, ec_public=False)
        print("wrote keys.py")
        return
    cards = {
        "visa16": [g.luhn_complete("4", 16) for _ in range(6)],
        "visa19": [g.luhn_complete("4", 19)],
        "mc5x": [g.luhn_complete(str(g.RNG.randint(51, 55)), 16) for _ in range(4)],
        "mc2x": [g.luhn_complete(str(g.RNG.randint(2221, 2720)), 16) for _ in range(2)],
        "amex": [g.luhn_complete(g.RNG.choice(["34", "37"]), 15) for _ in range(2)],
        "discover": [g.luhn_complete(p, 16) for p in ("6011", "65", "645")],
        "jcb": [g.luhn_complete(str(g.RNG.randint(3528, 3589)), 16)],
        "diners": [g.luhn_complete("36", 14)],
        "unionpay19": [g.luhn_complete("62", 19)],
        "maestro": [g.luhn_complete("6763", 16)],
    }
    for k, v in cards.items():
        print(k, v)
    ibans = [g.iban("GB", b + g.rand(string.digits, 6) + g.rand(string.digits, 8)) for b in ("NWBK", "HBUK")]
    ibans += [g.iban("DE", blz + g.rand(string.digits, 10)) for blz in ("50010517", "43060967")]
    ibans += [g.iban("NL", b + g.nl_account()) for b in ("ABNA", "RABO")]
    for bank, branch in (("20041", "01012"),):
        acc = g.rand(string.digits, 11)
        ibans.append(g.iban("FR", bank + branch + acc + g.rib_key(bank, branch, acc)))
    for bank, branch in (("2100", "3690"),):
        acc = g.rand(string.digits, 10)
        ibans.append(g.iban("ES", bank + branch + g.es_dc(bank, branch, acc) + acc))
    ibans += [g.iban("IE", b + g.rand(string.digits, 6) + g.rand(string.digits, 8)) for b in ("AIBK",)]
    print("ibans", ibans)
    print("ssns", [g.ssn() for _ in range(10)])
    for _ in range(3):
        for name, tok in g.tokens().items():
            print(name, tok)
    for k, v in phones().items():
        print(k, v)


if __name__ == "__main__":
    main()
