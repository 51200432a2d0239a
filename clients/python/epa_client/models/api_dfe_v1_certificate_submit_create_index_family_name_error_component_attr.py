from enum import StrEnum


class ApiDfeV1CertificateSubmitCreateINDEXFamilyNameErrorComponentAttr(StrEnum):
    INDEX_FAMILYNAME = "INDEX.familyName"

    def __str__(self) -> str:
        return str(self.value)
