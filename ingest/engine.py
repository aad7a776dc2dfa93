"""
The extraction engine: sentences, figures, dates and speakers put together as Mentions.

Runs in one pass over the cleaned text; each sentence is read once for figures, once for a
date and, when it has either, once for its speaker. Pure Python and regular expressions.
"""

from __future__ import annotations

from datetime import date

from claims.quantities import round_figure
from ingest.dates import find_date
from ingest.mentions import Mention
from ingest.numbers import find_figures
from ingest.sentences import split_sentences
from ingest.speakers import VERB, SpeakerMemory, find_speaker


def find_mentions(text: str, *, published: date | None = None) -> list[Mention]:
    mentions: list[Mention] = []
    memory = SpeakerMemory()
    for start, end in split_sentences(text):
        sentence = text[start:end]
        figures = find_figures(sentence, context_before=text[max(0, start - 600) : start])
        day, day_end, date_text, date_span = find_date(sentence, published)
        speaker = stance = via = None
        if figures or day or VERB.search(sentence):
            position = figures[0].span[0] if figures else (date_span[0] if date_span else 0)
            speaker, stance, via = find_speaker(sentence, position, memory)
        for figure in figures:
            mentions.append(
                Mention(
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
                    figure=sentence[figure.span[0] : figure.span[1]],
                    speaker=speaker,
                    via=via,
                    stance=stance or "asserts",
                    date=day,
                    date_end=day_end,
                    date_text=date_text,
                )
            )
        if day and not figures:
            mentions.append(
                Mention(
                    quote=sentence,
                    start=start,
                    end=end,
                    speaker=speaker,
                    via=via,
                    stance=stance or "asserts",
                    date=day,
                    date_end=day_end,
                    date_text=date_text,
                    figure=date_text,
                )
            )
        memory.learn(sentence, speaker)
    return mentions
