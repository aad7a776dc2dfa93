"""Password reset by e-mail: Django's views, in the admin's frame, on the admin's templates."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.template.response import TemplateResponse

from core.http import site_host, site_scheme
from core.throttling import AddressRateThrottle


class PasswordResetThrottle(AddressRateThrottle):
    """Each request may send a mail: so many per client address (PASSWORD_RESET_RATE, default 5/hour)."""

    scope = "password_reset"
    rate_setting = "PASSWORD_RESET_RATE"


class AdminFrameMixin:
    """The admin site's header and title around Django's registration templates."""

    def get_context_data(self, **kwargs):
        return {**admin.site.each_context(self.request), **super().get_context_data(**kwargs)}  # type: ignore[attr-defined, misc]


class PasswordResetView(AdminFrameMixin, auth_views.PasswordResetView):
    """
    Django's view, with the link in the message on FACTCHECK_SITE_URL rather than on the Host the
    request came with: a forged Host cannot make the mail point somewhere else.
    """

    def post(self, request, *args, **kwargs):
        throttle = PasswordResetThrottle()
        if not throttle.allow_request(request, None):
            context = {**admin.site.each_context(request), "minutes": throttle.minutes_to_wait()}
            response = TemplateResponse(request, "registration/password_reset_throttled.html", context, status=429)
            response["Retry-After"] = str(int(throttle.wait() or 60) + 1)
            return response
        return super().post(request, *args, **kwargs)

    @property
    def extra_email_context(self):  # type: ignore[override]
        return {"domain": site_host(), "protocol": site_scheme(), "site_name": settings.FACTCHECK_ORGANISATION_NAME}


class PasswordResetDoneView(AdminFrameMixin, auth_views.PasswordResetDoneView):
    pass


class PasswordResetConfirmView(AdminFrameMixin, auth_views.PasswordResetConfirmView):
    pass


class PasswordResetCompleteView(AdminFrameMixin, auth_views.PasswordResetCompleteView):
    pass
