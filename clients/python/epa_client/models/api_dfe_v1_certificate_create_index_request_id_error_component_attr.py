from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXRequestIdErrorComponentAttr(StrEnum):
    INDEX_REQUESTID = "INDEX.requestId"

    def __str__(self) -> str:
        return str(self.value)
