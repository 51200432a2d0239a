from enum import StrEnum


class ApiV1ApprenticeshipsCreateAchievementsErrorComponentAttr(StrEnum):
    ACHIEVEMENTS = "achievements"

    def __str__(self) -> str:
        return str(self.value)
