from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXNonFieldErrorsErrorComponentAttr(StrEnum):
    RECORDS_INDEX_NON_FIELD_ERRORS = "records.INDEX.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
