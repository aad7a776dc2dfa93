from django.urls import path

from figures import feeds, views

urlpatterns = [
    path("figures/", views.figure_list, name="figure-list"),
    path("figures/<slug:slug>/", views.figure_detail, name="figure-detail"),
    path("figures/<slug:slug>/embed/", views.figure_embed, name="figure-embed"),
    path("figures/<slug:slug>/feed.atom", feeds.FigureAtomFeed(), name="figure-feed-atom"),
    path("oembed", views.oembed, name="oembed"),
]
