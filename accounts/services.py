"""Members' API tokens: rotate (a new key, the old one dead at once) and revoke."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import User
from django.db import transaction
from rest_framework.authtoken.models import Token


@transaction.atomic
def token_rotate(*, user: User) -> Token:
    """
    Replace the user's token with a new key (or give them their first). The user's row is locked, so
    two rotations at once end with one token, the later one, instead of a uniqueness error.
    """
    User.objects.select_for_update().filter(pk=user.pk).first()
    Token.objects.filter(user=user).delete()
    return Token.objects.create(user=user)


@transaction.atomic
def token_revoke(*, user: User) -> bool:
    """Delete the user's token; False when they had none. Every client using it gets a 401 from now on."""
    deleted, _ = Token.objects.filter(user=user).delete()
    return deleted > 0


@transaction.atomic
def tokens_revoke(*, users: Iterable[User]) -> int:
    """Delete the tokens of these users (a chief editor's admin action); returns how many there were."""
    deleted, _ = Token.objects.filter(user__in=[user.pk for user in users]).delete()
    return deleted
