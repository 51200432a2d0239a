from enum import StrEnum


class ApiV1CertificatesPartialUpdateIfMatchErrorComponentCode(StrEnum):
    INVALID_IF_MATCH = "invalid_if_match"

    def __str__(self) -> str:
        return str(self.value)
