"""The admin as editors use it: every model's list and form, with constant query counts."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Appearance, Claim, ClaimRelation, Status, Topic, Verification
from sources.admin import LanguageFilter
from sources.models import Actor, Citation, Source
from tests.factories import (
    make_appearance,
    make_claim,
    make_organisation,
    make_published_verification,
    make_relation,
    make_source,
    make_topic,
    make_verification,
)

pytestmark = pytest.mark.django_db

MODELS = [Actor, Source, Citation, Topic, Status, Claim, Appearance, Verification, ClaimRelation]


def populate(n: int) -> None:
    """n of every kind of row, related the way real content is."""
    for _ in range(n):
        org = make_organisation()
        source = make_source(
            publisher=org, text=f"Officials said about 3,000 troops were there. Report {org.pk}."
        )  # a text is stored once
        source.citations.create(cited_actor=org)
        claim = make_claim(value=3000, qualifier="approximately", unit="troops")
        claim.topics.add(make_topic())
        make_appearance(claim, source, quote="about 3,000 troops", speaker=org)
        make_published_verification(claim).evidence.add(source)
        make_verification(claim)
        make_relation(claim, make_claim())


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_it_lists_each_model_with_a_query_count_independent_of_rows(admin_client, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    populate(1)
    cache.clear()  # each count as on a cold cache (the source list keeps its languages there)
    few = queries_for(admin_client, url)
    populate(4)
    cache.clear()
    many = queries_for(admin_client, url)
    assert many == few, f"{model.__name__} list: {few} queries for one row of each kind, {many} for five"


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_it_opens_each_models_form(admin_client, model):
    populate(1)
    obj = model.objects.first()
    change = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
    add = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
    assert admin_client.get(change).status_code == 200
    assert admin_client.get(add).status_code == 200


def test_it_opens_a_claim_with_constant_queries_however_many_appearances(admin_client):
    claim = make_claim(value=3000, qualifier="approximately", unit="troops")
    source = make_source(text="one two three four five six seven eight nine ten")
    make_appearance(claim, source, quote="one")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    queries_for(admin_client, url)  # the first request also fills Django's content-type cache
    few = queries_for(admin_client, url)
    for word in ["two", "three", "four", "five"]:
        make_appearance(claim, source, quote=word)
    assert queries_for(admin_client, url) == few


def claim_form(**overrides) -> dict:
    data = {
        "statement": "About 3,000 troops are in the first tranche.",
        "slug": "first-tranche",
        "value": "3000",
        "qualifier": "approximately",
        "unit": "troops",
        "lower": "",
        "upper": "",
        "multiplier": "",
    }
    for prefix in ("appearances", "appearances-2", "verifications", "verifications-2", "relations_out"):
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    return data | overrides


def test_it_saves_a_claim_with_bounds_derived_from_the_qualifier(admin_client):
    response = admin_client.post(reverse("admin:claims_claim_add"), claim_form())
    assert response.status_code == 302
    claim = Claim.objects.get(slug="first-tranche")
    assert (claim.lower, claim.upper) == (2700, 3300)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"lower": "3500"}, "lower bound cannot be above the value"),
        ({"upper": "2000"}, "value cannot be above the upper bound"),
        ({"qualifier": ""}, "how firmly"),
        ({"unit": ""}, "what the figure counts"),
        ({"value": "lots"}, "Enter a number"),
        ({"statement": "nul\x00byte"}, "Null characters are not allowed"),
    ],
)
def test_it_shows_a_form_error_instead_of_saving_a_bad_quantity(admin_client, overrides, message):
    response = admin_client.post(reverse("admin:claims_claim_add"), claim_form(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Claim.objects.exists()


def test_it_refuses_a_duplicate_slug_with_a_form_error(admin_client):
    make_claim(slug="first-tranche")
    response = admin_client.post(reverse("admin:claims_claim_add"), claim_form())
    assert response.status_code == 200
    assert "Claim with this Slug already exists" in response.content.decode()


def test_it_anchors_an_inline_appearance_quote_in_the_snapshot(admin_client):
    source = make_source(text="Kirby said this first tranche of about 3,000 are being trained.")
    data = claim_form(
        **{
            "appearances-2-TOTAL_FORMS": "1",
            "appearances-2-0-source": str(source.pk),
            "appearances-2-0-stance": "asserts",
            "appearances-2-0-stated_precision": "day",  # the select's initial value, as a browser sends it
            "appearances-2-0-quote": "first tranche of about 3,000",
        }
    )
    assert admin_client.post(reverse("admin:claims_claim_add"), data).status_code == 302
    appearance = Appearance.objects.get()
    assert (appearance.start, appearance.end) == (16, 44)
    assert appearance.prefix == "Kirby said this "


def test_it_refuses_an_inline_quote_that_is_not_in_the_snapshot(admin_client):
    source = make_source(text="Kirby said this first tranche of about 3,000 are being trained.")
    data = claim_form(
        **{
            "appearances-2-TOTAL_FORMS": "1",
            "appearances-2-0-source": str(source.pk),
            "appearances-2-0-stance": "asserts",
            "appearances-2-0-quote": "about 4,000",
        }
    )
    response = admin_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 200
    assert "does not occur word for word" in response.content.decode()
    assert not Claim.objects.exists()


def test_it_searches_claims_by_quote(admin_client):
    wanted = make_claim(statement="Troops trained at three sites")
    make_appearance(wanted, quote="three sites that we assess")
    make_claim(statement="Something else")
    response = admin_client.get(reverse("admin:claims_claim_changelist"), {"q": "we assess"})
    assert list(response.context["cl"].result_list) == [wanted]


def test_it_autocompletes_actors_for_editors(admin_client):
    make_organisation(name="Yonhap News Agency")
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"term": "yonh", "app_label": "claims", "model_name": "appearance", "field_name": "speaker"},
    )
    assert [r["text"] for r in response.json()["results"]] == ["Yonhap News Agency"]


@pytest.mark.parametrize("typed", ["kirby-office", "Kirby Office", "KIRBY OFFICE"])
def test_it_filters_claims_by_a_typed_claimant_instead_of_listing_every_actor(admin_client, typed):
    kirby = make_organisation(name="Kirby Office", slug="kirby-office")
    said = make_claim(statement="Said by Kirby.")
    make_appearance(said, speaker=kirby)
    other = make_claim(statement="Said by someone else.")
    make_appearance(other, speaker=make_organisation())
    html = admin_client.get(reverse("admin:claims_claim_changelist"), {"claimant": typed}).content.decode()
    assert "Said by Kirby." in html and "Said by someone else." not in html
    assert f'value="{typed}"' in html  # the box shows what was typed, and no list of every actor


def test_the_source_language_filter_lists_languages_without_reading_every_source_each_time(admin_client):
    cache.delete(LanguageFilter.cache_key)
    english, french = (
        make_source(title="An English report", language="en"),
        make_source(title="Un rapport", language="fr"),
    )
    url = reverse("admin:sources_source_changelist")
    first = queries_for(admin_client, url)
    again = queries_for(admin_client, url)
    assert again == first - 1  # the languages come from the cache the second time
    html = admin_client.get(url).content.decode()
    assert "?language=en" in html and "?language=fr" in html
    chosen = admin_client.get(url, {"language": "fr"}).content.decode()
    assert f"/admin/sources/source/{french.pk}/change/" in chosen
    assert f"/admin/sources/source/{english.pk}/change/" not in chosen
