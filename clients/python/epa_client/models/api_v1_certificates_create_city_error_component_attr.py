from enum import StrEnum


class ApiV1CertificatesCreateCityErrorComponentAttr(StrEnum):
    CITY = "city"

    def __str__(self) -> str:
        return str(self.value)
