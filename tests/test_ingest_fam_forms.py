"""
Forms of page (tests/ingest_labelling.md, session 23): a Q&A question's own figure is its interviewer's, the byline;
a question putting the interviewee's own request to them is theirs; a fine or order a court report's judge gives is
the judge's, by name.
"""

from tests.ingest_helpers import speakers_by_figure

QA_PAGE = """THE FIELD MONTHLY
Farming | Markets

Interviews

"We lost a fifth of the herd"
The new chair of the Goat Breeders' Society on a hard winter

Interview by Orla Menning
14 April 2026

Tova Brask became chair of the Goat Breeders' Society in January. We spoke at the spring show.

Q: How bad was the winter?
A: Our members lost 19 per cent of their kids. In a normal year we lose 6 per cent.

Q: Imported cheese is on the shelves at 7.40 florins a kilo. Can you compete?
A: Not on price. We need at least 12 florins a kilo to cover our costs.

Q: In March you asked the ministry for a grant of 300 florins for every new shed. Any answer?
A: A letter saying it was being considered. We are still waiting.
"""


def test_it_gives_a_question_figure_naming_no_source_to_the_interviewer():
    assert speakers_by_figure(QA_PAGE)["7.40 florins"] == "Orla Menning"


def test_it_gives_a_question_putting_the_interviewees_request_to_them():
    assert speakers_by_figure(QA_PAGE)["300 florins"] == "Tova Brask"


COURT_PAGE = """Courts

Builder fined over collapsed wall

By Edda Lorne, courts reporter
Thursday 12 November 2026

Harven Build Ltd pleaded guilty at Lindby Crown Court to breaching safety law after a garden wall fell on a path.

Prosecuting, Ivo Marsh said the firm had ignored three warnings from inspectors.

Sentencing, Judge Petra Sollen said the firm had "gambled with the public's safety".

She fined the company 95,000 florins and allowed it to pay the fine in 12 monthly instalments.
"""


def test_it_gives_a_fine_the_judge_imposes_to_the_judge_by_name():
    assert speakers_by_figure(COURT_PAGE)["95,000 florins"] == "Judge Petra Sollen"


def test_it_gives_the_terms_the_judge_sets_for_paying_to_the_judge():
    assert speakers_by_figure(COURT_PAGE)["12 monthly instalments"] == "Judge Petra Sollen"
