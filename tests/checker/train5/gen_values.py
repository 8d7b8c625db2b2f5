"""Invent the numbers and keys used in the fifth training set's drafts (run once; values copied by hand).

    .venv/bin/python -m tests.checker.train5.gen_values            # print candidate values
    .venv/bin/python -m tests.checker.train5.gen_values --keys     # rewrite keys.py (private-key blocks)

The fourth training set's steps (tests/checker/train4/gen_values.py `main`) with this set's seeds, banks and key
comments. Why reuse tests/checker/heldout/gen_values.py: its cards, IBANs, SSNs and tokens pass the same rules the
self-check applies (Luhn with a real brand prefix, mod-97, SSA rules, issuers' token shapes, a ghp_ CRC32).
Its generator is re-seeded with this set's own seeds first (neither a date nor any earlier set's seed), so no
value repeats one of an earlier set (the newness check would refuse it). Nothing is a real account or key.
"""

from __future__ import annotations

from pathlib import Path

from ..train4.gen_values import main

HERE = Path(__file__).resolve().parent
SEED = 61_842_379
KEY_SEED = 38_270_915

if __name__ == "__main__":
    main(SEED, KEY_SEED, HERE, "fifth", ("release@acme-build-31", "jump@acme-edge-4"),
         gb_banks=("NWBK", "HBUK", "LOYD"), de_blzs=("10070000", "20041133"), nl_bank="INGB", ie_bank="BOFI", ssns=5)
