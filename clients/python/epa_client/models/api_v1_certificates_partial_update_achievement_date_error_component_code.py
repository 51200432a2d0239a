from enum import StrEnum


class ApiV1CertificatesPartialUpdateAchievementDateErrorComponentCode(StrEnum):
    BEFORE_LEARNING_START = "before_learning_start"
    DATETIME = "datetime"
    DATE_BEFORE_2017 = "date_before_2017"
    DATE_IN_FUTURE = "date_in_future"
    INVALID = "invalid"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
