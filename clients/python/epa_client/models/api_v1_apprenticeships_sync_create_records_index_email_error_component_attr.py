from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmailErrorComponentAttr(StrEnum):
    RECORDS_INDEX_EMAIL = "records.INDEX.email"

    def __str__(self) -> str:
        return str(self.value)
