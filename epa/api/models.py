from django.core.validators import MaxValueValidator
from django.db import models


class IdempotencyRecord(models.Model):
    """The first answer to a request sent with an ``Idempotency-Key``, kept to answer retries.

    Inserted ``in_progress`` in the transaction of the work and committed ``completed`` with it
    (see ``epa.api.idempotency``): other transactions only ever see completed records."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETED = "completed", "Completed"

    scope = models.CharField(max_length=64, help_text="Whose key: the organisation or person.")
    key = models.CharField(max_length=255)
    method = models.CharField(max_length=10)
    path = models.CharField(max_length=500)
    request_hash = models.CharField(max_length=64)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.IN_PROGRESS)
    response_status = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(599)])
    response_body = models.BinaryField(
        null=True, blank=True, help_text="The answer's JSON, zlib-compressed.")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "key"], name="idempotency_key_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.key} ({self.status})"
