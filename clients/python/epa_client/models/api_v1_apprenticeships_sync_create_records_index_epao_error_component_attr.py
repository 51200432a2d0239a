from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXEpaoErrorComponentAttr(StrEnum):
    RECORDS_INDEX_EPAO = "records.INDEX.epao"

    def __str__(self) -> str:
        return str(self.value)
