from enum import StrEnum


class EventTypesEnum(StrEnum):
    APPEAL_DECIDED = "appeal.decided"
    APPEAL_LODGED = "appeal.lodged"
    APPRENTICESHIP_CHANGED = "apprenticeship.changed"
    APPRENTICESHIP_CREATED = "apprenticeship.created"
    APPRENTICESHIP_WITHDRAWN = "apprenticeship.withdrawn"
    CERTIFICATE_STATE = "certificate.state"
    EPA_BOOKED = "epa.booked"
    GATEWAY_DECIDED = "gateway.decided"
    GATEWAY_SUBMITTED = "gateway.submitted"
    RESULT_PROVISIONAL = "result.provisional"
    RESULT_RELEASED = "result.released"
    SYNC_COMPLETED = "sync.completed"

    def __str__(self) -> str:
        return str(self.value)
