from enum import StrEnum


class MethodStatusEnum(StrEnum):
    AWAITING_BOOKING = "awaiting_booking"
    BOOKED = "booked"
    CANCELLED = "cancelled"
    CARRIED = "carried"
    GRADED = "graded"

    def __str__(self) -> str:
        return str(self.value)
