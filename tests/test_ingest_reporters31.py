"""The subject of a reporting clause when it is a collective, a role or a pronoun-like noun phrase (round 31)."""

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_it_keeps_a_noun_in_ly_as_the_subject():
    text = "Oswin Marrick, who has died aged 90, ran a sawmill. The mill now employs 41 people, the family said."
    assert _speakers(text)["41 people"] == "family"


def test_it_keeps_a_surname_in_ly_as_the_subject():
    text = "Ines Kettaly, a farmer, keeps hens near Brod. Her flock fell to 3,000 birds last year, Kettaly said."
    assert _speakers(text)["3,000 birds"] == "Ines Kettaly"


def test_it_reads_a_name_opening_a_turn_before_a_body_as_the_one_addressed():
    text = "PRESENTER: Tomas, the water board says 3,200 homes were without supply on Sunday."
    assert _speakers(text)["3,200 homes"] == "water board"


def test_it_takes_up_a_name_written_with_the_by_its_last_noun():
    text = (
        "The Marrowby Folk Choir, whose patron is Edda Solm, toured Norway this spring. "
        "A travel agent, Skarvik Reisen, booked the halls. The choir now has 64 singers, its management says."
    )
    assert _speakers(text)["64 singers"] == "Marrowby Folk Choir"


def test_it_reads_a_belief_verb_with_a_thatless_clause_as_a_report():
    text = "The Kessel Tenants' Union met on Monday. The union believes as many as 2,400 leases could be void."
    assert _speakers(text)["as many as 2,400 leases"] == "The Kessel Tenants' Union"


def test_it_reads_an_association_estimating_after_the_figure_as_the_source():
    text = (
        "The Brannock Growers' Association met on Monday. "
        "Farmers lost about 300 tonnes of hay, the association estimates."
    )
    assert _speakers(text)["about 300 tonnes"] == "The Brannock Growers' Association"
