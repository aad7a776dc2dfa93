"""Validators shared by every app's models."""

from django.core.validators import ProhibitNullCharactersValidator

# PostgreSQL cannot store NUL in text columns and SQLite silently can: refuse it for both,
# at validation time, so a bad file or payload gets a field error instead of a 500.
no_nul = ProhibitNullCharactersValidator()
