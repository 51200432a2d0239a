from enum import StrEnum


class ApiV1CertificatesCreateAddressLine1ErrorComponentAttr(StrEnum):
    ADDRESS_LINE1 = "address_line1"

    def __str__(self) -> str:
        return str(self.value)
