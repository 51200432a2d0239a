from enum import StrEnum


class ApiV1AssessmentPlansUpdateRetakeWindowDaysErrorComponentAttr(StrEnum):
    RETAKE_WINDOW_DAYS = "retake_window_days"

    def __str__(self) -> str:
        return str(self.value)
