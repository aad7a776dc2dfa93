from django.contrib.auth.models import User


class MemberToken(User):
    """
    A member as the admin's "API tokens" page lists them: who has a token and since when, never the
    key. A proxy of User, so that a chief editor can revoke tokens without the right to edit users.
    """

    class Meta:
        proxy = True
        verbose_name = "API token"
        verbose_name_plural = "API tokens"
