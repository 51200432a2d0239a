from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateProviderErrorComponentAttr(StrEnum):
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
