from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXUlnErrorComponentAttr(StrEnum):
    RECORDS_INDEX_ULN = "records.INDEX.uln"

    def __str__(self) -> str:
        return str(self.value)
