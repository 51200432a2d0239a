from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXFamilyNameErrorComponentAttr(StrEnum):
    RECORDS_INDEX_FAMILY_NAME = "records.INDEX.family_name"

    def __str__(self) -> str:
        return str(self.value)
