from typing import Literal

MetadataItemLinkedInvocationLabel = Literal[
    "* CUSTOM LABEL *",
    "cfg_rescale_multiplier",
    "cfg_scale",
    "cfg_scale_end_step",
    "cfg_scale_start_step",
    "clip_skip",
    "guidance",
    "height",
    "model",
    "negative_prompt",
    "negative_style_prompt",
    "positive_prompt",
    "positive_style_prompt",
    "scheduler",
    "seamless_x",
    "seamless_y",
    "seed",
    "steps",
    "vae",
    "width",
]

METADATA_ITEM_LINKED_INVOCATION_LABEL_VALUES: set[MetadataItemLinkedInvocationLabel] = {
    "* CUSTOM LABEL *",
    "cfg_rescale_multiplier",
    "cfg_scale",
    "cfg_scale_end_step",
    "cfg_scale_start_step",
    "clip_skip",
    "guidance",
    "height",
    "model",
    "negative_prompt",
    "negative_style_prompt",
    "positive_prompt",
    "positive_style_prompt",
    "scheduler",
    "seamless_x",
    "seamless_y",
    "seed",
    "steps",
    "vae",
    "width",
}


def check_metadata_item_linked_invocation_label(value: str) -> MetadataItemLinkedInvocationLabel:
    if value in METADATA_ITEM_LINKED_INVOCATION_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_ITEM_LINKED_INVOCATION_LABEL_VALUES!r}")
