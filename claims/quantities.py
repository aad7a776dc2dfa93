"""
Quantities as claimed: a value with Decimal bounds, a unit and a qualifier.

"About 3,000" is not 3,000: it is a value with bounds that say how far the claimant
committed themselves. The rules that turn a qualifier into bounds live here, once, for
the models, the seed data and article extraction.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import models

# "About 3,000" is read as 3,000 +/- 10% unless the editor sets the bounds by hand.
APPROXIMATE_MARGIN = Decimal("0.10")


class Qualifier(models.TextChoices):
    EXACT = "exact", "exactly"
    APPROXIMATELY = "approximately", "approximately"
    AT_LEAST = "at_least", "at least"
    AT_MOST = "at_most", "at most"
    RANGE = "range", "between"


def _plain(number: Decimal) -> Decimal:
    """3000.0000 -> 3000 and 2.50 -> 2.5, without scientific notation."""
    normal = number.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


def format_number(number: Decimal | None) -> str:
    if number is None:
        return ""
    return f"{_plain(number):,}"


@dataclass(frozen=True)
class Quantity:
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
        """'2,700 to 3,300 troops'; empty when the wording sets no bounds."""
        lower, upper = self.interval
        if (lower is None and upper is None) or lower == upper:
            return ""
        low = "…" if lower is None else format_number(lower)
        high = "…" if upper is None else format_number(upper)
        return f"{low} to {high} {self.unit}".strip()

    def __str__(self) -> str:
        q = self.qualifier
        if q == Qualifier.RANGE and self.value is None:
            text = f"between {format_number(self.lower)} and {format_number(self.upper)}"
        elif q == Qualifier.EXACT:
            text = format_number(self.value)
        elif q == Qualifier.AT_LEAST:
            text = f"at least {format_number(self.value if self.value is not None else self.lower)}"
        elif q == Qualifier.AT_MOST:
            text = f"at most {format_number(self.value if self.value is not None else self.upper)}"
        else:
            text = f"about {format_number(self.value)}"
        text = f"{text} {self.unit}".strip()
        if self.multiplier and self.multiplier > 1:
            text = f"{self.multiplier} × {text} (total {format_number(self.total.value)})"
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
