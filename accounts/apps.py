from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """
    Members' accounts: sign-in lockouts (django-axes) for the admin and for API tokens, token
    rotation and revocation, password reset by e-mail. Imports core only.
    """

    name = "accounts"
    verbose_name = "accounts"

    def ready(self) -> None:
        from accounts import lockout  # noqa: F401 - connects the lockout log line to axes' signal
