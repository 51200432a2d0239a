from enum import StrEnum


class ErrorCode403Enum(StrEnum):
    CSRF_FAILED = "csrf_failed"
    INSUFFICIENT_SCOPE = "insufficient_scope"
    PERMISSION_DENIED = "permission_denied"
    ROLE_REQUIRED = "role_required"

    def __str__(self) -> str:
        return str(self.value)
