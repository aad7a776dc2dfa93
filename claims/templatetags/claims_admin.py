from django import template

from claims.admin import my_work_counts
from claims.permissions import is_newsroom_member

register = template.Library()


@register.inclusion_tag("admin/claims/my_work.html", takes_context=True)
def my_work(context):
    user = context["request"].user
    return {"counts": my_work_counts(user) if is_newsroom_member(user) else None}
