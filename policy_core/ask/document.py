"""Policy documents as sections, parsed from the Markdown organisations already have.

Format (documented in policy_store/policy/default_policy.md and README):
- optional YAML front matter between `---` lines: title, name, version, owner, review-by, sectors
  (document-wide defaults);
- every heading (`#` .. `####`) starts a section whose body is the text up to the next heading;
  a level-1 heading that is followed by more headings is the document title, its text the preamble;
- right under a heading, one optional HTML comment sets that section's metadata:
  `<!-- id: promotions; owner: Marketing; review-by: 2027-03-31; sectors: retail, technology -->`;
  a trailing `{#some-id}` on the heading also sets the id; otherwise the id is the slugified title;
- a body line starting `In short:` is the section's summary (the answer's takeaway); it stays in
  the text too, so everything the bot says is in the policy.

Why HTML comments: the file still renders as a clean policy in any Markdown viewer or wiki.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

import yaml

HEADING = re.compile(r"^(#{1,4})\s+(.+?)\s*(?:\{#([A-Za-z0-9_.:-]+)\})?\s*#*\s*$")
META = re.compile(r"^\s*<!--(.*?)-->\s*$")
SUMMARY = re.compile(r"^\s*(?:\*\*|_)?In short:(?:\*\*|_)?\s*(.+)$", re.IGNORECASE)
META_KEYS = {"id", "owner", "review-by", "review_by", "sectors"}


class PolicyFormatError(ValueError):
    """The Markdown cannot become a policy; the message names the line and how to fix it."""


@dataclass(frozen=True)
class Section:
    """One section of a policy: what the answer quotes, names and links."""

    id: str
    title: str
    text: str
    owner: str = ""
    review_by: str = ""  # ISO date, "" when unknown
    sectors: tuple[str, ...] = ("all",)
    summary: str = ""
    version: str = ""  # e.g. "social-media-policy v3"; set when loaded from the store
    source: str = ""  # file name or "rulebook"


@dataclass
class PolicyDocument:
    name: str
    title: str
    sections: list[Section] = field(default_factory=list)
    preamble: str = ""
    meta: dict[str, str] = field(default_factory=dict)

    def with_version(self, version: str) -> PolicyDocument:
        sections = [replace(s, version=version) for s in self.sections]
        return PolicyDocument(self.name, self.title, sections, self.preamble, dict(self.meta))


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60] or "section"


def _split_front_matter(text: str) -> tuple[dict[str, str], list[str], int]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, lines, 0
    for i in range(1, len(lines)):
        if lines[i].strip() in {"---", "..."}:
            try:
                data = yaml.safe_load("\n".join(lines[1:i])) or {}
            except yaml.YAMLError as exc:
                raise PolicyFormatError(f"front matter is not valid YAML: {exc}") from None
            if not isinstance(data, dict):
                raise PolicyFormatError("front matter must be key: value lines")
            return {str(k).lower(): _as_str(v) for k, v in data.items()}, lines[i + 1 :], i + 1
    raise PolicyFormatError("front matter opened with --- on line 1 is never closed")


def _as_str(v: object) -> str:
    if isinstance(v, list | tuple):
        return ", ".join(str(x) for x in v)
    return "" if v is None else str(v)


def _parse_meta(raw: str, lineno: int) -> dict[str, str]:
    meta: dict[str, str] = {}
    for part in re.split(r"[;|]", raw):
        if not part.strip():
            continue
        key, sep, value = part.partition(":")
        key = key.strip().lower()
        if not sep or key not in META_KEYS:
            raise PolicyFormatError(
                f"line {lineno}: metadata comment has {part.strip()!r}; use keys id, owner, review-by, sectors "
                "as in <!-- id: promotions; owner: Marketing; review-by: 2027-03-31; sectors: retail -->"
            )
        meta[key.replace("_", "-")] = value.strip()
    return meta


def _sectors(value: str) -> tuple[str, ...]:
    items = tuple(s.strip().lower() for s in value.split(",") if s.strip())
    return items or ("all",)


def _review_by(value: str, lineno: int) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise PolicyFormatError(f"line {lineno}: review-by {value!r} is not a date like 2027-03-31") from None


def _clean_body(lines: list[str]) -> str:
    """Paragraphs joined into plain text; list items kept one per line so they split as sentences."""
    out: list[str] = []
    para: list[str] = []
    for ln in lines:
        s = ln.strip()
        if not s:
            if para:
                out.append(" ".join(para))
                para = []
            continue
        if re.match(r"^([-*+]|\d+[.)])\s+", s):
            if para:
                out.append(" ".join(para))
                para = []
            out.append(re.sub(r"^([-*+]|\d+[.)])\s+", "", s))
            continue
        para.append(s)
    if para:
        out.append(" ".join(para))
    return "\n".join(out)


def parse_markdown(text: str, source: str = "policy.md") -> PolicyDocument:
    """Turn a Markdown policy into sections (each heading a section, its text the body)."""
    front, lines, offset = _split_front_matter(text)
    defaults = {
        "owner": front.get("owner", ""),
        "review-by": front.get("review-by", front.get("review_by", "")),
        "sectors": front.get("sectors", "all"),
    }
    blocks: list[tuple[int, int, str, str | None, list[str]]] = []  # (lineno, level, title, id, body)
    preface: list[str] = []
    in_code = False
    for i, ln in enumerate(lines, start=offset + 1):
        if ln.strip().startswith("```"):
            in_code = not in_code
        m = None if in_code else HEADING.match(ln)
        if m:
            blocks.append((i, len(m.group(1)), m.group(2).strip(), m.group(3), []))
        elif blocks:
            blocks[-1][4].append(ln)
        else:
            preface.append(ln)
    title = front.get("title", "")
    preamble_lines = preface
    if blocks and blocks[0][1] == 1 and (len(blocks) > 1 and all(b[1] > 1 for b in blocks[1:])):
        title = title or blocks[0][2]
        preamble_lines = preface + blocks[0][4]
        blocks = blocks[1:]
    if not blocks:
        raise PolicyFormatError(f"{source}: no headings found; start each section with a line like '## Title'")
    title = title or re.sub(r"\.[a-z]+$", "", source.rsplit("/", 1)[-1]).replace("_", " ").replace("-", " ").title()
    sections: list[Section] = []
    seen: set[str] = set()
    for lineno, _level, stitle, hid, body in blocks:
        meta: dict[str, str] = {}
        while body and not body[0].strip():
            body = body[1:]
        if body and META.match(body[0]):
            meta = _parse_meta(META.match(body[0]).group(1), lineno + 1)  # type: ignore[union-attr]
            body = body[1:]
        summary = ""
        for ln in body:
            sm = SUMMARY.match(ln)
            if sm:
                summary = sm.group(1).strip()
        text_body = _clean_body([ln for ln in body if not META.match(ln)])
        if not text_body.strip():
            continue  # a heading that only groups sub-sections
        sid = meta.get("id") or hid or slugify(stitle)
        if sid in seen:
            raise PolicyFormatError(f"line {lineno}: section id {sid!r} is used twice; give one an id in its "
                                    "metadata comment")
        seen.add(sid)
        sections.append(Section(
            id=sid, title=re.sub(r"[*_`]", "", stitle), text=text_body,
            owner=meta.get("owner", defaults["owner"]),
            review_by=_review_by(meta.get("review-by", defaults["review-by"]), lineno),
            sectors=_sectors(meta.get("sectors", defaults["sectors"])),
            summary=summary, source=source,
        ))
    name = front.get("name") or slugify(title)
    return PolicyDocument(name=name, title=title, sections=sections,
                          preamble=_clean_body(preamble_lines), meta=front)


def from_rulebook(sections: object, version: str = "rulebook") -> list[Section]:
    """Sections from the checker's YAML rulebooks (`checker.sections`), so rules and answers cite alike."""
    out = []
    for s in sections:  # type: ignore[attr-defined]
        review = getattr(s, "review_by", None)
        sectors = tuple(getattr(s, "sectors", None) or ("all",))
        out.append(Section(id=str(s.id), title=str(s.title), text=str(s.text), owner=str(getattr(s, "owner", "")),
                           review_by=review.isoformat() if review else "", sectors=sectors,
                           version=version, source="rulebook"))
    return out
