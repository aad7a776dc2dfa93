"""
The transparency pages readers (and the IFCN, and Google) expect of a fact-checker, and the team.

Each page is one row of a fixed set (PageKind), written in Markdown by chief editors and shown
at a fixed public address. Its history is kept: what the methodology said on a given day is part
of the record.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from core.validators import no_nul

MARKDOWN_HELP = (
    "Markdown: **bold**, *italic*, [a link](https://example.org), lists, and ## for headings "
    "(the page title is the only top-level heading). Raw HTML and scripts are removed."
)


class PageKind(models.TextChoices):
    """The pages, each with its public URL name (trust.urls)."""

    METHODOLOGY = "methodology", "Methodology"
    CORRECTIONS_POLICY = "corrections-policy", "Corrections policy"
    OWNERSHIP = "ownership", "Ownership and funding"
    TEAM = "team", "Team"
    CONTACT = "contact", "Contact"

    @property
    def url_name(self) -> str:
        return f"trust-{self.value}"


class TransparencyPage(models.Model):
    kind = models.CharField(
        max_length=30,
        choices=PageKind.choices,
        help_text="Which page this is; each has its own address, linked from every page's footer.",
    )
    title = models.CharField(max_length=200, validators=[no_nul], help_text="The page's heading, as readers see it.")
    summary = models.CharField(
        max_length=300,
        blank=True,
        validators=[no_nul],
        help_text="One or two sentences under the title, also used by search engines and link previews.",
    )
    body = models.TextField(validators=[no_nul], help_text=f"Published as soon as it is saved. {MARKDOWN_HELP}")
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind"]
        verbose_name = "transparency page"
        constraints = [
            models.UniqueConstraint(fields=["kind"], name="trust_page_unique_kind"),
            models.CheckConstraint(condition=Q(kind__in=PageKind.values), name="trust_page_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(PageKind(self.kind).url_name)


class TeamMemberQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_listed=True)


class TeamMember(models.Model):
    """Someone readers may know by name: shown on the team page, and the target of bylines."""

    name = models.CharField(max_length=200, validators=[no_nul], help_text="As it appears in bylines.")
    slug = models.SlugField(
        max_length=100,
        help_text="The anchor of this person on the team page (/about/team/#slug): bylines link to it. Keep it stable.",
    )
    role = models.CharField(max_length=200, validators=[no_nul], help_text="Their job, e.g. 'Fact-checker'.")
    bio = models.TextField(
        blank=True, validators=[no_nul], help_text=f"Public: experience, beats, languages. {MARKDOWN_HELP}"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="team_member",
        help_text="Their newsroom account, if they have one, so their verdicts can be signed with this profile.",
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Position on the team page.")
    is_listed = models.BooleanField(
        "listed", default=True, help_text="Shown on the team page. Unlist people who have left; keep their bylines."
    )
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = TeamMemberQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug"], name="trust_teammember_unique_slug")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{reverse(PageKind.TEAM.url_name)}#{self.slug}"
