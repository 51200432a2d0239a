from enum import StrEnum


class ApiDfeV1CertificateSubmitCreateINDEXUlnErrorComponentAttr(StrEnum):
    INDEX_ULN = "INDEX.uln"

    def __str__(self) -> str:
        return str(self.value)
