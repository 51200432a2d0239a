from enum import StrEnum


class ApiV1WebhooksPartialUpdateActiveErrorComponentAttr(StrEnum):
    ACTIVE = "active"

    def __str__(self) -> str:
        return str(self.value)
