from enum import StrEnum


class ApiV1AssessmentPlansUpdateResitWindowDaysErrorComponentAttr(StrEnum):
    RESIT_WINDOW_DAYS = "resit_window_days"

    def __str__(self) -> str:
        return str(self.value)
