"""
FilterSet filters shared by every app: numbers bounded by the column they are compared with.

A filter value is compared with a column in SQL. A figure the column cannot hold (1e131073, a
millionth where four decimals are stored, NaN, Infinity) is not a question we can answer, and
the database would refuse it with an error: it is refused here instead, as the form's error
naming the filter, which the API answers with a 400 and the public pages show above the results.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django_filters import filters


class ColumnDecimalFilter(filters.NumberFilter):
    """
    A NumberFilter that takes only what ``column`` (a model DecimalField) can store: at most its
    max_digits, of which at most its decimal_places after the point, and a finite number.
    """

    def __init__(self, *args, column: models.DecimalField, **kwargs) -> None:
        max_digits, places = column.max_digits, column.decimal_places
        assert max_digits is not None and places is not None  # a DecimalField always has both
        # Django's forms.DecimalField refuses NaN and Infinity, and more digits or places than these.
        kwargs.setdefault("max_digits", max_digits)
        kwargs.setdefault("decimal_places", places)
        self.largest = Decimal(10) ** (max_digits - places) - Decimal(10) ** -places
        super().__init__(*args, **kwargs)

    def get_max_validator(self):
        return MaxValueValidator(self.largest)

    @property
    def field(self):
        if not hasattr(self, "_field"):
            super().field.validators.append(MinValueValidator(-self.largest))  # NumberFilter caches it in _field
        return super().field
