from enum import StrEnum


class ApiV1ApprenticeshipsCreateAchievementsINDEXSubjectErrorComponentAttr(StrEnum):
    ACHIEVEMENTS_INDEX_SUBJECT = "achievements.INDEX.subject"

    def __str__(self) -> str:
        return str(self.value)
