from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INVALID = "invalid"
    NOT_A_PROGRESSION_ROUTE = "not_a_progression_route"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
