"""Invent the numbers and keys used in the eighth held-out set (run once; values copied into the drafts by hand).

    .venv/bin/python -m tests.checker.heldout8.gen_values            # print candidate values
    .venv/bin/python -m tests.checker.heldout8.gen_values --keys     # rewrite keys.py (PEM / OpenSSH blocks)

The third set's script (tests/checker/heldout3/gen_values.py, which drives the first set's generators and
the second set's fictional-range phone pools) with a seed no earlier set used, this folder for keys.py and new
SSH key comments, so no value coincides with an earlier set by construction (check.py verifies it anyway).
"""

from __future__ import annotations

from pathlib import Path

from ..heldout3.gen_values import main

HERE = Path(__file__).resolve().parent
# heldout used 777013, heldout2-5 20261124-20261127, train3 5380417, train4 20261125 / 73194201, heldout7 46190733
SEED = 58_302_117

if __name__ == "__main__":
    main(SEED, HERE, "eighth", ("kiosk-updater@acme-pos-19", "ledger-export@acme-fin-52"))
