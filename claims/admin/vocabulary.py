"""The editable vocabularies: topics and the verification statuses."""

from django.contrib import admin

from claims.admin.common import BadgeMedia, status_badge
from claims.models import Status, Topic
from core.admin import ServiceHistoryAdmin


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Status)
class StatusAdmin(ServiceHistoryAdmin):
    list_display = ["badge", "slug", "rating_value", "best_rating", "worst_rating", "order", "is_active"]
    list_editable = ["order", "is_active"]
    search_fields = ["label", "slug"]
    fields = [
        "label", "slug", "colour", "description", "order", "is_active",
        "rating_name", "rating_value", "best_rating", "worst_rating",
    ]  # fmt: skip
    Media = BadgeMedia

    @admin.display(description="Status", ordering="label")
    def badge(self, obj):
        return status_badge(obj.label, obj.colour)
