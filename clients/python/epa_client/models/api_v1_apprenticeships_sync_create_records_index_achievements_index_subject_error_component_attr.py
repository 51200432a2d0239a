from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXSubjectErrorComponentAttr(StrEnum):
    RECORDS_INDEX_ACHIEVEMENTS_INDEX_SUBJECT = "records.INDEX.achievements.INDEX.subject"

    def __str__(self) -> str:
        return str(self.value)
