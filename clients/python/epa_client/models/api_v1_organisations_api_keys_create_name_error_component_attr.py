from enum import StrEnum


class ApiV1OrganisationsApiKeysCreateNameErrorComponentAttr(StrEnum):
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
