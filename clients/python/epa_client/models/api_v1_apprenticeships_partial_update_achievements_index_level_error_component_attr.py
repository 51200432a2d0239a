from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXLevelErrorComponentAttr(StrEnum):
    ACHIEVEMENTS_INDEX_LEVEL = "achievements.INDEX.level"

    def __str__(self) -> str:
        return str(self.value)
