from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXVersionErrorComponentAttr(StrEnum):
    RECORDS_INDEX_VERSION = "records.INDEX.version"

    def __str__(self) -> str:
        return str(self.value)
