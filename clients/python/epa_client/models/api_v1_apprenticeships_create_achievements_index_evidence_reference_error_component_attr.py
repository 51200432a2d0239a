from enum import StrEnum


class ApiV1ApprenticeshipsCreateAchievementsINDEXEvidenceReferenceErrorComponentAttr(StrEnum):
    ACHIEVEMENTS_INDEX_EVIDENCE_REFERENCE = "achievements.INDEX.evidence_reference"

    def __str__(self) -> str:
        return str(self.value)
