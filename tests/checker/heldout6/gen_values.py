"""Invent the numbers and keys used in the sixth held-out set (run once; values copied into the drafts by hand).

    .venv/bin/python -m tests.checker.heldout6.gen_values            # print candidate values
    .venv/bin/python -m tests.checker.heldout6.gen_values --keys     # rewrite keys.py (PEM / OpenSSH blocks)

The third set's script (tests/checker/heldout3/gen_values.py, which drives the first set's generators and
the second set's fictional-range phone pools) with a sixth seed, this folder for keys.py and new SSH key
comments, so no value can coincide with an earlier set by construction (check.py verifies it anyway).
"""

from __future__ import annotations

from pathlib import Path

from ..heldout3.gen_values import main

HERE = Path(__file__).resolve().parent
SEED = 20261128  # heldout used 777013, heldout2 20261124, heldout3 20261125, heldout4 20261126, heldout5 20261127

if __name__ == "__main__":
    main(SEED, HERE, "sixth", ("sync-job@acme-files-07", "deploy-bot@acme-ci-33"))
