from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmployerErrorComponentAttr(StrEnum):
    RECORDS_INDEX_EMPLOYER = "records.INDEX.employer"

    def __str__(self) -> str:
        return str(self.value)
