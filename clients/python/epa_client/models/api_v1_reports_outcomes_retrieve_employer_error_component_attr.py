from enum import StrEnum


class ApiV1ReportsOutcomesRetrieveEmployerErrorComponentAttr(StrEnum):
    EMPLOYER = "employer"

    def __str__(self) -> str:
        return str(self.value)
