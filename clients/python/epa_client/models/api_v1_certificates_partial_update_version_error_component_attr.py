from enum import StrEnum


class ApiV1CertificatesPartialUpdateVersionErrorComponentAttr(StrEnum):
    VERSION = "version"

    def __str__(self) -> str:
        return str(self.value)
