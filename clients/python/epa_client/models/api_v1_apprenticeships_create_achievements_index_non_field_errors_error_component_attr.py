from enum import StrEnum


class ApiV1ApprenticeshipsCreateAchievementsINDEXNonFieldErrorsErrorComponentAttr(StrEnum):
    ACHIEVEMENTS_INDEX_NON_FIELD_ERRORS = "achievements.INDEX.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
