"""Speakers of round 21: a body's plans, the documents that speak for it, the sentences that go on with its count."""

from tests.ingest_helpers import speakers


def test_a_body_planning_in_the_reporters_voice_gives_its_plan():
    text = (
        "Road deaths in Vellmark rose last year, the transport ministry said.\n\n"
        "The Oskar Borough Council plans to spend 340,000 crowns on speed cameras near schools.\n"
    )
    assert speakers(text)[-1] == "Oskar Borough Council"


def test_a_body_planning_by_its_short_name_or_by_what_it_is_gives_its_plan():
    for opening, plan in (
        ("Northgate Mutual", "Northgate plans to hire 80 more staff this year."),
        ("Hallberg Zoo", "The zoo plans to spend 2.5 million crowns on a new aviary."),
        ("Halden Ferries' fleet", "Halden had planned to raise fares by 6 per cent in May."),
    ):
        text = f"{opening} was hit hard by the storms in the spring.\n\n{plan}\n"
        assert (speakers(text)[-1] or "").startswith(opening.split("'")[0].split(" fleet")[0]), plan


def test_a_document_with_no_owner_speaks_for_the_body_the_article_quotes():
    text = (
        "Kestrel numbers on the coast have fallen, the Orlen Bird Institute said on Monday.\n\n"
        "Breeding pairs fell 12 per cent last year, the institute said.\n\n"
        "About 30 per cent of chicks died before fledging, the study found.\n"
    )
    assert speakers(text)[-1] == "Orlen Bird Institute"


def test_the_same_document_speaks_for_the_body_that_owns_it():
    text = (
        "Tarrow Rovers' wage bill rose to 40 million crowns, the club's annual accounts show. "
        "Wages take up 88 per cent of turnover, according to the same accounts.\n"
    )
    assert speakers(text)[-1] not in (None, "same accounts", "accounts")


def test_a_document_named_by_its_makers_kind_speaks_for_the_maker_the_sentence_names():
    text = "Power prices on the Orsk Energy Exchange averaged 90 crowns in May, exchange data show.\n"
    assert speakers(text) == ["Orsk Energy Exchange"]


def test_her_own_figures_are_hers():
    text = (
        "Ingrid Solvang-Mare ran the statistics bureau for 20 years. In 1988 she rejected a ministry claim that "
        "inflation stood at 4 per cent; her own figures put it at 7.1 per cent.\n"
    )
    assert speakers(text)[-1] == "Ingrid Solvang-Mare"


def test_an_adverb_between_auxiliary_and_participle_keeps_the_passive():
    text = "The town's deficit is now forecast at 14 million crowns, the finance department said on Monday.\n"
    assert speakers(text) == ["finance department"]


def test_a_level_in_a_where_clause_is_the_bodys_whose_own_document_closes_the_sentence():
    text = (
        "Mara Velde, who runs the Vellmark Transit Authority, spoke on Monday.\n\n"
        "She said crime was highest on the Red line, where it had reached 14 incidents a week in March, "
        "according to the authority's surveys.\n"
    )
    assert speakers(text) == ["Vellmark Transit Authority"]


def test_the_body_that_laid_figures_is_their_source_not_whom_it_laid_them_before():
    text = "The bridge now carries 18,000 vehicles a day, according to figures the ministry laid before the Senate.\n"
    assert speakers(text) == ["ministry"]


def test_a_police_service_is_the_force():
    text = (
        "Overtime at Dunmere and Vale Police rose sharply last year.\n\n"
        "The marathon alone cost 2.1 million crowns in overtime, the force said.\n"
    )
    assert speakers(text) == ["Dunmere and Vale Police"]


def test_it_after_a_bodys_document_stating_in_the_present_means_the_body():
    text = (
        "Our analysis of the records found that Selby Water loses 40 per cent of its water, the Post can reveal.\n\n"
        "The utility's own annual report gives a lower figure. It says losses were 27 per cent last year.\n"
    )
    assert speakers(text)[-1] == "Selby Water"


def test_a_body_in_apposition_to_the_subject_acts_on_its_figure():
    text = "The national regulator, the Office of Rail Standards, sets a target of 92 per cent for punctuality.\n"
    assert speakers(text) == ["Office of Rail Standards"]


def test_a_state_in_the_present_is_no_finding_of_the_papers_analysis():
    text = (
        "Complaints about damp rose to 9,100 last year, an analysis by the Orlen Courier has found.\n\n"
        "The city has 41,000 social homes.\n"
    )
    assert speakers(text)[1] is None


def test_a_part_of_what_the_sentence_before_counted_is_counted_by_the_same_source():
    text = (
        "The Harlan Renters Union said it logged 4,200 complaints of mould last year. "
        "Of those, 1,300 were not answered within a month.\n"
    )
    assert speakers(text) == ["Harlan Renters Union", "Harlan Renters Union"]


def test_a_share_opening_the_next_sentence_of_the_paragraph_goes_on_with_the_source():
    text = (
        "Inspectors checked 9,300 homes after the flood, the housing ministry said. "
        "About one in five needed repairs before families could return.\n"
    )
    assert speakers(text) == ["housing ministry", "housing ministry"]


def test_a_document_made_for_a_body_that_opens_its_sentence_speaks_for_the_body():
    text = (
        "The health ministry and Orlen Health Agency opened a vaccination drive on Monday.\n\n"
        "A survey carried out for the agency in March found that 22 per cent of parents had missed a vaccine.\n"
    )
    assert speakers(text) == ["Orlen Health Agency"]


def test_it_after_a_body_whose_name_has_a_participle_set_off_means_the_body():
    text = (
        "The Halvern Cycle Group reported lower sales.\n\n"
        "Halvern, founded in 1920, makes 40,000 bicycles a year. It plans to spend 12 million crowns on a new plant.\n"
    )
    assert (speakers(text)[-1] or "").startswith("Halvern")


def test_a_body_committing_to_spend_in_the_future_gives_its_commitment():
    text = (
        "Profits at the Orlen Dairy Group fell by a fifth, it said on Monday.\n\n"
        "The company will pay a dividend of 0.40 crowns a share.\n"
    )
    assert speakers(text)[-1] == "Orlen Dairy Group"


def test_a_bare_spokeswoman_speaks_for_the_body_the_sentence_is_about():
    text = (
        "Storms delayed flights across Vellmark on Monday.\n\n"
        "Nordair will hire 60 more ground staff before the winter, a spokeswoman said.\n"
    )
    assert speakers(text)[-1] == "Nordair"


def test_a_bare_spokesman_after_its_speaks_for_the_body_it_means():
    text = (
        "The Kellan Bridge Company was fined last year for the delays.\n\n"
        "Its own estimate of the repair bill is 12 million crowns, a spokesman said.\n"
    )
    assert (speakers(text)[-1] or "").removeprefix("The ") == "Kellan Bridge Company"


def test_a_spokeswoman_for_a_named_body_stays_that_bodys():
    text = (
        "Nordair will hire 60 more ground staff before the winter, "
        "a spokeswoman for the Vellmark Aviation Authority said.\n"
    )
    assert speakers(text)[-1] in ("Vellmark Aviation Authority", "a spokeswoman for the Vellmark Aviation Authority")
