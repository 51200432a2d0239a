from enum import StrEnum


class ApiV1CertificatesPartialUpdateCityErrorComponentAttr(StrEnum):
    CITY = "city"

    def __str__(self) -> str:
        return str(self.value)
