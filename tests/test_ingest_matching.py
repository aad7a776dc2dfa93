"""
Speaker matching reads only the actors the text's names could match (issue 14: an import into an
archive of a million claims costs what it costs on the demo), and answers exactly as a matcher of
every actor does.
"""

import re

import pytest

from ingest.matching import SpeakerMatcher, _acronym_patterns, _acronyms, speaker_match
from sources.models import Actor
from tests.factories import make_actor, make_organisation

PEOPLE = ["John Kirby", "Lloyd Austin", "Ann Austin", "Volodymyr Zelenskyy", "Greta Özovic", "Jean-Luc Marchal",
          "Wang Yi", "Seán O'Brien", "Kim Yong-hyun"]  # fmt: skip
ORGANISATIONS = {
    "National Intelligence Service (NIS)": "South Korea's intelligence agency",
    "The White House": "",
    "U.S. Department of Defense": "Pentagon\nDoD",
    "Yonhap News Agency": "Yonhap",
    "North Atlantic Treaty Organization": "",
    "Ministry of Defence": "",
    "Ukraine's Ministry of Defence": "",
    "Reuters": "",
    "Defence Intelligence of Ukraine (H.U.R.)": "",
    "Korea's Ministry (of Unification)": "",
    "KOREA'S Agency": "",
}
SPOKEN = [
    "John Kirby", "john kirby", "White House spokesperson John Kirby", "Kirby", "Mr Kirby", "Jane Kirby",
    "Mr. Kirby's", "Austin", "Secretary Austin", "Lloyd Austin", "Zelenskyy", "President Zelenskyy",
    "Greta Özovic", "ÖZOVIC", "Özovic", "Marchal", "Jean-Luc Marchal", "Luc Marchal", "Wang Yi", "Yi", "O'Brien",
    "Seán O'Brien", "Yong-hyun", "the National Intelligence Service", "South Korea's National Intelligence Service",
    "South Korea’s intelligence agency", "NIS", "N.I.S.", "the White House", "White House", "WHITE HOUSE", "House",
    "Pentagon", "the Pentagon", "DoD", "Yonhap", "YNA", "NATO", "the Ministry of Defence", "Defence Ministry",
    "Ukraine's Ministry of Defence", "Ministry of Defence", "MD", "MOD", "HUR", "Reuters and John Kirby",
    "Axios and The Hill", "Reuters", "reuters", "Someone Else", "U.S.", "US", "Korea's Ministry", "Ministry",
    "KOREA'S Agency", "Agency", "KA", "the", "officials",
]  # fmt: skip


@pytest.fixture
def actors(db) -> list[Actor]:
    made = [make_actor(name=name, kind=Actor.Kind.PERSON) for name in PEOPLE]
    made += [make_organisation(name=name, aliases=aliases) for name, aliases in ORGANISATIONS.items()]
    make_actor(name="a senior official", kind=Actor.Kind.ANONYMOUS)  # never matched
    return made


def test_it_matches_every_name_as_a_matcher_of_every_actor_does(actors):
    everyone = SpeakerMatcher(Actor.objects.exclude(kind=Actor.Kind.ANONYMOUS))
    bounded = SpeakerMatcher.load(SPOKEN)
    found = {name: bounded.match(name) for name in SPOKEN}
    assert found == {name: everyone.match(name) for name in SPOKEN}
    assert sum(actor is not None for actor in found.values()) >= 30  # the comparison means something


def test_it_matches_each_name_alone_as_among_others(actors):
    everyone = SpeakerMatcher(Actor.objects.exclude(kind=Actor.Kind.ANONYMOUS))
    assert {name: speaker_match(name) for name in SPOKEN} == {name: everyone.match(name) for name in SPOKEN}


def test_it_reads_only_the_actors_the_names_could_match(db, django_assert_num_queries):
    kirby = make_actor(name="John Kirby", kind=Actor.Kind.PERSON)
    for n in range(30):
        make_actor(name=f"Person {n} Kirbyson", kind=Actor.Kind.PERSON)
        make_organisation(name=f"Press Service {n}", aliases=f"PS{n}")
    # One query: the names and aliases that could end with "Kirby".
    with django_assert_num_queries(1):
        matcher = SpeakerMatcher.load(["White House spokesperson John Kirby"])
    assert {a for found in matcher.by_name.values() for a in found} == {kirby}
    assert matcher.match("White House spokesperson John Kirby") == kirby


def test_it_reads_nothing_without_names(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert SpeakerMatcher.load(["", "  "]).match("") is None


def test_it_asks_a_second_query_for_a_name_that_may_be_an_acronym(actors, django_assert_num_queries):
    # The names and aliases ending with "NIS"; the organisations whose initials or bracket are N, I, S.
    with django_assert_num_queries(2):
        matcher = SpeakerMatcher.load(["NIS"])
    assert matcher.match("NIS").name == "National Intelligence Service (NIS)"


NAMES_WITH_ACRONYMS = [
    "National Intelligence Service", "National Intelligence Service (NIS)", "The National Intelligence Service",
    "National Intelligence Service (N.I.S.)", "National Intelligence Service (Nis)", "Ministry of Defence",
    "Ministry of the Interior-Affairs", "Ministry (Old) Of Defence", "Ministry of defence",
    "Office(Seoul) Intelligence", "North (Atlantic Treaty Organization", "Agency", "AT&T Group",
    "U.S. Department of Defense",
    "in Ukraine Office",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES_WITH_ACRONYMS)
def test_its_acronym_patterns_find_every_organisation_with_that_acronym(name):
    for acronym in _acronyms(name):
        assert any(re.search(pattern, name) for pattern in _acronym_patterns(acronym)), acronym


def test_its_acronym_patterns_find_few_others():
    assert not any(re.search(p, "Lower Wennedal National Intelligence Service") for p in _acronym_patterns("NIS"))
    assert not any(re.search(p, "National Intelligence Service Agency") for p in _acronym_patterns("NIS"))
