from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateAchievementsErrorComponentAttr(StrEnum):
    ACHIEVEMENTS = "achievements"

    def __str__(self) -> str:
        return str(self.value)
