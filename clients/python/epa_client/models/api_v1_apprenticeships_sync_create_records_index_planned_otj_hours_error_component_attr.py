from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedOtjHoursErrorComponentAttr(StrEnum):
    RECORDS_INDEX_PLANNED_OTJ_HOURS = "records.INDEX.planned_otj_hours"

    def __str__(self) -> str:
        return str(self.value)
