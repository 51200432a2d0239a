from enum import StrEnum


class ApiV1OrganisationsListKind(StrEnum):
    EMPLOYER = "employer"
    EPAO = "epao"
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
