from typing import Literal

IPAdapterRecallParameterMethodType0 = Literal["composition", "full", "style"]

IP_ADAPTER_RECALL_PARAMETER_METHOD_TYPE_0_VALUES: set[IPAdapterRecallParameterMethodType0] = {
    "composition",
    "full",
    "style",
}


def check_ip_adapter_recall_parameter_method_type_0(value: str) -> IPAdapterRecallParameterMethodType0:
    if value in IP_ADAPTER_RECALL_PARAMETER_METHOD_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IP_ADAPTER_RECALL_PARAMETER_METHOD_TYPE_0_VALUES!r}")
