"""Invent the numbers and keys used in the tenth held-out set's drafts (run once; values copied by hand).

    .venv/bin/python -m tests.checker.heldout10.gen_values            # print candidate values
    .venv/bin/python -m tests.checker.heldout10.gen_values --keys     # rewrite keys.py (private-key blocks)

The third held-out set's steps (tests/checker/heldout3/gen_values.py `main`: heldout/gen_values.py's Luhn cards
with real brand prefixes, mod-97 IBANs with national check digits, SSA-valid SSNs, issuer-shaped tokens and
pure-Python keys, plus heldout2's fictional-range phone pools) with this set's own seed, 27_604_359 (neither a
date nor an earlier set's seed), so no value repeats one of an earlier set (the newness check would refuse it).
Nothing is a real account or key.
"""

from __future__ import annotations

from pathlib import Path

from ..heldout3.gen_values import main

HERE = Path(__file__).resolve().parent
SEED = 27_604_359

if __name__ == "__main__":
    main(SEED, HERE, "tenth", ("backup@acme-vault-12", "deploy@acme-edge-5"), kind="held-out set's secret drafts")
