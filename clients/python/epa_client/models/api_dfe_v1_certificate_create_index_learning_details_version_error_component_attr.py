from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXLearningDetailsVersionErrorComponentAttr(StrEnum):
    INDEX_LEARNINGDETAILS_VERSION = "INDEX.learningDetails.version"

    def __str__(self) -> str:
        return str(self.value)
