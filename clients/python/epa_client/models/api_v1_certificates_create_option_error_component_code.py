from enum import StrEnum


class ApiV1CertificatesCreateOptionErrorComponentCode(StrEnum):
    INVALID = "invalid"
    INVALID_OPTION = "invalid_option"
    MAX_LENGTH = "max_length"
    NULL = "null"
    NULL_CHARACTERS_NOT_ALLOWED = "null_characters_not_allowed"
    OPTION_MISMATCH = "option_mismatch"
    OPTION_NOT_AVAILABLE = "option_not_available"
    SURROGATE_CHARACTERS_NOT_ALLOWED = "surrogate_characters_not_allowed"

    def __str__(self) -> str:
        return str(self.value)
