from enum import StrEnum


class ApiV1CertificatesCreateApprenticeshipErrorComponentAttr(StrEnum):
    APPRENTICESHIP = "apprenticeship"

    def __str__(self) -> str:
        return str(self.value)
