from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXStandardErrorComponentAttr(StrEnum):
    RECORDS_INDEX_STANDARD = "records.INDEX.standard"

    def __str__(self) -> str:
        return str(self.value)
