from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateProviderErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MAX_STRING_LENGTH = "max_string_length"
    MAX_VALUE = "max_value"
    MIN_VALUE = "min_value"
    NULL = "null"
    PROVIDER_NOT_YOURS = "provider_not_yours"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
