from django.urls import path

from trust import views

urlpatterns = [
    path("about/methodology/", views.methodology, name="trust-methodology"),
    path("about/corrections-policy/", views.corrections_policy, name="trust-corrections-policy"),
    path("about/ownership/", views.ownership, name="trust-ownership"),
    path("about/team/", views.team, name="trust-team"),
    path("contact/", views.contact, name="trust-contact"),
    path("claims/<slug:slug>/report/", views.report_error, name="trust-report"),
    path("claims/<slug:slug>/report/sent/", views.report_sent, name="trust-report-sent"),
]
