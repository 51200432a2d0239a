from enum import StrEnum


class ApiV1AssessmentsMethodsBookingCreateRemoteErrorComponentAttr(StrEnum):
    REMOTE = "remote"

    def __str__(self) -> str:
        return str(self.value)
