from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXHasEhcPlanErrorComponentAttr(StrEnum):
    RECORDS_INDEX_HAS_EHC_PLAN = "records.INDEX.has_ehc_plan"

    def __str__(self) -> str:
        return str(self.value)
