from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsErrorComponentAttr(StrEnum):
    RECORDS = "records"

    def __str__(self) -> str:
        return str(self.value)
