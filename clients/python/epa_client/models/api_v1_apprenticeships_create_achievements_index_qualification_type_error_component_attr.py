from enum import StrEnum


class ApiV1ApprenticeshipsCreateAchievementsINDEXQualificationTypeErrorComponentAttr(StrEnum):
    ACHIEVEMENTS_INDEX_QUALIFICATION_TYPE = "achievements.INDEX.qualification_type"

    def __str__(self) -> str:
        return str(self.value)
