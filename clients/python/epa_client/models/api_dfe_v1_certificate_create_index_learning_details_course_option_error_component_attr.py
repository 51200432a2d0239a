from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXLearningDetailsCourseOptionErrorComponentAttr(StrEnum):
    INDEX_LEARNINGDETAILS_COURSEOPTION = "INDEX.learningDetails.courseOption"

    def __str__(self) -> str:
        return str(self.value)
