from enum import StrEnum


class ApiV1ReportsOutcomesRetrieveProviderErrorComponentAttr(StrEnum):
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
