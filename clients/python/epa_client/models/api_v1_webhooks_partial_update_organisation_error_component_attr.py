from enum import StrEnum


class ApiV1WebhooksPartialUpdateOrganisationErrorComponentAttr(StrEnum):
    ORGANISATION = "organisation"

    def __str__(self) -> str:
        return str(self.value)
