from enum import StrEnum


class ApiV1CertificatesCreateAchievementDateErrorComponentAttr(StrEnum):
    ACHIEVEMENT_DATE = "achievement_date"

    def __str__(self) -> str:
        return str(self.value)
