from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXOptionErrorComponentAttr(StrEnum):
    RECORDS_INDEX_OPTION = "records.INDEX.option"

    def __str__(self) -> str:
        return str(self.value)
