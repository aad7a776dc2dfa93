"""
Quantities as claimed: a value with Decimal bounds, a unit and a qualifier.

"About 3,000" is not 3,000: it is a value with bounds that say how far the claimant
committed themselves. The rules that turn a qualifier into bounds live here, once, for
the models, the seed data and article extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import models

# "About 3,000" is read as 3,000 +/- 10% unless the editor sets the bounds by hand.
APPROXIMATE_MARGIN = Decimal("0.10")

# Figures are stored with four decimal places (DecimalField(max_digits=20, decimal_places=4)).
DECIMAL_PLACES = 4
STEP = Decimal(1).scaleb(-DECIMAL_PLACES)  # 0.0001

LOWER_ABOVE_VALUE = "The lower bound cannot be above the value."
VALUE_ABOVE_UPPER = "The value cannot be above the upper bound."
BOUNDS_REVERSED = "The lower bound cannot be above the upper bound."
EXACT_HAS_RANGE = "An exact figure has no range: both bounds equal the value."


class Qualifier(models.TextChoices):
    EXACT = "exact", "exactly"
    APPROXIMATELY = "approximately", "approximately"
    AT_LEAST = "at_least", "at least"
    AT_MOST = "at_most", "at most"
    RANGE = "range", "between"


def round_figure(number: Decimal | int | str | None) -> Decimal | None:
    """
    The one rounding rule: a figure as stored, to four decimal places (half-even). A number
    too large to hold that many places is returned unrounded, for validation to refuse by name.
    """
    if number is None:
        return None
    number = Decimal(number)
    try:
        return number.quantize(STEP)
    except InvalidOperation:
        return number


def _plain(number: Decimal) -> Decimal:
    """3000.0000 -> 3000 and 2.50 -> 2.5, without scientific notation."""
    normal = number.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


def format_number(number: Decimal | None) -> str:
    if number is None:
        return ""
    return f"{_plain(number):,}"


_LARGE_NUMBER_WORDS = ((Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def format_number_in_words(number: Decimal | None) -> str:
    """
    A figure as a sentence writes it: a round number of millions or billions in words ("1.5 million",
    "2.25 billion", as reporters and the pages they write do), every other figure as format_number writes it
    ("1,234,567", "12,000"). For prose only; data and tables keep format_number's digits.
    """
    if number is None:
        return ""
    for scale, word in _LARGE_NUMBER_WORDS:
        if abs(number) >= scale:
            scaled = number / scale
            if scaled == scaled.quantize(Decimal("0.01")):
                return f"{_plain(scaled):,} {word}"
    return format_number(number)


@dataclass(frozen=True)
class Quantity:
    """
    A figure as claimed. Passed whole between the admin, the API, the importer, the seeds and
    the services; models store it through QuantityFields. ``checked()`` derives the bounds a
    qualifier implies, rounds, and raises ValidationError keyed by the part to fix.
    """

    value: Decimal | None
    lower: Decimal | None
    upper: Decimal | None
    unit: str
    qualifier: str
    multiplier: int | None = None

    @classmethod
    def from_qualifier(
        cls,
        *,
        qualifier: str,
        unit: str,
        value: Decimal | None = None,
        lower: Decimal | None = None,
        upper: Decimal | None = None,
        multiplier: int | None = None,
    ) -> Quantity:
        """Fill the bounds a qualifier implies, keeping any bound given explicitly."""
        lower, upper = default_bounds(qualifier=qualifier, value=value, lower=lower, upper=upper)
        return cls(value=value, lower=lower, upper=upper, unit=unit, qualifier=qualifier, multiplier=multiplier)

    FIELDS = ("value", "lower", "upper", "unit", "qualifier", "multiplier")
    # How a model stores "no quantity".
    EMPTY_FIELDS = {"value": None, "lower": None, "upper": None, "unit": "", "qualifier": "", "multiplier": None}

    @classmethod
    def from_fields(cls, data: dict) -> Quantity | None:
        """From a form's or serializer's cleaned data (keys as in FIELDS); None when it holds no quantity."""
        quantity = cls(
            value=data.get("value"),
            lower=data.get("lower"),
            upper=data.get("upper"),
            unit=(data.get("unit") or "").strip(),
            qualifier=data.get("qualifier") or "",
            multiplier=data.get("multiplier"),
        )
        if all(getattr(quantity, name) in (None, "") for name in cls.FIELDS):
            return None
        return quantity

    def as_fields(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def checked(self) -> Quantity:
        """
        This quantity made storable: bounds the qualifier implies filled in, figures rounded by
        round_figure(). Raises ValidationError keyed by the part to fix ("qualifier", "lower", ...).
        """
        has_number = self.value is not None or self.lower is not None or self.upper is not None
        if has_number and not self.qualifier:
            raise ValidationError({"qualifier": "Choose how firmly the figure is stated (exactly, approximately...)."})
        if has_number and not self.unit.strip():
            raise ValidationError({"unit": "Say what the figure counts, e.g. 'troops'."})
        if self.qualifier and not has_number:
            raise ValidationError({"value": "A qualifier needs a value or bounds."})
        if self.multiplier is not None and not self.qualifier:
            raise ValidationError({"multiplier": "A multiplier needs a quantity to multiply."})
        if self.qualifier and self.qualifier not in Qualifier.values:
            raise ValidationError({"qualifier": "Unknown qualifier."})
        if self.multiplier is not None and self.multiplier < 1:
            raise ValidationError({"multiplier": "The multiplier counts groups: 1 or more."})
        if self.qualifier in (Qualifier.EXACT, Qualifier.APPROXIMATELY) and self.value is None:
            raise ValidationError({"value": "'Exactly' and 'approximately' need a value."})
        value = round_figure(self.value)
        lower, upper = default_bounds(
            qualifier=self.qualifier, value=value, lower=round_figure(self.lower), upper=round_figure(self.upper)
        )
        done = replace(self, value=value, lower=round_figure(lower), upper=round_figure(upper), unit=self.unit.strip())
        done._check_bounds()
        return done

    def _check_bounds(self) -> None:
        """The bound constraints of QuantityFields, so a form or API error names the part to fix."""
        value, lower, upper = self.value, self.lower, self.upper
        if self.qualifier == Qualifier.AT_LEAST and lower is None:
            raise ValidationError({"lower": "'At least' needs a value or a lower bound."})
        if self.qualifier == Qualifier.AT_MOST and upper is None:
            raise ValidationError({"upper": "'At most' needs a value or an upper bound."})
        if self.qualifier == Qualifier.RANGE and (lower is None or upper is None):
            raise ValidationError(
                {"lower" if lower is None else "upper": "A range needs both a lower and an upper bound."}
            )
        if self.qualifier == Qualifier.EXACT and value is not None and (lower != value or upper != value):
            raise ValidationError({"lower" if lower != value else "upper": EXACT_HAS_RANGE})
        if lower is not None and value is not None and lower > value:
            raise ValidationError({"lower": LOWER_ABOVE_VALUE})
        if upper is not None and value is not None and value > upper:
            raise ValidationError({"upper": VALUE_ABOVE_UPPER})
        if lower is not None and upper is not None and lower > upper:
            raise ValidationError({"upper": BOUNDS_REVERSED})

    @property
    def total(self) -> Quantity:
        """'Two regiments of 6,000 each' -> 12,000: value and bounds times the multiplier."""
        if not self.multiplier or self.multiplier == 1:
            return self
        m = Decimal(self.multiplier)

        def scale(n: Decimal | None) -> Decimal | None:
            return None if n is None else n * m

        return Quantity(scale(self.value), scale(self.lower), scale(self.upper), self.unit, self.qualifier)

    def overlaps(self, other: Quantity) -> bool:
        """Whether two quantities of the same unit could describe the same figure."""
        if self.unit.lower() != other.unit.lower():
            return False
        lo_a, hi_a = self.interval
        lo_b, hi_b = other.interval
        return (hi_b is None or lo_a is None or lo_a <= hi_b) and (hi_a is None or lo_b is None or lo_b <= hi_a)

    @property
    def interval(self) -> tuple[Decimal | None, Decimal | None]:
        lower = self.lower if self.lower is not None else self.value
        upper = self.upper if self.upper is not None else self.value
        if self.qualifier == Qualifier.AT_LEAST:
            upper = self.upper
        if self.qualifier == Qualifier.AT_MOST:
            lower = self.lower
        return lower, upper

    @property
    def bounds_text(self) -> str:
        """'2,700 to 3,300 troops'; empty when the wording sets no bounds, or only the one "at least" or
        "at most" already says ("at least 200 troops" needs no "200 to … troops" beside it)."""
        lower, upper = self.interval
        if (lower is None and upper is None) or lower == upper:
            return ""
        if (self.qualifier == Qualifier.AT_LEAST and upper is None) or (
            self.qualifier == Qualifier.AT_MOST and lower is None
        ):
            return ""
        low = "…" if lower is None else format_number(lower)
        high = "…" if upper is None else format_number(upper)
        return f"{low} to {high} {self.unit}".strip()

    def __str__(self) -> str:
        return self._text(taken_as=True)

    @property
    def words(self) -> str:
        """The figure as its words promise it, for a sentence: "at least 200 contractors", "about 1.5 million
        people", without the "(about 300)" it is taken as."""
        return self._text(taken_as=False)

    def _text(self, *, taken_as: bool) -> str:
        q = self.qualifier
        note = ""
        # a sentence writes round millions in words; the figure as stored (str()) keeps its digits
        number = format_number if taken_as else format_number_in_words
        if q == Qualifier.RANGE and self.value is None:
            text = f"between {number(self.lower)} and {number(self.upper)}"
        elif q == Qualifier.EXACT:
            text = number(self.value)
        elif q in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
            # "several hundred contractors" is at least 200 and taken as 300: the bound is what the words
            # promise, the value after it
            bound = self.lower if q == Qualifier.AT_LEAST else self.upper
            shown = self.value if bound is None else bound
            text = f"{'at least' if q == Qualifier.AT_LEAST else 'at most'} {number(shown)}"
            if taken_as and self.value is not None and shown != self.value:
                note = f" (about {number(self.value)})"
        else:
            text = f"about {number(self.value)}"
        text = f"{text} {self.unit}".strip() + note
        if self.multiplier and self.multiplier > 1:
            text = f"{self.multiplier} × {text} (total {number(self.total.value)})"
        return text


def default_bounds(
    *, qualifier: str, value: Decimal | None, lower: Decimal | None, upper: Decimal | None
) -> tuple[Decimal | None, Decimal | None]:
    """The bounds a qualifier implies for a value; explicit bounds always win."""
    if value is None:
        return lower, upper
    if qualifier == Qualifier.EXACT:
        return (value if lower is None else lower), (value if upper is None else upper)
    if qualifier == Qualifier.APPROXIMATELY:
        margin = abs(value) * APPROXIMATE_MARGIN
        return (value - margin if lower is None else lower), (value + margin if upper is None else upper)
    if qualifier == Qualifier.AT_LEAST:
        return (value if lower is None else lower), upper
    if qualifier == Qualifier.AT_MOST:
        return lower, (value if upper is None else upper)
    return lower, upper
