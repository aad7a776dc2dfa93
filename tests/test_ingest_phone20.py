from ingest.extraction import clean_text, extract


def figures(text: str) -> list[tuple[float, str]]:
    return [(float(m.value), m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_it_takes_no_part_of_a_telephone_number_with_its_country_code_for_a_count():
    text = "The council said 310 homes were flooded on Sunday. For details call the press office on +44 20 7946 0958."
    assert figures(text) == [(310.0, "homes")]
