from typing import Literal

ESRGANInvocationModelName = Literal[
    "ESRGAN_SRx4_DF2KOST_official-ff704c30.pth",
    "RealESRGAN_x2plus.pth",
    "RealESRGAN_x4plus.pth",
    "RealESRGAN_x4plus_anime_6B.pth",
]

ESRGAN_INVOCATION_MODEL_NAME_VALUES: set[ESRGANInvocationModelName] = {
    "ESRGAN_SRx4_DF2KOST_official-ff704c30.pth",
    "RealESRGAN_x2plus.pth",
    "RealESRGAN_x4plus.pth",
    "RealESRGAN_x4plus_anime_6B.pth",
}


def check_esrgan_invocation_model_name(value: str) -> ESRGANInvocationModelName:
    if value in ESRGAN_INVOCATION_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ESRGAN_INVOCATION_MODEL_NAME_VALUES!r}")
