from enum import StrEnum


class ApiV1CertificatesPartialUpdateIfMatchErrorComponentAttr(StrEnum):
    IF_MATCH = "If-Match"

    def __str__(self) -> str:
        return str(self.value)
