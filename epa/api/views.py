from django.db import DatabaseError, connection
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

HEALTH_STATUS_CHOICES = [("ok", "ok"), ("unavailable", "unavailable")]
DATABASE_STATUS_CHOICES = [("ok", "ok"), ("unreachable", "unreachable")]

_health = inline_serializer(
    "Health",
    fields={
        "status": serializers.ChoiceField(choices=HEALTH_STATUS_CHOICES,
                                          help_text="`ok` when the service can serve."),
        "database": serializers.ChoiceField(choices=DATABASE_STATUS_CHOICES,
                                            help_text="Whether the database answered."),
    },
)


class HealthView(APIView):
    """Liveness and readiness: answers 200 when the database is reachable, 503 otherwise."""

    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="health",
        summary="Health check",
        description="200 with the database reachable; 503 when it is not.",
        tags=["health"],
        responses={200: _health, 503: OpenApiResponse(_health, description="Database down")},
    )
    def get(self, request):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except DatabaseError:
            return Response({"status": "unavailable", "database": "unreachable"}, status=503)
        return Response({"status": "ok", "database": "ok"})
