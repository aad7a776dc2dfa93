from django.urls import path

from sources import views

urlpatterns = [
    path("sources/<slug:slug>/", views.source_detail, name="source-detail"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
]
