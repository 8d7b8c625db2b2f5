"""Shared helpers for building the checker evaluation corpus."""

CATEGORIES = ["pii", "phi", "confidential", "promotion", "financial_promise",
              "secret", "hostile", "disclaimer"]
SECTORS = ["general", "technology", "retail", "healthcare", "finance",
           "manufacturing", "nonprofit"]
PLATFORMS = ["linkedin", "x", "instagram", "reddit", "facebook"]
KINDS = ["violation", "clean_tricky", "evasion"]
SECTOR_PREFIX = {"general": "gen", "technology": "tec", "retail": "ret",
                 "healthcare": "hea", "finance": "fin", "manufacturing": "man",
                 "nonprofit": "npo"}
_SEC_ALIAS = {"gen": "general", "tec": "technology", "ret": "retail",
              "hea": "healthcare", "fin": "finance", "man": "manufacturing",
              "npo": "nonprofit"}
_PLAT_ALIAS = {"li": "linkedin", "x": "x", "ig": "instagram", "rd": "reddit",
               "fb": "facebook"}


def D(sector, platform, labels, text, note=None):
    """One hand-written draft. sector/platform may use short aliases;
    labels is a space-separated string ("" for clean)."""
    return {
        "sector": _SEC_ALIAS.get(sector, sector),
        "platform": _PLAT_ALIAS.get(platform, platform),
        "labels": sorted(labels.split()),
        "text": text.strip("\n"),
        "note": note,
    }
