from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreateEpaoErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INCORRECT_TYPE = "incorrect_type"

    def __str__(self) -> str:
        return str(self.value)
