from enum import StrEnum


class ApiDfeV1CertificateSubmitCreateINDEXCertificateReferenceErrorComponentAttr(StrEnum):
    INDEX_CERTIFICATEREFERENCE = "INDEX.certificateReference"

    def __str__(self) -> str:
        return str(self.value)
