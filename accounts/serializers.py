from rest_framework import serializers


class TokenSerializer(serializers.Serializer):
    """A new key, shown once: it is the only time the API returns it."""

    key = serializers.CharField(help_text="Send it as `Authorization: Token <key>`.")
    created = serializers.DateTimeField()
