"""Immutable domain values shared by every pipeline stage after the extractors."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class Granularity(enum.StrEnum):
    """How precise a time value is; matches the TIMEX3 value shapes."""

    DAY = "day"  # 2023-09-11
    WEEK = "week"  # 2023-W36
    MONTH = "month"  # 2023-07
    QUARTER = "quarter"  # 2023-Q3
    HALF = "half"  # 2023-H1
    SEASON = "season"  # 2023-SU
    YEAR = "year"  # 2019
    DECADE = "decade"  # 199 (the 1990s)
    CENTURY = "century"  # 19 (the 20th century)
    DURATION = "duration"  # P3Y
    REFERENCE = "reference"  # PAST_REF, PRESENT_REF, FUTURE_REF


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeValue:
    """A normalised time expression, e.g. ``2023-09-11`` or ``2023-W36``."""

    value: str
    """The TIMEX3 value, exactly as it appears in `data/<story>.json`."""
    granularity: Granularity
    start: date | None = None
    """First day covered; `None` for durations and vague references."""
    end: date | None = None
    """Last day covered, inclusive."""

    @classmethod
    def of_day(cls, day: date) -> TimeValue:
        return cls(value=day.isoformat(), granularity=Granularity.DAY, start=day, end=day)

    @property
    def is_point(self) -> bool:
        """True for values that place something on the calendar (not durations or vague references)."""
        return self.start is not None

    @property
    def sort_key(self) -> tuple[date, date, str]:
        """Dated values first, oldest first; undated ones after, by value."""
        return (self.start or date.max, self.end or date.max, self.value)


class EventStatus(enum.StrEnum):
    """Whether an event lies before or after the story's newest article."""

    PAST = "past"
    UPCOMING = "upcoming"


class ActorKind(enum.StrEnum):
    """What sort of actor: people first on the page, then organisations, then places."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"


@dataclass(frozen=True, slots=True, order=True)
class Citation:
    """Where an item came from: one sentence of one article."""

    article: str
    """The article id (its file stem), e.g. ``2023-09-12-kim-train``."""
    sentence: int
    """1-based sentence number; the page anchor is ``#s{sentence}``."""
    text: str = field(compare=False)
    """The sentence as it reads in the article."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One sentence of an article's normalised text."""

    number: int
    """1-based; headings are not numbered (their number is 0)."""
    start: int
    """0-based character offset into `Article.text`."""
    end: int
    """Exclusive end offset."""
    text: str
    paragraph: int
    """0-based paragraph index, so source pages keep the article's paragraphs."""
    is_heading: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleMeta:
    """What YAML tells about one article that its text cannot."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | datetime | None = None
    """A date, or an aware datetime; never a naive datetime."""
    updated: date | datetime | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    tags: tuple[str, ...] = ()
    dateline: str | None = None
    """The place line an article opens with ("PORT AVALON"), when the importer split it off."""

    @property
    def published_day(self) -> date | None:
        """The publication date as a calendar day (in the datetime's own zone)."""
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One source article: metadata plus normalised text."""

    id: str
    """The file stem; unique within its story."""
    story: str
    src_uri: str
    """The seed file, relative to the seeds directory, '/'-separated."""
    meta: ArticleMeta
    text: str
    """Normalised text: paragraphs separated by one blank line, dateline removed."""
    dateline: str | None = None
    """A leading place line such as "NORTH KOREA", split off the text."""

    @property
    def title(self) -> str:
        return self.meta.title or self.id.replace("-", " ").capitalize()


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """Something an actor is reported to have said."""

    text: str
    is_direct: bool
    citation: Citation


@dataclass(frozen=True, slots=True, kw_only=True)
class DatedRole:
    """A role as the articles give it, with the publication dates of its first and last use."""

    text: str
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A person, organisation or place, merged across a story's articles."""

    id: str
    name: str
    kind: ActorKind
    roles: tuple[str, ...] = ()
    """Most used first; the editor's role alone when story.yml gives one."""
    dated_roles: tuple[DatedRole, ...] = ()
    """Every role with when it was used, newest first (a role that changes keeps both)."""
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    salience: float = 0.0
    quotes: tuple[Quote, ...] = ()
    stands_for: str | None = None
    """For a metonym ("Kremlin", "Pyongyang"), the id of the actor it stands for in this story."""
    citations: tuple[Citation, ...] = ()
    in_passing: bool = False
    """A person the story only names in passing (once, late, with no role and no words of their own, in a story of
    many people): listed under "Also named", not in the Key actors table."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """A dated (or vaguely dated) event on the story's timeline."""

    when: TimeValue
    text: str
    status: EventStatus = EventStatus.PAST
    actors: tuple[str, ...] = ()
    """Ids of the actors named in the event."""
    citations: tuple[Citation, ...] = ()
    from_publication: bool = False
    """Dated only by a publication day (an undated first sentence's news): it happened by then."""

    @property
    def source_count(self) -> int:
        """How many articles report this event (0 for an editor's entry)."""
        return len({c.article for c in self.citations})

    @property
    def sort_key(self) -> tuple[object, ...]:
        first = self.citations[0] if self.citations else Citation("", 0, "")
        return (*self.when.sort_key, first.article, first.sentence, self.text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """Something the articles say is unknown or uncertain, as a plain question."""

    text: str
    cue: str = ""
    """The cue family that raised it (e.g. ``negated-disclosure``), for evaluation."""
    answered_by: tuple[Citation, ...] = ()
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class BackgroundItem:
    """A context sentence: a precedent, an earlier event or a standing fact."""

    text: str
    when: TimeValue | None = None
    score: float = 0.0
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Summary:
    """The briefing's one-paragraph summary, with where it came from (none when an editor wrote it)."""

    text: str
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    """A date or time expression found in an article, with its resolved TIMEX3 value(s)."""

    text: str
    type: str
    """TIMEX3 type: DATE, TIME, DURATION or SET."""
    values: tuple[TimeValue, ...]
    sentence: int
    start: int
    """0-based character offset into `Article.text`."""
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceArticle:
    """An article as the briefing shows it: metadata, numbered sentences and the dates found in it."""

    article: Article
    sentences: tuple[Sentence, ...]
    dates: tuple[TimeExpression, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureReport:
    """One value of a figure as the articles of one day gave it ("at least 24" dead, 14 Sep)."""

    value: int
    text: str
    """As written, with its qualifier: "at least 24"."""
    when: TimeValue | None
    """The day of the articles that report it."""
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """A count the story keeps reporting (dead, injured, missing, evacuated, arrested) and how it changed."""

    measure: str
    reports: tuple[FigureReport, ...]
    """Oldest first, each a value different from the one before it: the last is the latest figure."""

    @property
    def latest(self) -> FigureReport:
        return self.reports[-1]

    @property
    def history(self) -> tuple[FigureReport, ...]:
        """The earlier values, newest first."""
        return tuple(reversed(self.reports[:-1]))


@dataclass(frozen=True, slots=True, kw_only=True)
class Briefing:
    """Everything one story's page shows, after merging and curation."""

    slug: str
    title: str
    summary: Summary | None
    status: str
    updated: date | None
    tags: tuple[str, ...]
    sources: tuple[SourceArticle, ...]
    editor_background: str | None
    background: tuple[BackgroundItem, ...]
    actors: tuple[Actor, ...]
    timeline: tuple[Event, ...]
    questions: tuple[Question, ...]
    key_events: tuple[Event, ...] = ()
    """The bounded selection of the timeline a reader needs (`generator/merge/key_events.py`), in date order."""
    figures: tuple[Figure, ...] = ()
    """The counts the articles report and how they changed (`generator/merge/figures.py`)."""

    @property
    def sort_key(self) -> tuple[int, str]:
        """Newest first, then by slug."""
        return (-(self.updated.toordinal() if self.updated else 0), self.slug)
