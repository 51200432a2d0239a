from enum import StrEnum


class ApiDfeV1CertificateUpdateINDEXRequestIdErrorComponentAttr(StrEnum):
    INDEX_REQUESTID = "INDEX.requestId"

    def __str__(self) -> str:
        return str(self.value)
