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
from generator.render.anchors import FULL_TIMELINE_PAGE, event_page, item_anchors
from generator.render.strings import ENGLISH, Strings

FEED_ID = "urn:briefings:feed"
FEED = "feed.xml"
"""The feed's file name: the site's at the top of the output folder, each story's in the story's folder."""
DEFAULT_TITLE = "Briefings"
"""The feeds' title when the site has no name (mkdocs.yml's site_name gives it)."""


def _stamp(day: date | None) -> str:
    return f"{(day or date(1970, 1, 1)).isoformat()}T00:00:00Z"


def _base(site_url: str) -> str:
    """What the feeds' links start with: the site's URL with one trailing slash, or "" (links relative to it)."""
    return site_url.rstrip("/") + "/" if site_url else ""


def _feed_head(*, title: str, feed_id: str, updated: date | None, self_href: str, author: str) -> list[str]:
    return [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(title)}</title>",
        f"  <id>{escape(feed_id)}</id>",
        f"  <updated>{_stamp(updated)}</updated>",
        f'  <link rel="self" href={quoteattr(self_href)}/>',
        f"  <author><name>{escape(author)}</name></author>",
    ]


def render_atom(briefings: Sequence[Briefing], *, site_url: str = "", site_name: str = DEFAULT_TITLE) -> str:
    """An Atom 1.0 feed, one entry per story, newest first; an entry's id never changes, its `updated` does.

    `site_url`: the absolute URL of the pages' folder (links are relative to it without one); `site_name`: the title.
    """
    base = _base(site_url)
    ordered = sorted(briefings, key=lambda b: b.sort_key)
    newest = max((b.updated for b in ordered if b.updated), default=None)
    lines = _feed_head(title=site_name, feed_id=FEED_ID, updated=newest, self_href=base + FEED, author=site_name)
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


def render_story_atom(briefing: Briefing, *, site_url: str = "", site_name: str = DEFAULT_TITLE) -> str:
    """A story's own Atom feed: one entry per article, newest first, linking to its page on the site.

    For a reader who follows one story: a new article in it is a new entry. Ids are stable
    (`urn:briefings:story:<slug>:article:<id>`); the briefing's outline is enough (no article text is read).
    """
    base = _base(site_url) + briefing.slug + "/" if site_url else ""  # relative links: to the story's folder
    articles = sorted(
        (s.article for s in briefing.sources),
        key=lambda a: (a.meta.published_day or date.min, a.id),
        reverse=True,
    )
    lines = _feed_head(
        title=f"{site_name}: {briefing.title}",
        feed_id=f"urn:briefings:story:{briefing.slug}",
        updated=briefing.updated,
        self_href=base + FEED,
        author=site_name,
    )
    for article in articles:
        lines += [
            "  <entry>",
            f"    <title>{escape(article.title)}</title>",
            f"    <id>urn:briefings:story:{escape(briefing.slug)}:article:{escape(article.id)}</id>",
            f"    <published>{_stamp(article.meta.published_day)}</published>",
            f"    <updated>{_stamp(article.meta.published_day)}</updated>",
            f'    <link rel="alternate" href={quoteattr(f"{base}sources/{article.id}/")}/>',
            *([f"    <author><name>{escape(a)}</name></author>" for a in article.meta.authors]),
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


def _page_url(page: str) -> str:
    """A story page's URL below the story's folder: "" for the briefing, "timeline/" for the full timeline."""
    return "timeline/" if page == FULL_TIMELINE_PAGE else ""


def render_ics(briefings: Sequence[Briefing], *, site_url: str = "", strings: Strings = ENGLISH) -> str:
    """An iCalendar file of the upcoming events whose date is known (a day, a week or a month).

    Each event's subject starts with its story's title (an event's own text may name no one: "Special services will
    continue."), and its URL leads to the event on its briefing: absolute with `site_url`, else relative to the site.
    """
    base = _base(site_url)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Briefings//Upcoming events//EN", "CALSCALE:GREGORIAN"]
    for briefing in sorted(briefings, key=lambda b: b.slug):
        anchors, page_of = item_anchors(briefing), event_page(briefing)
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
                f"DESCRIPTION:{_ics_text(strings('calendar.description', title=briefing.title))}",
                f"URL:{base}{quote(briefing.slug)}/{_page_url(page_of(event))}#{anchors(event)}",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(folded for line in lines for folded in _fold(line)) + "\r\n"
