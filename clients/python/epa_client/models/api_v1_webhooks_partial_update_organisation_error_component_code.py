from enum import StrEnum


class ApiV1WebhooksPartialUpdateOrganisationErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MAX_STRING_LENGTH = "max_string_length"
    MIN_VALUE = "min_value"
    NOT_YOURS = "not_yours"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
