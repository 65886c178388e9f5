"""Saved web pages: the article text with trafilatura, dates with htmldate, the rest from the page's metadata.

Used by the `.html` seed reader at build time and by `briefings add`. Nothing here touches the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.ingest.text import CREDIT_LINE

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


_SEPARATOR = re.compile(r"^[\s_\-–—=*•·.~]+$")
_CALL_OUT = re.compile(
    r"^(?:must read|read more|also read|see also|related(?: stories| articles| coverage)?|more(?: on this)?|watch|"
    r"listen|recommended|trending(?: now)?|top stories|don'?t miss|here'?s what (?:you need to know|else is happening)"
    r"|editor'?s note)\s*[:|–—-]",
    re.IGNORECASE,
)
_SOCIAL = re.compile(
    r"^(?:follow|like|subscribe to|sign up for|reach|contact|email|e-mail|listen to)\b.{0,120}"
    r"(?:\bon (?:twitter|facebook|instagram|x)\b|newsletter|coverage at|\bat @|@\w+|\blive\b|[\w.-]+@[\w-]+\.\w+)",
    re.IGNORECASE,
)
_TEASER_END = re.compile(r"\s(?:\.\.\.|…)$")
"""A headline or standfirst of another story, cut short with a spaced ellipsis ("... as global investors ...")."""
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STAMP = re.compile(
    rf"^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:[\d\s,:./+-]|{_MONTH}|(?:mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\.?|a\.?m\.?|p\.?m\.?|gmt|utc|e[sd]t|p[sd]t|c[sd]t|bst|ist|cet|aest|aedt)+$",
    re.IGNORECASE,
)
"""A line that is only a date or time stamp ("13", "Jan 2020, 22:11 GMT+10", "Updated: 4:14 p.m.")."""
_AGENCY_CREDIT = re.compile(r"^\((?:Reuters|AP|AFP|ANI|PTI|IANS|UPI|Bloomberg|dpa|Xinhua)\)\s*[-—–]+\s*")
_PARAGRAPH_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?(?:\s*\([A-Za-z .,]+\))?\s*(?:[-—–]{1,2}|:)\s+(?=[A-Z“\"])"
)
"""A dateline at the start of a paragraph: "SYDNEY, Australia - ", "WASHINGTON (AP) — ", "NEW DELHI: "."""


def clean_lines(lines: list[str], *, site: str | None = None) -> list[str]:
    """The article's paragraphs without what a page wraps around them.

    Separators, call-outs ("MUST READ |", "Also read:"), social and contact lines ("Follow X on Twitter"), newsroom
    credits and copyright lines (`CREDIT_LINE`), date or time stamps, teasers of other stories (cut short with
    " ..."), and at the start of a paragraph: a dateline, an agency credit ("(Reuters) —") and the site's own name
    ("Kaieteur News – "). An image size ("150px") is markup that `normalise` removes from any article.
    """
    kept: list[str] = []
    prefix = re.compile(rf"^{re.escape(site)}\s*[-—–:]+\s*", re.IGNORECASE) if site else None
    for line in lines:
        if _SEPARATOR.match(line) or _CALL_OUT.match(line) or _TEASER_END.search(line):
            continue
        if CREDIT_LINE.search(line) and len(line.split()) <= 30:
            continue
        if (_SOCIAL.match(line) and len(line.split()) <= 25) or (_STAMP.match(line) and len(line.split()) <= 8):
            continue
        line = _AGENCY_CREDIT.sub("", line)
        if prefix is not None:
            line = prefix.sub("", line)
        if kept:  # the first paragraph's dateline is split off into the metadata when the text is read
            line = _PARAGRAPH_DATELINE.sub("", line)
        if line.strip():
            kept.append(line)
    return kept


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


def without_hover_cards(html: str | bytes) -> str | bytes:
    """The page without the cards some sites hide inside a paragraph, shown when a name is hovered.

    A card is an element inside a paragraph that holds a picture and at least two links (the person's page, their
    latest headlines): "Rep. Jane Roe<span>[photo] Jane Roe | Roe asks court ... MORE</span> said". Its text is no
    part of the sentence around it. The innermost such element goes, so the name's own link stays. A page without
    one is returned as it is.
    """
    from lxml import html as lxml_html

    if b"<img" not in (html if isinstance(html, bytes) else html.encode("utf-8", "ignore")):
        return html
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return html
    cards = [
        element
        for element in tree.iterfind(".//p//*")
        if element.tag in {"span", "div", "aside", "figure"}
        and element.find(".//img") is not None
        and len(element.findall(".//a")) >= 2
    ]
    removed = 0
    for card in reversed(cards):  # innermost first: an outer element that only held a card keeps its own text
        if card.find(".//img") is None or len(card.findall(".//a")) < 2 or card.getparent() is None:
            continue
        card.drop_tree()
        removed += 1
    return lxml_html.tostring(tree, encoding="unicode") if removed else html


def extract_page(html: str | bytes, *, url: str | None = None) -> PageArticle:
    """Extract the article from a web page; `text` is empty when the page holds no article."""
    import htmldate
    import trafilatura

    html = without_hover_cards(html)
    text = (
        trafilatura.extract(
            html, url=url, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
        )
        or ""
    )
    metadata = trafilatura.extract_metadata(html, default_url=url)
    lines = [line.strip() for line in text.splitlines()]
    authors: list[str] = []
    kept: list[str] = []
    for line in lines:
        if not line or _BOILERPLATE.match(line):  # before the byline and headline checks, which look at the top
            continue
        if (byline := _BYLINE.match(line)) and not kept:
            authors.extend(a.strip() for a in re.split(r",|\band\b", byline.group(1)) if a.strip())
            continue
        kept.append(line)
    title = (metadata.title if metadata else None) or None
    if kept and title and kept[0].strip().rstrip(".").lower() == title.strip().rstrip(".").lower():
        kept = kept[1:]  # the headline, repeated as the first line of the text
    kept = clean_lines(kept, site=(metadata.sitename if metadata else None) or None)
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
