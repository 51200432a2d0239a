from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXAchievedOnErrorComponentAttr(StrEnum):
    ACHIEVEMENTS_INDEX_ACHIEVED_ON = "achievements.INDEX.achieved_on"

    def __str__(self) -> str:
        return str(self.value)
