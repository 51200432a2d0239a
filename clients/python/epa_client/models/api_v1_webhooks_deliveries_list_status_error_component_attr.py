from enum import StrEnum


class ApiV1WebhooksDeliveriesListStatusErrorComponentAttr(StrEnum):
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
