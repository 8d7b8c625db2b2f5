"""Shared vocabulary for the second held-out set: names, id prefixes and D(), the one-line draft constructor."""

from __future__ import annotations

CATEGORIES = ["pii", "phi", "confidential", "promotion", "financial_promise", "secret", "hostile", "disclaimer"]
SECTORS = ["general", "technology", "retail", "healthcare", "finance", "manufacturing", "nonprofit"]
PLATFORMS = ["linkedin", "x", "instagram", "reddit", "facebook"]
KINDS = ["violation", "clean_tricky", "evasion"]
# Ids start with "k" so they can't be confused with corpus.jsonl ("gen-") or the first held-out set ("hgen-").
ID_PREFIX = {"general": "kgen", "technology": "ktec", "retail": "kret", "healthcare": "khea",
             "finance": "kfin", "manufacturing": "kman", "nonprofit": "knpo"}
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"

_SECTOR = {"gen": "general", "tec": "technology", "ret": "retail", "hea": "healthcare", "fin": "finance",
           "man": "manufacturing", "npo": "nonprofit"}
_PLATFORM = {"li": "linkedin", "x": "x", "ig": "instagram", "rd": "reddit", "fb": "facebook"}


def D(sector: str, platform: str, labels: str, text: str, transforms: str = "") -> dict:
    """One hand-written draft.

    sector / platform are short aliases (gen tec ret hea fin man npo / li x ig rd fb); labels is a
    space-separated string, "" for a clean draft. transforms is used only by evasion bases: the
    space-separated names of the disguises applied to the [[marked]] spans, one draft per name
    ("asis" = the text is already disguised by hand and is used as written).
    """
    return {"sector": _SECTOR[sector], "platform": _PLATFORM[platform], "labels": sorted(labels.split()),
            "text": text.strip("\n"), "transforms": transforms.split()}
