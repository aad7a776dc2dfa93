"""
A member's own API token: ``POST /api/v1/auth/token/rotate/`` for a new key (the old one stops
working at once), ``DELETE /api/v1/auth/token/`` to revoke it. Signed in with the token itself or
with the admin session (the browsable API); a chief editor revokes other people's in the admin.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.utils.cache import add_never_cache_headers
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.serializers import TokenSerializer
from accounts.services import token_revoke, token_rotate
from core.api import ErrorSerializer, error_response


class TokenRotateView(APIView):
    permission_classes = [permissions.IsAuthenticated]
    throttle_classes: list = []  # members only: the anonymous throttle does not apply

    @extend_schema(request=None, responses={201: TokenSerializer}, operation_id="auth_token_rotate")
    def post(self, request):
        """Replace your API token with a new key, returned once. The old key is refused from now on."""
        user: User = request.user
        token = token_rotate(user=user)
        response = Response(TokenSerializer(token).data, status=status.HTTP_201_CREATED)
        add_never_cache_headers(response)  # a secret: no cache, proxy or back button keeps it
        return response


class TokenView(APIView):
    permission_classes = [permissions.IsAuthenticated]
    throttle_classes: list = []

    @extend_schema(request=None, responses={204: None, 404: ErrorSerializer}, operation_id="auth_token_revoke")
    def delete(self, request):
        """Revoke your API token. Sign in to the admin and rotate to get a new one."""
        user: User = request.user
        if not token_revoke(user=user):
            return error_response(404, "not_found", "You have no API token to revoke.")
        return Response(status=status.HTTP_204_NO_CONTENT)
