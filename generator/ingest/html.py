"""Saved web pages: the article text with trafilatura, dates with htmldate, the rest from the page's metadata.

Used by the `.html` seed reader at build time and by `briefings add`. Nothing here touches the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_BYLINE = re.compile(
    r"^(?:By|BY|by)\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and)\s*[A-Z][\w.'’-]+"
    r"(?:\s+[A-Z][\w.'’-]+){0,3})*)\s*$"
)
_BOILERPLATE = re.compile(
    r"^(?:advertisement|subscribe\b.*|sign up\b.*|read more\b.*|related:?.*|share this.*|follow us.*"
    r"|we use cookies.*|accept (?:all )?cookies.*|this site uses cookies.*|continue reading.*"
    r"|already a subscriber.*|to continue reading.*|click here.*)$",
    re.IGNORECASE,
)


MIN_WORDS = 40
"""Fewer words than this is a page without an article (an error page, a teaser, a paywall stub)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PageArticle:
    """What a saved news page says about its article."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    url: str | None = None
    published: date | None = None
    updated: date | None = None
    language: str | None = None

    @property
    def has_article(self) -> bool:
        return len(self.text.split()) >= MIN_WORDS


def extract_page(html: str | bytes, *, url: str | None = None) -> PageArticle:
    """Extract the article from a web page; `text` is empty when the page holds no article."""
    import htmldate
    import trafilatura

    text = (
        trafilatura.extract(
            html, url=url, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
        )
        or ""
    )
    metadata = trafilatura.extract_metadata(html, default_url=url)
    lines = [line.strip() for line in text.splitlines()]
    authors: list[str] = []
    kept: list[str] = []
    for line in lines:
        if not line or _BOILERPLATE.match(line):
            continue
        if (byline := _BYLINE.match(line)) and not kept:
            authors.extend(a.strip() for a in re.split(r",|\band\b", byline.group(1)) if a.strip())
            continue
        kept.append(line)
    title = (metadata.title if metadata else None) or None
    if kept and title and kept[0].strip().rstrip(".").lower() == title.strip().rstrip(".").lower():
        kept = kept[1:]  # the headline, repeated as the first line of the text
    if metadata is not None and metadata.author and not authors:
        authors = [a.strip() for a in metadata.author.split(";") if a.strip()]
    # No extensive search: a date guessed from a copyright line or a link is worse than no date.
    published = _date(
        htmldate.find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d", url=url)
    )
    updated = _date(
        htmldate.find_date(html, original_date=False, extensive_search=False, outputformat="%Y-%m-%d", url=url)
    )
    return PageArticle(
        text="\n\n".join(kept),
        title=title,
        authors=tuple(dict.fromkeys(authors)),
        source=(metadata.sitename if metadata else None) or None,
        url=(metadata.url if metadata and metadata.url else url) or None,
        published=published,
        updated=updated if updated and published and updated > published else None,
        language=(metadata.language if metadata else None) or None,
    )


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
