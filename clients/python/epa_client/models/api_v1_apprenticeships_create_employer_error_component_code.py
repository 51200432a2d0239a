from enum import StrEnum


class ApiV1ApprenticeshipsCreateEmployerErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INCORRECT_TYPE = "incorrect_type"
    LOCKED_AFTER_GATEWAY = "locked_after_gateway"
    NOT_AN_EMPLOYER = "not_an_employer"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
