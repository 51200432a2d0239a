from enum import StrEnum


class QualificationTypeEnum(StrEnum):
    BSL = "bsl"
    ENTRY_LEVEL_3 = "entry_level_3"
    FUNCTIONAL_SKILLS = "functional_skills"
    GCSE = "gcse"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
