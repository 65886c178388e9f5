"""Feeds and exports: an Atom feed of briefings and an iCalendar file of upcoming events with known dates.

Every id and timestamp comes from the input (story slugs, publication dates), so the files are deterministic.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from generator.model import Briefing, EventStatus, Granularity
from generator.render.anchors import item_anchors

FEED_ID = "urn:briefings:feed"


def _stamp(day: date | None) -> str:
    return f"{(day or date(1970, 1, 1)).isoformat()}T00:00:00Z"


def _base(site_url: str) -> str:
    """What a page's address starts with: the site's address and "/", or nothing (relative to the site's root)."""
    return site_url.rstrip("/") + "/" if site_url else ""


def render_atom(briefings: Sequence[Briefing], *, site_url: str = "") -> str:
    """An Atom 1.0 feed, one entry per story, newest first; an entry's id never changes, its `updated` does."""
    base = _base(site_url)
    ordered = sorted(briefings, key=lambda b: b.sort_key)
    newest = max((b.updated for b in ordered if b.updated), default=None)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        "  <title>Briefings</title>",
        f"  <id>{FEED_ID}</id>",
        f"  <updated>{_stamp(newest)}</updated>",
        f'  <link rel="self" href={quoteattr(base + "feed.xml")}/>',
        "  <author><name>Briefings</name></author>",
    ]
    for briefing in ordered:
        summary = briefing.summary.text if briefing.summary else ""
        lines += [
            "  <entry>",
            f"    <title>{escape(briefing.title)}</title>",
            f"    <id>urn:briefings:story:{escape(briefing.slug)}</id>",
            f"    <updated>{_stamp(briefing.updated)}</updated>",
            f'    <link rel="alternate" href={quoteattr(base + briefing.slug + "/")}/>',
            f"    <summary>{escape(summary)}</summary>",
            *(f"    <category term={quoteattr(tag)}/>" for tag in briefing.tags),
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545 lines are at most 75 octets; longer ones continue after CRLF and a space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    return [*out, current]


def render_ics(briefings: Sequence[Briefing], *, site_url: str = "") -> str:
    """An iCalendar file of the upcoming events whose date is known (a day, a week or a month).

    Each event's subject starts with its story's title (an event's own text may name no one: "Special services will
    continue."), and its URL leads to the event on its briefing: absolute with `site_url`, else relative to the site.
    """
    base = _base(site_url)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Briefings//Upcoming events//EN", "CALSCALE:GREGORIAN"]
    for briefing in sorted(briefings, key=lambda b: b.slug):
        anchors = item_anchors(briefing)
        for event in briefing.timeline:
            when = event.when
            known = when.granularity in {Granularity.DAY, Granularity.WEEK, Granularity.MONTH}
            if event.status is not EventStatus.UPCOMING or when.start is None or when.end is None or not known:
                continue
            uid = hashlib.sha256(f"{briefing.slug}|{when.value}|{event.text}".encode()).hexdigest()[:24]
            end = date.fromordinal(when.end.toordinal() + 1)  # DTEND of an all-day event is exclusive
            lines += [
                "BEGIN:VEVENT",
                f"UID:{uid}@briefings",
                f"DTSTAMP:{_stamp(briefing.updated).replace('-', '').replace(':', '')}",
                f"DTSTART;VALUE=DATE:{when.start.strftime('%Y%m%d')}",
                f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
                f"SUMMARY:{_ics_text(f'{briefing.title}: {event.text}')}",
                f"DESCRIPTION:{_ics_text(f'From the briefing: {briefing.title}')}",
                f"URL:{base}{quote(briefing.slug)}/#{anchors(event)}",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(folded for line in lines for folded in _fold(line)) + "\r\n"
