from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXLearnerFamilyNameErrorComponentAttr(StrEnum):
    INDEX_LEARNER_FAMILYNAME = "INDEX.learner.familyName"

    def __str__(self) -> str:
        return str(self.value)
