from datetime import datetime, time

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget, AutocompleteSelect
from django.core.exceptions import ValidationError
from django.utils import timezone

from ingest.reading import max_import_bytes
from sources.models import Actor, Source


class ImportForm(forms.Form):
    """The admin's 'Import an article' page. The import service does the checking, so every surface says the same."""

    text = forms.CharField(
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 100}),
        help_text="Paste the article as text, or the page's HTML. Or upload a file below, not both.",
    )
    file = forms.FileField(required=False)
    url = forms.URLField(
        label="URL",
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text="Where it was published. An article whose URL or text was imported before is not imported again.",
    )
    title = forms.CharField(
        required=False, max_length=500, help_text="Left empty: the page's <title>, or the text's first line."
    )
    publisher = forms.ModelChoiceField(
        queryset=Actor.objects.all(),
        required=False,
        widget=AutocompleteSelect(Source._meta.get_field("publisher"), admin.site),
        help_text="The outlet or body that published it.",
    )
    published_on = forms.DateField(
        label="Published on",
        required=False,
        widget=AdminDateWidget,
        help_text="Dates in the text ('Wednesday', 'last week') are resolved against it.",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        limit = max_import_bytes() / (1024 * 1024)
        self.fields[
            "file"
        ].help_text = (
            f"A .txt or .html file of {limit:.1f} MB at most, in UTF-8 (an HTML page may declare another charset)."
        )

    @property
    def published_at(self) -> datetime | None:
        day = self.cleaned_data.get("published_on")
        return None if day is None else timezone.make_aware(datetime.combine(day, time.min))

    @property
    def pasted_text(self) -> str | None:
        """The pasted text, or None when a file was chosen and nothing (but blanks) pasted."""
        text = self.cleaned_data.get("text", "")
        if self.cleaned_data.get("file") is not None and not text.strip():
            return None
        return text

    def add_service_error(self, exc: ValidationError) -> None:
        """Show the import service's refusal on the field it names."""
        if not hasattr(exc, "error_dict"):
            self.add_error(None, exc)
            return
        for field, errors in exc.message_dict.items():
            self.add_error(field if field in self.fields else None, errors)
