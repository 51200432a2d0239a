from enum import StrEnum


class ErrorCode409Enum(StrEnum):
    APPRENTICESHIP_NOT_IN_TRAINING = "apprenticeship_not_in_training"
    COMPONENT_NOT_SUBMITTED = "component_not_submitted"
    EPAO_MISSING = "epao_missing"
    GATEWAY_ALREADY_OPEN = "gateway_already_open"
    GATEWAY_NOT_EDITABLE = "gateway_not_editable"
    GATEWAY_NOT_SUBMITTED = "gateway_not_submitted"
    IDEMPOTENCY_KEY_IN_PROGRESS = "idempotency_key_in_progress"

    def __str__(self) -> str:
        return str(self.value)
