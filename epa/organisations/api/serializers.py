from rest_framework import serializers

from epa.api.fields import StrictBooleanField, StrictChoiceField, StrictModelSerializer
from epa.organisations.models import ApiKey, Organisation, Scope


class OrganisationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "kind", "name", "identifier"]
        extra_kwargs = {
            "kind": {"help_text": "epao, provider or employer."},
            "identifier": {"help_text": "EPAO id (EPA + 4 digits) or UKPRN (8 digits)."},
        }


class ApiKeySerializer(StrictModelSerializer):
    is_active = serializers.BooleanField(read_only=True,
                                         help_text="Not revoked and not expired.")
    scopes = serializers.ListField(
        child=StrictChoiceField(choices=Scope.choices), min_length=1, max_length=2,
        help_text="`read` for GET requests; `write` for the others.",
    )
    personal = StrictBooleanField(
        default=False, help_text="A personal key acts as you, with your roles here (any "
                                 "member); otherwise the key acts for the organisation as an "
                                 "admin (admins only).")
    user = serializers.CharField(source="user.username", read_only=True, allow_null=True,
                                 default=None, help_text="The person a personal key acts as.")

    class Meta:
        model = ApiKey
        fields = ["id", "name", "prefix", "scopes", "personal", "user", "created_at",
                  "last_used_at", "expires_at", "revoked_at", "is_active"]
        read_only_fields = ["id", "prefix", "created_at", "last_used_at", "revoked_at"]
        extra_kwargs = {
            "name": {"help_text": "What the key is for, e.g. 'MIS nightly sync'."},
            "prefix": {"help_text": "Visible part of the key, to recognise it."},
            "expires_at": {"help_text": "When the key stops working; null for never."},
        }


class ApiKeyCreatedSerializer(ApiKeySerializer):
    key = serializers.CharField(
        read_only=True,
        help_text="The key itself. Shown once, now: only a hash is stored.",
    )

    class Meta(ApiKeySerializer.Meta):
        fields = [*ApiKeySerializer.Meta.fields, "key"]
