from enum import StrEnum


class ApiV1AssessmentsResitCreateExceptionalCircumstancesErrorComponentAttr(StrEnum):
    EXCEPTIONAL_CIRCUMSTANCES = "exceptional_circumstances"

    def __str__(self) -> str:
        return str(self.value)
