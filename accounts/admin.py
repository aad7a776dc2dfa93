"""
"API tokens": chief editors and superusers see who holds a token and revoke it. The key never
appears: DRF's own token admin, which lists keys, is removed.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth.models import User
from rest_framework.authtoken.models import TokenProxy

from accounts.models import MemberToken
from accounts.services import tokens_revoke

if admin.site.is_registered(TokenProxy):
    admin.site.unregister(TokenProxy)


# Chief editors: the role that may withdraw published verdicts (claims.roles) holds this authority too.
# Asked as permissions, which the admin has loaded for the page anyway: no query of its own.
REVOKE_PERMISSIONS = ("accounts.delete_membertoken", "claims.withdraw_verification")


def may_revoke_tokens(user) -> bool:
    """Superusers, chief editors and any group given accounts.delete_membertoken revoke others' API tokens."""
    if not (user.is_active and user.is_staff):
        return False
    return user.is_superuser or any(user.has_perm(permission) for permission in REVOKE_PERMISSIONS)


@admin.register(MemberToken)
class MemberTokenAdmin(admin.ModelAdmin):
    list_display = ["username", "full_name", "token_created", "last_login"]
    search_fields = ["username", "first_name", "last_name", "email"]
    ordering = ["username"]
    actions = ["revoke_tokens"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(auth_token__isnull=False).select_related("auth_token")

    @admin.display(description="name")
    def full_name(self, obj: User) -> str:
        return obj.get_full_name()

    @admin.display(description="token created", ordering="auth_token__created")
    def token_created(self, obj: User):
        return obj.auth_token.created

    @admin.action(description="Revoke the selected members' API tokens", permissions=["revoke"])
    def revoke_tokens(self, request, queryset):
        count = tokens_revoke(users=list(queryset))
        self.message_user(request, f"Revoked {count} API token{'s' if count != 1 else ''}.", messages.SUCCESS)

    def has_revoke_permission(self, request):
        return may_revoke_tokens(request.user)

    def has_module_permission(self, request):
        return may_revoke_tokens(request.user)

    def has_view_permission(self, request, obj=None):
        return may_revoke_tokens(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
