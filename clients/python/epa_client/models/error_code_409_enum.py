from enum import StrEnum


class ErrorCode409Enum(StrEnum):
    APPEAL_DECIDED = "appeal_decided"
    APPEAL_PENDING = "appeal_pending"
    APPEAL_WINDOW_CLOSED = "appeal_window_closed"
    APPRENTICESHIP_NOT_IN_TRAINING = "apprenticeship_not_in_training"
    ASSESSMENT_EXISTS = "assessment_exists"
    ASSESSMENT_NOT_IN_PROGRESS = "assessment_not_in_progress"
    ATTEMPT_LIMIT_REACHED = "attempt_limit_reached"
    COMPONENT_NOT_SUBMITTED = "component_not_submitted"
    CONFLICT = "conflict"
    DELIVERY_PENDING = "delivery_pending"
    EPAO_MISSING = "epao_missing"
    GATEWAY_ALREADY_OPEN = "gateway_already_open"
    GATEWAY_NOT_EDITABLE = "gateway_not_editable"
    GATEWAY_NOT_PASSED = "gateway_not_passed"
    GATEWAY_NOT_SUBMITTED = "gateway_not_submitted"
    HIGHEST_GRADE_AWARDED = "highest_grade_awarded"
    IDEMPOTENCY_KEY_IN_PROGRESS = "idempotency_key_in_progress"
    METHOD_ALREADY_GRADED = "method_already_graded"
    METHOD_CARRIED = "method_carried"
    METHOD_NOT_BOOKED = "method_not_booked"
    NOT_A_FAILED_RESULT = "not_a_failed_result"
    NO_ASSESSMENT_PLAN = "no_assessment_plan"
    RESIT_WINDOW_CLOSED = "resit_window_closed"
    RESULT_LOCKED = "result_locked"
    RESULT_NOT_PROVISIONAL = "result_not_provisional"
    RESULT_NOT_RELEASED = "result_not_released"

    def __str__(self) -> str:
        return str(self.value)
