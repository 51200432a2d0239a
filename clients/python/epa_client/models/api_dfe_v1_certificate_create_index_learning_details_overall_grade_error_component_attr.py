from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXLearningDetailsOverallGradeErrorComponentAttr(StrEnum):
    INDEX_LEARNINGDETAILS_OVERALLGRADE = "INDEX.learningDetails.overallGrade"

    def __str__(self) -> str:
        return str(self.value)
