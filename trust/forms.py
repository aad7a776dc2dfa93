from django import forms

from trust.models import MESSAGE_MAX_CHARS


class ErrorReportForm(forms.Form):
    """A reader's report. ``website`` is a honeypot: hidden from people, filled in by bots."""

    label_suffix = ""

    message = forms.CharField(
        label="What is wrong?",
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=f"Say what is wrong and how you know. Up to {MESSAGE_MAX_CHARS:,} characters.",
        error_messages={"required": "Tell us what is wrong with this fact-check."},
    )
    evidence_url = forms.URLField(
        label="A link that shows it (optional)",
        required=False,
        max_length=500,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"inputmode": "url", "autocomplete": "url"}),
    )
    name = forms.CharField(label="Your name (optional)", required=False, max_length=200)
    email = forms.EmailField(
        label="Your e-mail (optional)",
        required=False,
        help_text="Only so that we can reply. We never publish it.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    website = forms.CharField(
        label="Leave this empty",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_message(self) -> str:
        # Counted as stored: a browser sends each line break as two characters.
        message = self.cleaned_data["message"].replace("\r\n", "\n")
        if len(message) > MESSAGE_MAX_CHARS:
            raise forms.ValidationError(
                f"Please keep the report to {MESSAGE_MAX_CHARS:,} characters; it has {len(message):,}. "
                "Link to a longer document instead.",
                code="max_length",
            )
        return message

    @property
    def is_bot(self) -> bool:
        """The honeypot was filled in (read after is_valid())."""
        return bool(self.cleaned_data.get("website", "").strip()) if hasattr(self, "cleaned_data") else False
