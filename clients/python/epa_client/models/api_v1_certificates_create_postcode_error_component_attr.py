from enum import StrEnum


class ApiV1CertificatesCreatePostcodeErrorComponentAttr(StrEnum):
    POSTCODE = "postcode"

    def __str__(self) -> str:
        return str(self.value)
