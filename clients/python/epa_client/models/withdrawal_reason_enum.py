from enum import StrEnum


class WithdrawalReasonEnum(StrEnum):
    CHANGED_PROVIDER = "changed_provider"
    EPA_NOT_TAKEN = "epa_not_taken"
    HEALTH = "health"
    LEFT_EMPLOYMENT = "left_employment"
    NOT_PROGRESSING = "not_progressing"
    OTHER = "other"
    PERSONAL = "personal"
    REDUNDANCY = "redundancy"

    def __str__(self) -> str:
        return str(self.value)
