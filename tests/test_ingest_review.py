"""Reviewing suggestions: extraction that remembers decisions, matching, accept / merge / reject, admin, API, roles."""

import itertools
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Appearance, Claim
from core.services import ServiceError
from ingest.matching import (
    ClaimMatcher,
    Figure,
    SpeakerMatcher,
    content_words,
    newest_claims_overlapping,
    speaker_match,
)
from ingest.models import Suggestion
from ingest.services import (
    source_extract,
    source_import,
    suggestion_accept,
    suggestion_merge,
    suggestion_reject,
)
from sources.models import Actor, Citation, Source
from tests.api_helpers import api, error_of
from tests.factories import make_actor, make_appearance, make_claim, make_organisation, make_source

pytestmark = pytest.mark.django_db
State = Suggestion.State
_seq = itertools.count(1)

ARTICLE = (
    "White House spokesperson John Kirby said about 3,000 troops were being trained at three sites.\n\n"
    "The troops arrived by ship from Wonsan, officials said.\n"
)
QUOTE = "White House spokesperson John Kirby said about 3,000 troops were being trained at three sites."


def make_suggestion(source=None, quote: str = QUOTE, **fields) -> Suggestion:
    """A pending suggestion as extraction would store it: about 3,000 troops, quoted from the source's text."""
    if source is None:
        text = f"WASHINGTON: {quote} More later."
        if Source.objects.with_text_hash(text).exists():  # a text is stored once: each suggestion its own article
            text += f" ({Source.objects.count()})"
        source = make_source(text=text)
    start = source.text.index(quote)
    values = {
        "value": Decimal("3000"), "lower": Decimal("2700"), "upper": Decimal("3300"), "unit": "troops",
        "qualifier": "approximately", "figure": "about 3,000 troops", "speaker_name": "John Kirby",
    }  # fmt: skip
    return Suggestion.objects.create(source=source, quote=quote, start=start, end=start + len(quote), **values | fields)


def in_text(result, unit: str) -> Suggestion:
    return next(s for s in result if s.unit == unit)


# -- extraction remembers decisions ------------------------------------------------------------------


def test_it_keeps_a_rejected_suggestion_rejected_after_extracting_again(reporter):
    result = source_import(text=ARTICLE, by=reporter)
    troops = in_text(result.suggestions, "troops")
    suggestion_reject(suggestion=troops, by=reporter)
    again = source_extract(source=result.source, by=reporter)
    assert troops.fingerprint not in {s.fingerprint for s in again}
    assert Suggestion.objects.get(source=result.source, fingerprint=troops.fingerprint).state == State.REJECTED
    assert Suggestion.objects.filter(source=result.source).count() == len(result.suggestions)


def test_it_does_not_propose_an_accepted_statement_again(reporter):
    result = source_import(text=ARTICLE, by=reporter)
    suggestion_accept(suggestion=in_text(result.suggestions, "troops"), by=reporter)
    again = source_extract(source=result.source, by=reporter)
    assert "troops" not in {s.unit for s in again}
    assert Claim.objects.count() == 1


def test_it_refreshes_pending_suggestions_instead_of_duplicating_them(reporter):
    result = source_import(text=ARTICLE, by=reporter)
    sites = in_text(result.suggestions, "sites")
    assert sites.speaker is None
    kirby = make_actor(name="John Kirby")
    again = source_extract(source=result.source, by=reporter)
    assert in_text(again, "sites").pk == sites.pk
    assert in_text(again, "sites").speaker == kirby
    assert Suggestion.objects.get(pk=sites.pk).speaker == kirby
    assert Suggestion.objects.filter(source=result.source).count() == len(result.suggestions)


def test_it_keeps_the_fingerprint_stable_across_extractions(reporter):
    result = source_import(text=ARTICLE, by=reporter)
    again = source_extract(source=result.source, by=reporter)
    assert sorted(s.fingerprint for s in again) == sorted(s.fingerprint for s in result.suggestions)


def test_it_drops_pending_suggestions_the_text_no_longer_supports(reporter):
    result = source_import(text=ARTICLE, by=reporter)
    gone = make_suggestion(source=result.source, quote="The troops arrived by ship from Wonsan, officials said.")
    source_extract(source=result.source, by=reporter)
    assert not Suggestion.objects.filter(pk=gone.pk).exists()


def test_it_refuses_extraction_to_an_outsider(reporter, outsider):
    source = source_import(text=ARTICLE, by=reporter).source
    with pytest.raises(ServiceError):
        source_extract(source=source, by=outsider)


# -- matching speakers and claims -----------------------------------------------------------------------


def test_it_matches_the_speaker_to_an_actor(reporter):
    kirby = make_actor(name="John Kirby")
    result = source_import(text=ARTICLE, by=reporter)
    assert in_text(result.suggestions, "troops").speaker == kirby


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("John Kirby", "John Kirby"),
        ("john kirby", "John Kirby"),
        ("White House spokesperson John Kirby", "John Kirby"),
        ("Kirby", "John Kirby"),
        ("Mr Kirby", "John Kirby"),
        ("Jane Kirby", None),
        ("the National Intelligence Service", "National Intelligence Service (NIS)"),
        ("South Korea's National Intelligence Service", "National Intelligence Service (NIS)"),
        ("NIS", "National Intelligence Service (NIS)"),
        ("Austin", None),  # two people named Austin: ambiguous, so nobody
        ("Reuters and John Kirby", None),  # two speakers: neither alone
        ("Someone Else", None),
    ],
)
def test_it_matches_speaker_names_to_actors_only_when_unambiguous(spoken, expected):
    actors = [
        Actor(name="John Kirby", kind=Actor.Kind.PERSON),
        Actor(name="Lloyd Austin", kind=Actor.Kind.PERSON),
        Actor(name="Ann Austin", kind=Actor.Kind.PERSON),
        Actor(name="National Intelligence Service (NIS)", kind=Actor.Kind.ORGANISATION),
    ]
    found = SpeakerMatcher(actors).match(spoken)
    assert (found.name if found else None) == expected


def test_it_matches_an_existing_claim_with_the_same_unit_overlapping_bounds_and_similar_words(reporter):
    claim = make_claim(
        statement="About 3,000 North Korean troops are being trained in Russia.",
        value=3000,
        qualifier="approximately",
        unit="Troops",
    )
    make_claim(statement="About 12,000 North Korean troops were trained.", value=12000, qualifier="approximately",
               unit="troops")  # fmt: skip
    result = source_import(text=ARTICLE, by=reporter)
    assert in_text(result.suggestions, "troops").matched_claim == claim
    assert in_text(result.suggestions, "sites").matched_claim is None


def test_it_does_not_match_a_claim_about_something_else(reporter):
    make_claim(statement="About 3,000 troops guard the border.", value=3000, qualifier="approximately", unit="troops")
    result = source_import(text=ARTICLE, by=reporter)
    assert in_text(result.suggestions, "troops").matched_claim is None


# -- accept, merge, reject -------------------------------------------------------------------------------


def test_it_accepts_a_suggestion_as_a_claim_with_an_anchored_appearance(reporter):
    kirby = make_actor(name="John Kirby")
    suggestion = make_suggestion(speaker=kirby, stance="confirms", date="2024-10-23", date_text="on Wednesday")
    claim = suggestion_accept(suggestion=suggestion, by=reporter)
    assert (claim.value, claim.lower, claim.upper, claim.unit, claim.qualifier) == (
        3000, 2700, 3300, "troops", "approximately"
    )  # fmt: skip
    assert claim.statement == "About 3,000 troops trained at three sites, according to John Kirby"
    assert claim.created_by == reporter and claim.history.latest().history_user == reporter
    appearance = claim.appearances.get()
    text = suggestion.source.text
    assert text[appearance.start : appearance.end] == appearance.quote == QUOTE
    assert appearance.prefix == "WASHINGTON: " and appearance.suffix == " More later."
    assert (appearance.speaker, appearance.stance, appearance.stated_on.isoformat(), appearance.date_note) == (
        kirby, "confirms", "2024-10-23", "on Wednesday"
    )  # fmt: skip
    assert appearance.history.latest().history_user == reporter
    suggestion.refresh_from_db()
    assert (suggestion.state, suggestion.decided_by, suggestion.appearance) == (State.ACCEPTED, reporter, appearance)


def test_it_accepts_with_the_editors_own_wording(reporter):
    claim = suggestion_accept(suggestion=make_suggestion(), by=reporter, statement="  About 3,000 troops train. ")
    assert claim.statement == "About 3,000 troops train."
    assert claim.slug == "about-3000-troops-train"


def test_it_accepts_a_derived_total_with_its_multiplier(reporter):
    quote = "He mentioned the formation of two regiments of 6,000 soldiers each."
    suggestion = make_suggestion(quote=quote, value=6000, lower=6000, upper=6000, unit="soldiers", qualifier="exact",
                                 multiplier=2, figure="two regiments of 6,000 soldiers each")  # fmt: skip
    claim = suggestion_accept(suggestion=suggestion, by=reporter)
    assert (claim.value, claim.multiplier, claim.quantity.total.value) == (6000, 2, 12000)


def test_it_records_the_citation_a_relayed_statement_came_through(reporter):
    yonhap = make_organisation(name="Yonhap News Agency")
    suggestion = make_suggestion(via_name="Yonhap News Agency")
    appearance = suggestion_accept(suggestion=suggestion, by=reporter).appearances.get()
    assert appearance.via == Citation.objects.get(source=suggestion.source, cited_actor=yonhap)


def test_it_refuses_to_decide_a_suggestion_twice(reporter):
    suggestion = make_suggestion()
    suggestion_accept(suggestion=suggestion, by=reporter)
    with pytest.raises(ServiceError) as refused:
        suggestion_reject(suggestion=suggestion, by=reporter)
    assert refused.value.code == "state"
    assert Suggestion.objects.get(pk=suggestion.pk).state == State.ACCEPTED


def test_it_refuses_to_accept_a_quote_no_longer_in_the_snapshot(reporter):
    suggestion = make_suggestion()
    suggestion.source.text = "Rewritten entirely."
    suggestion.source.save()
    with pytest.raises(ValidationError) as refused:
        suggestion_accept(suggestion=suggestion, by=reporter)
    assert "quote" in refused.value.message_dict
    assert not Claim.objects.exists()
    assert Suggestion.objects.get(pk=suggestion.pk).state == State.PENDING


def test_it_merges_a_suggestion_into_the_matching_claim(reporter):
    claim = make_claim(value=3000, qualifier="approximately", unit="troops", created_by=reporter)
    suggestion = make_suggestion(matched_claim=claim)
    appearance = suggestion_merge(suggestion=suggestion, by=reporter)
    assert Claim.objects.count() == 1
    assert appearance.claim == claim
    assert appearance.source == suggestion.source and appearance.quote == QUOTE
    assert suggestion.source.text[appearance.start : appearance.end] == QUOTE
    suggestion.refresh_from_db()
    assert (suggestion.state, suggestion.appearance) == (State.MERGED, appearance)


def test_it_refuses_a_reporter_merging_into_another_reporters_claim(reporter, other_reporter):
    claim = make_claim(value=3000, qualifier="approximately", unit="troops", created_by=other_reporter)
    with pytest.raises(ServiceError, match="your own claims"):
        suggestion_merge(suggestion=make_suggestion(matched_claim=claim), by=reporter)
    assert not claim.appearances.exists()


def test_it_accepts_a_suggestion_as_a_claim_whose_statement_awaits_confirmation(reporter):
    claim = suggestion_accept(suggestion=make_suggestion(), by=reporter)
    assert claim.created_by == reporter and claim.statement_confirmed_by is None


def test_it_merges_into_the_claim_the_editor_chooses(reporter):
    chosen = make_claim(value=3000, qualifier="approximately", unit="troops", created_by=reporter)
    suggestion = make_suggestion(matched_claim=make_claim())
    assert suggestion_merge(suggestion=suggestion, by=reporter, claim=chosen).claim == chosen
    assert Suggestion.objects.get(pk=suggestion.pk).matched_claim == chosen


def test_it_asks_which_claim_to_merge_into_when_none_matched(reporter):
    with pytest.raises(ValidationError) as refused:
        suggestion_merge(suggestion=make_suggestion(), by=reporter)
    assert "claim" in refused.value.message_dict
    assert not Appearance.objects.exists()


def test_it_rejects_a_suggestion_and_remembers_who(reporter):
    suggestion = suggestion_reject(suggestion=make_suggestion(), by=reporter)
    stored = Suggestion.objects.get(pk=suggestion.pk)
    assert (stored.state, stored.decided_by) == (State.REJECTED, reporter)
    assert stored.decided_at is not None
    assert not Claim.objects.exists()


@pytest.mark.parametrize("decide", [suggestion_accept, suggestion_merge, suggestion_reject])
def test_it_refuses_decisions_to_outsiders(outsider, decide):
    suggestion = make_suggestion(matched_claim=make_claim(value=3000, qualifier="approximately", unit="troops"))
    with pytest.raises(ServiceError) as refused:
        decide(suggestion=suggestion, by=outsider)
    assert refused.value.code == "permission"
    assert Suggestion.objects.get(pk=suggestion.pk).state == State.PENDING


# -- API -------------------------------------------------------------------------------------------------------


def action_url(suggestion: Suggestion, name: str) -> str:
    return f"/api/v1/suggestions/{suggestion.pk}/{name}/"


def test_it_lists_a_sources_suggestions_for_newsroom_members(reporter):
    suggestion = make_suggestion()
    make_suggestion()  # another source's
    response = api(reporter).get(f"/api/v1/suggestions/?source={suggestion.source.slug}")
    assert response.status_code == 200
    [item] = response.json()["results"]
    assert (item["id"], item["source"], item["unit"], item["value"]) == (
        suggestion.pk, suggestion.source.slug, "troops", "3000.0000"
    )  # fmt: skip


def test_it_asks_anonymous_clients_to_authenticate_for_suggestions():
    suggestion = make_suggestion()
    assert api().get("/api/v1/suggestions/").status_code == 401
    assert api().post(action_url(suggestion, "accept"), {}, format="json").status_code == 401


def test_it_forbids_outsiders_to_see_or_decide_suggestions(outsider):
    suggestion = make_suggestion()
    assert api(outsider).get("/api/v1/suggestions/").status_code == 403
    response = api(outsider).post(action_url(suggestion, "reject"), {}, format="json")
    assert response.status_code == 403
    error_of(response)
    assert Suggestion.objects.get(pk=suggestion.pk).state == State.PENDING


def test_it_accepts_through_the_api(reporter):
    response = api(reporter).post(action_url(make_suggestion(), "accept"), {"statement": "Kirby: 3,000 troops."})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "accepted"
    assert body["claim"] == Claim.objects.get(statement="Kirby: 3,000 troops.").slug
    assert body["decided_by"] == reporter.username


def test_it_merges_through_the_api_into_a_claim_named_by_slug(reporter):
    claim = make_claim(value=3000, qualifier="approximately", unit="troops", created_by=reporter)
    response = api(reporter).post(action_url(make_suggestion(), "merge"), {"claim": claim.slug}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["claim"] == claim.slug
    assert claim.appearances.count() == 1


def test_it_rejects_through_the_api_and_answers_409_to_a_second_decision(reporter):
    suggestion = make_suggestion()
    client = api(reporter)
    assert client.post(action_url(suggestion, "reject"), {}, format="json").json()["state"] == "rejected"
    response = client.post(action_url(suggestion, "accept"), {}, format="json")
    assert response.status_code == 409
    assert error_of(response)["code"] == "state"


def test_it_names_the_field_when_a_merge_has_no_claim(reporter):
    response = api(reporter).post(action_url(make_suggestion(), "merge"), {}, format="json")
    assert response.status_code == 400
    assert "claim" in error_of(response)["fields"]


def populate(source, n: int) -> None:
    for _ in range(n):
        i = next(_seq)
        quote = f"Official number {i} said about 3,000 troops were there."
        source.text += f" {quote}"
        source.save()
        make_suggestion(source=source, quote=quote, speaker=make_actor(), matched_claim=make_claim(),
                        date_text=f"day {i}")  # fmt: skip


def test_it_lists_suggestions_with_a_constant_number_of_queries(reporter):
    source = make_source(text="Start.")
    populate(source, 2)
    decided = Suggestion.objects.first()
    suggestion_accept(suggestion=decided, by=reporter)
    client = api(reporter)
    url = f"/api/v1/suggestions/?source={source.slug}"

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200
        return len(ctx.captured_queries)

    # The sign-in failures of this address (the lockout check); the token with its user; the user's own
    # and group permissions (one query each); the page of suggestions joined with source, speaker,
    # matched claim, decider and resulting appearance's claim.
    assert count() == 5
    populate(source, 6)
    assert count() == 5


# -- admin ---------------------------------------------------------------------------------------------------


def test_it_shows_the_suggestions_on_the_source_page_with_constant_queries(client, reporter):
    source = make_source(text="Start.")
    populate(source, 2)
    client.force_login(reporter)
    url = reverse("admin:sources_source_change", args=[source.pk])

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200
        return len(ctx.captured_queries)

    count()  # the first request also fills Django's content-type cache
    # The session, the user, the source (with its appearance count), the user's own and group
    # permissions, the citations inline, the source's earlier snapshots, and the suggestions with
    # speaker, matched claim, decider and resulting claim; each row's snapshot excerpt comes from
    # the source already loaded.
    assert count() == 8
    populate(source, 6)
    assert count() == 8


def test_it_highlights_the_quote_in_the_escaped_snapshot(client, reporter):
    source = make_source(text=f"<script>alert(1)</script> {QUOTE} The end.")
    make_suggestion(source=source)
    client.force_login(reporter)
    page = client.get(reverse("admin:sources_source_change", args=[source.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert "<mark>White House spokesperson John Kirby said <strong>about 3,000 troops</strong>" in page
    assert reverse("admin:ingest_suggestion_accept", args=[Suggestion.objects.get().pk]) in page


def test_it_accepts_with_the_button_on_the_source_page(client, reporter):
    suggestion = make_suggestion()
    client.force_login(reporter)
    back = reverse("admin:sources_source_change", args=[suggestion.source_id])
    url = reverse("admin:ingest_suggestion_decide", args=[suggestion.pk, "accept"]) + f"?next={back}"
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == back
    assert Suggestion.objects.get(pk=suggestion.pk).state == State.ACCEPTED
    assert Claim.objects.get().appearances.get().source == suggestion.source


def test_it_takes_decisions_by_post_only(client, reporter):
    suggestion = make_suggestion()
    client.force_login(reporter)
    assert client.get(reverse("admin:ingest_suggestion_decide", args=[suggestion.pk, "reject"])).status_code == 405
    assert Suggestion.objects.get(pk=suggestion.pk).state == State.PENDING


def test_it_rejects_in_bulk_from_the_suggestion_list(client, reporter):
    first, second = make_suggestion(), make_suggestion()
    client.force_login(reporter)
    response = client.post(
        reverse("admin:ingest_suggestion_changelist"),
        {"action": "reject_selected", "_selected_action": [first.pk, second.pk]},
    )
    assert response.status_code == 302
    assert set(Suggestion.objects.values_list("state", flat=True)) == {State.REJECTED}


def test_it_accepts_in_bulk_from_the_suggestion_list(client, reporter):
    first, second = make_suggestion(), make_suggestion()
    client.force_login(reporter)
    client.post(
        reverse("admin:ingest_suggestion_changelist"),
        {"action": "accept_selected", "_selected_action": [first.pk, second.pk]},
    )
    assert Claim.objects.count() == 2
    assert set(Suggestion.objects.values_list("state", flat=True)) == {State.ACCEPTED}


def test_it_imports_an_article_from_the_admin(client, reporter):
    client.force_login(reporter)
    changelist = client.get(reverse("admin:sources_source_changelist")).content.decode()
    url = reverse("admin:ingest_suggestion_import")
    assert url in changelist
    response = client.post(url, {"text": ARTICLE, "title": "Kirby briefing", "published_on": "2024-10-24"})
    source = Suggestion.objects.first().source
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:sources_source_change", args=[source.pk]))
    assert (source.title, source.published_at.date().isoformat()) == ("Kirby briefing", "2024-10-24")


def test_it_shows_the_import_refusal_on_the_form(client, reporter):
    client.force_login(reporter)
    response = client.post(reverse("admin:ingest_suggestion_import"), {"text": "  "})
    assert response.status_code == 200
    assert "empty" in " ".join(response.context["form"].errors["text"])


def test_it_keeps_outsiders_out_of_the_review_pages(client, outsider):
    suggestion = make_suggestion()
    client.force_login(outsider)
    assert client.get(reverse("admin:ingest_suggestion_changelist")).status_code == 403
    assert client.get(reverse("admin:ingest_suggestion_import")).status_code == 403
    client.post(reverse("admin:ingest_suggestion_decide", args=[suggestion.pk, "reject"]))
    assert Suggestion.objects.get(pk=suggestion.pk).state == State.PENDING


def test_it_lets_a_reporter_correct_the_speaker_before_accepting(client, reporter):
    suggestion = make_suggestion()
    kirby = make_actor(name="John Kirby")
    client.force_login(reporter)
    url = reverse("admin:ingest_suggestion_change", args=[suggestion.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"speaker": kirby.pk, "matched_claim": ""})
    assert Suggestion.objects.get(pk=suggestion.pk).speaker == kirby


def test_it_finds_claims_again_from_the_source_page_keeping_decisions(client, reporter):
    result = source_import(text=ARTICLE, by=reporter)
    rejected = suggestion_reject(suggestion=in_text(result.suggestions, "troops"), by=reporter)
    client.force_login(reporter)
    page = client.get(reverse("admin:sources_source_change", args=[result.source.pk])).content.decode()
    url = reverse("admin:ingest_source_extract", args=[result.source.pk])
    assert url in page
    assert client.post(url).status_code == 302
    assert Suggestion.objects.filter(source=result.source).count() == len(result.suggestions)
    assert Suggestion.objects.get(pk=rejected.pk).state == State.REJECTED


def test_it_lets_an_editor_delete_an_imported_source_with_its_suggestions(client, editor):
    suggestion = make_suggestion()
    client.force_login(editor)
    url = reverse("admin:sources_source_delete", args=[suggestion.source_id])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not Suggestion.objects.exists()


def test_it_matches_a_speaker_by_one_of_the_actors_aliases(db):
    from tests.factories import make_organisation

    nis = make_organisation(name="National Intelligence Service", aliases="NIS\nSouth Korea's intelligence agency")
    spoken = ["South Korea’s intelligence agency", "South Korea's intelligence agency"]
    matcher = SpeakerMatcher.load(spoken)
    assert matcher.match(spoken[0]) == nis
    assert matcher.match(spoken[1]) == nis


def test_it_matches_an_actor_whose_aliases_differ_only_in_apostrophes(db):
    from tests.factories import make_organisation

    nis = make_organisation(name="NIS", aliases="South Korea's intelligence agency\nSouth Korea’s intelligence agency")
    assert speaker_match("South Korea's intelligence agency") == nis


# -- a page at a time, grouped by figure ------------------------------------------------------------------


def many_suggestions(source, units: list[str]) -> None:
    """One suggestion per unit, in text order, bulk-created (a long article's worth in one query)."""
    rows, text = [], source.text
    for i, unit in enumerate(units):
        quote = f"Officials said {i + 1} {unit} were counted."
        start = len(text) + 1
        text += f" {quote}"
        figure = {"value": i + 1, "lower": i + 1, "upper": i + 1, "unit": unit, "qualifier": "exact"}
        rows.append(Suggestion(source=source, quote=quote, start=start, end=start + len(quote), fingerprint=f"fp{i}",
                               **figure))  # fmt: skip
    Source.objects.filter(pk=source.pk).update(text=text)
    Suggestion.objects.bulk_create(rows)


def source_page(client, source, page: int = 1) -> str:
    url = reverse("admin:sources_source_change", args=[source.pk]) + f"?suggestions_page={page}"
    return client.get(url).content.decode()


def test_it_shows_a_sources_suggestions_a_page_at_a_time(client, reporter):
    source = make_source(text="Start.")
    many_suggestions(source, ["troops"] * 120)
    client.force_login(reporter)
    first, last = source_page(client, source), source_page(client, source, 3)
    assert first.count('class="button default"') == 50 and "suggestions_page=2" in first
    assert last.count('class="button default"') == 20 and "suggestions_page=4" not in last


def test_it_shows_a_bad_suggestions_page_number_as_the_first_page(client, reporter):
    source = make_source(text="Start.")
    many_suggestions(source, ["troops"] * 3)
    client.force_login(reporter)
    url = reverse("admin:sources_source_change", args=[source.pk]) + "?suggestions_page=x"
    assert client.get(url).status_code == 200


def test_it_groups_a_sources_suggestions_by_figure(client, reporter):
    source = make_source(text="Start.")
    many_suggestions(source, ["troops", "tanks", "troops", "tanks"])
    client.force_login(reporter)
    page = source_page(client, source)
    rows = [page.index(f"<mark>Officials said {n} {unit}") for n, unit in [(2, "tanks"), (4, "tanks"), (1, "troops")]]
    assert rows == sorted(rows)
    assert page.count("<strong>2 tanks</strong>") == 1


def test_it_draws_a_long_sources_page_with_the_same_queries_as_a_short_one(client, reporter):
    source = make_source(text="Start.")
    many_suggestions(source, ["troops"] * 2)
    client.force_login(reporter)
    url = reverse("admin:sources_source_change", args=[source.pk])
    client.get(url)  # fills Django's content-type cache

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    # The session, the user, the source, the user's own and group permissions, the citations inline,
    # the earlier snapshots, and one page of suggestions (one row more than the page, never a count).
    short = count()
    Suggestion.objects.all().delete()
    many_suggestions(source, ["troops"] * 188)
    assert count() == short == 8


def test_it_links_the_import_page_from_the_admin_index(client, reporter):
    client.force_login(reporter)
    page = client.get(reverse("admin:index")).content.decode()
    assert f'href="{reverse("admin:ingest_suggestion_import")}"' in page
    assert f'href="{reverse("admin:ingest_import_batch")}"' in page
    # One box for one area: the app is listed once, and the import is an action beside "Recent actions"
    name = apps.get_app_config("ingest").verbose_name
    assert page.count(f">{name}</a>") == 1
    assert page.count(f"<caption>{name}</caption>") == 0
    sidebar = page[page.index('id="content-related"') :]
    assert sidebar.index('id="import-article"') < sidebar.index('id="recent-actions-module"')


def test_it_offers_no_import_link_to_those_who_cannot_import(client, outsider):
    client.force_login(outsider)
    page = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:ingest_suggestion_import") not in page


def test_it_reads_only_claims_whose_bounds_overlap_a_figure(db):
    near = make_claim(value=3000, lower=2900, upper=3100, unit="Troops", qualifier="approximately")
    make_claim(value=50000, lower=50000, upper=50000, unit="troops", qualifier="exact")
    make_claim(value=3000, lower=3000, upper=3000, unit="tanks", qualifier="exact")
    matcher = ClaimMatcher.load([Figure("troops", Decimal(2700), Decimal(3300))])
    assert [c for c, _, _ in matcher.by_unit["troops"]] == [near]
    assert set(matcher.by_unit) == {"troops"}


def test_it_reads_a_total_of_groups_whatever_its_stored_bounds(db):
    regiments = make_claim(value=6000, lower=6000, upper=6000, unit="troops", qualifier="exact", multiplier=2)
    matcher = ClaimMatcher.load([Figure("troops", Decimal(12000), Decimal(12000))])
    assert [c for c, _, _ in matcher.by_unit["troops"]] == [regiments]


def test_it_reads_no_total_whose_groups_alone_pass_the_figure(db):
    make_claim(value=9000, lower=9000, upper=9000, unit="troops", qualifier="exact", multiplier=2)
    regiments = make_claim(value=1500, lower=1500, upper=1500, unit="troops", qualifier="exact", multiplier=2)
    matcher = ClaimMatcher.load([Figure("troops", Decimal(2700), Decimal(3300))])
    assert [c for c, _, _ in matcher.by_unit["troops"]] == [regiments]


def test_it_reads_the_quotes_of_the_claims_it_compares_with(db, django_assert_num_queries):
    claim = make_claim(value=3000, lower=2900, upper=3100, unit="troops", qualifier="approximately")
    make_appearance(claim, quote="Some 3,000 soldiers are training near Kursk.")
    # the ids of the newest claims of the unit whose bounds overlap; those claims; their appearances' quotes
    with django_assert_num_queries(3):
        matcher = ClaimMatcher.load([Figure("troops", Decimal(2700), Decimal(3300))])
    [(found, _, words)] = matcher.by_unit["troops"]
    assert found == claim
    assert {"kursk", "soldier"} <= words[1]


def test_it_compares_the_words_that_carry_meaning_without_the_unit():
    words = content_words("Twelve regiments said 3,000 Troops were training, about a dozen of them", unit="troops")
    assert words == {"12", "regiment", "3000", "train"}
    # a word already seen counts the same again; a unit of several words leaves out each of them
    assert content_words("Troops training: twelve regiments, 3,000.", unit="troops") == {
        "train",
        "12",
        "regiment",
        "3000",
    }
    assert content_words("People killed in Gaza", unit="people killed") == {"gaza"}


def test_it_bounds_the_claims_one_extraction_compares_with(db, monkeypatch):
    monkeypatch.setattr("ingest.matching.MATCH_CANDIDATES", 2)
    for _ in range(4):
        make_claim(value=3000, lower=2900, upper=3100, unit="troops", qualifier="approximately")
    assert len(ClaimMatcher.load([Figure("troops", Decimal(2700), Decimal(3300))]).by_unit["troops"]) == 2


def test_it_finds_the_claims_to_compare_with_in_the_index_alone(db):
    """The search for the newest overlapping claims reads no table row, so a common unit in a big archive
    costs index pages, not the thousands of scattered rows it once read (231 ms at a million claims)."""
    if connection.vendor != "postgresql":
        pytest.skip("an index-only scan is PostgreSQL's: the PostgreSQL run counts")
    for value in (3000, 12000):
        make_claim(value=value, lower=value - 100, upper=value + 100, unit="Troops", qualifier="approximately")
    figures = [Figure("troops", Decimal(2700), Decimal(3300)), Figure("sites", Decimal(3), Decimal(3))]
    newest = newest_claims_overlapping(figures)
    assert newest is not None
    # A handful of rows are cheapest read any way at all, newest first by the primary key: the search itself
    # (its order and limit set aside), with the table scans turned off, shows whether the index alone answers it.
    search = newest.all()
    search.query.clear_ordering(force=True)
    search.query.clear_limits()
    with connection.cursor() as cursor:
        for way in ("seqscan", "bitmapscan"):
            cursor.execute(f"SET LOCAL enable_{way} = off")
        plan = search.explain()
    assert "Index Only Scan using claims_claim_unit_bounds_idx" in plan, plan
    assert list(newest) and newest_claims_overlapping([]) is None


OUTLET_PAGE = (
    "THE ORLBY COURIER\n"
    "Home | News | Sport | Opinion\n"
    "By Anna Reel\n"
    "The harbour board plans to close the north quay next spring, its chairman said on Monday.\n"
    "By our count, 412 boats used the quay last year.\n"
)


def test_an_outlets_own_count_is_its_publishers_at_import_and_again_on_re_extraction(reporter):
    """The masthead names a known outlet: its own figure is that publisher's, though the snapshot never names it."""
    courier = make_organisation(name="The Orlby Courier")
    result = source_import(text=OUTLET_PAGE, by=reporter)
    assert result.source.publisher == courier
    assert all(line in OUTLET_PAGE.splitlines() for line in result.source.text.splitlines() if line)
    [count] = [s for s in result.suggestions if s.value == 412]
    assert count.speaker_name == "The Orlby Courier" and count.speaker == courier
    [again] = [s for s in source_extract(source=result.source, by=reporter) if s.value == 412]
    assert again.speaker == courier
