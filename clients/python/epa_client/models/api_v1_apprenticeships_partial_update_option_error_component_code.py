from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateOptionErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INCORRECT_TYPE = "incorrect_type"
    LOCKED_AFTER_GATEWAY = "locked_after_gateway"
    OPTION_NOT_ALLOWED = "option_not_allowed"
    OPTION_NOT_IN_VERSION = "option_not_in_version"

    def __str__(self) -> str:
        return str(self.value)
