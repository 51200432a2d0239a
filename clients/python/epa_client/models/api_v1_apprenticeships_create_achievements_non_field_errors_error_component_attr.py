from enum import StrEnum


class ApiV1ApprenticeshipsCreateAchievementsNonFieldErrorsErrorComponentAttr(StrEnum):
    ACHIEVEMENTS_NON_FIELD_ERRORS = "achievements.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
