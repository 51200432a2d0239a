from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdatePlannedEndDateErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    END_BEFORE_START = "end_before_start"
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
