from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection, models
from django.db.models import Q


def text_match(model: type[models.Model], value: str, fields: list[str]) -> Q:
    """
    A Q selecting ``model`` rows whose ``fields`` match ``value``: full-text search with web
    syntax (words, "a phrase", -not) on PostgreSQL; a case-insensitive substring match on
    SQLite, which has no full-text search built in.
    """
    value = value.strip()
    if connection.vendor == "postgresql":
        query = SearchQuery(value, search_type="websearch", config="english")
        found = model._default_manager.annotate(_fts=SearchVector(*fields, config="english")).filter(_fts=query)
        return Q(pk__in=found.values("pk"))
    match = Q()
    for field in fields:
        match |= Q(**{f"{field}__icontains": value})
    return match
