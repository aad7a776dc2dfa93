from django import template
from django.utils.safestring import SafeString

from core.rich_text import render_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    """``{{ page.body|markdown }}``: Markdown as sanitised HTML (core.rich_text)."""
    return render_markdown(text)
