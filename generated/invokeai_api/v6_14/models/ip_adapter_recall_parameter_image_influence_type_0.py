from typing import Literal

IPAdapterRecallParameterImageInfluenceType0 = Literal["high", "highest", "low", "lowest", "medium"]

IP_ADAPTER_RECALL_PARAMETER_IMAGE_INFLUENCE_TYPE_0_VALUES: set[IPAdapterRecallParameterImageInfluenceType0] = {
    "high",
    "highest",
    "low",
    "lowest",
    "medium",
}


def check_ip_adapter_recall_parameter_image_influence_type_0(value: str) -> IPAdapterRecallParameterImageInfluenceType0:
    if value in IP_ADAPTER_RECALL_PARAMETER_IMAGE_INFLUENCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IP_ADAPTER_RECALL_PARAMETER_IMAGE_INFLUENCE_TYPE_0_VALUES!r}"
    )
