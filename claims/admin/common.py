"""What every claims admin page shares: the status badge and its styles, and the indexed search of claims."""

from django.contrib import messages
from django.utils.html import format_html

from claims.badges import colour_class
from claims.search import ClaimSearch, claim_search, search_limit
from core.admin import COUNT_LIMIT_ATTRIBUTE


def status_badge(label: str | None, colour: str | None):
    if not label:
        return "—"
    return format_html('<span class="fc-badge {}">{}</span>', colour_class(colour), label)


class BadgeMedia:
    # The colours' classes (claims.badges); the path of claims.urls' "status-colours".
    css = {"all": ["claims/admin.css", "/status-colours.css"]}


def admin_claim_search(request, search_term: str) -> ClaimSearch:
    """The indexed search of claims (claims.search) for a changelist; says so when more than the limit match."""
    search = claim_search(search_term, published_only=False)
    if search.more_than_limit:
        # The changelist counts no further than that either (core.admin.BoundedCountPaginator): past
        # the limit the words are common, and counting 10,000 rows read 10,000 claims' vectors.
        setattr(request, COUNT_LIMIT_ATTRIBUTE, search_limit())
        messages.info(
            request,
            f"More than {search_limit():,} claims match “{search.text}”. Add words or filters to narrow them down.",
        )
    return search
