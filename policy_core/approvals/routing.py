"""Which reviewers a draft goes to: by the category that needs approval, per sector if set.

Why a table: the retail case's lesson is that promotions need *marketing's* sign-off, while
financial promises need compliance and confidential matters legal. Organisations name their
own channels, so the mapping is configuration: category -> channel, optionally overridden per
sector, with a default channel for everything else; a channel may name a user group whose
members (rather than the channel's) are the reviewers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# When a draft needs approval for several reasons, the most sensitive one picks the reviewers.
CATEGORY_PRIORITY = (
    "secret", "phi", "pii", "confidential", "financial_promise", "promotion", "hostile", "disclaimer",
)


def pick_category(categories: Iterable[str]) -> str | None:
    """The category that decides the route (most sensitive first; unknown ones after known)."""
    cats = list(dict.fromkeys(categories))
    if not cats:
        return None
    order = {c: i for i, c in enumerate(CATEGORY_PRIORITY)}
    return min(cats, key=lambda c: order.get(c, len(order)))


@dataclass(frozen=True)
class Route:
    category: str | None
    channel: str
    usergroup: str | None = None  # when set, its members (not the channel's) are the reviewers


@dataclass
class RoutingTable:
    default: str = ""
    categories: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, dict[str, str]] = field(default_factory=dict)  # sector -> category -> channel
    groups: dict[str, str] = field(default_factory=dict)  # channel -> user group id

    def route(self, category: str | None, sectors: Iterable[str] = ()) -> Route:
        """The reviewers for `category`; the first of `sectors` with an override wins."""
        channel = ""
        if category is not None:
            for sector in sectors:
                channel = self.sectors.get(sector, {}).get(category, "")
                if channel:
                    break
            channel = channel or self.categories.get(category, "")
        channel = channel or self.default
        if not channel:
            raise LookupError("no reviewers channel is configured (set REVIEW_CHANNEL)")
        return Route(category, channel, self.groups.get(channel))

    def channels(self) -> set[str]:
        out = {self.default, *self.categories.values()}
        for m in self.sectors.values():
            out.update(m.values())
        return {c for c in out if c}

    def merged(self, other: RoutingTable) -> RoutingTable:
        """`other`'s entries win (settings override the YAML file)."""
        sectors = {k: dict(v) for k, v in self.sectors.items()}
        for sector, m in other.sectors.items():
            sectors.setdefault(sector, {}).update(m)
        return RoutingTable(
            default=other.default or self.default,
            categories={**self.categories, **other.categories},
            sectors=sectors,
            groups={**self.groups, **other.groups},
        )


def parse_pairs(raw: str, lower_keys: bool = True) -> dict[str, str]:
    """`"a=X, b=Y"` -> {"a": "X", "b": "Y"}; ValueError naming the bad item."""
    out: dict[str, str] = {}
    for item in raw.replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(f"expected key=value, got {item!r}")
        key = key.strip()
        out[key.lower() if lower_keys else key] = value.strip()
    return out


def parse_sector_pairs(raw: str) -> dict[str, dict[str, str]]:
    """`"retail.promotion=C1, finance.financial_promise=C2"` -> {"retail": {"promotion": "C1"}, ...}."""
    out: dict[str, dict[str, str]] = {}
    for key, value in parse_pairs(raw).items():
        sector, dot, category = key.partition(".")
        if not dot or not sector or not category:
            raise ValueError(f"expected sector.category=CHANNEL, got {key!r}")
        out.setdefault(sector, {})[category] = value
    return out


def table_from_mapping(data: Mapping[str, Any]) -> RoutingTable:
    """A table from the YAML file's shape: default, categories, sectors, groups."""

    def strmap(v: Any, what: str) -> dict[str, str]:
        if v is None:
            return {}
        if not isinstance(v, Mapping):
            raise ValueError(f"{what} must be a mapping")
        return {str(k): str(x) for k, x in v.items()}

    sectors_raw = data.get("sectors") or {}
    if not isinstance(sectors_raw, Mapping):
        raise ValueError("sectors must be a mapping of sector -> {category: channel}")
    return RoutingTable(
        default=str(data.get("default") or ""),
        categories=strmap(data.get("categories"), "categories"),
        sectors={str(s): strmap(m, f"sectors.{s}") for s, m in sectors_raw.items()},
        groups=strmap(data.get("groups"), "groups"),
    )
