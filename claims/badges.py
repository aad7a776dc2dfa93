"""
Verdict badges in the status vocabulary's colours, without inline styles: the Content-Security-Policy
allows no style attribute, so each colour is a class (``colour-1a7f37``) that one stylesheet,
/status-colours.css, defines from the vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")  # as claims.models.verification.hex_colour validates it


def colour_class(colour: str | None) -> str:
    """The class of a colour, or "" for none (the badge's grey default) or one that is not a hex colour."""
    if not colour or not HEX_COLOUR.match(colour):
        return ""
    return f"colour-{colour[1:].lower()}"


def colours_stylesheet(colours: Iterable[str]) -> str:
    """CSS giving each colour's class its --badge, which the public and the admin badges paint with."""
    rules = sorted({f".{colour_class(c)} {{ --badge: #{c[1:].lower()}; }}" for c in colours if colour_class(c)})
    return "\n".join(rules) + "\n"
