from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsNonFieldErrorsErrorComponentAttr(StrEnum):
    RECORDS_INDEX_ACHIEVEMENTS_NON_FIELD_ERRORS = "records.INDEX.achievements.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
