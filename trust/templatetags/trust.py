"""
``{% load trust %}``: the newsroom's people on public pages of other apps.

claims cannot import trust (trust depends on claims), so a claim page asks for its bylines
through this tag library: the template names the dependency, the Python imports stay one way.
"""

from django import template

from trust.models import TeamMember

register = template.Library()


@register.inclusion_tag("trust/_bylines.html")
def bylines(verdict):
    """
    ``{% bylines verdict %}``: who checked (the verdict's author) and who edited it (the editor
    who reviewed and published it), each linked to their bio on the team page. One query, for
    both team members; someone without a team profile is left out rather than shown by account name.
    """
    user_ids = [pk for pk in (verdict.author_id, verdict.reviewer_id) if pk]
    members = {member.user_id: member for member in TeamMember.objects.filter(user_id__in=user_ids)}
    return {"checked_by": members.get(verdict.author_id), "edited_by": members.get(verdict.reviewer_id)}
