from enum import StrEnum


class ApiV1CertificatesCreateAddressLine2ErrorComponentAttr(StrEnum):
    ADDRESS_LINE2 = "address_line2"

    def __str__(self) -> str:
        return str(self.value)
