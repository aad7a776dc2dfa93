import hashlib

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from core.validators import no_nul
from core.versioning import VersionedModel


class ActorQuerySet(models.QuerySet):
    def people(self):
        return self.filter(kind=Actor.Kind.PERSON)

    def organisations(self):
        return self.filter(kind=Actor.Kind.ORGANISATION)


class Actor(models.Model):
    """Someone who makes, relays or reports claims: a person or an organisation."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        # An unnamed source as the text describes it ("a senior Ukrainian official"). One actor per
        # statement accepted: two unnamed officials are not known to be the same person, and an
        # anonymous source is never matched to, or replaced by, a named actor.
        ANONYMOUS = "anonymous", "Anonymous source"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    name = models.CharField(max_length=200, validators=[no_nul], help_text="Full name as readers know it.")
    slug = models.SlugField(max_length=200, help_text="Unique; used in public URLs. Do not change once published.")
    organisation = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        limit_choices_to={"kind": Kind.ORGANISATION},
        help_text=(
            "The organisation this person speaks for, or the parent of this organisation. "
            "Actors under the same top-level organisation count as one origin when weighing corroboration."
        ),
    )
    role = models.CharField(
        max_length=200, blank=True, validators=[no_nul], help_text="e.g. 'White House national security spokesperson'."
    )
    aliases = models.TextField(
        blank=True,
        validators=[no_nul],
        help_text='Other names the press uses, one per line ("NIS", "South Korea\'s intelligence agency"). '
        "Imported articles match speakers against them.",
    )
    description = models.TextField(blank=True, validators=[no_nul])
    url = models.URLField(max_length=2000, blank=True, help_text="An official page or profile, if any.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["-created_at", "-id"], name="sources_actor_created_idx")]  # the API's order
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="sources_actor_unique_slug"),
            models.CheckConstraint(
                condition=Q(kind__in=["person", "organisation", "anonymous"]),
                name="sources_actor_kind_valid",
                violation_error_message="Kind must be a person, an organisation or an anonymous source.",
            ),
            models.CheckConstraint(
                condition=Q(organisation__isnull=True) | ~Q(organisation=F("id")),
                name="sources_actor_not_own_organisation",
                violation_error_message="An actor cannot be its own organisation.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("actor-detail", args=[self.slug])

    def clean(self) -> None:
        super().clean()
        if self.organisation_id is None:
            return
        if self.organisation_id == self.pk:
            raise ValidationError({"organisation": "An actor cannot be its own organisation."})
        organisation = self.organisation
        assert organisation is not None  # organisation_id is set
        if organisation.kind != Actor.Kind.ORGANISATION:
            raise ValidationError({"organisation": "Only an organisation can have members."})
        if self.pk and self.pk in {a.pk for a in organisation.lineage()}:
            raise ValidationError({"organisation": f"{organisation} already belongs to {self}: that would be a loop."})

    @property
    def is_anonymous(self) -> bool:
        return self.kind == Actor.Kind.ANONYMOUS

    def lineage(self) -> list["Actor"]:
        """This actor and its organisations up to the top one. Runs one query per level."""
        chain: list[Actor] = []
        seen: set[int] = set()
        actor: Actor | None = self
        while actor is not None and actor.pk not in seen:
            chain.append(actor)
            seen.add(actor.pk)
            actor = actor.organisation
        return chain

    @property
    def top_organisation(self) -> "Actor":
        return self.lineage()[-1]


class SourceQuerySet(models.QuerySet):
    """What the public may see of sources depends on claims: see claims.visibility."""

    def current(self):
        """Sources that are not an earlier snapshot of another: the ones new quotes and imports go to."""
        return self.filter(replaced_by__isnull=True)

    def with_text_hash(self, text: str):
        return self.filter(text_sha256=sha256_hex(text))


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SourceKind(models.TextChoices):
    NEWS_ARTICLE = "news_article", "News article"
    PRESS_BRIEFING = "press_briefing", "Press briefing"
    OFFICIAL_STATEMENT = "official_statement", "Official statement"
    INTELLIGENCE_BRIEFING = "intelligence_briefing", "Intelligence briefing"
    SOCIAL_POST = "social_post", "Social media post"
    TRANSCRIPT = "transcript", "Transcript"


class Source(VersionedModel):
    """A document in which claims appear, with the text snapshot that is our record of it."""

    Kind = SourceKind

    kind = models.CharField(max_length=30, choices=Kind.choices, default=Kind.NEWS_ARTICLE)
    title = models.CharField(max_length=500, validators=[no_nul])
    slug = models.SlugField(max_length=200, help_text="Unique; used in public URLs. Do not change once published.")
    url = models.URLField(
        max_length=2000, blank=True, help_text="Where the document was published. Unique: one source per URL."
    )
    publisher = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="published_sources",
        help_text="The outlet or body that published the document.",
    )
    byline = models.CharField(max_length=300, blank=True, validators=[no_nul], help_text="Author names as printed.")
    published_at = models.DateTimeField(null=True, blank=True, help_text="When the document was first published.")
    retrieved_at = models.DateTimeField(null=True, blank=True, help_text="When the text snapshot was taken.")
    language = models.CharField(max_length=35, default="en", help_text="BCP 47 language tag, e.g. 'en' or 'ko'.")
    text = models.TextField(
        blank=True,
        validators=[no_nul],
        help_text=(
            "The text snapshot: the record of what the document said when retrieved. "
            "Quotes of appearances are anchored in it, so edit it only to fix a bad capture."
        ),
    )
    text_sha256 = models.CharField("SHA-256 of the text", max_length=64, blank=True, editable=False, db_index=True)
    replaced_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="earlier_snapshots",
        editable=False,
        help_text=(
            "Set when this row is an earlier snapshot of that source: its text is kept as it was, for "
            "the quotes anchored in it, and never changes again. New quotes go to the current source."
        ),
    )
    notes = models.TextField(blank=True, validators=[no_nul], help_text="Editorial notes. Never shown to readers.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "title"]
        indexes = [
            models.Index(fields=["updated_at"], name="sources_source_updated_idx"),  # Last-Modified
            models.Index(fields=["-created_at", "-id"], name="sources_source_created_idx"),  # the API's order
            models.Index(fields=["-published_at", "title"], name="sources_source_published_idx"),  # the admin's
        ]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="sources_source_unique_slug"),
            # Earlier snapshots keep their document's URL and text: unique among current sources only.
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url="") & Q(replaced_by__isnull=True),
                name="sources_source_unique_url",
                violation_error_message="A source with this URL already exists.",
            ),
            models.UniqueConstraint(
                fields=["text_sha256"],
                condition=~Q(text_sha256="") & Q(replaced_by__isnull=True),
                name="sources_source_unique_text",
                violation_error_message="A source with exactly this text already exists.",
            ),
            models.CheckConstraint(
                condition=Q(replaced_by__isnull=True) | ~Q(replaced_by=F("id")),
                name="sources_source_not_own_snapshot",
                violation_error_message="A source cannot be an earlier snapshot of itself.",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=SourceKind.values),
                name="sources_source_kind_valid",
                violation_error_message="Unknown source kind.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("source-detail", args=[self.slug])

    def clean(self) -> None:
        super().clean()
        self.text_sha256 = sha256_hex(self.text) if self.text else ""  # so the unique constraint is checked on it

    def save(self, *args, **kwargs) -> None:
        self.text_sha256 = sha256_hex(self.text) if self.text else ""
        if kwargs.get("update_fields") is not None and "text" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "text_sha256"}
        super().save(*args, **kwargs)


class Citation(models.Model):
    """A source citing another source or an actor: "according to Yonhap", "Kirby said"."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="citations")
    cited_source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT, related_name="cited_by")
    cited_actor = models.ForeignKey(Actor, null=True, blank=True, on_delete=models.PROTECT, related_name="cited_by")
    note = models.CharField(
        max_length=300,
        blank=True,
        validators=[no_nul],
        help_text="How the source attributes it, e.g. 'according to Yonhap'.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["source", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(cited_source__isnull=False, cited_actor__isnull=True)
                    | Q(cited_source__isnull=True, cited_actor__isnull=False)
                ),
                name="sources_citation_exactly_one_target",
                violation_error_message="A citation names either a cited source or a cited actor, not both or neither.",
            ),
            models.CheckConstraint(
                condition=Q(cited_source__isnull=True) | ~Q(cited_source=F("source")),
                name="sources_citation_not_self",
                violation_error_message="A source cannot cite itself.",
            ),
            models.UniqueConstraint(
                fields=["source", "cited_source"],
                condition=Q(cited_source__isnull=False),
                name="sources_citation_unique_source",
                violation_error_message="This source already cites that source.",
            ),
            models.UniqueConstraint(
                fields=["source", "cited_actor"],
                condition=Q(cited_actor__isnull=False),
                name="sources_citation_unique_actor",
                violation_error_message="This source already cites that actor.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} cites {self.target}"

    @property
    def target(self) -> Actor | Source | None:
        return self.cited_actor or self.cited_source
