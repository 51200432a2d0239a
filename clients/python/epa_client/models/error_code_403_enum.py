from enum import StrEnum


class ErrorCode403Enum(StrEnum):
    CSRF_FAILED = "csrf_failed"
    INSUFFICIENT_SCOPE = "insufficient_scope"
    NOT_THE_ASSIGNED_ASSESSOR = "not_the_assigned_assessor"
    PERMISSION_DENIED = "permission_denied"
    QUALITY_ASSURER_NOT_INDEPENDENT = "quality_assurer_not_independent"
    ROLE_REQUIRED = "role_required"

    def __str__(self) -> str:
        return str(self.value)
