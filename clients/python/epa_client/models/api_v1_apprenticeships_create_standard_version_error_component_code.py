from enum import StrEnum


class ApiV1ApprenticeshipsCreateStandardVersionErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INVALID = "invalid"
    LOCKED_AFTER_GATEWAY = "locked_after_gateway"
    NULL = "null"
    REQUIRED = "required"
    STANDARD_VERSION_CLOSED = "standard_version_closed"

    def __str__(self) -> str:
        return str(self.value)
