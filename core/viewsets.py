from rest_framework import mixins, viewsets

from core.api import ConditionalUpdateMixin, PublicCacheMixin


class ReadWriteViewSet(
    PublicCacheMixin,
    ConditionalUpdateMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """List, retrieve, create and update (with If-Match) through the app's services; no delete over the API."""
