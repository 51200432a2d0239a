from enum import StrEnum


class ApiV1CertificatesDestroyIfMatchErrorComponentAttr(StrEnum):
    IF_MATCH = "If-Match"

    def __str__(self) -> str:
        return str(self.value)
