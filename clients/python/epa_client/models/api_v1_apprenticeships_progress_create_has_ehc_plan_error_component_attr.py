from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreateHasEhcPlanErrorComponentAttr(StrEnum):
    HAS_EHC_PLAN = "has_ehc_plan"

    def __str__(self) -> str:
        return str(self.value)
