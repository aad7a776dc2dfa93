from datetime import datetime, time

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget, AutocompleteSelect
from django.core.exceptions import ValidationError
from django.utils import timezone

from claims.models import Appearance, Claim
from figures.models import Figure
from ingest.accepting import SpeakerChoice, guess_new_actor, suggested_claim_reviewed, suggested_statement
from ingest.models import Suggestion
from ingest.reading import max_import_bytes, unique_slug
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


WIDE, NAME = 80, 50  # characters an input shows


class AcceptForm(forms.Form):
    """
    The accept screen: the claim's wording and address, and who made the statement. Pre-filled by
    AcceptForm.initial_for() from what extraction found; the service does the checking.
    """

    statement = forms.CharField(
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 90}),
        help_text="Short and neutral: the figure, what it counts and who says so. Not the article's sentence.",
    )
    # wide enough to read whole: the editor confirms the slug and the short text, not only their first words
    slug = forms.SlugField(
        max_length=200,
        widget=forms.TextInput(attrs={"size": WIDE}),
        help_text="The claim's address; permanent once a verdict is published.",
    )
    claim_reviewed = forms.CharField(
        label="Claim reviewed",
        max_length=75,
        widget=forms.TextInput(attrs={"size": WIDE}),
        help_text="ClaimReview's short text (75 characters at most), which search engines show.",
    )
    speaker_choice = forms.ChoiceField(
        label="Speaker",
        choices=SpeakerChoice.CHOICES,
        widget=forms.RadioSelect,
        help_text="Who made the statement. “No speaker” leaves the claim without a claimant here.",
    )
    speaker = forms.ModelChoiceField(
        label="Existing actor",
        queryset=Actor.objects.exclude(kind=Actor.Kind.ANONYMOUS),
        required=False,
        widget=AutocompleteSelect(Appearance._meta.get_field("speaker"), admin.site),
    )
    new_name = forms.CharField(
        label="New actor's name", max_length=200, required=False, widget=forms.TextInput(attrs={"size": NAME})
    )
    new_kind = forms.ChoiceField(
        label="New actor is a",
        choices=[(Actor.Kind.PERSON, "Person"), (Actor.Kind.ORGANISATION, "Organisation")],
        required=False,
    )
    new_role = forms.CharField(
        label="New actor's role", max_length=200, required=False, widget=forms.TextInput(attrs={"size": NAME})
    )
    new_organisation = forms.ModelChoiceField(
        label="New actor's organisation",
        queryset=Actor.objects.organisations(),
        required=False,
        widget=AutocompleteSelect(Actor._meta.get_field("organisation"), admin.site),
    )
    new_organisation_name = forms.CharField(
        label="…or a new organisation",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"size": NAME}),
        help_text="When the new person's organisation is not an actor yet: it is created with them "
        "(an organisation of that name already recorded is used instead).",
    )
    anonymous_description = forms.CharField(
        label="Anonymous source",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"size": NAME}),
        help_text="As the text describes them: “a senior Ukrainian official”. Shown to readers as an anonymous source.",
    )

    figure = forms.ModelChoiceField(
        label="Tracked figure",
        queryset=Figure.objects.all(),
        required=False,
        widget=AutocompleteSelect(Suggestion._meta.get_field("proposed_figure"), admin.site),
        help_text="The figure the new claim is an estimate of: the import's proposal, to keep, change or clear. "
        "Accepting attaches the claim to it, as the figure's own page would.",
    )

    def clean(self):
        data = super().clean() or {}
        choice = data.get("speaker_choice")
        if choice == SpeakerChoice.ACTOR and data.get("speaker") is None:
            self.add_error("speaker", "Choose the actor who made the statement.")
        if choice == SpeakerChoice.CREATE and not (data.get("new_name") or "").strip():
            self.add_error("new_name", "Give the new actor's name.")
        if choice == SpeakerChoice.CREATE and not data.get("new_kind"):
            self.add_error("new_kind", "Say whether the new actor is a person or an organisation.")
        if choice == SpeakerChoice.ANONYMOUS and not (data.get("anonymous_description") or "").strip():
            self.add_error("anonymous_description", "Describe the anonymous source, e.g. “a senior official”.")
        return data

    def speaker_decision(self) -> SpeakerChoice:
        data = self.cleaned_data
        choice = data["speaker_choice"]
        if choice == SpeakerChoice.ANONYMOUS:
            return SpeakerChoice(choice, name=data["anonymous_description"])
        return SpeakerChoice(
            choice,
            actor=data.get("speaker"),
            name=data.get("new_name", ""),
            kind=data.get("new_kind") or Actor.Kind.PERSON,
            organisation=data.get("new_organisation"),
            role=data.get("new_role", ""),
            organisation_name=data.get("new_organisation_name", ""),
        )

    @staticmethod
    def initial_for(suggestion: Suggestion, *, candidates: list[Actor]) -> dict:
        """What the screen proposes: the matched (or most similar) actor, else a new actor or anonymous source."""
        guess = (
            guess_new_actor(suggestion.speaker_name, text=suggestion.source.text) if suggestion.speaker_name else None
        )
        speaker = suggestion.speaker
        if suggestion.speaker_anonymous and suggestion.speaker_name:
            choice = SpeakerChoice.ANONYMOUS
        elif speaker is not None:
            choice = SpeakerChoice.ACTOR
        elif guess is not None:
            choice = SpeakerChoice.CREATE
        else:
            choice = SpeakerChoice.NONE
        statement = suggested_statement(suggestion, speaker=speaker)
        return {
            "statement": statement,
            "slug": unique_slug(Claim, statement, fallback="claim"),
            "claim_reviewed": suggested_claim_reviewed(statement),
            "speaker_choice": choice,
            "speaker": speaker or (candidates[0] if candidates else None),
            "new_name": guess.name if guess else "",
            "new_kind": guess.kind if guess else Actor.Kind.PERSON,
            "new_role": guess.role if guess else "",
            "new_organisation": guess.organisation if guess else None,
            "new_organisation_name": guess.organisation_name if guess else "",
            "anonymous_description": suggestion.speaker_name if suggestion.speaker_anonymous else "",
            "figure": suggestion.proposed_figure,
        }


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input; cleaned to a list (empty when none was chosen)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        one = super().clean
        if isinstance(data, list | tuple):
            return [one(d, initial) for d in data if d]
        return [one(data, initial)] if data else []


class ImportBatchForm(forms.Form):
    """The admin's 'Import several files' page: the files are kept, then imported one per request."""

    articles = MultipleFileField(
        required=False, help_text="Choose several .txt or .html files (or one large one): each is imported in turn."
    )
    publisher = forms.ModelChoiceField(
        queryset=Actor.objects.all(),
        required=False,
        widget=AutocompleteSelect(Source._meta.get_field("publisher"), admin.site),
        help_text="The outlet or body that published them all.",
    )
    published_on = forms.DateField(
        label="Published on",
        required=False,
        widget=AdminDateWidget,
        help_text="When they were all published; dates in the texts are resolved against it.",
    )

    @property
    def published_at(self) -> datetime | None:
        day = self.cleaned_data.get("published_on")
        return None if day is None else timezone.make_aware(datetime.combine(day, time.min))

    def named_files(self) -> list[tuple[str, bytes]]:
        """Each file's name and bytes, read up to one byte past the import limit (the service refuses that)."""
        limit = max_import_bytes()
        return [(f.name or "", f.read(limit + 1)) for f in self.cleaned_data.get("articles") or []]

    def add_service_error(self, exc: ValidationError) -> None:
        """The service's refusal on the field it names ("files" is the articles field)."""
        if not hasattr(exc, "error_dict"):
            self.add_error(None, exc)
            return
        for field, errors in exc.message_dict.items():
            field = "articles" if field == "files" else field
            self.add_error(field if field in self.fields else None, errors)
