"""
Mend 35b: the turns35 labels kept to their forms. A "Role, Name:" or "Role (Name):" label of the programme's presenter,
reporter or moderator is the programme's voice (its background figures no one's); a dateline or a listing's "Place,
Place Name:" is no label; and a Q&A question's bare role is the person the page named in that role.
"""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure

RADIO = """The Quillby Courier | courier.example
Business

Jobs in the region: the morning programme

Presenter, Orla Penwith: Good morning. Unemployment in the region rose to 6.3 per cent last month, \
the highest in five years. With me is the economist Ingrid Tassel.

Ingrid Tassel: Thank you. About 12,000 more people are out of work than a year ago.

Presenter, Orla Penwith: Where are the losses, in your view?

Ingrid Tassel: In the warehouses mostly. I think the worst is over, but we will see in the spring.

Reporter, Bram Keswold: I'm at the jobcentre in Quillby, where 350 people queued this morning.

Ingrid Tassel: That queue tells its own story. We need training places, and soon.
"""

PODCAST = """The Quillby Courier | courier.example
Podcast

Homes and prices

Host, Orla Penwith: Welcome back. House prices in Dunmere rose 9 per cent last year. My guest is Ingrid Tassel.

Ingrid Tassel: Thanks for having me. I think we will see 4,000 homes built here by the spring.

Host, Orla Penwith: Is that enough, in your view?

Ingrid Tassel: No. We need twice that, and we need them where the jobs are.
"""


def test_a_presenters_and_a_reporters_role_comma_name_turns_are_the_programmes_voice():
    speakers = speakers_by_figure(RADIO)
    assert speakers["6.3 per cent"] is None
    assert speakers["350 people"] is None
    assert speakers[next(f for f in speakers if "12,000" in f)] == "Ingrid Tassel"


def test_a_hosts_role_comma_name_turn_is_the_programmes_voice():
    speakers = speakers_by_figure(PODCAST)
    assert speakers["9 per cent"] is None
    assert speakers["4,000 homes"] == "Ingrid Tassel"


BRIEFS = """The Quillby Courier | courier.example
News in brief

Around the region

Dunmere, North Fellshire: Police have charged a man after 35 cars were damaged in a station car park overnight.

Kelby, East Marrow: A new bus service will carry up to 700 passengers a day from June.

Saturday, Tarnwood Green: A charity walk raises money for the 4 local hospices.
"""


def test_a_dateline_or_a_listings_place_is_no_speaker_label():
    speakers = speakers_by_figure(BRIEFS)
    assert speakers["35 cars"] is None
    assert speakers[next(f for f in speakers if "700" in f)] is None
    assert speakers["4 local hospices"] is None


QA = """The Quillby Courier | courier.example
Interview

'We are fixing the pipes'

Sigrun Alder runs Tarnwood Water. Last week Maren Hollis, the environment minister, told MPs the company was failing.

Q: The minister says 35 per cent of your pipes leak. Is she right?

A: No. It is nearer 16 per cent, and falling.

Q: When will it be lower still?

A: By next year, I hope. We are spending more on it than ever.
"""


def test_a_qa_questions_bare_role_is_the_one_the_page_named_in_it():
    speakers = speakers_by_figure(QA)
    assert speakers["35 per cent"] == "Maren Hollis"
    assert speakers["nearer 16 per cent"] == "Sigrun Alder"


HUSTINGS = """The Quillby Courier | courier.example
Politics

Dunmere East hustings: the transcript

Moderator (Orla Penwith): Welcome. Dunmere East has 64,000 voters and turnout last time was 61 per cent. \
First question to the candidates.

Ingrid Tassel: I will build 3,000 homes in my first term.

Bram Keswold: I will cut the council tax by 5 per cent.

Moderator (Orla Penwith): Thank you both. Next question.
"""


def test_a_moderators_background_figures_are_no_ones():
    speakers = speakers_by_figure(HUSTINGS)
    assert speakers["64,000 voters"] is None
    assert speakers["61 per cent"] is None
    assert speakers["3,000 homes"] == "Ingrid Tassel"
