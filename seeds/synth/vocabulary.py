"""
The words a synthetic archive is written in: fixed lists, the same for every ``--seed``.

Words are drawn with Zipf weights (the n-th word about 1/n as often as the first), so full-text
search meets what it meets in a real archive: a few words in a large share of the claims and a
long tail of words in only a handful. ``search_words()`` names one of each for benchmarks.
"""

from __future__ import annotations

import bisect
import itertools
import random
import unicodedata
from dataclasses import dataclass
from functools import cache


class Draws(random.Random):
    """
    random.Random whose choice() and randint() take one random() call each: a million claims
    make tens of millions of draws, and the standard ones cost several times more. Still one
    fixed sequence per seed.
    """

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


def words(text: str, sep: str | None = None) -> list[str]:
    """A word list written as one string: easier to read and extend than a list of literals."""
    return text.split(sep)


class Zipf:
    """Draw from ``items`` with weight 1/rank**exponent, in the order given."""

    def __init__(self, items: list, exponent: float = 1.0) -> None:
        self.items = items
        self.cumulative = list(itertools.accumulate(1 / (rank**exponent) for rank in range(1, len(items) + 1)))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random):
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.total)]

    def share(self, item) -> float:
        """The expected share of draws that give ``item``."""
        rank = self.items.index(item) + 1
        return (self.cumulative[rank - 1] - (self.cumulative[rank - 2] if rank > 1 else 0)) / self.total


def weighted(pairs: dict) -> tuple[list, list[float]]:
    """A table for pick(): the choices and their cumulative weights."""
    return list(pairs), list(itertools.accumulate(pairs.values()))


def pick(rng: random.Random, table: tuple[list, list[float]]):
    choices, cumulative = table
    return choices[bisect.bisect(cumulative, rng.random() * cumulative[-1])]


# ASCII letters, digits and "_" kept (lower-cased), spaces and "-" as separators, the rest dropped.
_SLUG_TABLE = {
    code: (
        chr(code).lower() if chr(code).isalnum() or chr(code) == "_" else "-" if chr(code) in " \t\n\r\f\v-" else None
    )
    for code in range(128)
}


def slug_of(text: str, limit: int = 80) -> str:
    """django.utils.text.slugify of the first ``limit`` characters, without its per-call overhead."""
    text = text[:limit]
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(filter(None, text.translate(_SLUG_TABLE).split("-"))).strip("-_")


# -- names of places and people ---------------------------------------------------------------

_PLACE_HEADS = words(
    "Ves Lor Dra Kov Mir Sar Hal Nor Sel Tav Ard Ost Bel Kar Zel Vor Pel Ren Tor Ul Gav Dor Fen Jas Lum Mav "
    "Nar Quen Ryn Sol Tes Var Wen Yar Brin Cal Eld Ith Oss Trav"
)
_PLACE_MIDS = ["", "a", "e", "i", "o", "ra", "ri", "ne", "va", "li", "da", "ko"]
_PLACE_TAILS = words("ria nia vec dal mor stan land ovo grad heim sk ton burg ia ara en ov")
_PLACE_PREFIXES = ["Port", "Upper", "Lower", "New", "North", "South", "East", "West"]

_FIRST_NAMES = words(
    "Ana Björn Chloé Dmitri Elif Farah Gábor Hana Ines Jonas Kwame Lena Marek Ngozi Oleksandr Priya Quentin "
    "Rosa Søren Tomás Ulla Vedant Wen Xiomara Yusuf Zoë Aisha Bruno Carmen Dariusz Emeka Fatima Goran Hiroshi "
    "Ivana Jae-won Katarzyna Lars Mei Nikolai Omar Paulina Rafael Sun-hee Tariq Ursula Valentina Wojciech "
    "Yasmin Zeynep Amara Benedikt Cosmin Dalia Eero Florin Greta Hamid Ilse José Kalani Łukasz Malika Noor"
)
_SURNAME_HEADS = words(
    "Kov Dvo Mül Nør Öz Han Ber Vol Rad Sal Tam Lin Mor Pet Jan Kra Sok Vas Dim Gri Fer Hol Ivan Zar"
)
_SURNAME_TAILS = words(
    "ač řák ler gaard türk sen ger kova ić ides ovic enko berg ström ez ini escu ova idis ak ski son ez"
)

_JOURNALIST_FIRST = words("Alex Sam Jordan Maria Daniel Sofia Leo Nadia Ivan Clara Mateo Hannah Yuki Omar Elena")


# -- what claims are about -----------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    name: str
    family: str
    smallest: int  # power of ten of the smallest typical figure
    largest: int


UNITS = [
    Unit("troops", "military", 2, 5),
    Unit("soldiers", "military", 2, 5),
    Unit("drones", "military", 1, 3),
    Unit("missiles", "military", 1, 3),
    Unit("tanks", "military", 1, 3),
    Unit("refugees", "people", 2, 6),
    Unit("people", "people", 2, 6),
    Unit("households", "people", 2, 5),
    Unit("workers", "people", 2, 5),
    Unit("patients", "people", 1, 4),
    Unit("voters", "people", 3, 6),
    Unit("jobs", "people", 2, 5),
    Unit("million euros", "money", 0, 3),
    Unit("billion dollars", "money", 0, 2),
    Unit("million pounds", "money", 0, 3),
    Unit("schools", "places", 0, 3),
    Unit("hospitals", "places", 0, 2),
    Unit("homes", "places", 1, 4),
    Unit("bridges", "places", 0, 2),
    Unit("kilometres of road", "places", 1, 3),
    Unit("cases", "counts", 1, 5),
    Unit("deaths", "counts", 0, 4),
    Unit("arrests", "counts", 0, 3),
    Unit("complaints", "counts", 1, 4),
    Unit("tonnes of grain", "goods", 3, 6),
    Unit("barrels of oil a day", "goods", 3, 6),
    Unit("megawatts", "goods", 1, 4),
    Unit("percent", "percent", 0, 1),
]

VERBS = {
    "military": ["sent", "deployed", "lost", "moved", "stationed", "withdrew", "mobilised", "trained"],
    "people": ["evacuated", "registered", "housed", "employed", "resettled", "counted", "hired", "lost"],
    "money": ["spent", "allocated", "pledged", "cut", "borrowed", "raised", "paid", "invested"],
    "places": ["closed", "built", "damaged", "inspected", "repaired", "reopened", "opened", "lost"],
    "counts": ["recorded", "reported", "confirmed", "logged", "registered", "counted"],
    "goods": ["exported", "imported", "produced", "shipped", "stored", "delivered"],
}

TAILS = {
    "military": ["to the {place} border", "near {place}", "into {place}", "along the {place} front", "to {place}"],
    "people": ["from {place}", "in {place}", "across {place}", "since the {event} began", "in {place} province"],
    "money": ["on the {adj} {noun} programme", "for {noun} in {place}", "on {noun}", "to rebuild {place}"],
    "places": ["in {place}", "across {place}", "after the {event}", "in northern {place}"],
    "counts": ["in {place}", "during the {event}", "in {place} last year", "since the {event}"],
    "goods": ["to {place}", "from {place}", "through the port of {place}", "via {place}"],
}

METRICS = [
    "unemployment",
    "inflation",
    "turnout",
    "the poverty rate",
    "youth unemployment",
    "support for the government",
    "the vaccination rate",
    "the budget deficit",
    "child mortality",
    "the literacy rate",
]

EVENTS = ["war", "floods", "strike", "election campaign", "drought", "outbreak", "blockade", "earthquake", "crisis"]

ACTIONS = [
    "suspended",
    "signed",
    "rejected",
    "approved",
    "postponed",
    "cancelled",
    "announced",
    "blocked",
    "resumed",
    "denied any role in",
    "ordered an inquiry into",
    "withdrew from",
    "agreed to extend",
    "has no plans to expand",
    "secretly funded",
    "never ratified",
    "quietly abandoned",
    "broke the terms of",
]

DOCUMENTS = ["agreement", "programme", "plan", "law", "deal", "talks", "ceasefire", "treaty", "reform", "inquiry"]

# Common words first: Zipf makes the first ones frequent and the last ones rare.
NOUNS = words(
    "border security energy water grain housing pension health transport education trade defence fishing "
    "railway tax migration police mining nuclear broadband textile tourism forestry shipping aviation "
    "vaccine fertiliser steel copper lithium hydrogen wind solar gas coal dairy wheat cotton timber salt "
    "tunnel canal pipeline harbour airport bridge highway dam reservoir levee granary barracks hospital "
    "school library museum stadium prison court parliament ministry embassy consulate garrison checkpoint "
    "census ballot referendum subsidy tariff quota levy bond loan grant dividend royalty licence permit "
    "patent lease mortgage audit tender procurement concession franchise cartel monopoly cooperative "
    "almanac archipelago bellwether caravan dirigible estuary fjord glacier hinterland isthmus juniper "
    "kiln lagoon marshland nomad orchard peninsula quarry rampart savanna tundra upland vineyard wharf "
    "yardarm zephyr abattoir bivouac cenotaph dovecote escarpment foundry gristmill hamlet inlet jetty "
    "keelboat lighthouse millpond nunnery oxbow palisade quayside rookery sluice tannery uplink viaduct "
    "watermill xylograph yurt ziggurat aqueduct belfry cistern drawbridge embankment floodgate gatehouse"
)

ADJECTIVES = words(
    "national regional new joint emergency federal border public private military civilian coastal rural "
    "urban northern southern eastern western temporary permanent secret revised disputed controversial "
    "long-term cross-border multilateral bilateral provisional interim landmark flagship delayed stalled "
    "ambitious costly unfunded overdue experimental pilot voluntary mandatory informal clandestine "
    "parallel rival breakaway autonomous hereditary ceremonial vestigial peripatetic sesquicentennial"
)

MINISTRIES = [
    "defence ministry",
    "health ministry",
    "interior ministry",
    "finance ministry",
    "foreign ministry",
    "education ministry",
    "energy ministry",
    "statistics office",
    "central bank",
    "electoral commission",
]

SUBJECT_FORMS = {
    "claimant": 30,
    "government": 18,
    "place": 25,
    "ministry": 17,
    "officials": 10,
}

# -- organisations -----------------------------------------------------------------------------

OUTLET_FORMS = [
    "The {place} Herald",
    "{place} Press Agency",
    "{place} Broadcasting Corporation",
    "The {place} Times",
    "{place} Daily",
    "Radio {place}",
    "{place} Observer",
    "{place} News Network",
]
TOP_ORG_FORMS = [
    "Government of {place}",
    "{place} Institute for Strategic Studies",
    "{place} Red Cross",
    "{place} Chamber of Commerce",
    "{place} Workers' Union",
    "{place} Energy Group",
    "{place} Human Rights Centre",
    "{place} Football Federation",
]
CHILD_ORG_FORMS = [
    "{place} Ministry of Defence",
    "{place} Ministry of Health",
    "{place} Ministry of the Interior",
    "{place} National Intelligence Service",
    "{place} Armed Forces",
    "{place} Border Guard",
    "{place} Statistics Office",
    "{place} Central Bank",
    "{place} Electoral Commission",
    "{place} Police",
]
GRANDCHILD_ORG_FORMS = [
    "{parent} Press Office",
    "{parent} Regional Command",
    "{parent} Department of Planning",
    "{parent} Northern Directorate",
    "{parent} Audit Unit",
]
ROLES = [
    "spokesperson",
    "minister",
    "deputy minister",
    "director",
    "chief of staff",
    "press secretary",
    "analyst",
    "senior official",
    "commander",
    "correspondent",
    "economist",
    "mayor",
    "governor",
    "member of parliament",
    "union leader",
]

# -- the newsroom ----------------------------------------------------------------------------------

NEWSROOM = [
    # username, role group, first name, last name
    ("synth-reporter-1", "Reporter", "Rania", "Haddad"),
    ("synth-reporter-2", "Reporter", "Tom", "Okafor"),
    ("synth-reporter-3", "Reporter", "Mia", "Lindqvist"),
    ("synth-reporter-4", "Reporter", "Pavel", "Novák"),
    ("synth-reporter-5", "Reporter", "Lucía", "Ferreira"),
    ("synth-editor-1", "Editor", "Eli", "Baptiste"),
    ("synth-editor-2", "Editor", "Sara", "Yilmaz"),
    ("synth-editor-3", "Editor", "Kenji", "Mori"),
    ("synth-editor-4", "Editor", "Amina", "Diallo"),
    ("synth-chief-1", "Chief editor", "Chioma", "Eze"),
    ("synth-chief-2", "Chief editor", "Henrik", "Dahl"),
]

TOPIC_NAMES = words(
    "Defence;Elections;Public health;Migration;Energy;Budget;Climate;Crime;Education;Housing;Trade;Transport;"
    "Labour;Agriculture;Diplomacy;Human rights;Technology;Media;Disasters;Water;Pensions;Taxes;Corruption;"
    "Courts;Policing;Borders;Sanctions;Refugees;Inflation;Jobs;Schools;Hospitals;Vaccines;Floods;Wildfires;"
    "Drought;Food prices;Fuel;Nuclear;Mining;Fisheries;Tourism;Sport;Culture;Religion;Prisons;Cybersecurity",
    sep=";",
)

MONTHS = words("January February March April May June July August September October November December")
WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
LANGUAGES = {"en": 94, "fr": 2, "de": 1, "es": 1, "ko": 1, "uk": 1}


# -- the generated lists ---------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    places: list[str]
    place: Zipf
    noun: Zipf
    adjective: Zipf
    first_names: list[str]
    surnames: list[str]
    journalists: list[str]
    fillers: list[str]


@cache
def vocabulary() -> Vocabulary:
    """The fixed word lists, built once per process from a fixed seed (never the archive's)."""
    rng = Draws("factcheck synthetic vocabulary")
    places = sorted({h + m + t for h in _PLACE_HEADS for m in _PLACE_MIDS for t in _PLACE_TAILS})
    rng.shuffle(places)
    places = places[:2000]
    for i in range(0, len(places), 37):  # a few two-word names: "Port Ardel", "Upper Sorra"
        places[i] = f"{rng.choice(_PLACE_PREFIXES)} {places[i]}"
    surnames = sorted({h + t for h in _SURNAME_HEADS for t in _SURNAME_TAILS})
    rng.shuffle(surnames)
    journalists = [f"{f} {s}" for f in _JOURNALIST_FIRST for s in surnames[:20]]
    vocab = Vocabulary(
        places=places,
        place=Zipf(places),
        noun=Zipf(NOUNS, 0.9),
        adjective=Zipf(ADJECTIVES, 0.9),
        first_names=_FIRST_NAMES,
        surnames=surnames,
        journalists=journalists,
        fillers=[],
    )
    vocab.fillers.extend(filler_sentence(vocab, rng) for _ in range(4000))
    return vocab


FILLER_FORMS = [
    "Officials in {place} did not respond to a request for comment.",
    "The figures could not be independently verified.",
    "{place} has denied similar reports in the past.",
    "Analysts said the {noun} question would take months to settle.",
    "The {adj} {noun} {doc} has divided {place} and {place2} since {year}.",
    "Satellite images showed {adj} activity near {place} in recent weeks.",
    "Talks on the {noun} {doc} are expected to resume next month.",
    "Opposition lawmakers in {place} called for an inquiry into the {noun} {doc}.",
    "The {event} in {place} has displaced thousands of residents.",
    "Observers said the {adj} {noun} {doc} was unlikely to pass before the {event} ends.",
    "Residents of {place} described long queues at the {noun} office.",
    "Neither side has published the full text of the {doc}.",
    "The report was first circulated among diplomats in {place}.",
    "Prices of {noun} in {place} have risen sharply since {year}.",
    "A spokesperson for the {noun} authority in {place} declined to give details.",
]


def filler_sentence(vocab: Vocabulary, rng: random.Random) -> str:
    return rng.choice(FILLER_FORMS).format(
        place=vocab.place(rng),
        place2=vocab.place(rng),
        noun=vocab.noun(rng),
        adj=vocab.adjective(rng),
        doc=rng.choice(DOCUMENTS),
        event=rng.choice(EVENTS),
        year=rng.randint(2005, 2024),
    )


def search_words() -> dict[str, str]:
    """
    A common and a rare word of the archive's claims, for search benchmarks: "government" is in
    about one statement in five; the 250th place name in about one in 2,000.
    """
    return {"common": "government", "rare": vocabulary().places[249]}


# -- verdict texts ---------------------------------------------------------------------------------

RATIONALE_FORMS = {
    "unverified": "We have not yet found an origin for this beyond {who}. We asked {org} for the underlying data.",
    "single-source": "Only {who} reports this; the articles repeating it all trace back to that one origin.",
    "corroborated": "{who} and, independently, {org} report this; neither cites the other.",
    "officially-confirmed": "{org} confirmed this on the record after {who} first reported it.",
    "disputed": "{who} reports this, but {org} gives a different account and neither has published evidence.",
    "denied": "{org}, the party concerned, denies this on the record; {who} stands by the claim.",
    "false": "Records published by {org} contradict this; the figure {who} gives does not match them.",
    "retracted": "{who} has withdrawn the claim; {org} never repeated it.",
}
DEFAULT_RATIONALE = "{who} reports this; we compared it with what {org} has published."

CORRECTION_FORMS = [
    "Updated after {org} published revised figures; the earlier verdict relied on the first estimate.",
    "Corrected: we had counted two reports from {org} as independent origins; they share one source.",
    "A reader pointed out that {org} had confirmed the claim on the record; the verdict changes accordingly.",
    "Corrected after {org} retracted the statement our earlier verdict relied on.",
]
WITHDRAWAL_FORMS = [
    "Withdrawn while we re-examine the evidence from {org}; a new verdict will follow.",
    "Withdrawn: the source document attributed to {org} could not be authenticated.",
    "Withdrawn after a complaint; the claim as worded does not match what {org} said.",
]
