from enum import StrEnum


class ApiV1AssessmentPlansCreateAppealWindowDaysErrorComponentAttr(StrEnum):
    APPEAL_WINDOW_DAYS = "appeal_window_days"

    def __str__(self) -> str:
        return str(self.value)
