from collections.abc import Iterable

from django import forms

from claims.models import Claim, Status, Topic
from sources.models import Actor, Source


class ClaimSearchForm(forms.Form):
    """The public claim list's search and filters; choices list only what published claims use."""

    q = forms.CharField(label="Search", required=False, max_length=200)
    status = forms.ChoiceField(label="Verdict", required=False)
    claimant = forms.ChoiceField(label="Claimant", required=False)
    source = forms.ChoiceField(label="Source", required=False)
    topic = forms.ChoiceField(label="Topic", required=False)
    published_after = forms.DateField(
        label="Checked from", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    published_before = forms.DateField(
        label="Checked until", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        published = Claim.objects.published()
        self._offer("status", Status.objects.values_list("slug", "label"))
        self._offer(
            "claimant", Actor.objects.filter(appearances__claim__in=published).distinct().values_list("slug", "name")
        )
        self._offer(
            "source", Source.objects.filter(appearances__claim__in=published).distinct().values_list("slug", "title")
        )
        self._offer("topic", Topic.objects.filter(claims__in=published).distinct().values_list("slug", "name"))

    def _offer(self, name: str, choices: Iterable[tuple[str, str]]) -> None:
        """Set a ChoiceField's options (one query): "Any", then ``choices``."""
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)  # declared above
        field.choices = [("", "Any"), *choices]
