"""The top of a briefing: what happened, the context, what comes next, and what the newest article added.

Every line is an item the briefing already holds, with its citations: the summary (the lede), the best-scored
background sentence, the next upcoming event (or the first open question the briefing lists), and the items that
only the newest article reports. Nothing here is extracted anew.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.model import BackgroundItem, Briefing, Citation, Event, EventStatus, Question, TimeValue
from generator.render.anchors import listed_questions
from generator.render.strings import ENGLISH, Strings

LATEST = 3
"""How many of the newest article's items the top box lists."""
_LEANS_BACK = re.compile(r"^(?:and|but|or|so|yet|also|it|this|that|these|those|he|she|they|his|her|its|their)\b", re.I)
"""A sentence that opens by leaning on the one before it ("And the city is where ...") is no line of the box."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefLine:
    """One line of the top box: its kind (the template words it), the item's text, its citations, an event's date."""

    kind: str
    """ "happened", "context", "next", "open" or "latest"."""
    text: str
    citations: tuple[Citation, ...] = ()
    when: TimeValue | None = None


def in_brief(briefing: Briefing) -> tuple[BriefLine, ...]:
    """What happened, the context, and what's next (an upcoming event, else an open question).

    The context is the best-scored background sentence that stands alone.
    """
    lines = []
    if briefing.summary is not None:
        lines.append(BriefLine(kind="happened", text=briefing.summary.text, citations=briefing.summary.citations))
    alone = [b for b in briefing.background if not _LEANS_BACK.match(b.text)]
    if alone:
        best = max(alone, key=lambda b: b.score)  # the first of equals: max keeps the earliest
        lines.append(BriefLine(kind="context", text=best.text, citations=best.citations))
    upcoming = [e for e in briefing.timeline if e.status is EventStatus.UPCOMING]
    dated = [e for e in upcoming if e.when.start is not None]
    open_questions = listed_questions(briefing)  # the first the briefing lists
    if nearest := (dated or upcoming)[:1]:
        event = nearest[0]
        lines.append(BriefLine(kind="next", text=event.text, citations=event.citations, when=event.when))
    elif open_questions:
        question = open_questions[0]
        lines.append(BriefLine(kind="open", text=question.text, citations=question.citations))
    return tuple(lines)


@dataclass(frozen=True, slots=True)
class Newest:
    """The newest article(s) of a story of several, and which items only they report."""

    day: date | None
    articles: frozenset[str]
    previous: date | None = None
    """The publication day before the newest: what happened after it is a development, not a retelling."""
    day_label: str = ""
    """ "12 Sep": the newest article's day, as the marks show it (the words around it are the template's)."""

    @classmethod
    def of(cls, briefing: Briefing, strings: Strings = ENGLISH) -> Newest:
        """No newest when the story has one article, or when its articles share one publication day."""
        days = {s.article.id: s.article.meta.published_day for s in briefing.sources}
        known = sorted({d for d in days.values() if d is not None})
        if len(briefing.sources) < 2 or len(known) < 2:
            return cls(None, frozenset())
        newest = known[-1]
        articles = frozenset(a for a, d in days.items() if d == newest)
        return cls(newest, articles, known[-2], day_label=strings.day(newest, year=False))

    def is_new(self, item: Event | Question | BackgroundItem) -> bool:
        """Only the newest article reports the item (an editor's item, with no citation, is not new)."""
        return bool(item.citations) and all(c.article in self.articles for c in item.citations)

    def latest(self, briefing: Briefing) -> tuple[BriefLine, ...]:
        """What the newest article added, in its reading order.

        Events after the article before it (or ahead) and the questions it raised; not the summary's own sentence,
        which the top box shows already.
        """
        if self.day is None:
            return ()
        shown = set(briefing.summary.citations) if briefing.summary else set()
        items: list[Event | Question] = [e for e in briefing.timeline if self.is_new(e) and self._after_previous(e)]
        items += [q for q in briefing.questions if not q.answered_by and self.is_new(q)]
        items = [i for i in items if not shown.intersection(i.citations)]
        items.sort(key=lambda item: item.citations[0])
        return tuple(
            BriefLine(kind="latest", text=i.text, citations=i.citations, when=getattr(i, "when", None))
            for i in items[:LATEST]
        )

    def _after_previous(self, event: Event) -> bool:
        start = event.when.start
        return start is None or self.previous is None or start > self.previous
