from enum import StrEnum


class ApiV1CertificatesListPageErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MAX_STRING_LENGTH = "max_string_length"
    MIN_VALUE = "min_value"
    MULTIPLE_VALUES = "multiple_values"

    def __str__(self) -> str:
        return str(self.value)
