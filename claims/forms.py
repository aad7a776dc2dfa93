from collections.abc import Iterable

from django import forms
from django.forms.utils import flatatt
from django.http import QueryDict
from django.utils.html import format_html, format_html_join

from claims.models import Status, Topic
from claims.visibility import public_actors, public_sources


class AutocompleteInput(forms.TextInput):
    """
    A text input whose suggestions come from the public API as the reader types
    (static/site/autocomplete.js), instead of a <select> listing every actor or source.
    """

    def __init__(self, *, url: str, label_field: str, attrs=None) -> None:
        super().__init__(
            attrs={
                "data-autocomplete-url": url,
                "data-autocomplete-label": label_field,
                "autocomplete": "off",
                "placeholder": "Type a name…",
                **(attrs or {}),
            }
        )


class PlainSelect(forms.Select):
    """
    A <select> of flat choices written out in Python. Django's Select renders a template per
    option: about 0.2 ms each, 60 ms for the few hundred topics of a large archive, on every
    claim list page.
    """

    def render(self, name, value, attrs=None, renderer=None):
        chosen = "" if value is None else str(value[0] if isinstance(value, list | tuple) and value else value)
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((str(v), " selected" if str(v) == chosen else "", label) for v, label in self.choices),
        )
        return format_html(
            "<select{}>{}</select>", flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name})), options
        )


class ClaimSearchForm(forms.Form):
    """
    The public claim list's search and filters. Verdicts and topics are short lists; claimants
    and sources are typed, with suggestions, because an archive holds tens of thousands of them.
    """

    q = forms.CharField(label="Search", required=False, max_length=200)
    status = forms.ChoiceField(label="Verdict", required=False, widget=PlainSelect)
    claimant = forms.SlugField(
        label="Claimant",
        required=False,
        max_length=200,
        widget=AutocompleteInput(url="/api/v1/actors/", label_field="name"),
    )
    source = forms.SlugField(
        label="Source",
        required=False,
        max_length=200,
        widget=AutocompleteInput(url="/api/v1/sources/", label_field="title"),
    )
    topic = forms.ChoiceField(label="Topic", required=False, widget=PlainSelect)
    published_after = forms.DateField(
        label="Checked from", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    published_before = forms.DateField(
        label="Checked until", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._forget_unpublished_names()
        self._offer("status", Status.objects.values_list("slug", "label"))
        self._offer("topic", Topic.objects.values_list("slug", "name"))

    def _offer(self, name: str, choices: Iterable[tuple[str, str]]) -> None:
        """Set a ChoiceField's options (one query): "Any", then ``choices``."""
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)  # declared above
        field.choices = [("", "Any"), *choices]

    def _forget_unpublished_names(self) -> None:
        """
        Show a typed claimant or source back only if it is public: the form must not confirm,
        even by echoing it, a name that only unpublished work uses. One query per field used.
        """
        if not self.is_bound:
            return
        # Built only for a field that holds a name: building public_actors() alone costs ~20 ms of Python.
        public = {"claimant": public_actors, "source": public_sources}
        data = None
        for name, queryset in public.items():
            value = self.data.get(name, "")
            if value and not queryset().filter(slug=value).exists():
                data = data or (self.data.copy() if isinstance(self.data, QueryDict) else dict(self.data))
                data[name] = ""
        if data is not None:
            self.data = data
