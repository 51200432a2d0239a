from enum import StrEnum


class ApiV1WebhooksDeliveriesListStatusErrorComponentCode(StrEnum):
    INVALID_CHOICE = "invalid_choice"

    def __str__(self) -> str:
        return str(self.value)
