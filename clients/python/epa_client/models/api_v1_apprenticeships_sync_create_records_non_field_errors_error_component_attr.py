from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsNonFieldErrorsErrorComponentAttr(StrEnum):
    RECORDS_NON_FIELD_ERRORS = "records.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
