from enum import StrEnum


class SamplingMethod(StrEnum):
    SAMPLING_METHOD_UNSPECIFIED = "SAMPLING_METHOD_UNSPECIFIED"
    UNIFORM = "UNIFORM"

    def __str__(self) -> str:
        return str(self.value)
