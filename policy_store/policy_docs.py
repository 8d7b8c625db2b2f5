"""Repository for policy documents and asked questions, plus the cached search index the bot uses.

Why the index is rebuilt on a change of fingerprint: `policybot rules import` runs in another
process; every ask reads one small number (the newest document row id) and rebuilds only when an
import happened since, so a running bot answers from a new version without a restart.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from policy_core.ask import PolicyDocument, PolicyIndex, Section, parse_markdown
from policy_core.ask.document import from_rulebook
from policy_store import audit
from policy_store.models.policy_docs import PolicyDocumentVersion, PolicyQuestion, PolicySectionRow
from policy_store.policy import DEFAULT_POLICY_PATH

REDACT_CATEGORIES = frozenset({"pii", "phi", "secret"})


def version_label(name: str, version: int) -> str:
    return f"{name} v{version}"


def default_document() -> PolicyDocument:
    """The shipped default policy, labelled as such in citations."""
    doc = parse_markdown(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"), source=DEFAULT_POLICY_PATH.name)
    return doc.with_version(f"{doc.name} (shipped default)")


def load_path(path: Path) -> list[Section]:
    """Sections from a Markdown file, or from a folder of Markdown files and YAML rulebooks (no database)."""
    if path.is_file():
        doc = parse_markdown(path.read_text(encoding="utf-8"), source=path.name)
        return doc.with_version(f"{doc.name} ({path.name})").sections
    if not path.is_dir():
        raise FileNotFoundError(f"{path} is neither a Markdown file nor a folder")
    sections: list[Section] = []
    for md in sorted(path.glob("*.md")):
        doc = parse_markdown(md.read_text(encoding="utf-8"), source=md.name)
        sections += doc.with_version(f"{doc.name} ({md.name})").sections
    if any(path.glob("*.yaml")) or any(path.glob("*.yml")):
        from policy_core.checker import Checker

        sections += from_rulebook(Checker.load(policy_dir=path).sections, version=f"rulebook ({path.name})")
    if not sections:
        raise FileNotFoundError(f"{path} holds no Markdown policy (*.md) and no rulebook (*.yaml)")
    return sections


@dataclass
class Imported:
    name: str
    version: int
    sections: int
    created: bool  # False when the same text was already the newest version


async def import_document(session: AsyncSession, doc: PolicyDocument, source_text: str, *, source: str,
                          actor: str, at: datetime) -> Imported:
    """Store a new version of a document (old versions stay, for the audit). Same text twice: no new version."""
    sha = hashlib.sha256(source_text.encode("utf-8")).hexdigest()
    latest = (await session.execute(
        select(PolicyDocumentVersion).where(PolicyDocumentVersion.name == doc.name)
        .order_by(PolicyDocumentVersion.version.desc()).limit(1)
    )).scalar_one_or_none()
    if latest is not None and latest.sha256 == sha:
        return Imported(doc.name, latest.version, latest.section_count, created=False)
    version = (latest.version + 1) if latest else 1
    row = PolicyDocumentVersion(name=doc.name, version=version, title=doc.title[:200], source=source[:255],
                                sha256=sha, imported_at=at, imported_by=actor[:40],
                                section_count=len(doc.sections))
    session.add(row)
    await session.flush()
    for pos, s in enumerate(doc.sections):
        session.add(PolicySectionRow(document_id=row.id, position=pos, section_id=s.id[:80], title=s.title[:300],
                                     text=s.text, summary=s.summary, owner=s.owner[:120], review_by=s.review_by,
                                     sectors=list(s.sectors)))
    audit.record(session, "policy_imported", actor, at=at, document=doc.name, version=version,
                 sections=len(doc.sections), sha256=sha)
    return Imported(doc.name, version, len(doc.sections), created=True)


async def fingerprint(session: AsyncSession) -> int:
    """Changes whenever a version is imported (the newest document row id; 0 when none)."""
    return int(await session.scalar(select(func.coalesce(func.max(PolicyDocumentVersion.id), 0))) or 0)


async def current_sections(session: AsyncSession) -> list[Section]:
    """Sections of the newest version of every stored document, in document order."""
    newest = (select(PolicyDocumentVersion.name, func.max(PolicyDocumentVersion.version).label("v"))
              .group_by(PolicyDocumentVersion.name).subquery())
    docs = (await session.execute(
        select(PolicyDocumentVersion).join(
            newest, (PolicyDocumentVersion.name == newest.c.name) & (PolicyDocumentVersion.version == newest.c.v))
        .order_by(PolicyDocumentVersion.name)
    )).scalars().all()
    out: list[Section] = []
    for d in docs:
        rows = (await session.execute(
            select(PolicySectionRow).where(PolicySectionRow.document_id == d.id).order_by(PolicySectionRow.position)
        )).scalars().all()
        label = version_label(d.name, d.version)
        out += [Section(id=r.section_id, title=r.title, text=r.text, owner=r.owner, review_by=r.review_by,
                        sectors=tuple(r.sectors or ("all",)), summary=r.summary, version=label, source=d.source)
                for r in rows]
    return out


async def versions(session: AsyncSession, name: str | None = None) -> list[PolicyDocumentVersion]:
    stmt = select(PolicyDocumentVersion).order_by(PolicyDocumentVersion.name, PolicyDocumentVersion.version)
    if name:
        stmt = stmt.where(PolicyDocumentVersion.name == name)
    return list((await session.execute(stmt)).scalars())


def merge_sections(documents: Sequence[Section], rulebook: Sequence[Section]) -> list[Section]:
    """Documents first, then the rulebook's sections that no document has.

    Rulebook sections carry the policy's own section ids, so a rulebook section whose id a document
    already uses is the same section (the document's text is the authoritative one); indexing both
    would make the two compete for the same question.
    """
    ids = {s.id for s in documents}
    return list(documents) + [s for s in rulebook if s.id not in ids]


class PolicyLibrary:
    """The bot's search index over the stored policy (or the shipped default), rebuilt after an import."""

    def __init__(self) -> None:
        self._index: PolicyIndex | None = None
        self._fingerprint = -1
        self.from_default = False
        self._lock = asyncio.Lock()

    async def index(self, sessions: async_sessionmaker[AsyncSession], rulebook: object = ()) -> PolicyIndex:
        """The current index; `rulebook` is the checker's sections (`checker.sections`), cited alongside.

        Built once per policy version: concurrent first questions wait for one build instead of each
        starting their own.
        """
        async with sessions() as session:
            fp = await fingerprint(session)
            if self._index is not None and fp == self._fingerprint:
                return self._index
            async with self._lock:
                if self._index is not None and fp == self._fingerprint:
                    return self._index
                stored = await current_sections(session) if fp else []
                self.from_default = not stored
                docs = stored or default_document().sections
                # Building is CPU work (and, with the semantic re-ranker, model inference): off the loop.
                sections = merge_sections(docs, from_rulebook(rulebook))
                self._index = await asyncio.to_thread(PolicyIndex, sections)
                self._fingerprint = fp
                return self._index


def redact(checker: object, text: str) -> str:
    """Mask the checker's pii/phi/secret findings so a stored question never keeps personal data."""
    try:
        result = checker.check(text)  # type: ignore[attr-defined]
    except Exception:  # an empty or over-long question: keep nothing rather than risk keeping data
        return "[question not stored]"
    spans = sorted((f.start, f.end, f.category) for f in result.findings if f.category in REDACT_CATEGORIES)
    out, pos = [], 0
    for start, end, category in spans:
        if start < pos:
            start = pos
        if end <= start:
            continue
        out.append(text[pos:start])
        out.append(f"[{category}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


async def record_question(session: AsyncSession, *, asker: str, via: str, redacted: str, confident: bool,
                          top_section: str | None, top_score: float, version: str, at: datetime) -> PolicyQuestion:
    q = PolicyQuestion(at=at, asker=asker[:40], via=via, question=redacted, confident=confident,
                       top_section=top_section, top_score=top_score, version=version[:120],
                       status="answered" if confident else "unsure")
    session.add(q)
    await session.flush()
    audit.record(session, "policy_asked", asker, at=at, question_id=q.id, via=via, confident=confident,
                 section=top_section, version=version)
    return q


async def set_feedback(session: AsyncSession, question_id: int, user: str, helpful: bool,
                       at: datetime) -> PolicyQuestion | None:
    q = await session.get(PolicyQuestion, question_id)
    if q is None or q.asker != user:
        return None
    q.feedback = "helpful" if helpful else "not_helpful"
    q.feedback_at = at
    audit.record(session, "policy_feedback", user, at=at, question_id=q.id, feedback=q.feedback)
    return q


async def mark_forwarded(session: AsyncSession, question_id: int, user: str, at: datetime) -> PolicyQuestion | None:
    """Mark a question forwarded once; None when it is not the user's or was already forwarded."""
    q = await session.get(PolicyQuestion, question_id)
    if q is None or q.asker != user or q.forwarded_at is not None:
        return None
    q.status = "forwarded"
    q.forwarded_at = at
    audit.record(session, "policy_question_forwarded", user, at=at, question_id=q.id)
    return q
