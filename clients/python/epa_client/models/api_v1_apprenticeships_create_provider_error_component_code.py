from enum import StrEnum


class ApiV1ApprenticeshipsCreateProviderErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INCORRECT_TYPE = "incorrect_type"
    LOCKED_AFTER_GATEWAY = "locked_after_gateway"
    NOT_A_PROVIDER = "not_a_provider"
    NULL = "null"
    PROVIDER_NOT_YOURS = "provider_not_yours"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
