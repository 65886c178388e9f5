"""Cue words the extractors look for, kept as data so that adding one is a one-line, reviewable change."""

from __future__ import annotations

import re

REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "announce",
        "confirm",
        "state",
        "claim",
        "add",
        "note",
        "warn",
        "write",
        "declare",
        "insist",
        "argue",
        "allege",
        "acknowledge",
        "explain",
        "reveal",
        "disclose",
        "indicate",
        "suggest",
        "predict",
        "caution",
        "stress",
        "emphasize",
        "emphasise",
        "tweet",
        "post",
        "accord",
    }
)
"""Verbs that attribute a statement; a date on one of them dates the saying, not what was said."""

IRREALIS_AUX = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll", "’ll"})
"""Auxiliaries that make a clause a prediction or possibility rather than a reported fact."""

DISCLOSURE_VERBS = frozenset(
    {
        "specify",
        "say",
        "elaborate",
        "disclose",
        "confirm",
        "reveal",
        "comment",
        "explain",
        "detail",
        "identify",
        "announce",
        "indicate",
        "clarify",
        "know",
        "decide",
        "determine",
        "name",
        "respond",
        "answer",
        "predict",
        "speculate",
        "estimate",
    }
)
"""Verbs that, negated ("did not say", "neither has specified"), state that something is not known.
Not "give" or "provide": "would not give more aid" is a decision, not an unknown."""

REFUSAL_VERBS = frozenset({"decline", "refuse"})
"""Verbs that turn a following disclosure verb into an unknown: "declined to comment"."""

ATTEMPT_VERBS = frozenset({"try", "work", "seek", "attempt", "struggle", "scramble"})
"""Verbs that make a following verb of finding out an inquiry still open: "are trying to determine what caused"."""

FINDING_OUT_VERBS = frozenset({"determine", "establish", "ascertain", "confirm", "identify", "learn", "understand"})
"""Verbs of finding out: after a verb of trying, what they would find is not yet known."""

UNCERTAIN_ADJECTIVES = frozenset({"unclear", "uncertain", "unknown", "undecided", "unconfirmed", "unsure"})
"""Adjectives that state an unknown: "it is unclear whether ..."."""

HEDGE_MODALS = frozenset({"could", "might", "may"})
"""Modals of possibility: "the two leaders could strike an arms deal" asks whether they will."""

EXPECTATION_VERBS = frozenset({"expect", "anticipate", "forecast", "project", "schedule", "slate", "due"})
"""Passive verbs of expectation: "talks are expected to continue" asks whether they will."""

PENDING_VERBS = frozenset(
    {
        "weigh",
        "consider",
        "decide",
        "deliberate",
        "debate",
        "review",
        "mull",
        "study",
        "ponder",
        "discuss",
        "evaluate",
        "assess",
        "examine",
        "investigate",
        "probe",
        "explore",
        "determine",
    }
)
"""Verbs of a decision or an inquiry not yet done: "is weighing whether to extend the ban", "is examining whether the
founder enriched himself"."""

RULING_VERBS = frozenset({"rule", "decide", "vote", "respond", "reply", "act"})
"""Verbs whose outcome is open while they have "not yet" happened: "the judge has not yet ruled on the motion"."""

STATIVE_VERBS = frozenset(
    {
        "be",
        "lie",
        "have",
        "remain",
        "border",
        "share",
        "hold",
        "belong",
        "consist",
        "prefer",
        "account",
        "contain",
        "own",
        "control",
        "depend",
        "include",
        "represent",
        "stand",
        "sit",
        "run",
        "span",
        "cover",
        "rank",
    }
)
"""Verbs whose simple present states a standing fact: "Vladivostok lies 130 km from the border"."""

PRECEDENT_PHRASES = (
    "for the first time",
    "first time",
    "the first ",
    "since",
    "already",
    "previously",
    "ever ",
    "never",
    "last time",
    "in the past",
    "once again",
    "has long",
    "have long",
    "history",
    "comes after",
    "come after",
    "comes amid",
    "come amid",
)
"""Phrases that mark context rather than news: precedents, history, and what the news comes after."""

ATTITUDE_ADJECTIVES = frozenset(
    {
        "optimistic",
        "pessimistic",
        "hopeful",
        "confident",
        "eager",
        "keen",
        "anxious",
        "worried",
        "concerned",
        "nervous",
        "afraid",
        "skeptical",
        "sceptical",
        "wary",
        "happy",
        "unhappy",
        "pleased",
        "disappointed",
        "frustrated",
        "determined",
        "convinced",
        "reluctant",
        "willing",
        "proud",
        "excited",
    }
)
"""Adjectives of a view held now: "the union leader is optimistic that ...", "is eager to ..."."""

ATTITUDE_NOUNS = frozenset({"hope", "doubt", "concern", "reservation", "hesitation", "fear", "misgiving", "worry"})
"""Nouns of a view held now, after "have": "has doubts about the merger", "has hopes that sales ..."."""

NEWS_EVENT_NOUNS = frozenset(
    {
        "announcement",
        "deal",
        "decision",
        "move",
        "donation",
        "layoff",
        "cut",
        "agreement",
        "ruling",
        "verdict",
        "listing",
        "offer",
        "bid",
        "merger",
        "acquisition",
        "takeover",
        "purchase",
        "restructuring",
        "award",
        "selection",
        "appointment",
        "nomination",
        "resignation",
        "arrest",
        "plea",
        "settlement",
        "indictment",
        "vote",
        "win",
        "victory",
        "defeat",
        "closure",
        "shutdown",
        "lockdown",
        "ban",
        "launch",
        "visit",
        "summit",
        "testimony",
        "hearing",
    }
)
"""Nouns of a news event: "The merger also includes ...", with no date of its own, names the story's news again."""

HABITUAL_ADVERBS = frozenset(
    {"usually", "typically", "normally", "traditionally", "generally", "routinely", "customarily", "often"}
)
"""Adverbs of what happens as a rule: "ferries usually carry 300 cars" states a standing fact."""

FREQUENCY_ADVERBS = (HABITUAL_ADVERBS - {"normally"}) | {"frequently", "sometimes", "rarely", "seldom", "always"}
"""Adverbs that make a dated line a habit, no event ("Flu strains often disappear over the summer months"); not
"normally", which in a dated line is a manner ("Flights resumed normally on Tuesday")."""

EARLIER_ADVERBS = frozenset({"initially", "originally", "formerly"})
"""Adverbs of a state before the news, with a verb in the past tense: "the group initially endorsed Harris"."""

RUNNING_TALLY_PHRASES = ("so far", "thus far", "to date", "as of now", "up to now")
"""Phrases of a count still running in the period the news is in: "12 deaths so far", "the most to date"."""

WH_WORDS = frozenset({"when", "where", "what", "who", "whom", "whose", "which", "why", "how", "whether", "if"})

BELIEF_VERBS = frozenset({"expect", "believe", "think", "estimate", "forecast", "project", "anticipate", "fear"})
"""Verbs whose content is someone's view: "Analysts expect 16 million cars will be sold" keeps the analysts."""

OPINION_VERBS = frozenset(
    {"seem", "appear", "remain", "look", "sound", "believe", "think", "know", "want", "need", "hope"}
)
"""Verbs of state or opinion: what they say is a claim, which keeps who made it ("seems", "believes")."""


MID_SENTENCE = re.compile(r"^\W*(?!(?:de|van|von|der|den|al|el|bin|ibn|da|di|du|la|le)\b)[a-z][a-z]")
"""A line that opens in lower case ("off, its form factor is a surprise ...") is the end of a sentence the page split,
not a lede or background ("iPhone sales rose" and "eBay has ..." open with a capital inside the word)."""
