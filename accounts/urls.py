from django.urls import path

from accounts import api, views

# Before the admin's own URLs: with "admin_password_reset" defined, the admin's login page shows
# "Forgotten your password?". The templates are the admin's (registration/password_reset_*.html).
password_urlpatterns = [
    path("admin/password_reset/", views.PasswordResetView.as_view(), name="admin_password_reset"),
    path("admin/password_reset/done/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("admin/reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("admin/reset/done/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]

api_urlpatterns = [
    path("auth/token/", api.TokenView.as_view(), name="auth-token"),
    path("auth/token/rotate/", api.TokenRotateView.as_view(), name="auth-token-rotate"),
]
