from enum import StrEnum


class AppealDecisionDecisionEnum(StrEnum):
    DISMISS = "dismiss"
    UPHOLD = "uphold"

    def __str__(self) -> str:
        return str(self.value)
