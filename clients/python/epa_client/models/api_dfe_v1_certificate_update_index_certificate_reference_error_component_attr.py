from enum import StrEnum


class ApiDfeV1CertificateUpdateINDEXCertificateReferenceErrorComponentAttr(StrEnum):
    INDEX_CERTIFICATEREFERENCE = "INDEX.certificateReference"

    def __str__(self) -> str:
        return str(self.value)
