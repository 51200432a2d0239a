from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXDateOfBirthErrorComponentAttr(StrEnum):
    RECORDS_INDEX_DATE_OF_BIRTH = "records.INDEX.date_of_birth"

    def __str__(self) -> str:
        return str(self.value)
