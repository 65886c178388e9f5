"""The briefing as data: `data/<story>.json` and `data/index.json`, with a fixed key order."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

from generator.model import Actor, BackgroundItem, Briefing, Citation, Event, Figure, Question, TimeValue

SCHEMA_VERSION = 1


def _citation(citation: Citation) -> dict[str, Any]:
    return {"source": citation.article, "sentence": citation.sentence, "text": citation.text}


def _citations(citations: Sequence[Citation]) -> list[dict[str, Any]]:
    return [_citation(c) for c in citations]


def _time(value: TimeValue | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "value": value.value,
        "granularity": value.granularity.value,
        "start": value.start.isoformat() if value.start else None,
        "end": value.end.isoformat() if value.end else None,
    }


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind.value,
        "roles": list(actor.roles),
        "dated_roles": [
            {
                "text": r.text,
                "first": r.first.isoformat() if r.first else None,
                "last": r.last.isoformat() if r.last else None,
            }
            for r in actor.dated_roles
        ],
        "aliases": list(actor.aliases),
        "mentions": actor.mentions,
        "salience": actor.salience,
        "quotes": [{"text": q.text, "direct": q.is_direct, "citation": _citation(q.citation)} for q in actor.quotes],
        "stands_for": actor.stands_for,
        "citations": _citations(actor.citations),
        "in_passing": actor.in_passing,
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "date": event.when.value,
        "granularity": event.when.granularity.value,
        "time": _time(event.when),
        "text": event.text,
        "status": event.status.value,
        "from_publication": event.from_publication,
        "sources": event.source_count,
        "actors": list(event.actors),
        "citations": _citations(event.citations),
    }


def _question(question: Question) -> dict[str, Any]:
    return {
        "text": question.text,
        "answered": bool(question.answered_by),
        "cue": question.cue,
        "answered_by": _citations(question.answered_by),
        "citations": _citations(question.citations),
    }


def _background(item: BackgroundItem) -> dict[str, Any]:
    return {
        "text": item.text,
        "date": item.when.value if item.when else None,
        "citations": _citations(item.citations),
    }


def _figure(figure: Figure) -> dict[str, Any]:
    return {
        "measure": figure.measure,
        "reports": [
            {
                "value": r.value,
                "text": r.text,
                "date": r.when.value if r.when else None,
                "citations": _citations(r.citations),
            }
            for r in figure.reports
        ],
    }


def briefing_data(briefing: Briefing) -> dict[str, Any]:
    """One briefing as data, in the format of `schema/briefing.schema.json` (docs/json-schema.md)."""
    return {
        "schema": SCHEMA_VERSION,
        "slug": briefing.slug,
        "title": briefing.title,
        "status": briefing.status,
        "summary": briefing.summary.text if briefing.summary else None,
        "summary_citations": _citations(briefing.summary.citations) if briefing.summary else [],
        "updated": briefing.updated.isoformat() if briefing.updated else None,
        "tags": list(briefing.tags),
        "sources": [
            {
                "id": s.article.id,
                "title": s.article.title,
                "source": s.article.meta.source,
                "url": s.article.meta.url,
                "published": s.article.meta.published.isoformat() if s.article.meta.published else None,
                "sentences": sum(1 for x in s.sentences if not x.is_heading),
                "dates": [
                    {
                        "text": d.text,
                        "type": d.type,
                        "values": [v.value for v in d.values],
                        "sentence": d.sentence,
                        "start": d.start,
                        "end": d.end,
                    }
                    for d in s.dates
                ],
            }
            for s in briefing.sources
        ],
        "editor_background": briefing.editor_background,
        "background": [_background(b) for b in briefing.background],
        "actors": [_actor(a) for a in briefing.actors],
        "timeline": [_event(e) for e in briefing.timeline],
        "questions": [_question(q) for q in briefing.questions],
        "key_events": [_event(e) for e in briefing.key_events],
        "figures": [_figure(f) for f in briefing.figures],
    }


def dumps(data: object) -> str:
    """JSON with one line per container of scalars (a citation, a tag list): compact, and diffs review well."""
    return _pretty(data, "") + "\n"


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
"""`json.dumps(value, ensure_ascii=False)` without building an encoder per call (tens of thousands per site)."""


@functools.lru_cache(maxsize=1024)
def _key(name: str) -> str:
    """A key as JSON: the same few dozen field names are written a hundred thousand times per site."""
    return _ENCODE(name)


def _pretty(value: object, indent: str) -> str:
    if isinstance(value, dict) and any(isinstance(v, dict | list) and v for v in value.values()):
        inner = indent + " "
        items = (f"{inner}{_key(k)}: {_pretty(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and any(isinstance(v, dict | list) and v for v in value):
        inner = indent + " "
        return "[\n" + ",\n".join(f"{inner}{_pretty(v, inner)}" for v in value) + f"\n{indent}]"
    return _ENCODE(value)


def index_data(briefings: Sequence[Briefing]) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "stories": [
            {
                "slug": b.slug,
                "title": b.title,
                "status": b.status,
                "updated": b.updated.isoformat() if b.updated else None,
                "tags": list(b.tags),
                "sources": len(b.sources),
                "actors": len(b.actors),
                "open_questions": sum(1 for q in b.questions if not q.answered_by),
            }
            for b in briefings
        ],
    }
