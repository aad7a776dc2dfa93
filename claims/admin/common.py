"""What every claims admin page shares: the status badge and its styles."""

from django.utils.html import format_html

from claims.badges import colour_class


def status_badge(label: str | None, colour: str | None):
    if not label:
        return "—"
    return format_html('<span class="fc-badge {}">{}</span>', colour_class(colour), label)


class BadgeMedia:
    # The colours' classes (claims.badges); the path of claims.urls' "status-colours".
    css = {"all": ["claims/admin.css", "/status-colours.css"]}
