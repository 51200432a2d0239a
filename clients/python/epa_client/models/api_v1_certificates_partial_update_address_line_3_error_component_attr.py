from enum import StrEnum


class ApiV1CertificatesPartialUpdateAddressLine3ErrorComponentAttr(StrEnum):
    ADDRESS_LINE3 = "address_line3"

    def __str__(self) -> str:
        return str(self.value)
