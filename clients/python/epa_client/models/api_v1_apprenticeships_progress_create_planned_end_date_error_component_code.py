from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
