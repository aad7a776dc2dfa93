"""
QuantityFields: how a model stores a Quantity, with its database constraints.

Every model that holds a figure (claims, import suggestions) inherits these six fields, the
constraints that keep them coherent (named per model: ``<app>_<model>_lower_le_value``) and the
``quantity`` property that reads and writes them as one Quantity value.
"""

from __future__ import annotations

import contextlib
from typing import TypedDict

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from claims.quantities import (
    BOUNDS_REVERSED,
    EXACT_HAS_RANGE,
    LOWER_ABOVE_VALUE,
    VALUE_ABOVE_UPPER,
    Qualifier,
    Quantity,
)
from core.validators import no_nul


class DecimalPrecision(TypedDict):
    max_digits: int
    decimal_places: int


# null and blank are passed at each field, where the type checker reads them to type the field.
DECIMAL: DecimalPrecision = {"max_digits": 20, "decimal_places": 4}

_NO_QUANTITY = Q(
    value__isnull=True, lower__isnull=True, upper__isnull=True, qualifier="", unit="", multiplier__isnull=True
)
_SOME_NUMBER = Q(value__isnull=False) | Q(lower__isnull=False) | Q(upper__isnull=False)


class QuantityFields(models.Model):
    value = models.DecimalField(
        **DECIMAL, null=True, blank=True, help_text="The figure as stated, e.g. 3000 for 'about 3,000'."
    )
    lower = models.DecimalField(
        "lower bound",
        **DECIMAL,
        null=True,
        blank=True,
        help_text="Smallest figure the wording allows. Left empty, it is derived from the qualifier (about: -10%).",
    )
    upper = models.DecimalField(
        "upper bound",
        **DECIMAL,
        null=True,
        blank=True,
        help_text="Largest figure the wording allows. Left empty, it is derived from the qualifier (about: +10%).",
    )
    unit = models.CharField(
        max_length=50, blank=True, validators=[no_nul], help_text="Plural noun of what is counted: 'troops', 'sites'."
    )
    qualifier = models.CharField(
        max_length=20,
        choices=Qualifier.choices,
        blank=True,
        help_text="How firmly the figure is stated. Required when there is a quantity; empty otherwise.",
    )
    multiplier = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="For 'N groups of X each': N. The total is the value times this (2 regiments of 6,000: 12,000).",
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(qualifier="") | Q(qualifier__in=Qualifier.values),
                name="%(app_label)s_%(class)s_qualifier_valid",
                violation_error_message="Unknown qualifier.",
            ),
            models.CheckConstraint(
                condition=_NO_QUANTITY | (~Q(qualifier="") & ~Q(unit="") & _SOME_NUMBER),
                name="%(app_label)s_%(class)s_quantity_complete",
                violation_error_message=(
                    "A quantity needs a qualifier, a unit and a value or bounds; "
                    "without a quantity all of them stay empty."
                ),
            ),
            models.CheckConstraint(
                condition=Q(lower__isnull=True) | Q(value__isnull=True) | Q(lower__lte=F("value")),
                name="%(app_label)s_%(class)s_lower_le_value",
                violation_error_message=LOWER_ABOVE_VALUE,
            ),
            models.CheckConstraint(
                condition=Q(upper__isnull=True) | Q(value__isnull=True) | Q(value__lte=F("upper")),
                name="%(app_label)s_%(class)s_value_le_upper",
                violation_error_message=VALUE_ABOVE_UPPER,
            ),
            models.CheckConstraint(
                condition=Q(lower__isnull=True) | Q(upper__isnull=True) | Q(lower__lte=F("upper")),
                name="%(app_label)s_%(class)s_bounds_ordered",
                violation_error_message=BOUNDS_REVERSED,
            ),
            models.CheckConstraint(
                condition=~Q(qualifier__in=[Qualifier.EXACT, Qualifier.APPROXIMATELY]) | Q(value__isnull=False),
                name="%(app_label)s_%(class)s_qualifier_needs_value",
                violation_error_message="'Exactly' and 'approximately' need a value.",
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.EXACT) | Q(lower=F("value"), upper=F("value")),
                name="%(app_label)s_%(class)s_exact_bounds_equal_value",
                violation_error_message=EXACT_HAS_RANGE,
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.AT_LEAST) | Q(lower__isnull=False),
                name="%(app_label)s_%(class)s_at_least_has_lower",
                violation_error_message="'At least' needs a value or a lower bound.",
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.AT_MOST) | Q(upper__isnull=False),
                name="%(app_label)s_%(class)s_at_most_has_upper",
                violation_error_message="'At most' needs a value or an upper bound.",
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.RANGE) | Q(lower__isnull=False, upper__isnull=False),
                name="%(app_label)s_%(class)s_range_has_bounds",
                violation_error_message="A range needs both a lower and an upper bound.",
            ),
            models.CheckConstraint(
                condition=Q(multiplier__isnull=True) | Q(multiplier__gte=1),
                name="%(app_label)s_%(class)s_multiplier_positive",
                violation_error_message="The multiplier counts groups: 1 or more.",
            ),
        ]

    def save(self, *args, **kwargs) -> None:
        self.derive_quantity_bounds()
        super().save(*args, **kwargs)

    @property
    def quantity(self) -> Quantity | None:
        if not self.qualifier:
            return None
        return Quantity(self.value, self.lower, self.upper, self.unit, self.qualifier, self.multiplier)

    @quantity.setter
    def quantity(self, quantity: Quantity | None) -> None:
        """Store a quantity (or clear it with None); call clean_quantity() or full_clean() to derive and check."""
        parts = quantity.as_fields() if quantity is not None else {}
        self.value, self.lower, self.upper = parts.get("value"), parts.get("lower"), parts.get("upper")
        self.unit, self.qualifier = parts.get("unit") or "", parts.get("qualifier") or ""
        self.multiplier = parts.get("multiplier")

    def clean(self) -> None:
        super().clean()
        self.clean_quantity()

    def clean_quantity(self) -> None:
        """Check the stored parts as one Quantity (errors keyed by field) and store it derived and rounded."""
        unit = (self.unit or "").strip()
        stored = Quantity(self.value, self.lower, self.upper, unit, self.qualifier or "", self.multiplier)
        if any(part not in (None, "") for part in stored.as_fields().values()):
            self.quantity = stored.checked()
        else:
            self.unit = unit

    def derive_quantity_bounds(self) -> None:
        """Derive empty bounds from the qualifier, so 'about 3,000' gets 2,700 to 3,300 (no validation)."""
        quantity = self.quantity  # None exactly when there is no qualifier
        if quantity is None or self.value is None:
            return
        # Left as given when it does not check out: the database constraints refuse it by name.
        with contextlib.suppress(ValidationError):
            self.quantity = quantity.checked()
