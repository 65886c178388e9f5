"""Cue words the extractors look for, kept as data so that adding one is a one-line, reviewable change."""

from __future__ import annotations

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

TITLE_WORDS = frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "leader",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "director",
        "governor",
        "mayor",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "ambassador",
        "envoy",
        "general",
        "gen.",
        "admiral",
        "colonel",
        "commander",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "head",
        "ceo",
        "founder",
        "judge",
        "justice",
        "attorney",
        "prosecutor",
        "officer",
        "official",
        "dictator",
        "pope",
        "bishop",
        "sheikh",
        "emir",
        "sultan",
        "speaker",
        "lawmaker",
        "candidate",
        "nominee",
        "analyst",
        "professor",
        "dr.",
        "coach",
        "captain",
        "deputy",
        "foreign",
        "defense",
        "defence",
        "national",
        "security",
        "supreme",
        "executive",
        "commissioner",
        "president-elect",
        "correspondent",
        "editor",
        "economist",
        "aide",
        # abbreviations written before names in American news ("Florida Gov. Ron DeSantis", "Lt. Gov.")
        "gov.",
        "lt.",
        "col.",
        "maj.",
        "capt.",
        "sgt.",
        "cmdr.",
        "adm.",
        "atty.",
        "supt.",
        "det.",
        "insp.",
        # offices and ranks
        "lieutenant",
        "sergeant",
        "detective",
        "inspector",
        "superintendent",
        "sheriff",
        "councilman",
        "councilwoman",
        "councillor",
        "councilor",
        "supervisor",
        "treasurer",
        "comptroller",
        "magistrate",
        "chairperson",
        "cfo",
        "coo",
        "cto",
        "rabbi",
        "imam",
        "rev.",
        "reverend",
        "pastor",
        "cardinal",
        "archbishop",
    }
)
"""Words that head (or open) a title before a name: "Kremlin spokesman Dmitry Peskov"."""

HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss"})
"""Courtesy titles written before a name: not part of the name, and not a role on their own."""

OCCUPATION_WORDS = frozenset(
    {
        "actress",
        "host",
        "anchor",
        "star",
        "pilot",
        "nurse",
        "chef",
        "poet",
        "surgeon",
        "physician",
        "comedian",
        "musician",
        "politician",
        "historian",
        "athlete",
        "architect",
        "diplomat",
        "playwright",
        "priest",
        "activist",
        "champion",
        "entrepreneur",
        "scientist",
        "attorney",
        "expert",
        "hopeful",
        "actor",
        "author",
        "writer",
        "singer",
        "rapper",
        "boxer",
        "lawyer",
    }
)
"""Nouns of occupation ("“Morning Edition” host Jane Roe"), mostly those that do not end like one ("-er", "-ist",
"-man"); a name the model took with one of these or a title before it loses it ("Boxer Amir Khan")."""

DEMOGRAPHIC_WORDS = frozenset(
    {
        "black",
        "white",
        "brown",
        "hispanic",
        "latino",
        "latina",
        "african-american",
        "asian-american",
        "female",
        "male",
        "gay",
        "lesbian",
        "transgender",
    }
)
"""Adjectives of race, sex or orientation: they describe a person, they are no part of a role."""

PLURAL_TITLES = {"sens": "Sen.", "reps": "Rep.", "drs": "Dr.", "gens": "Gen.", "govs": "Gov."}
"""Abbreviated titles of several people ("Sens. Jane Roe and John Doe"), lower case without the full stop, and
the title of each."""

APPOINTING_VERBS = frozenset({"name", "appoint", "elect", "nominate", "choose", "select", "promote", "crown"})
"""Verbs whose passive gives the subject a role: "Jane Roe was named acting administrator"."""

THING_NOUNS = frozenset(
    {
        "magazine",
        "newspaper",
        "tabloid",
        "broadcaster",
        "network",
        "channel",
        "company",
        "firm",
        "startup",
        "band",
        "party",
        "brand",
        "label",
        "airline",
        "carrier",
        "bank",
        "agency",
        "retailer",
        "maker",
        "manufacturer",
        "automaker",
        "carmaker",
        "website",
        "app",
        "publication",
        "outlet",
        "journal",
        "studio",
        "conglomerate",
        "chain",
        "club",
        "team",
        "ship",
        "vessel",
        "hurricane",
        "storm",
        "typhoon",
        "cyclone",
        "film",
        "movie",
        "album",
        "song",
        "novel",
        "show",
        "series",
    }
)
"""Nouns for kinds of things, not offices: a name right after one ("German magazine Der Spiegel", "the band
Queen") is not a person, whatever the model said."""

NAME_PARTICLES = frozenset(
    {"de", "des", "del", "della", "di", "da", "van", "von", "der", "den", "el", "al", "le", "la", "du", "bin"}
)
"""Words that open a surname ("De Niro", "el-Beblawi", "Laurence des Cars"), often in lower case."""

DEPARTMENT_WORDS = frozenset(
    {
        "defense",
        "defence",
        "foreign",
        "finance",
        "interior",
        "justice",
        "health",
        "education",
        "trade",
        "economy",
        "energy",
        "agriculture",
        "transport",
        "security",
        "intelligence",
        "treasury",
        "state",
        "labor",
        "labour",
        "commerce",
        "home",
    }
)
"""Capitalised words that spaCy sometimes tags as an organisation when they are part of a title
("Russian Defense Minister"): on their own they are not actors."""

PLACE_ALIASES = {
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "united states of america": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "un": "United Nations",
    "u.n.": "United Nations",
    "dprk": "North Korea",
    "rok": "South Korea",
    "eu": "European Union",
    "e.u.": "European Union",
    "prc": "China",
    "uae": "United Arab Emirates",
}
"""Common abbreviations of countries and bodies, merged with their full names."""

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

CONTESTING_VERBS = frozenset({"deny", "dispute", "reject", "contest", "refute"})
"""Verbs that contest a claim: "denied that it had paid the officials" asks whether it did."""

CONTESTED_ADVERBS = frozenset({"allegedly", "purportedly", "supposedly"})
"""Adverbs that mark a claim as unproven ("reportedly" is left out: news uses it for ordinary sourcing)."""

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

EARLIER_ADVERBS = frozenset({"initially", "originally", "formerly"})
"""Adverbs of a state before the news, with a verb in the past tense: "the group initially endorsed Harris"."""

RUNNING_TALLY_PHRASES = ("so far", "thus far", "to date", "as of now", "up to now")
"""Phrases of a count still running in the period the news is in: "12 deaths so far", "the most to date"."""

ORGANIZATION_SUFFIXES = frozenset(
    {
        "corporation",
        "corp",
        "corp.",
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "group",
        "company",
        "co.",
        "holdings",
        "airlines",
        "airways",
        "bank",
        "motors",
        "agency",
        "ministry",
        "department",
        "council",
        "committee",
        "commission",
        "union",
        "association",
        "party",
        "university",
        "institute",
        "office",
        "court",
        "systems",
        "productions",
        "studios",
        "guild",
        "federation",
        "foundation",
        "network",
        "partners",
        "technologies",
        "minerals",
        "mining",
        "metals",
        "resources",
        "protection",
        "pharmaceuticals",
        "therapeutics",
        "services",
        "awards",
        "globes",
        "award",
        "prize",
    }
)
"""A last word that makes a name an organisation whatever the NER said ("Saturn Corporation")."""
STREET_WORDS = frozenset(
    {"drive", "street", "avenue", "road", "lane", "boulevard", "place", "court", "way", "terrace", "highway"}
    | {"springs", "heights", "falls", "valley", "creek", "islands", "mountains"}
)
"""A last word that makes a name a place: "Jolinda Drive", "Miller Drive" are streets, "Desert Hot Springs" a
town, not people (not "Hill" or "Lake": surnames too)."""

TIME_ZONES = frozenset({"UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST"})
"""Abbreviations that NER takes for organisations."""

METONYMS = {
    "Kremlin": "Russia",
    "Moscow": "Russia",
    "Pyongyang": "North Korea",
    "Seoul": "South Korea",
    "White House": "United States",
    "Washington": "United States",
    "Pentagon": "United States",
    "Beijing": "China",
    "Zhongnanhai": "China",
    "Tokyo": "Japan",
    "Downing Street": "United Kingdom",
    "Whitehall": "United Kingdom",
    "London": "United Kingdom",
    "Elysee": "France",
    "Élysée": "France",
    "Paris": "France",
    "Berlin": "Germany",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Tehran": "Iran",
    "Brussels": "European Union",
    "Ankara": "Turkey",
    "New Delhi": "India",
    "Islamabad": "Pakistan",
    "Riyadh": "Saudi Arabia",
    "Jerusalem": "Israel",
    "Ottawa": "Canada",
    "Canberra": "Australia",
    "Havana": "Cuba",
    "Caracas": "Venezuela",
    "Damascus": "Syria",
    "Baghdad": "Iraq",
    "Kabul": "Afghanistan",
}
"""Places and institutions that news copy uses for a government: kept as actors of their own, linked to it."""

WH_WORDS = frozenset({"when", "where", "what", "who", "whom", "whose", "which", "why", "how", "whether", "if"})

BELIEF_VERBS = frozenset({"expect", "believe", "think", "estimate", "forecast", "project", "anticipate", "fear"})
"""Verbs whose content is someone's view: "Analysts expect 16 million cars will be sold" keeps the analysts."""

OPINION_VERBS = frozenset(
    {"seem", "appear", "remain", "look", "sound", "believe", "think", "know", "want", "need", "hope"}
)
"""Verbs of state or opinion: what they say is a claim, which keeps who made it ("seems", "believes")."""
