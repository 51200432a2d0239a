from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreateEmployerErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INCORRECT_TYPE = "incorrect_type"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
