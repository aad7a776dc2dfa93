"""What extraction finds: a Mention, one checkable statement in the text. Pure data, no Django."""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Mention:
    """One checkable statement found in the text: a quantity, a date, or both."""

    quote: str  # the sentence as it stands in the cleaned text
    start: int  # offsets of `quote` in the cleaned text
    end: int
    value: Decimal | None = None  # the figure as stated: 3000 for "about 3,000"
    lower: Decimal | None = None  # Decimal bounds its qualifier implies
    upper: Decimal | None = None
    unit: str = ""  # plural noun: "troops", "sites", "days"; "" for a date-only mention
    qualifier: str = ""  # claims.quantities.Qualifier value; "" for a date-only mention
    multiplier: int | None = None  # "two regiments of 6,000 each" -> 2 (value 6000)
    derived: bool = False  # a total computed from other figures in the sentence (2 x 6,000 -> 12,000)
    figure: str = ""  # the words of the figure itself: "a first tranche of about 3,000"
    speaker: str | None = None  # who said it, as named in the text, pronouns resolved; None when nobody is
    via: str | None = None  # who relayed it: "according to Yonhap", "Reuters reported that ..."
    stance: str = "asserts"  # claims.models.Stance value
    date: datetime.date | None = None  # when it was said or happened, resolved against the publication date
    date_end: datetime.date | None = None  # for a range such as "early October" (1 to 10 October)
    date_text: str = ""  # the words that gave the date: "on October 13", "early October"
    previous_value: Decimal | None = None  # a revision or change: the value the figure replaced ("from 40 to 57": 40)
    speaker_anonymous: bool = False  # the speaker is an unnamed or collective source ("a senior official")

    def as_json(self) -> dict:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, Decimal):
                data[key] = str(value)
            elif isinstance(value, datetime.date):
                data[key] = value.isoformat()
        return data
