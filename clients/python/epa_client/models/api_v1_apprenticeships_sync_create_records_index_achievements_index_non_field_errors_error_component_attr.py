from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXNonFieldErrorsErrorComponentAttr(StrEnum):
    RECORDS_INDEX_ACHIEVEMENTS_INDEX_NON_FIELD_ERRORS = "records.INDEX.achievements.INDEX.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
