from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXAchievedOnErrorComponentAttr(StrEnum):
    RECORDS_INDEX_ACHIEVEMENTS_INDEX_ACHIEVED_ON = "records.INDEX.achievements.INDEX.achieved_on"

    def __str__(self) -> str:
        return str(self.value)
