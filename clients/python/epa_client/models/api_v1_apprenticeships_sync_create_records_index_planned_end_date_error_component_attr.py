from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedEndDateErrorComponentAttr(StrEnum):
    RECORDS_INDEX_PLANNED_END_DATE = "records.INDEX.planned_end_date"

    def __str__(self) -> str:
        return str(self.value)
