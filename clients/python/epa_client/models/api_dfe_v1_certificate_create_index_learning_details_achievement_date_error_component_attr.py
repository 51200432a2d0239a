from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXLearningDetailsAchievementDateErrorComponentAttr(StrEnum):
    INDEX_LEARNINGDETAILS_ACHIEVEMENTDATE = "INDEX.learningDetails.achievementDate"

    def __str__(self) -> str:
        return str(self.value)
