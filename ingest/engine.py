"""
The extraction engine: quotations, sentences, figures, dates and speakers put together as Mentions.

Quotations are found first over the whole text (they may span sentences and paragraphs) and
each is attributed once. Then each sentence is read once for figures and a date and, when it has
either or a reporting cue, once for its reporting clauses; each figure takes the speaker of the
quotation it stands in, else of the reporting clause that governs it (``_speaker_of``), else the one
the story as a whole gives it (``story.py``: an interview's or a column's voice, a body's statistics
running on, a results story's company). A change told over two sentences ("That is up from 96
million") is one revision (``_earlier_values``). A sentence that disputes a figure without
restating it ("X rejected that", "X disputed the pension figure") gives a disputes mention of the
figure disputed (``disputes.py``). Pure Python and regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from claims.quantities import round_figure
from ingest.cleaning import post_signature, prints_minutes_page
from ingest.cues import find_cues, has_cue, singular
from ingest.dates import MONTH_NAME, WEEKDAY_NAME, find_date
from ingest.disputes import (
    DENIAL,
    LOOK_BACK_FAR,
    quote_what_is_disputed,
    repeated_after_dispute,
    sentence_disputes,
)
from ingest.earlier_now import FUTURE, pair_earlier_and_now
from ingest.mentions import Mention
from ingest.not_counts import COLLECTIVE_PEOPLE, routes_named
from ingest.numbers import (
    PRINTED_RIGHT,
    Figure,
    article_currency,
    corrected_in_sentence,
    find_figures,
    listed_prices,
    page_currency,
    part_left_unnamed,
    price_unit_of,
    revises_figure_before,
    revises_figure_named_before,
    sum_unit_of,
)
from ingest.owners import body_meant
from ingest.quotations import Quotation, find_quotations
from ingest.sentences import POST_STAMP, split_sentences
from ingest.speakers import (
    DATELINE,
    DOCUMENT_SAMPLE,
    ENTITY_PATTERN,
    ENTRY_DATELINE,
    OBJECT_RELATIVE_ACT,
    ORG_HEADS,
    ORG_WORDS,
    POSSESSED_STATISTIC,
    PRONOUN_REPORT,
    RELATIVE_ACT,
    RELATIVE_MEMBERS,
    Report,
    Speaker,
    SpeakerMemory,
    acting_subject,
    clear_page_caches,
    find_reports,
    looks_like_body,
    name_of,
    people_named,
    possessed_statistic_owner,
    revising_subject,
    speaker_at,
    unnamed_by_grammar,
)
from ingest.story import (
    BACKGROUND_CLAUSE,
    COUNT_LEAD_WITHIN,
    STANDARD_NOUNS,
    Story,
    counted_at_count,
    part_set_off,
    take_up_lead,
)
from ingest.tables import (
    PAGE_CURRENCY,
    Table,
    cells_apart,
    column_of,
    earlier_in_cells,
    find_tables,
    row_figures,
    row_label,
    scaled,
    table_at,
)
from ingest.tracked_changes import has_tracked_changes, read_tracked

FIGURE_TO_PARTICIPLE = 24  # "the 3,100 reported by": at most the unit's words between a figure and its participle
# The outlet's own earlier piece as a clause's subject: "Our story on Monday", "our live coverage of the drought",
# "Our business story", "Our reports on the strike", or a piece named by its kind ("A profile of the striker on
# Saturday said", not "A report by the inspectorate")
_PIECE = (
    r"(?:stor(?:y|ies)|(?:report|article|headline|caption|item|blog|obituary|interview|explainer|coverage|piece|"
    r"feature|preview|graphic|chart|table|bulletin|broadcast|profile)s?)\b"
)
# pieces any body publishes as well ("A union newsletter said", "An editorial in the Calder Post"): the outlet's own
# only as "Our ..." or a bare "The ..." with no owner word
_OWN_PIECE = r"(?:(?:round-up|column|diary|podcast|newsletter|editorial|standfirst|live\s+page)s?)\b"
OWN_REPORT = re.compile(
    rf"^(?:[Oo]ur\s+(?:[\w-]+\s+){{0,2}}?(?:{_PIECE}|{_OWN_PIECE})|The\s+{_OWN_PIECE}(?!\s+(?:by|from|in|of)\b)|"
    rf"(?:An?|The)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_PIECE}(?!\s+(?:by|from)\b))"
)
# A correction inside any page: "Correction (14 May): An earlier version of this article said ...", "Corrections: In
# Monday's report we said ...": the outlet's own account of what it printed, whose next sentence may give the
# corrected figure, as on a corrections page (not in a quotation: '"We said 40 jobs," she said' is a source's account
# of itself); not a bare "we said" or "we reported", which news writes of what it told before ("As we reported on
# Monday, the council said 140 homes were flooded" is the council's claim, and the next sentence's figure its own)
OWN_CORRECTION = re.compile(
    r"^[^“\"]*?(?:\b[Cc]orrections?\b[^.:;\n]{0,40}:|\b[Aa]n\s+(?:earlier|previous)\s+version\b)"
)
# "We said 212 million litres a day leaked. The reports actually say 121 million.": a sentence opening on what the
# outlet said, then one that sets it right by a word of correcting, is a correction too
OWN_SAID = re.compile(r"^We\s+(?:said|reported|wrote|stated|gave)\b")
SETS_RIGHT = re.compile(
    r"\b(?:actually|in\s+fact|correct|corrected|should\s+have\s+(?:said|read|been))\b|,\s+not\s+[\d$€£]", re.IGNORECASE
)


# A corrections page's paragraph that goes on with the entry before, whose source its pronoun is: "She also told us
# that ...", '"We have recruited 260 nurses," he said.' (no new entry, which opens on the outlet's own account)
ENTRY_GOES_ON = re.compile(
    r"^(?:(?:She|He|They)\b|[\"“][^\"“”]*[,.!?]?[\"”],?\s+(?:she|he|they)\s+(?:said|says|added|told)\b)"
)


# where one sentence of a quote ends and the next begins: "... 511,200 votes. The commission has told us ..."
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[\"“]?[A-Z]")


# a correction the outlet printed before, told as a printed account: "A correction on 3 March said the number was 221"
PRINTED_CORRECTION = re.compile(r"(?:An?|The|Our)\s+(?:earlier\s+|previous\s+|first\s+)?correction\b")


def _printed_correction(quote: str) -> bool:
    """Whether the last sentence of ``quote`` is a correction the outlet printed before."""
    breaks = [b.end() - 1 for b in SENTENCE_BREAK.finditer(quote)]
    return bool(breaks) and PRINTED_CORRECTION.match(quote, breaks[-1]) is not None


def _own_correction(first: str, sentence: str) -> bool:
    """Whether the sentence ``first`` is the outlet's own account of what it printed, which ``sentence`` corrects."""
    if OWN_CORRECTION.match(first) is not None:
        return True
    return OWN_SAID.match(first) is not None and SETS_RIGHT.search(sentence) is not None


# A corrections page's earlier piece quoting someone: "An interview on 17 March quoted Marit Penwick as saying",
# "recorded Jonas Twell, the chief financial officer, as saying": the figure is the one quoted, said by them
QUOTED_AS_SAYING = re.compile(
    r"\b(?:quoted|recorded|cited|reported)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?:\s*,[^,.;]{1,80},)?\s+as\s+(?:saying|stating|telling\s+\w+)\b"
)


def _quoted_as(cited: re.Match | None, report: Report) -> bool:
    """Whether the report is the piece that quoted someone as saying what it printed (``cited``, QUOTED_AS_SAYING's)."""
    return cited is not None and report.position <= cited.start("name")


# A corrections page's next sentence opening on the figure its item printed, to confirm it (PRINTED_RIGHT): "That is
# right", "That figure is correct"
PRINTED_TAKEN_UP = re.compile(r"(?:That|This)\s+(?:(?:figure|number|total|price|count)\s+)?")
# The pollster of a survey a sentence's shares of respondents answered: "In a survey ... by Tallis Research of ..."
SURVEY_BY = re.compile(
    rf"\b(?:survey|poll|study|census|questionnaire)\b[^,;]*?\b(?:by|from)\s+"
    rf"(?P<by>(?!the\s)(?:{ENTITY_PATTERN})|the\s+(?:[a-z-]+\s+){{0,3}}(?:{ORG_HEADS})\b)"
)

# A limit, target or price set by a body, named after the figure: "a target of 28 days between tenants set by the
# housing ministry", "2.40, the cap set by the authority", "a figure set by the health ministry"
# (tests/ingest_labelling.md, "A body's own act with its own figure": the body that set a rule speaks, when the
# sentence names it); not a record a person set ("142.5 metres, set by Nils Arvo")
SET_BY_AFTER = re.compile(
    # (the figure's own words between, or a noun set in apposition to it; not another clause: "..., using a value of
    # time set by the ministry")
    r"(?:\s+[\w-]+){0,5}?(?:,\s+(?:the|a|an)\s+[\w-]+)?\s+(?:set|imposed|fixed)\s+by\s+"
    rf"(?P<by>(?:the\s+)?(?:{ENTITY_PATTERN})|the\s+(?:[a-z-]+\s+){{0,3}}?(?:{ORG_HEADS})\b)"
)


# A target, limit or standard named with the body whose it is, in the possessive, right before its figure: "short of
# the government's target of 120,000 homes", "the council's limit of 55", "The government's target is 30,000", "the
# county council's speed limit is now 50", "the council's borrowing limit ... had been raised to 5 billion"
# (tests/ingest_labelling.md, "Settled in session 27": that body speaks, whoever reports the rest of the sentence);
# not a pronoun ("its franchise target"), which may mean the one held to the target rather than the one that set it
OWNED_STANDARD_BEFORE = re.compile(
    rf"(?P<by>(?P<the>[Tt]he\s+)?(?:{ENTITY_PATTERN})|(?P<the_body>[Tt]he\s+)(?:[a-z-]+\s+){{0,3}}?(?:{ORG_HEADS}))"
    r"['’]s?\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?{STANDARD_NOUNS}(?:\s+for\s+[a-z][^,;:.\d]{{0,40}}?)?\s+"
    r"(?:of|is|was|remains|(?:is|was)\s+now|(?:has|had)\s+been\s+(?:raised|lowered|cut|increased|reduced)\s+to)\s+"
    r"(?:(?:about|around|just|only|some)\s+)?$"
)


def _setter(sentence: str, figure: Figure, memory: SpeakerMemory) -> Speaker | None:
    """The body named as setting the target or limit the figure is the value of, after it or before it, or None."""
    found = SET_BY_AFTER.match(sentence, figure.span[1]) if " by " in sentence else None
    owned = None
    if found is None and ("'s " in sentence or "’s " in sentence):
        found = owned = OWNED_STANDARD_BEFORE.search(sentence, max(0, figure.span[0] - 160), figure.span[0])
    if found is None:
        return None
    name, anonymous = name_of(found.group("by"), memory)
    # an owner with its article is a thing, not a person ("the Calder Accord's target", "the First Division's cap")
    thing = owned is not None and (owned.group("the") or owned.group("the_body")) is not None
    body = name is not None and not anonymous and (thing or memory.is_organisation(name))
    return Speaker(name, "asserts", None, False) if body else None


def find_mentions(text: str, *, published: date | None = None, publisher: str | None = None) -> list[Mention]:
    clear_page_caches()  # the name tests' answers for the page before
    mentions: list[Mention] = []
    memory = SpeakerMemory()
    memory.read_publication(text, masthead=publisher)
    memory.read_obituary(text)
    memory.minutes = prints_minutes_page(text)
    quotations = find_quotations(text)
    resolved: dict[int, Speaker] = {}  # quotation group -> its speaker, resolved where it is first read
    known_units: dict[Decimal, str] = {}
    recent: list[tuple[int, Mention]] = []  # (sentence number, figure mention), for disputes
    paragraph_unit = ""  # what the paragraph counted last, for a bare figure
    carried_unit = ""  # what the article counted last, in the order its figures were found, across paragraphs
    price_unit = ""  # the currency of the article's last price per measure written with its unit ("2.40 korbs a kilo")
    # the unit of the article's last sum paid or charged with its unit written ("charges 58 marrels"), at first the
    # currency the page writes its money in, for the bare sums it writes before it ("the grant is 4,000")
    sum_unit = page_currency(text)
    listed = listed_prices(text)  # the lines of a list of prices ("Tiramisu: 7.00"), each a bare sum
    previous_end = 0
    story = Story.read(text, memory)
    asked = 0  # the questions, with no figure, that stand right before the sentence
    paragraph = 0
    count_lead: list[int] = []  # the lead's count figures told before the count's declaring officer is named
    figure_paragraph = last_figured = -1  # the paragraph and number of the last sentence that gave a figure
    closing = 0  # the sentences with no figure after that one, all in its paragraph (-1 once one is not)
    sentences_before: list[str] = []  # the last sentences before this one, latest last
    unnamed_opening: tuple[int, int] | None = None  # the mentions of an opening on findings it did not say whose
    sentences = split_sentences(text)
    route_namings = routes_named(text)  # "route 47": a later "the 47" is its name
    before_entries: tuple[str | None, str | None, bool] | None = None  # the story's speaker before dated entries
    tables = find_tables(text, looks_like_body, published.year if published else None)
    for number, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        sentence_first = len(mentions)
        voice = story.voice_at(start)
        memory.voice = voice
        memory.asking = story.asking_at(start)
        if voice is not None:
            # an answer, a transcript's turn, speaks in its speaker's voice: its "we" and "I" are theirs
            memory.last_speaker, memory.last_speaker_anonymous = voice, story.unnamed_voice(voice)
        if "\n" in text[previous_end:start]:
            paragraph_unit = ""  # a new paragraph
            memory.new_paragraph()
            posted = story.live and POST_STAMP.match(text, text.rfind("\n", 0, start) + 1) is not None
            if story.readers_editor and ENTRY_GOES_ON.match(sentence) is None:
                memory.new_entry()
            dated = DATELINE.match(sentence) is not None
            entry = dated and ENTRY_DATELINE.match(sentence) is not None
            paragraph_end = text.find("\n", start)
            if entry and PRONOUN_REPORT.search(text, start, paragraph_end if paragraph_end >= 0 else len(text)):
                dated = entry = False  # "March 2027: The council will raise tax by 4.9 per cent, he said."
            if entry and before_entries is None:
                before_entries = (memory.last_person, memory.last_speaker, memory.last_speaker_anonymous)
            elif not entry and before_entries is not None:
                # a story's dated line or key-dates box ends, and the story's speaker before it speaks on: "1
                # September: The bridge shuts to traffic." then "He said 14,000 vehicles a day would be diverted"
                if not dated and before_entries[:2] != (None, None):
                    memory.last_person, memory.last_speaker, memory.last_speaker_anonymous = before_entries
                before_entries = None
            if dated or posted or story.notices:
                # a brief's or a bulletin's next item, under its own dateline, stands alone, as a live page's post
                # under its time stamp does (a story's timeline of clock times is no live page's: Story.live), and
                # so does a corrections page's next entry: no source of one correction speaks in the next; and so
                # does each notice of a notices page, its issuer's alone
                memory.new_item()
                story.new_item()
            paragraph += 1
        previous_end = end
        memory.paragraph_before = text[text.rfind("\n", 0, start) + 1 : start]
        memory.meet(sentence)
        table = table_at(tables, start) if tables else None
        if table is not None:
            # a table's row: its bare figures count what its header or caption says
            paragraph_unit = table.unit
            if table.unit.startswith(PAGE_CURRENCY):
                # a sum in the page's currency, or a rate of one ("page currency per hour" under "Charges per hour:"
                # is "dalers per hour"); none where the page names no currency
                currency = article_currency(known_units, [])
                paragraph_unit = currency + table.unit[len(PAGE_CURRENCY) :] if currency else ""
        figures = find_figures(
            sentence if table is None else row_figures(sentence, table),
            text[max(0, start - 600) : start],
            # a row's bare figure counts what its table says, not what the same value counted in the prose before
            # ("four more aircraft" over a list of "(flights a week)" whose "Olmstad: 4" is flights)
            known_units if table is None else {},
            paragraph_unit,
            carried_unit=carried_unit,
            price_unit=price_unit,
            sum_unit=sum_unit,
            listed_price=start in listed,
            named_routes=[n for at, n in route_namings if at < start] if route_namings else (),
            correcting=story.readers_editor,
            page_year=published.year if published else None,
            page_month=published.month if published else None,
            table_row=table is not None and table.items,
        )
        label = row_label(sentence, table) if table is not None else ""
        if label:
            # a list's row's label's own figures, each with its own unit written out after it ("11 objects", "at 15
            # per cent"): a measure glued to its figure names the item ("Crushed ice, 20mm"), no claim
            labelled = find_figures(
                label, text[max(0, start - 600) : start], {}, "", page_year=published.year if published else None
            )
            figures = sorted(
                [*(f for f in labelled if " " in label[f.span[0] : f.span[1]].strip()), *figures], key=lambda f: f.span
            )
        if table is not None and table.scales:
            figures = [_scaled_cell(f, sentence, table.scales) for f in figures]
        if table is not None and len(figures) > 1:
            figures = _revised_cells(sentence, figures, table)
        if figures:
            paragraph_unit = carried_unit = figures[-1].unit
            price_unit = price_unit_of(sentence, figures) or price_unit
            sum_unit = sum_unit_of(sentence, figures, known_units, text, start) or sum_unit
        day, day_end, date_text, date_span = find_date(sentence, published)
        inside = [q for q in quotations if q.start < end and q.end > start]
        if voice is not None:
            for quotation in inside:
                if quotation.report is None or not quotation.report.subject:
                    # a transcript's turn, an interview's answer: a quotation no clause attributes is in the voice
                    # of the one whose turn it is, not the person it names or addresses ("Madam Speaker, I ...")
                    resolved.setdefault(
                        quotation.group, Speaker(voice, "asserts", anonymous=story.unnamed_voice(voice))
                    )
        # who speaks is read from the draft as it now reads: "[deleted: The minister] [inserted: Officials] said" is the
        # officials' word, "[deleted: said the mayor]" no one's (the same length as the sentence, so that positions
        # still point into it)
        spoken = read_tracked(sentence).now if has_tracked_changes(sentence) else sentence
        reports = find_reports(spoken) if (figures or day or inside or has_cue(spoken)) else []
        if story.readers_editor:
            # "Our business story on Thursday said the chain runs 611 pubs": on a corrections page the outlet's own
            # earlier report is no source; what it printed is told in the signer's voice (tests/ingest_labelling.md,
            # "Settled in session 30"), as is what "we said" (the page's "we" is the outlet's, never a source's)
            cited = QUOTED_AS_SAYING.search(sentence)
            reports = [
                r
                for r in reports
                if not OWN_REPORT.match(r.subject or "")
                and (r.subject or "").lower() != "we"
                and not _quoted_as(cited, r)
            ]
            if cited is not None:
                # "A transcript on 16 March recorded Jonas Twell, the chief financial officer, as saying ...": the
                # printed figure is the one the piece quoted, in the words of whom it quoted, not the piece's
                # (of what follows only, as a relative clause's report is: "Our report said 40 jobs would go and
                # quoted X as saying the site would close" leaves the 40 the piece's own, in the signer's voice)
                reports.append(
                    Report(
                        cited.end(),
                        cited.group("name"),
                        "asserts",
                        end=cited.end(),
                        subject_start=cited.start("name"),
                        relative=True,
                    )
                )
                reports.sort(key=lambda r: r.position)
        sentence_speaker: Speaker | None = None
        sources = [_source_span(sentence, r) for r in reports if r.subject]
        figures = [
            f
            for f in figures
            if not (
                _counts_sources(f)
                and not part_left_unnamed(sentence, f)
                and any(
                    a <= f.span[0] < b
                    and not _in_relative_clause(sentence, a, f.span[0])
                    and not _bodies_acting(sentence, a, f)
                    for a, b in sources
                )
            )
        ]
        figures = [f for f in figures if not _whole_again(sentence, f, mentions)]
        if story.readers_editor and ";" in sentence:
            figures = corrected_in_sentence(
                sentence, figures, own_account=OWN_REPORT.match(sentence) is not None
            )  # "said 560 were cancelled; the figure is 563"
        figures, first_put, revised = _earlier_values(
            text,
            sentence,
            end,
            _told_after(number, recent, sentences_before),
            figures,
            reports,
            mentions,
            recent,
            memory,
            story.voice_at,
            story.readers_editor,
        )
        if figures:
            story.read_lead(sentence, reports, inside)
        compared: tuple[Figure, Speaker] | None = None  # the sentence's figure before, and whose it is
        first_own = len(mentions)  # this sentence's mentions start here
        # the last figure of the sentence before, for each of this one's ("Among those freed were 23 soldiers and 9
        # women": both are parts of what it counted)
        before_this = recent[-1][1] if recent and recent[-1][0] == number - 1 else None
        for figure in figures:
            speaker = _speaker_of(figure, spoken, start, reports, inside, resolved, memory)
            speaker = story.untold_speaker(speaker, figure, spoken, start, reports, inside, voice, before_this)
            speaker = body_meant(speaker, spoken, memory)  # "the club said": the club the page named
            if table is not None and table.source:
                speaker = Speaker(memory.resolve(table.source))  # a table's cells are its source's
            untold = speaker.name is None and not inside
            if untold and compared is not None and _compared_with(sentence, compared[0], figure):
                # "the rate was 17.2 per 100,000, against 6.1 in Dovreth": the figure set against the one just given is
                # told in the same breath, by whoever gave that one (tests/ingest_labelling.md, "An earlier value")
                speaker = replace(compared[1], via=None)
            if speaker.name is None and not inside:
                speaker = part_set_off(sentence, figure, mentions[first_own:]) or speaker
            compared = (figure, speaker)
            if sentence_speaker is None or sentence_speaker.name is None:
                sentence_speaker = speaker  # the sentence speaks for whoever gives one of its figures
            revises = figure is figures[0]  # only the sentence's first figure revises the one before
            if revised is not None and revises and speaker.name is None and revised.speaker is not None and not inside:
                # "The ministry first said 640 homes would go. On Friday it raised that number to 910.": who gave
                # the first figure revises it, unless the sentence of the revision names someone else
                speaker = Speaker(revised.speaker, "asserts", None, revised.speaker_anonymous)
            mention = _mention(sentence, start, end, figure, speaker, day, day_end, date_text)
            if first_put is not None and revises:  # the revision reads from the sentence that first gave the figure
                mention = replace(mention, quote=text[first_put.start : end], start=first_put.start)
            confirmed = sentences[number + 1] if story.readers_editor and number + 1 < len(sentences) else None
            taken_up = PRINTED_TAKEN_UP.match(text, confirmed[0]) if confirmed is not None else None
            if confirmed is not None and taken_up and PRINTED_RIGHT.match(text, taken_up.end()):
                # "Our report said the quota had been cut to 41,500 tonnes. That is right, but ...": a corrections
                # page that confirms a printed figure stands behind it, its quote running to the confirmation
                mention = replace(mention, quote=text[mention.start : confirmed[1]], end=confirmed[1])
            leading = story.declarer is None and story.figured < COUNT_LEAD_WITHIN
            if leading and speaker.name is None and not inside and counted_at_count(sentence, figure):
                count_lead.append(len(mentions))  # "as fewer than a third of voters turned out", in the lead
            mentions.append(mention)
            recent.append((number, mention))
            known_units.setdefault(figure.value, figure.unit)
        own = mentions[len(mentions) - len(figures) :]
        # "The union said 740 flats had no heat. "People wear coats," said its secretary.  //  The council rejected
        # that.": a paragraph opening on a dispute takes up what the paragraph before said, past its closing words
        opens_after = paragraph == figure_paragraph + 1 and number - closing - 1 == last_figured
        held = closing if closing > 0 and opens_after else 0
        denier = voice
        if denier is None and not figures and inside and DENIAL.match(sentence):
            # '"That number is invented," said the union's secretary.': a quotation opening on a denial is its
            # speaker's denial of the figure just given
            denier = _quoted_speaker(inside[0], resolved, memory).name
        replaced = sentence_disputes(
            sentence, start, end, figures, own, reports, memory, recent, number, asked + held, denier
        )
        disputed = replaced is not None
        if replaced is not None:
            mentions[len(mentions) - len(figures) :] = [
                story.desk_faults(m, _figure_at(m, sentence, figures), start, voice, inside, reports) for m in replaced
            ]
        if not figures and reports:
            position = date_span[0] if date_span else 0
            sentence_speaker = speaker_at(sentence, reports, position, memory)
            asserted = sentence_speaker.stance in ("asserts", "confirms")
            if (
                not disputed
                and day
                and CALENDAR_DATE.search(date_text)
                and sentence_speaker.name
                and asserted
                and _states_something(sentence, reports, position)
                and not _in_dateline(sentence, date_span)
            ):
                mentions.append(
                    Mention(
                        quote=sentence,
                        start=start,
                        end=end,
                        speaker=sentence_speaker.name,
                        speaker_anonymous=sentence_speaker.anonymous,
                        via=sentence_speaker.via,
                        stance=sentence_speaker.stance,
                        date=day,
                        date_end=day_end,
                        date_text=date_text,
                        figure=date_text,
                    )
                )
        if sentence_speaker is None and inside:
            sentence_speaker = _quoted_speaker(inside[0], resolved, memory)
        story.read_sentence(sentence, reports, inside, figures, sentence_speaker, paragraph, voice)
        if unnamed_opening is not None and story.lead is not None:
            # "..., according to the most complete survey ever made. The Halvenian Alpine Survey said ...": the
            # opening's findings are those of the body the very next sentence reports, not "most complete survey"
            first, last = unnamed_opening
            mentions[first:last] = [take_up_lead(m, story.lead) for m in mentions[first:last]]
        unnamed_opening = (sentence_first, len(mentions)) if story.unnamed_lead else None
        if count_lead and story.declarer is not None:
            # a count the lead told before the page named who declared it is the declaring officer's too
            for at in count_lead:
                if mentions[at].speaker is None:
                    mentions[at] = replace(
                        mentions[at],
                        speaker=story.declarer.name,
                        speaker_anonymous=story.declarer.anonymous,
                        via=None,
                        stance="asserts",
                    )
            count_lead = []
        sentences_before = [*sentences_before[-(BRIDGE_REACH - 1) :], sentence]
        recent = [(n, m) for n, m in recent if number - n < LOOK_BACK_FAR]
        # "Do you accept that?", "Daniel?": a question with no figure asks about the figure before, so an answer's
        # "No, I don't accept that" still takes it up, over the line that heads the answer as a signed post's reply
        # ("u/ann_roe replied:")
        asked = asked + 1 if not figures and (sentence.rstrip(' "”’').endswith("?") or _heads_post(sentence)) else 0
        if figures:
            figure_paragraph, last_figured, closing = paragraph, number, 0
        elif closing >= 0:
            closing = closing + 1 if paragraph == figure_paragraph else -1
    mentions = _quoted_whole(text, quotations, quote_what_is_disputed(text, repeated_after_dispute(mentions)))
    return pair_earlier_and_now(text, mentions, published, sentences=sentences)


# What stands between a figure and another set against it: "17.2 per 100,000, against 6.1", "26 percent, against 9",
# "rising 2 percent, against a fall of 9", "one for every 2,140 patients, against one for every 1,760"; not a
# standing level it names ("..., against the official fee of 68", "..., against a legal target of 18 weeks"), which is
# background (tests/ingest_labelling.md, "Settled in session 27": a target no one is named as setting has no speaker)
COMPARED_WITH = re.compile(
    r"[^;:.!?]{0,40}?,\s+(?:against|compared\s+with|versus)\s+"
    rf"(?!(?:the|its|their)\s|an?\s+(?:[a-z-]+\s+){{0,2}}?{STANDARD_NOUNS}\s)[^,;:.\d]{{0,40}}"
)


def _heads_post(sentence: str) -> bool:
    """Whether the sentence is the line that heads a signed post or reply ("u/ann_roe replied:"), no sentence of it."""
    return sentence[-1:] in ":0123456789" and post_signature(sentence.strip()) is not None


def _compared_with(sentence: str, before: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is set against ``before``, the sentence's figure just before it, by a comparison."""
    return COMPARED_WITH.fullmatch(sentence, before.span[1], figure.span[0]) is not None


# The rest of the sentence a quotation closes in: its attribution (", she said.")
REST_OF_SENTENCE = re.compile(r"[^\n.!?]*[.!?]?")


def _quoted_whole(text: str, quotations: list[Quotation], mentions: list[Mention]) -> list[Mention]:
    """
    A figure said inside a quotation that runs on past its sentence is quoted with the whole quotation and the rest of
    the sentence it closes in ('"We found 63 whales on one beach. Volunteers refloated 21 of them," she said.'): a
    checker cites what was said, and by whom, not one sentence of it.
    """
    if not quotations:
        return mentions
    whole = []
    for mention in mentions:
        quotation = next((q for q in quotations if q.start <= mention.start < q.end), None)
        if quotation is not None and (quotation.start < mention.start or quotation.end > mention.end):
            rest = REST_OF_SENTENCE.match(text, quotation.end)
            start = min(quotation.start, mention.start)
            end = max(rest.end() if rest else quotation.end, mention.end)
            mention = replace(mention, quote=text[start:end], start=start, end=end)
        whole.append(mention)
    return whole


# "Seven of the 14 clubs made a loss", "Of the 412 cases, 298 were ...": the whole a part is taken of
WHOLE_BEFORE = re.compile(r"(?<!one )\b[Oo]f\s+(?:the|its|their|our)\s+$")
# "44 of the 318 cases we counted": the whole said again as someone's own count
COUNTED_BY_AFTER = re.compile(r"\s+(?:we|they|I|he|she|it)\s+[a-z]+")


def _whole_again(sentence: str, figure: Figure, mentions: list[Mention]) -> bool:
    """The whole a part is taken of, when the article gave that figure before: the same claim again, no new one."""
    if not WHOLE_BEFORE.search(sentence, 0, figure.span[0]) or COUNTED_BY_AFTER.match(sentence, figure.span[1]):
        return False
    return any(m.value == figure.value and m.unit == figure.unit for m in mentions)


# A sentence with no figure that only speaks of the one before: "That figure has gone up.", "That has changed.", "That
# was a forecast made in 2019, before the pandemic.", "We have revised it."
BRIDGE_SENTENCE = re.compile(
    r"^\W*(?:(?:But|And)\s+)?(?:(?:That|This|It)(?:\s+(?:figure|number|estimate|total|bill|count))?\s+"
    r"(?:has|have|had|is|was)\s+(?:(?:since|now|already)\s+)?(?:gone\s+(?:up|down)|risen|fallen|changed|grown|"
    r"out\s+of\s+date|wrong|too\s+(?:low|high)|(?:an?|the|our|their|its)\s+(?:[a-z]+\s+)?(?:forecast|estimate|"
    r"projection|guess))\b|"
    r"(?:We|They|It|He|She)\s+(?:have|has|had)\s+(?:since\s+)?(?:revised|raised|lowered|cut|changed|updated|"
    r"corrected)\s+(?:it|that|the\s+(?:figure|number|estimate|forecast))\b)(?:\D|\b(?:19|20)\d\d\b)*$"
)
BRIDGE_REACH = 2  # at most two such sentences between a figure and its revision
# "... about 1,200 customers. A spokeswoman says the last of them should be reconnected by 20:00. That is down from
# 4,500": a sentence that only gives the value replaced may come one figureless sentence after the figure
EARLIER_VALUE_REACH = 2


def _told_after(number: int, recent: list[tuple[int, Mention]], sentences_before: list[str]) -> int:
    """
    The number the sentence would have if it came right after the last figure's: figureless sentences that only
    speak of that figure ("That figure has gone up.", "We have revised it.") go between the figure and its revision.
    """
    if not recent or not sentences_before:
        return number
    gap = number - 1 - recent[-1][0]  # the sentences between
    if 1 <= gap <= min(BRIDGE_REACH, len(sentences_before)) and all(
        BRIDGE_SENTENCE.match(s) for s in sentences_before[-gap:]
    ):
        return recent[-1][0] + 1
    return number


def _earlier_values(
    text: str,
    sentence: str,
    end: int,
    number: int,
    figures: list[Figure],
    reports: list[Report],
    mentions: list[Mention],
    recent: list[tuple[int, Mention]],
    memory: SpeakerMemory,
    turn_of: Callable[[int], str | None] = lambda _: None,
    correcting: bool = False,
) -> tuple[list[Figure], Mention | None, Mention | None]:
    """
    A change told over two sentences: a sentence that gives only the value the figure before replaced ("That is up
    from 96 million litres") completes that figure's mention, and one that revises it ("It has now raised that
    estimate to 212 million") gives one revision; ``turn_of`` gives whose turn of a transcript or interview a position
    is in, and a figure another speaker cited in a turn before ("Your own survey put the bill at 14 million.") stays
    a claim of its own when the answer revises it; ``correcting`` says the page is a corrections page, whose next
    sentence after a figure it printed may give the corrected one. Updates ``mentions`` and ``recent`` in place and
    returns the sentence's figures still to be given, the mention it re-quotes from (the sentence that first gave the
    figure) and the mention it revises.
    """
    given = EARLIER_VALUE_GIVEN.match(sentence) if figures and recent else None
    if given is not None and given.group("dated") and not FIGURE_NAMED_AGAIN.search(given.group(0)):
        # "On Thursday it had put the figure at 1,200": a day's earlier value only of the figure itself, named again
        # ("In January she had put the likely compensation bill at 180 million" after the sum paid so far is another)
        given = None
    if (
        given is not None
        and given.group("dated")
        and figures[0].unit != recent[-1][1].unit
        and not FIGURE_ENDS_AFTER.match(sentence, figures[0].span[1])
    ):
        # "On Thursday it had put the figure at 1,200 people evacuated": a count of its own unit after the homes
        # flooded, no earlier value of them (findings_revisions41 F5)
        given = None
    if given is not None and (
        not _gave_earlier(given, sentence, recent[-1][1], memory) or any(r.postposed for r in reports)
    ):
        given = None  # "The agency had put the chance at 12 per cent, Brandvold said": a statement of its own
    # a sentence that revises a figure itself ("It had first estimated 5.5 per cent ... and later revised that to 5.7
    # per cent") gives a revision of its own, not the earlier value of the figure before
    earlier_only = bool(figures) and figures[0].previous_value is None
    after_last = recent and recent[-1][0] >= number - EARLIER_VALUE_REACH
    earlier_sentence = EARLIER_VALUE_SENTENCE.match(sentence) if earlier_only and after_last else None
    if earlier_sentence is not None and earlier_sentence.group("it_was") and FUTURE.search(recent[-1][1].quote):
        # "Our success rate will drop to around 8 per cent. It was 24 per cent five years ago.": a forecast is no
        # value now for the one before to be replaced by (as ingest/earlier_now.py reads a forecast)
        earlier_sentence = None
    if earlier_sentence is not None and earlier_sentence.group("it_was") and _other_source(reports, recent, memory):
        # "The operator now runs 14 trains a day, it said. It was 20 in March, according to union figures.": another
        # source's figure of its own, a claim, not the earlier value of the operator's
        earlier_sentence = None
    if earlier_only and after_last and (earlier_sentence or given):
        # "... lost 118 million litres a day. That is up from 96 million litres two years earlier.": the value
        # the figure before replaced, not a claim of its own
        last = recent[-1][1]
        # "... has risen to 27, the board said. The board had reported 19 cases on Friday.": a bare figure's unit is
        # only a guess, and the source giving its own earlier value counts the same thing
        bare = given is not None and BARE_FIGURE.fullmatch(last.figure) is not None
        same = bare or last.unit == figures[0].unit or re.search(r"\bthe\s+(?:figure|number|total|count)\b", sentence)
        if same and last.previous_value is None and last in mentions:
            # quoting both sentences: the change is told by the two together
            updated = replace(
                last, previous_value=round_figure(figures[0].value), quote=text[last.start : end], end=end
            )
            mentions[mentions.index(last)] = updated
            recent[-1] = (recent[-1][0], updated)
            # the sentence's opening figure was the earlier value; any it gives after are its own ("The year
            # before it was 9,800, so that is a rise of nearly half")
            figures = figures[1:]
    # (the sentence's opening figure is the one after "from"; any after it are its own: "... from 48 late on Sunday
    # after recovering bodies in two hillside districts")
    if figures and recent and recent[-1][0] == number - 1 and RAISED_FROM_SENTENCE.match(sentence):
        last = recent[-1][1]
        earlier_value = figures[0].value
        if (
            last.value is not None
            and last.unit == figures[0].unit
            and last.previous_value is None
            and (last.value != earlier_value)
        ):
            # "... rose to 63 on Monday. The agency raised the toll from 48 late on Sunday": the revision is the
            # agency's, told in its own sentence, of the value the sentence before gave
            figures = [
                replace(
                    figures[0],
                    value=last.value,
                    lower=last.lower,
                    upper=last.upper,
                    qualifier=last.qualifier,
                    previous_value=earlier_value,
                ),
                # (not the new value told again: "cut its forecast from 2.1 per cent, saying growth of 1.8 per cent
                # was now likely" is the one revision)
                *(f for f in figures[1:] if (f.value, f.unit) != (last.value, last.unit)),
            ]
    # the sentence's first figure may revise the one before, whatever figures of its own follow ("The latest version
    # says about 7,500, and roughly half of those would be in construction")
    first_put = recent[-1][1] if recent and recent[-1][0] == number - 1 and figures else None
    revised: Mention | None = None  # the mention of the sentence before whose figure this sentence revises
    if first_put is not None and (
        _listed(first_put, mentions)
        and first_put.unit == figures[0].unit
        # "said the station had 46 instruments. Dr Roe has asked us to make clear that it runs 46 of its own": the
        # same figure again is told again, or added to, never replaced by itself
        and first_put.value != figures[0].value
        # on a corrections page, the right figure of one correction, quoted from the sentence that printed the wrong
        # one, is no printed figure a next sentence corrects ("... told us its count gave him 521,100. His
        # percentage, 12.4, was reported correctly."); a change it printed may be ("cut the number from 24 to 21")
        and not (
            correcting
            and first_put.previous_value is not None
            and SENTENCE_BREAK.search(first_put.quote)
            # "A correction on 3 March said the number was 221": a correction the outlet printed, itself corrected
            and not _printed_correction(first_put.quote)
        )
        and revises_figure_before(
            sentence,
            figures[0],
            first_put.quote,
            first_put.figure,
            correcting or _own_correction(first_put.quote, sentence),
        )
    ):
        # "first put the gap at 140 million ... It has now raised that estimate to 212 million": one revision
        figures = [replace(figures[0], previous_value=first_put.value), *figures[1:]]
        revised = first_put
        # the question's figure and the answer's revision of it are two speakers' claims, the revision quoted from the
        # question still
        if turn_of(first_put.start) == turn_of(end - 1):
            mentions.remove(first_put)
            del recent[-1]  # the value replaced is no figure a later sentence disputes
    else:
        if first_put is not None and (
            _listed(first_put, mentions)
            and first_put.unit == figures[0].unit
            and revises_figure_named_before(sentence, figures[0])
        ):
            # "... put the value at 6.8 million marks. That figure was later revised upwards to 7.4 million"
            figures = [replace(figures[0], previous_value=first_put.value), *figures[1:]]
            revised = first_put
        first_put = None
    return figures, first_put, revised


def _listed(mention: Mention, mentions: list[Mention]) -> bool:
    """
    ``mention in mentions``, in time that does not grow with the page: the figure before is nearly always the mention
    listed last, found at once by identity from the end, where ``in`` compares it with every mention before it (a
    table of 1,500 rows made that quadratic). Only a mention not among the last few by identity (one replaced or
    removed since) is looked for by equality, as ``in`` does.
    """
    for listed in mentions[-1 : -LISTED_REACH - 1 : -1]:
        if listed is mention:
            return True
    return mention in mentions


LISTED_REACH = 4  # the last few mentions, of the sentence before, looked at by identity


def _other_source(reports: list[Report], recent: list[tuple[int, Mention]], memory: SpeakerMemory) -> bool:
    """Whether a sentence's own report names a source other than the one of the figure before (``recent``'s last)."""
    last = recent[-1][1].speaker
    for report in reports:
        if report.subject is not None and report.subject.lower() not in PRONOUN_SUBJECTS:
            named, _ = name_of(report.subject, memory)
            if named is not None and named != last:
                return True
    return False


def _said_after(sentence: str, report: Report, at: int) -> bool:
    """A source closing the sentence with a verb of speaking ("..., she said."), after the figure at ``at``."""
    return report.postposed and report.position > at and SPEAKING_CUE.match(sentence, report.position) is not None


SPEAKING_CUE = re.compile(r"(?:said|says|added|told)\b")
CLAUSE_THEN_COMMA = re.compile(r"[^,;:—–()\"“”]*,\s*")


def _according_closes(sentence: str, report: Report, end: int) -> bool:
    """An "according to" right after the clause the figure ending at ``end`` stands in, set off by its comma."""
    return sentence.startswith("according to", report.position) and (
        CLAUSE_THEN_COMMA.fullmatch(sentence, end, report.position) is not None
    )


# A share opening a sentence: "About one in six", "Nearly two thirds of", "Roughly 40 per cent of"
def _gave_earlier(given: re.Match[str], sentence: str, last: Mention, memory: SpeakerMemory) -> bool:
    """Whether the source of "It had predicted 1.5 million" is the one who gave the figure before (not "The agency
    had earlier put the number of dead at 268" after state media's toll), and a forecast is of a figure itself told
    ahead of its time, or of the same count, its noun left out ("1.9 million took part ... It had predicted 1.5
    million"; "The board had forecast a fall of 10 percent" after an outcome is a claim of its own)."""
    ahead = given.group("ahead") and not FORWARD_LOOKING.search(last.quote)
    if ahead and BARE_COUNT_AFTER.match(sentence, given.end() - 1) is None:
        return False
    subject = given.group("subject")
    if subject.lower() in PRONOUN_SUBJECTS:
        return True
    # "the regional health board said ... The board had reported 19": the body named again by its head noun
    speaker = (last.speaker or "").lower()
    if not speaker:
        return False
    named, anonymous = name_of(subject, memory)
    if named == last.speaker or speaker.endswith(" " + subject.split()[-1].lower()):
        return True
    # "..., the club said. Rovers had first given the attendance as 9,150": the body named by its head noun alone,
    # then by its name
    return speaker in ORG_WORDS and subject[:1].isupper() and named is not None and not anonymous


# The hedges a value given again may carry: "about 6,100", "nearly 30"
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?"
BARE_FIGURE = re.compile(rf"{_HEDGE}[\d,.]+(?:\s+(?:million|billion))?")
# A sentence that only gives the value the last figure replaced: "That is up from 96 million litres".
# A figure with a qualifier, and a past time named after it: "11,420 in March", "about 6,100 a year earlier"
_QUALIFIED_FIGURE = rf"{_HEDGE}[\d$€£][\d,.]*(?:\s+(?:million|billion))?"
_PAST_TIME = (
    rf"(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH_NAME}|(?:19|20)\d\d)\b|"
    r"last\s+(?:year|month|week|season|time|spring|summer|autumn|winter)\b|"
    r"(?:a|\w+)\s+(?:years?|months?|weeks?|decades?)\s+(?:ago|earlier|before)\b|"
    r"at\s+the\s+(?:last|previous)\s+[a-z]+\b)"
)
EARLIER_VALUE_SENTENCE = re.compile(
    r"(?:^(?:That|This|It|The\s+figure)\s+(?:is|was|was\s+itself|compares)\s+(?:(?:up|down)\s+from|with)\s+"
    r"|^(?:That|It)['’]s\s+(?:up|down)\s+from\s+"
    # "The total published on Thursday by the directorate is up from 79,200", "The figure, in a report to the
    # committee, is up from 9,800", "The bill was up from 455 million": the measure named again by any noun, as the
    # unit the figure before counted must agree
    r"|^The\s+[\w-]+\b[^.;\d]{0,80}?\s(?:is|was)\s+(?:up|down)\s+from\s+"
    # "Last year the figure for the whole year was 302."
    # "In June that number was 31,000.", "Last year there were 9,100."
    r"|^(?:Last\s+year|A\s+year\s+(?:earlier|ago|before)|The\s+year\s+before|In\s+\d{4}|"
    rf"In\s+{MONTH_NAME}|\w+\s+(?:years?|months?)\s+ago),?\s+"
    r"(?:(?:the|that)\s+(?:figure|number|total|count)\b[^.;,]{0,40}?\s(?:was|stood\s+at)|there\s+(?:were|had\s+been))\s+"
    # "It had earlier put the number of residents affected at 9,000.", "In March we had put it at 79 per cent."
    r"|^(?:In\s+[^,.]{3,50}?,?\s+)?(?:It|They|We|we|it|they)\s+had\s+(?:(?:earlier|initially|originally|first|"
    r"previously)\s+)?put\s+(?:it|the\s+(?:figure|number|total|count)\b[^.;,]{0,40}?)\s+at\s+"
    # "Two years ago it was 13,500.", "A decade earlier it was 29.9"; "Ten years ago it was north of 130,000": the
    # pronoun takes up the measure, so a bound is its earlier value as much as a round figure
    r"|^(?:\w+\s+(?:years?|months?|decades?|seasons?)\s+(?:ago|earlier|before)|Last\s+(?:year|month|week|season)|"
    r"(?:A|The)\s+(?:year|decade|season)\s+(?:earlier|ago|before)),?"
    r"\s+it\s+was\s+(?:(?:(?:just\s+)?(?:over|under)|(?:more|less)\s+than|(?:north|south)\s+of)\s+)?"
    # "Two seasons ago it sold 390.": a time counted back from now, and the pronoun's own verb in the past (not "Last
    # year it stored ...", which may follow a figure set earlier still)
    r"|^(?:\w+\s+(?:years?|months?|decades?|seasons?)\s+(?:ago|earlier|before)|"
    r"(?:A|The)\s+(?:year|decade|season)\s+(?:earlier|ago|before)),?\s+(?:it|they|we)\s+(?:had|sold|[a-z]{2,}ed)\s+"
    # "The previous year's total was 2,490."
    r"|^The\s+(?:previous|last|prior)\s+(?:year|season|month|quarter|week)['’]s\s+(?:figure|total|number|count|level)\s+"
    r"(?:was|had\s+been|stood\s+at)\s+"
    # "We are 412 people now. When I arrived there were 260": the count at a time the speaker looks back to
    r"|^When\s+(?:I|we|he|she|they)\s+[^,.;\d]{3,40}?,?\s+there\s+(?:were|was)\s+"
    # "It was 11,420 in March.", "That was 6,100 a year earlier": the pronoun takes up the measure, and a past time
    # after the figure sets it before the one the sentence before gave
    # "That beats the February record of 141 kilometres an hour": the record the figure before beat
    r"|^(?:That|This|It)\s+(?:beats?|broke|breaks|tops|topped|eclipses|eclipsed|surpasses|surpassed)\s+"
    r"(?:the|its|their|a)\s+(?:[\w-]+['’]s\s+)?(?:[A-Za-z-]+\s+){0,2}?record\s+(?:of\s+)?"
    rf"|^(?P<it_was>(?:It|That)\s+was\s+)(?={_QUALIFIED_FIGURE}\s+(?:[a-z]+\s+){{0,3}}?{_PAST_TIME})"
    r")"
    # "That is up from the 148 million budget set in 2024": the value by a determiner, as "up from 148 million" is
    rf"(?:(?:the|its|their)\s+)?{_HEDGE}[\d$€£]"
)
# "It had predicted 1.5 million yesterday", "Earlier it had said 'around 600'", "It had earlier forecast a loss of 450
# million": a sentence giving the value a source had first given, before the figure it gives now
# "Last month it put the fall at 6 per cent", "When the refit was approved, the council put the cost at 6.2 million":
# opening on an earlier time, the past tense tells the earlier value as plainly as "had"
EARLIER_VALUE_GIVEN = re.compile(
    r"^(?:(?P<when>Earlier|(?:Last|A|The)\s+(?:week|month|year|season)(?:\s+(?:earlier|before))?|"
    r"When\s+[^,.;\d]{3,60}),?\s+|"
    # "On Thursday it had put the figure at 1,200", "In June the board had given it as 40": a day or a month named,
    # with the pluperfect that sets it before the figure
    r"(?P<dated>On\s+" + WEEKDAY_NAME + r"|In\s+" + MONTH_NAME + r"),?\s+)?"
    r"(?P<subject>[Tt]he\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?i:it|they|we|he|she)|[A-Z][\w-]+)\s+(?(when)(?:had\s+)?|had\s+)"
    r"(?:(?:earlier|initially|originally|first|previously)\s+)?"
    r"(?:(?:put|given|gave)\s+(?:it|(?:the|its|their)\s+[^.;,]{0,40}?)\s+(?:at|as)|"
    r"(?P<ahead>forecast|predicted|expected|projected)|said|"
    r"estimated|reported|budgeted)\s+"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}of\s+)?[“\"]?"
    rf"{_HEDGE}[\d$€£]"
)
# The figure before, named again by a pronoun or a word for a figure: "put it at", "put the figure at"
FIGURE_NAMED_AGAIN = re.compile(
    r"\b(?:put|given|gave)\s+(?:it|that|the\s+(?:figure|number|total|count|tally))\s+(?:at|as)\b"
)
# A figure with no word of its own after it: "put the figure at 1,200.", "at 8,100 on Friday"
FIGURE_ENDS_AFTER = re.compile(r"(?:\s+(?:million|billion))?\s*(?:[.;,!?\"”’)]|$|\s+(?:on|in|at|by|last|yesterday)\b)")
# A figure told ahead of its time, which a forecast given before it may be an earlier value of: "would cut its revenue
# by 700 million"; not an outcome ("fell 23 percent"), which a forecast it missed does not revise
# A bare count, its noun left out, closing its sentence or before a time: "1.5 million yesterday.", "around 600."
BARE_COUNT_AFTER = re.compile(
    r"[\d,.]+(?:\s+(?:million|billion))?(?:\s+(?:yesterday|earlier|last\s+\w+|on\s+[A-Z]\w+|in\s+[A-Z]\w+))?[\"”]?\s*[.;]"
)
FORWARD_LOOKING = re.compile(r"\b(?:would|will|expects?|expected|forecasts?|predicts?|projects?|estimates?)\b")
PRONOUN_SUBJECTS = {"it", "they", "we", "he", "she"}
# "The death toll rose to 63 on Monday. The agency raised the toll from 48 late on Sunday": a sentence that tells who
# changed the figure before and from what, without saying to what; a revision of its own, the figure before standing
RAISED_FROM_SENTENCE = re.compile(
    r"^(?:The\s+[\w-]+|It|They|[A-Z][\w-]+)\s+(?:had\s+)?(?:raised|lowered|revised|increased|cut|reduced|updated)\s+"
    r"(?:the|its|their)\s+(?:death\s+)?(?:toll|figure|estimate|count|tally|number|total|forecast)\s+"
    rf"(?:(?:up|down)(?:wards?)?\s+)?from\s+{_HEDGE}[\d$€£]"
    r"(?![^.;]*\sto\s+[\d$€£])"
)


# A statistic's change or the level it reached: "The number out of work rose by 118,000 to 1.94 million".
def _counts_sources(figure: Figure) -> bool:
    """ "Two senior pilots ... said": a small count of people inside the source of a report is no claim."""
    counted = figure.unit.endswith(("s", "people")) or figure.unit in COLLECTIVE_PEOPLE
    if figure.unit == "times":  # "rates twice as high as the survey suggested": a multiple counts no one
        return False
    return figure.value < 20 and figure.value == int(figure.value) and counted


# A preposition between a source's opening and its count: "Officials at two health ministries", "people at three firms"
PREPOSITION_IN_SOURCE = re.compile(r"\b(?:at|from|of|in|for|with|by)\s")


_BODY_HEAD = re.compile(ORG_HEADS)
# A body's kind that names people as well, a trade's agent noun or a post: "Two contractors working on the line",
# "Three border guards", who are sources, not bodies acting
_PEOPLE_TOO = re.compile(r"[a-z]+(?:er|or)|guard")


def names_bodies(noun: str) -> bool:
    """Whether a plural count noun ("firms", "parish councils") names bodies: its head's singular is a body's kind."""
    head = noun.split()[-1].lower() if noun.split() else ""
    one = singular(head)
    return head != one and _BODY_HEAD.fullmatch(one) is not None and _PEOPLE_TOO.fullmatch(one) is None


def _bodies_acting(sentence: str, source_start: int, figure: Figure) -> bool:
    """
    "Nine companies have warned Laddervale", "Four parish councils have written to object": bodies whose act the
    sentence counts, the news itself, not the few people a reporter spoke to; not "Officials at two ministries".
    """
    return names_bodies(figure.unit) and not PREPOSITION_IN_SOURCE.search(sentence, source_start, figure.span[0])


RELATIVE_IN_SOURCE = re.compile(r",\s+(?:which|who|whose)\s")


def _in_relative_clause(sentence: str, source_start: int, at: int) -> bool:
    """ "Nordlys, which won two of the four contracts, said": what a source did, told inside it, counts no sources."""
    return RELATIVE_IN_SOURCE.search(sentence, source_start, at) is not None


def _source_span(sentence: str, report: Report) -> tuple[int, int]:
    """Where the source of a report stands: before its cue, or after it ("according to people at three firms")."""
    if report.subject_start >= 0:
        return report.subject_start, report.position
    if not sentence.startswith("according", report.position) or not report.subject:
        return -1, -1
    at = sentence.find(report.subject, report.position)
    return (at, at + len(report.subject)) if at >= 0 else (-1, -1)


def _speaker_of(
    figure: Figure,
    sentence: str,
    start: int,
    reports: list[Report],
    inside: list[Quotation],
    resolved: dict[int, Speaker],
    memory: SpeakerMemory,
) -> Speaker:
    """The speaker of one figure: the quotation it stands in, else the reporting clause that governs it."""
    position = start + figure.span[0]
    quotation = next((q for q in inside if q.start <= position < q.end), None)
    if quotation is not None:
        return _quoted_speaker(quotation, resolved, memory)
    at = figure.span[0]
    if (
        figure.unit in PLACE_DISTANCE_UNITS
        and re.search(r",\s*$", sentence[:at])
        and (PLACE_DISTANCE_AFTER.match(sentence, figure.span[1]))
    ):
        # "its battery plant in Seltzbach, about 180 km away", "Port Hallis, 140 km up the coast": where a place
        # lies, set off in apposition to it, is the article's geography, not a claim of whoever speaks
        return Speaker(None)
    setter = _setter(sentence, figure, memory)
    if setter is not None:
        return setter
    own = next((r for r in reports if r.of_figure and 0 <= r.position - figure.span[1] <= FIGURE_TO_PARTICIPLE), None)
    if own is not None and own.subject:  # "more than the 3,100 reported by the statistics office"
        name, anonymous = name_of(own.subject, memory)
        return Speaker(name, own.stance, None, anonymous)
    acting = next((r for r in reports if 0 <= r.subject_start <= at < r.position and r.subject), None)
    acts = acting is not None and RELATIVE_ACT.search(sentence[acting.subject_start : at]) is not None
    represents = (
        acting is not None
        and sentence.find("represents", acting.subject_start, at) >= 0  # a cheap test first: one figure in many has it
        and RELATIVE_MEMBERS.match(sentence, acting.subject_start, at) is not None
    )
    if acting is not None and acting.subject and (acts or represents):
        # "The unions, which had demanded 11 lira an hour, said": the source's own act gave the figure
        name, anonymous = name_of(acting.subject, memory)
        return Speaker(name, "asserts", None, anonymous)
    background = BACKGROUND_CLAUSE.search(sentence[:at])
    # "..., which ran for six months and cut penalties to 5 percent, the ministry said": a source speaking after the
    # sentence says its relative clauses too; "according to" a document does not
    reported = any(r.subject and not r.postposed and r.end <= at for r in reports)
    relative_clause = background is not None and background.group(0).lstrip(", ").startswith(("which", "whose"))
    reported = reported or (relative_clause and any(r.subject and _said_after(sentence, r, at) for r in reports))
    # "Inflation was 5.9 per cent, the statistics office said, which allows a rise of up to 6.9 per cent": a relative
    # opening right after a set-off report takes up what it reported, and goes on with it
    after_report = background is not None and any(
        r.subject and r.postposed and r.end == background.start() for r in reports
    )
    reported = reported or (relative_clause and after_report)
    # "the scheme, which drew 1,100 objections, according to the planning officers": an "according to" closing the
    # relative clause itself gives what it tells
    closing = next((r for r in reports if r.subject and _according_closes(sentence, r, figure.span[1])), None)
    if relative_clause and closing is not None:
        name, anonymous = name_of(closing.subject or "", memory)
        return Speaker(name, closing.stance, None, anonymous)
    own_act = OBJECT_RELATIVE_ACT.search(sentence, 0, at) if background else None
    if own_act is not None:
        # "gave a first estimate of 2.3 billion, which it raised on Monday to 3.8 billion": the relative clause's
        # subject acts on the figure, and the pronoun means the subject of the sentence
        name, anonymous = name_of(own_act.group("pronoun"), memory)
        return Speaker(name, "asserts", None, anonymous)
    if background and not has_cue(background.group(0)) and not reported:
        # "Rainfall across the plain, which grows two-thirds of the wheat, was ..., according to X",
        # "pensions will rise with inflation, which stood at 3.6 percent": a non-restrictive clause about a
        # noun outside the content of a report is the article's background ("X said the party talks with
        # the Greens, which won 14 seats" reports it)
        return Speaker(None)
    survey = (
        SURVEY_BY.search(sentence, 0, at)
        if any(r.subject and _quantity_subject(r.subject, memory) for r in reports)
        else None
    )
    if survey is not None:
        # "In a survey by Tallis Research of 1,204 adults, three-quarters said": the share answered the pollster
        name, anonymous = name_of(re.sub(r"\s+of$", "", survey.group("by")), memory)
        return Speaker(name, "asserts", None, anonymous)
    holding = [r for r in reports if 0 <= r.subject_start <= at < r.position and not r.postposed]
    if holding:
        in_subject = not any(holding[0].subject_start <= r.position < at for r in reports)
        relative_in = SUBJECT_RELATIVE if in_subject else RELATIVE  # "that" relativises only inside the subject
        relative = relative_in.search(sentence[holding[0].subject_start : at])
        if relative is not None:
            opens = holding[0].subject_start + relative.end()
            says = next((r for r in reports if r.subject and opens <= r.position < at), None)
            if says is not None and not sentence[opens : says.position].strip():
                # "A committee of bondholders, which says it represents about 70 percent of the bonds, said": the
                # relative clause's own report, of its antecedent
                name, anonymous = name_of(says.subject or "", memory)
                return Speaker(name, says.stance, None, anonymous)
            return Speaker(None)  # "Madden, of the union, which represents 3,500 doctors, said": background
        if holding[0].subject and DOCUMENT_SAMPLE.match(holding[0].subject):
            # "A survey of 1,200 adults by Verax found ...": the sample is given by who gives the survey
            return speaker_at(sentence, holding, at, memory)
        # "Half of respondents said ...", "One in eight patients reported ...": the figure is the subject of
        # the cue, not its content; it is reported by whoever the article was citing
        # ("22% of those ... said ..., while 31% said ...": the other share reports no more than this one)
        reports = [r for r in reports if r not in holding and not (r.subject and _quantity_subject(r.subject, memory))]
        if not reports:
            return Speaker(memory.last_speaker, "asserts", None, memory.last_speaker_anonymous)
    # "a few hundred, not the 10,000 the council claimed": a report of another figure alone reports not this one
    reports = [r for r in reports if not r.of_figure and (not r.subject or not _quantity_subject(r.subject, memory))]
    speaker = speaker_at(sentence, reports, at, memory)
    chosen = [r for r in reports if r.position > at or r.postposed]
    relative = RELATIVE.search(sentence[chosen[0].end : at]) if chosen and chosen[0].end <= at else None
    if relative and chosen[0].postposed and 0 <= chosen[0].subject_start < chosen[0].position:
        # "set aside 140 million, the agency says, of which less than a third has been spent": a relative right after
        # a cue whose subject stands before it takes up a noun of the reported clause, and goes on with the report
        relative = None if RELATIVE_AFTER_CUE.match(sentence, chosen[0].end) else relative
    reviser = revising_subject(sentence, at)
    told = revising_subject(sentence, at, told=True) if reviser is None and figure.previous_value is not None else None
    if told is not None and told[0].lower() not in PRONOUN_REVISERS:
        # "The scheme was meant to carry 900,000 trips, but the council has now cut that target to 540,000": a body
        # revising a figure whose earlier value the sentence gave
        reviser = told
    opening = POSSESSED_STATISTIC.match(sentence, 0, at) if told is not None and told[0].lower() == "it" else None
    if opening is not None and opening.group("owner") and speaker.name is None:
        # "The coastguard's first figure was 8 dead; by 14:20 it had raised that to 24": the change is told with its
        # earlier value, and "it" is the owner of the figure the sentence opens on
        name, anonymous = name_of(opening.group("owner"), memory)
        if name is not None:
            return Speaker(name, "asserts", None, anonymous)
    if reviser is not None and (speaker.name is None or relative):
        # "Last year it cut the planned number of launches to 5 from 8", "said Petra Lind, an analyst, who raised
        # her price target to 17 from 13.50": who revises a figure gives its new value
        name, anonymous = _reviser_name(sentence, *reviser, memory)
        if name is not None:
            return Speaker(name, "asserts", None, anonymous)
    if relative and not _verb_cue(sentence[chosen[0].end + relative.end() : at]):
        # "..., said Colin Breck, a consultant who has reviewed 30 projects"; but "said Lowri Price, who runs
        # a cafe and said her takings had fallen by a fifth" is hers
        return Speaker(None)
    if speaker.name is None:  # no report governs the figure: the actor of a speech act or decision may give it
        actor = acting_subject(sentence, at, memory.full_names, memory.bodies_named())
        if actor is not None:
            name, anonymous = name_of(actor, memory)
            return Speaker(name, "asserts", None, anonymous)
        witness = _witness(sentence, at, memory)
        if witness is not None:
            return Speaker(witness, "asserts", None, False)
        # a report later in the sentence that does not close it reports only what follows it
        only_later_reports = all(r.position > figure.span[1] and not r.postposed for r in reports)
        owner = possessed_statistic_owner(sentence, at, memory.full_names) if only_later_reports else None
        if owner is not None:  # "The office's published response rate was 91%"
            name, anonymous = name_of(owner, memory)
            return Speaker(name, "asserts", None, anonymous)
    return speaker


# Someone on the scene counting or seeing what the figure counts, told in the outlet's voice: "The Courier's Jonah
# Pell counted at least 30 cars" (the outlet's reporter, by name), "..., where she counted 31 people", "He counted 14
# fire engines" (the person the pronoun takes up: the reporter the post named). Live blogs and on-the-scene reports.
# The clause may open on where or when ("Outside the Chamber, our political editor Tomas Erlund counted 41"), name
# where the reporter stands ("AWN's Karin Moll in Mirrow counted"), and count more than one thing in what was seen
# ("saw 19 newborns sharing 7 working incubators": the second figure in the participle that goes on from the first's
# noun; not the place where it was counted, "counted 40 fallen trees on the 12-kilometre stretch")
_WITNESS_QUALIFIER = r"(?:(?:at\s+least|about|around|more\s+than|some|nearly)\s+)?"
WITNESS_CLAUSE = re.compile(
    r"(?:^(?:[A-Z][^,;\"“”]{0,60},\s+)?|[,;]\s+(?:where|and|when)\s+)\W*(?:(?P<pronoun>[Hh]e|[Ss]he)|"
    r"(?:(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s|[Oo]ur)\s+"
    # the one who counts is the outlet's, by name or by a newsroom role ("our political editor"), not a body's own ("In
    # March, Tesco's chief executive Ken Murphy saw 300 jobs going": what a business saw happen, no count on the scene)
    r"(?:(?:[a-z]+\s+)?(?:reporter|correspondent|editor|photographer|journalist)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?:\s+(?:in|at)\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:has\s+|had\s+)?(?:counted|saw|spotted|watched)\s+"
    rf"(?:{_WITNESS_QUALIFIER}\d[\d,.]*\s+(?:[a-z-]+\s+){{1,3}}?[a-z]+ing\s+)?{_WITNESS_QUALIFIER}$"
)

REPORTER_NAMED = re.compile(r"\b(?:reporter|correspondent|editor)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


def _witness(sentence: str, at: int, memory: SpeakerMemory) -> str | None:
    """The one who counted or saw what the figure at ``at`` counts, told without a reporting verb."""
    clause = WITNESS_CLAUSE.search(sentence[max(0, at - 160) : at])
    if clause is None:
        return None
    if clause.group("name"):
        return clause.group("name")
    start = max(0, at - 160) + clause.start()
    reporters = list(REPORTER_NAMED.finditer(sentence, max(0, start - 200), start))
    return reporters[-1].group("name") if reporters else memory.last_person


def _reviser_name(sentence: str, subject: str, at: int, memory: SpeakerMemory) -> tuple[str | None, bool]:
    """
    The one a revising clause's subject means: "Gerald Penhale, accepted that he had cut his valuation" and
    "said Petra Lindqvist, an analyst, who raised her price target" mean the person the sentence named before.
    """
    if subject.lower() in ("he", "she", "who"):
        named = people_named(sentence[:at])
        if named:
            return memory.resolve(named[-1]), False
        if subject == "who":
            return None, False
    return name_of(subject, memory)


RELATIVE = re.compile(r"\b(?:which|who|whose|where)\b")
PRONOUN_REVISERS = ("it", "he", "she", "they", "who")
# a relative clause inside a source: "Vanterra Energie, the utility that runs 31 of the 44 dams, cut its forecast"
SUBJECT_RELATIVE = re.compile(r"\b(?:which|who|whose|where|that)\b")
RELATIVE_AFTER_CUE = re.compile(r",\s*(?:(?:of|in|for|from|on)\s+)?(?:which|whom)\b")
PLACE_DISTANCE_UNITS = {"km", "kilometres", "kilometers", "miles", "nautical miles"}
PLACE_DISTANCE_AFTER = re.compile(
    r"\s*(?:away|up|down|along|to\s+the|north|south|east|west|inland|offshore|off|outside|from|upstream|downstream|"
    r"further)\b"
)
QUANTITY_SUBJECT = re.compile(
    r"^(?:(?:about|around|nearly|almost|roughly|some|more than|over|just|only)\s+)?(?:\d|(?:a|one|two|three|four)[- ]"
    r"(?:half|third|quarter|fifth|tenth)s?\b|half\b|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+\w+\b|"
    r"(?:dozens|hundreds|thousands|millions|tens)\s+of\b|most\b|many\b|(?:a\s+)?majority\b)",
    re.IGNORECASE,
)


_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+)?$")


def _verb_cue(text: str) -> bool:
    """A cue standing as a verb, not a noun after its determiner ("who joined a protest of several hundred")."""
    return any(not _DETERMINED.search(text, 0, start) for start, _, _ in find_cues(text))


def _quantity_subject(subject: str, memory: SpeakerMemory) -> bool:
    """
    "nearly a third", "61% of voters", "Most": a share of those counted is not the source of a report; "Many senior
    officials" is a source its determiner counts, unless a survey or poll the article told of counted them ("In a
    survey by Tallis Research of 1,204 adults, many shoppers said").
    """
    subject = subject.strip()
    if QUANTITY_SUBJECT.match(subject) is None:
        return False
    return not unnamed_by_grammar(subject) or memory.told_of_survey()


def _quoted_speaker(quotation: Quotation, resolved: dict[int, Speaker], memory: SpeakerMemory) -> Speaker:
    if quotation.group not in resolved:
        report = quotation.report
        if report is not None and report.subject:
            name, anonymous = name_of(report.subject, memory)
            stance = "relays" if report.negated else report.stance
            relay = name_of(quotation.relay.subject, memory)[0] if quotation.relay and quotation.relay.subject else None
            resolved[quotation.group] = Speaker(name, stance, relay if relay != name else None, anonymous)
        elif memory.named_since_speaker and memory.last_person:
            # "Chief executive Mattias Orr spoke at length ... Part of his statement follows." then a quotation no
            # clause attributes: the person the article turned to, not the last who spoke
            resolved[quotation.group] = Speaker(memory.last_person, "asserts")
        else:  # a quotation standing alone goes on the speaker before it
            resolved[quotation.group] = Speaker(memory.last_speaker, "asserts", None, memory.last_speaker_anonymous)
    return resolved[quotation.group]


def _in_dateline(sentence: str, span: tuple[int, int] | None) -> bool:
    """ "VARNOTH, Velmora, Dec 7 (QNW) - ...": the dateline's date is when the wire filed, not what a source stated."""
    dateline = DATELINE.match(sentence)
    return dateline is not None and span is not None and span[0] < dateline.end()


def _states_something(sentence: str, reports: list[Report], position: int) -> bool:
    """
    A sentence without a figure is a claim only as an explicit report of a fact, dated by the report:
    "X said on Monday that ...". Not when the date belongs to a relative clause about the speaker ("said
    Milena Koss, who had been waiting since Saturday"), nor when what is reported is a plan or a
    possibility ("told parliament on Thursday that the figure could be increased"): nothing to check yet.
    """
    if DATED_RELATIVE.search(sentence[:position]):
        return False
    for report in reports:
        if report.subject is None or report.negated:
            continue
        cue = sentence[report.position : report.end].lower()
        rest = sentence[report.end :]
        if cue.startswith(("according", "in the words")) or report.postposed:
            return True
        content = re.match(r"(?:\s+[\w,.'’-]+){0,8}?\s+that\b|(?:[^“\"]{0,80})[“\"]|\s*:", rest)
        if content and not MODAL_CONTENT.match(rest):
            return True
    return False


# A statement without a figure is suggested only when a calendar date makes it a dated fact ("stated on
# October 13 that", "travelled ... in early October"); a weekday or "last week" only dates the report itself
# ("said in a statement on Thursday that"), the news peg of nearly every sentence that reports.
CALENDAR_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d"
)
DATED_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,]*$")
MODAL_CONTENT = re.compile(
    r"(?:\s+[\w'’“”\"-]+,?){0,12}?\s+[“\"]?(?:would|could|will|may|might|should|must|can|shall|had\s+[“\"]?no\s+intention|"
    r"plans?\s+to|intends?\s+to)\b",
    re.IGNORECASE,
)


def _figure_at(mention: Mention, sentence: str, figures: list[Figure]) -> int | None:
    """
    Where in the sentence the figure of one of its mentions stands, by the figure's own words ("100,000" in "About
    100,000 homes lost power, but ... 71,000, not 100,000" is the second); None for a mention of a sentence before.
    """
    return next(
        (f.span[0] for f in figures if f.value == mention.value and sentence[f.span[0] : f.span[1]] == mention.figure),
        None,
    )


def _scaled(figure: Figure, scale: int) -> Figure:
    """A table's bare figure in the scale its header or caption gives: "301" under "(million tallers)" is 301
    million."""
    return replace(
        figure,
        value=figure.value * scale,
        lower=None if figure.lower is None else figure.lower * scale,
        upper=None if figure.upper is None else figure.upper * scale,
    )


def _scaled_cell(figure: Figure, row: str, scales: tuple[int, ...]) -> Figure:
    """A table's bare figure in the scale of its column (Table.scales); any other as it is."""
    column = column_of(cells_apart(row), figure.span[0])
    scale = scales[column] if column < len(scales) else 1
    return _scaled(figure, scale) if scale != 1 and scaled(row[figure.span[0] : figure.span[1]]) else figure


def _revised_cells(row: str, figures: list[Figure], table: Table) -> list[Figure]:
    """A table row's figures, each cell's bracketed earlier figure ("4.39% (was 4.65%)"), or the earlier time's column
    ("| 2027 | 2026 |"), read as the previous value of its figure and no claim of its own (ingest/tables.py,
    earlier_in_cells)."""
    spans, units = [f.span for f in figures], [f.unit for f in figures]
    earlier = earlier_in_cells(row, spans, units, table.earlier_columns, table.earlier_column)
    if not any(i is not None for i in earlier):
        return figures
    dropped = {i for i in earlier if i is not None}
    return [
        replace(f, previous_value=figures[i].value) if i is not None and f.previous_value is None else f
        for n, (f, i) in enumerate(zip(figures, earlier, strict=True))
        if n not in dropped
    ]


def _mention(
    sentence: str,
    start: int,
    end: int,
    figure: Figure,
    speaker: Speaker,
    day: date | None,
    day_end: date | None,
    date_text: str,
) -> Mention:
    return Mention(
        quote=sentence,
        start=start,
        end=end,
        value=round_figure(figure.value),
        lower=round_figure(figure.lower),
        upper=round_figure(figure.upper),
        unit=figure.unit,
        qualifier=str(figure.qualifier),
        multiplier=figure.multiplier,
        derived=figure.derived,
        previous_value=round_figure(figure.previous_value),
        figure=sentence[figure.span[0] : figure.span[1]],
        speaker=speaker.name,
        speaker_anonymous=speaker.anonymous,
        via=speaker.via,
        stance=speaker.stance or "asserts",
        date=day,
        date_end=day_end,
        date_text=date_text,
    )
