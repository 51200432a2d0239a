from enum import StrEnum


class ApiV1ApprenticeshipsCreateLearnerUlnErrorComponentCode(StrEnum):
    BLANK = "blank"
    INVALID = "invalid"
    INVALID_ULN = "invalid_uln"
    INVALID_ULN_CHECK_DIGIT = "invalid_uln_check_digit"
    MAX_LENGTH = "max_length"
    NULL = "null"
    NULL_CHARACTERS_NOT_ALLOWED = "null_characters_not_allowed"
    REQUIRED = "required"
    SURROGATE_CHARACTERS_NOT_ALLOWED = "surrogate_characters_not_allowed"
    TEMPORARY_ULN = "temporary_uln"

    def __str__(self) -> str:
        return str(self.value)
