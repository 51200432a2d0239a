from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXQualificationTypeErrorComponentAttr(StrEnum):
    RECORDS_INDEX_ACHIEVEMENTS_INDEX_QUALIFICATION_TYPE = "records.INDEX.achievements.INDEX.qualification_type"

    def __str__(self) -> str:
        return str(self.value)
