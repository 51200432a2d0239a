from enum import StrEnum


class ApprenticeshipStatusEnum(StrEnum):
    ACHIEVED = "achieved"
    CERTIFICATE_ISSUED = "certificate_issued"
    CERTIFICATE_REQUESTED = "certificate_requested"
    EPA_BOOKED = "epa_booked"
    EPA_IN_PROGRESS = "epa_in_progress"
    FAILED = "failed"
    FURTHER_LEARNING = "further_learning"
    GATEWAY_FAILED = "gateway_failed"
    GATEWAY_IN_PROGRESS = "gateway_in_progress"
    GATEWAY_PASSED = "gateway_passed"
    IN_TRAINING = "in_training"
    ON_BREAK = "on_break"
    RESULT_CONFIRMED = "result_confirmed"
    RESULT_PROVISIONAL = "result_provisional"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
