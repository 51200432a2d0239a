from enum import StrEnum


class ApiDfeV1CertificateSubmitCreateINDEXStandardReferenceErrorComponentAttr(StrEnum):
    INDEX_STANDARDREFERENCE = "INDEX.standardReference"

    def __str__(self) -> str:
        return str(self.value)
