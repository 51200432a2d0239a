from enum import StrEnum


class ApiV1CertificatesPartialUpdateVersionErrorComponentCode(StrEnum):
    UNKNOWN_VERSION = "unknown_version"
    VERSION_MISMATCH = "version_mismatch"

    def __str__(self) -> str:
        return str(self.value)
