"""Shared vocabulary for the held-out drafts: category, sector, platform and kind names, and D()."""

from __future__ import annotations

CATEGORIES = ["pii", "phi", "confidential", "promotion", "financial_promise", "secret", "hostile", "disclaimer"]
SECTORS = ["general", "technology", "retail", "healthcare", "finance", "manufacturing", "nonprofit"]
PLATFORMS = ["linkedin", "x", "instagram", "reddit", "facebook"]
KINDS = ["violation", "clean_tricky", "evasion"]
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"

_SECTOR = {"gen": "general", "tec": "technology", "ret": "retail", "hea": "healthcare", "fin": "finance",
           "man": "manufacturing", "npo": "nonprofit"}


def id_prefixes(letter: str) -> dict[str, str]:
    """Sector -> id prefix of a labelled set whose ids start with `letter` ("h" here, "k" in heldout2)."""
    return {sector: letter + code for code, sector in _SECTOR.items()}


# Held-out ids start with "h" so they can never be confused with tests/checker/corpus.jsonl ids.
ID_PREFIX = id_prefixes("h")
_PLATFORM = {"li": "linkedin", "x": "x", "ig": "instagram", "rd": "reddit", "fb": "facebook"}


def D(sector: str, platform: str, labels: str, text: str, transforms: str = "") -> dict:
    """One hand-written draft.

    sector / platform are short aliases (gen tec ret hea fin man npo / li x ig rd fb); labels is a
    space-separated string, "" for a clean draft. transforms is used only by evasion bases: the
    space-separated names of the disguises applied to the [[marked]] spans, one draft per name
    (heldout2 adds "asis": the text is already disguised by hand and is used as written).
    """
    return {"sector": _SECTOR[sector], "platform": _PLATFORM[platform], "labels": sorted(labels.split()),
            "text": text.strip("\n"), "transforms": transforms.split()}
