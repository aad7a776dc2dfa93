from django import template
from django.utils.safestring import SafeString

from core.rich_text import markdown_as_text, render_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    """``{{ page.body|markdown }}``: Markdown as sanitised HTML (core.rich_text)."""
    return render_markdown(text)


@register.filter
def markdown_text(text: str) -> str:
    """``{{ verdict.rationale|markdown_text }}``: the words of Markdown without markup, for descriptions."""
    return markdown_as_text(text)
