from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXStartDateErrorComponentAttr(StrEnum):
    RECORDS_INDEX_START_DATE = "records.INDEX.start_date"

    def __str__(self) -> str:
        return str(self.value)
