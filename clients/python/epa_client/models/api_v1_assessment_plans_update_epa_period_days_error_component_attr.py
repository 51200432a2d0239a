from enum import StrEnum


class ApiV1AssessmentPlansUpdateEpaPeriodDaysErrorComponentAttr(StrEnum):
    EPA_PERIOD_DAYS = "epa_period_days"

    def __str__(self) -> str:
        return str(self.value)
