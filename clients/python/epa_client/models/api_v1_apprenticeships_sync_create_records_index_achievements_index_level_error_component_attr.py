from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXLevelErrorComponentAttr(StrEnum):
    RECORDS_INDEX_ACHIEVEMENTS_INDEX_LEVEL = "records.INDEX.achievements.INDEX.level"

    def __str__(self) -> str:
        return str(self.value)
