from enum import StrEnum


class StandardStatusEnum(StrEnum):
    APPROVED_FOR_DELIVERY = "approved_for_delivery"
    IN_DEVELOPMENT = "in_development"
    PROPOSAL_IN_DEVELOPMENT = "proposal_in_development"
    RETIRED = "retired"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
