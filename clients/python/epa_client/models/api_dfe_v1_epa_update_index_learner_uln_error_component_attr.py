from enum import StrEnum


class ApiDfeV1EpaUpdateINDEXLearnerUlnErrorComponentAttr(StrEnum):
    INDEX_LEARNER_ULN = "INDEX.learner.uln"

    def __str__(self) -> str:
        return str(self.value)
