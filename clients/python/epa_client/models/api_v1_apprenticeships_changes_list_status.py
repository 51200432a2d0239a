from enum import StrEnum


class ApiV1ApprenticeshipsChangesListStatus(StrEnum):
    CERTIFICATE_REQUESTED = "certificate_requested"
    EPA_BOOKED = "epa_booked"
    EPA_IN_PROGRESS = "epa_in_progress"
    GATEWAY_FAILED = "gateway_failed"
    GATEWAY_IN_PROGRESS = "gateway_in_progress"
    GATEWAY_PASSED = "gateway_passed"
    IN_TRAINING = "in_training"
    RESULT_CONFIRMED = "result_confirmed"
    RESULT_PROVISIONAL = "result_provisional"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
