"""
Posts signed by their writers (round 44): a review site's reviews under their reviewer lines, a business's reply
signed off by the part of it that replied, a social post and the replies under it. Each post's figures, and its
"we" and "I", are its signer's; a page that only mentions posting, or signs one post, is read as before.
"""

from decimal import Decimal

import pytest

from ingest.cleaning import post_signature
from ingest.extraction import clean_text, extract


def _speakers(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


REVIEWS = (
    "TABLEFINDER\n"
    "Restaurants > Halvik > The Copper Kettle\n\n"
    "The Copper Kettle\n"
    "Rating 3.1 out of 5 | 212 reviews\n\n"
    '2/5 "Booked for a birthday"\n'
    "Oskar B., Halvik | Reviewed 3 May 2027\n"
    "We booked a table for 14 people and paid a deposit of 150 marks. Half of the dishes never came, and "
    "nobody told us why until we asked twice.\n\n"
    '5/5 "Lovely lunch"\n'
    "Tove & Anders L. | Reviewed 9 May 2027\n"
    "Our lunch for two came to 62 marks with wine, which we thought was fair for the quality.\n\n"
    '1/5 "Staff side"\n'
    "Name withheld at reviewer's request | Reviewed 12 May 2027\n"
    "I worked in the kitchen for a year. We were told to serve 90 meals a night with three cooks.\n\n"
    "Response from the business, posted 14 May 2027\n"
    "Thank you for your feedback. We serve more than 40,000 guests a year and take every review seriously.\n"
    "Guest Services Team, The Copper Kettle\n\n"
    "Tablefinder does not verify every review."
)


@pytest.mark.parametrize(
    ("value", "speaker"),
    [
        (Decimal(14), "Oskar B."),
        (Decimal(150), "Oskar B."),
        (Decimal(62), "Tove & Anders L."),
        (Decimal(90), "Name withheld at reviewer's request"),
        (Decimal(40000), "The Copper Kettle"),
    ],
)
def test_a_review_s_figures_are_its_reviewer_s(value, speaker):
    assert (value, speaker) in _speakers(REVIEWS)


SOCIAL = (
    "THE NORTHCOAST POST\n\n"
    "A baker's post on flour prices, and the replies\n\n"
    "A post by Ida Rasmussen, who runs a bakery in Brenna, has been widely shared. We reproduce it with her "
    "permission.\n\n"
    "Ida Rasmussen @brenna_bakes - 4 June, 20:15\n"
    "Flour has gone up again. A sack cost me 31 marks in January and I paid 44 this week. I have not put my "
    "prices up since last spring.\n\n"
    "812 comments | 3.1k shares\n\n"
    "Reply from @harbour_cafe - 4 June, 21:02\n"
    "Same story here. We buy 20 sacks a month and cannot pass it all on to customers.\n\n"
    "Reply from @millwatch - 5 June, 08:40\n"
    "The mills say their own energy bills rose by about a third over the winter, for what it is worth."
)


@pytest.mark.parametrize(
    ("value", "speaker"),
    [
        (Decimal(31), "Ida Rasmussen"),
        (Decimal(20), "@harbour_cafe"),
    ],
)
def test_a_social_post_and_its_replies_are_each_their_writer_s(value, speaker):
    assert (value, speaker) in _speakers(SOCIAL)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Petra V., Velleby | Reviewed 13 April 2027", "Petra V."),
        ("Dunmore Analytics (verified business) | Reviewed 14 April 2027", "Dunmore Analytics"),
        ("Kit Roe | Posted on 3 May 2027", "Kit Roe"),
        ("Reply from @ashgrove_nails - 5 May, 22:31", "@ashgrove_nails"),
        ("Response from the business, posted 4 March 2027", "the business"),
        ("Mira Lund @lundandco - 5 May, 21:48", "Mira Lund"),
    ],
)
def test_the_line_that_heads_a_post_names_its_writer(line, name):
    signed = post_signature(line)
    assert signed is not None and signed.group("name") == name


@pytest.mark.parametrize(
    "line",
    [
        "By Ann Roe | Posted 3 May 2027",
        "Updated | Posted 3 May 2027",
        "News | Sport | Reviews | Weather",
        "Response from the council was slow, residents said.",
        "Reply from the minister expected next week",
    ],
)
def test_a_byline_a_menu_or_a_sentence_heads_no_post(line):
    assert post_signature(line) is None


def test_one_signed_post_alone_is_no_page_of_posts():
    text = (
        "Opinion > Columns\n\n"
        "By Ann Roe | Posted 3 May 2027\n\n"
        "The council says it will spend 2.4 million marks on the harbour wall, and I doubt it will be enough.\n\n"
        "The harbour board says repairs need at least 3 million."
    )
    assert _speakers(text) == [(Decimal(2400000), "council"), (Decimal(3000000), "harbour board")]


def test_a_news_story_that_quotes_a_review_keeps_its_speakers():
    text = (
        "Diners at the Copper Kettle in Halvik have left more than 200 reviews since the restaurant closed, "
        "the review site Tablefinder said.\n\n"
        "One reviewer wrote that she had paid a deposit of 150 marks, the site's page shows."
    )
    assert (Decimal(200), "Tablefinder") in _speakers(text)


THREAD = (
    "Technology > Community\n\n"
    "Ask me anything: the ferry company's chief answers readers\n"
    "The chief executive of Nordsund Ferries, Liv Aasen, spent an hour on our reader forum on Tuesday.\n\n"
    "Liv Aasen is here for the next hour. Her answers are signed by her account, u/LivA_Nordsund.\n\n"
    "u/harbour_hanne asked:\n"
    "I pay 38 marks for a return ticket to Vikøy and the boat is late most days. Why?\n\n"
    "u/LivA_Nordsund replied:\n"
    "We run 14 crossings a day on that route and 91 per cent left on time last month.\n\n"
    "u/deckhand_dag asked:\n"
    "Will you hire more crew this winter?\n\n"
    "u/LivA_Nordsund replied:\n"
    "Yes. We are recruiting 25 deckhands before December."
)


@pytest.mark.parametrize(
    ("value", "speaker"),
    [
        (Decimal(38), "u/harbour_hanne"),
        (Decimal(14), "Liv Aasen"),
        (Decimal(25), "Liv Aasen"),
    ],
)
def test_a_forum_thread_s_posts_are_each_their_writer_s_the_handle_s_holder_by_the_page(value, speaker):
    assert (value, speaker) in _speakers(THREAD)


ROUND_UP = (
    "By Per Lunde\n\n"
    "The Halvik Savings Bank released a new version of its app on 1 March. The app has about 300,000 users, "
    "according to the bank.\n\n"
    "Here is what reviewers have been writing.\n\n"
    '@fjord_frida (1 star): "The app logged me out six times this week and my rent payment failed."\n\n'
    '@old_sailor (4 stars): "Honestly I like it. I found 35 marks a month of subscriptions I had forgotten."\n\n'
    "The bank said it had received about 1,200 complaints in the first week."
)


@pytest.mark.parametrize(
    ("value", "speaker"),
    [
        (Decimal(6), "@fjord_frida"),
        (Decimal(35), "@old_sailor"),
        (Decimal(300000), "The Halvik Savings Bank"),
        (Decimal(1200), "The Halvik Savings Bank"),
    ],
)
def test_a_post_quoted_under_its_handle_is_its_writer_s_not_the_source_before(value, speaker):
    assert (value, speaker) in _speakers(ROUND_UP)


def test_one_quoted_post_alone_is_read_as_before():
    text = (
        "The bank said the app had about 300,000 users.\n\n"
        '@fjord_frida (1 star): "The app logged me out six times this week."\n\n'
        "The bank said it had fixed the fault."
    )
    assert _speakers(text)[0] == (Decimal(300000), "bank")


def test_a_handle_the_page_gives_to_no_one_stays_the_writer():
    text = THREAD.replace(
        "Liv Aasen is here for the next hour. Her answers are signed by her account, u/LivA_Nordsund.", ""
    )
    assert (Decimal(14), "u/LivA_Nordsund") in _speakers(text)


def test_a_reply_that_disputes_the_post_it_answers_takes_up_its_figure():
    text = THREAD + (
        "\n\nu/quay_quinn asked:\nAnalysts say you lose 3 marks on every ticket. True?\n\n"
        "u/LivA_Nordsund replied:\nThat number is wrong. We made money on every route last year."
    )
    disputed = [(m.speaker, m.stance) for m in extract(clean_text(text)) if m.value == 3]
    assert ("Liv Aasen", "denies") in disputed
