from enum import StrEnum


class ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponentAttr(StrEnum):
    INDEX_STANDARDCODE = "INDEX.standardCode"

    def __str__(self) -> str:
        return str(self.value)
