from django.urls import path

from claims import feeds, views

urlpatterns = [
    path("", views.home, name="home"),
    path("claims/", views.claim_list, name="claim-list"),
    path("claims/<slug:slug>/", views.claim_detail, name="claim-detail"),
    path("sources/<slug:slug>/", views.source_detail, name="source-detail"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
    path("corrections/", views.corrections, name="corrections"),
    path("feeds/checks.rss", feeds.ChecksFeed(), name="feed-checks-rss"),
    path("feeds/checks.atom", feeds.ChecksAtomFeed(), name="feed-checks-atom"),
    path("feeds/corrections.rss", feeds.CorrectionsFeed(), name="feed-corrections-rss"),
    path("feeds/corrections.atom", feeds.CorrectionsAtomFeed(), name="feed-corrections-atom"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("status-colours.css", views.status_colours_css, name="status-colours"),
]
