from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXGivenNamesErrorComponentAttr(StrEnum):
    RECORDS_INDEX_GIVEN_NAMES = "records.INDEX.given_names"

    def __str__(self) -> str:
        return str(self.value)
