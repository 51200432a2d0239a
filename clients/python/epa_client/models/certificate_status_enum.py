from enum import StrEnum


class CertificateStatusEnum(StrEnum):
    DELETED = "deleted"
    DRAFT = "draft"
    READY = "ready"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
