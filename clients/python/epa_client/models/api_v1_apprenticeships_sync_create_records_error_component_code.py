from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsErrorComponentCode(StrEnum):
    EMPTY = "empty"
    MAX_LENGTH = "max_length"
    MIN_LENGTH = "min_length"
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    REQUIRED = "required"
    TOO_MANY_RECORDS = "too_many_records"

    def __str__(self) -> str:
        return str(self.value)
