"""Field kinds of structured values: images, boards and models (references to server objects), and colours."""

from __future__ import annotations

import numbers
import os
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .._constants import UNCATEGORIZED
from ._kind import FieldKind, ValueContext, ValueRuleError, parse_json, type_name_of
from ._model import FieldTemplate

__all__ = ["MODEL_KEYS", "BoardKind", "ColorKind", "ImageKind", "ModelKind", "VideoKind"]


def _attr_or_key(value: Any, name: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(name)
    return getattr(value, name, None)


class ImageKind(FieldKind):
    """ImageField: an image name, ``{"image_name": …}`` or an object with ``image_name`` (an image DTO)."""

    name = "image"
    sweepable = True

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, os.PathLike):
            raise ValueRuleError(
                "is a local path; upload the file first (client.images.upload) and give the image name"
            )
        image_name = value if isinstance(value, str) else _attr_or_key(value, "image_name")
        if not isinstance(image_name, str):
            raise ValueRuleError(f"must be an image name or {{'image_name': …}}, not {type_name_of(value)}")
        if not image_name.strip():
            raise ValueRuleError("the image name must not be empty")
        return {"image_name": image_name}


class VideoKind(FieldKind):
    """VideoField: a video's name (6.14; its id on 6.8), ``{"video_name": …}`` / ``{"video_id": …}`` or an object
    with one of those (a video record). Stored under the key the server's ``VideoField`` has."""

    name = "video"
    sweepable = True

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, os.PathLike):
            raise ValueRuleError(
                "is a local path; upload the file first (client.videos.upload) and give its name"
            )
        if isinstance(value, str):
            reference = value
        else:
            reference = _attr_or_key(value, ctx.video_key)
            if reference is None:
                other = "video_id" if ctx.video_key == "video_name" else "video_name"
                if _attr_or_key(value, other) is not None:
                    raise ValueRuleError(
                        f"names the video by {other!r}, but this server's VideoField takes {ctx.video_key!r}"
                    )
        if not isinstance(reference, str):
            raise ValueRuleError(
                f"must be a video name or {{{ctx.video_key!r}: …}}, not {type_name_of(value)}"
            )
        if not reference.strip():
            raise ValueRuleError("the video reference must not be empty")
        return {ctx.video_key: reference}


class BoardKind(FieldKind):
    """BoardField: ``"auto"``, ``None``/``"none"`` (uncategorized), a board id, ``{"board_id": …}`` or an
    object with ``board_id``. Stored as the GUI stores it: ``"auto"``, ``"none"`` or ``{"board_id": id}``."""

    name = "board"

    def coerce(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if value is None:
            return UNCATEGORIZED
        return self.coerce_item(value, field, ctx)

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        board_id = value if isinstance(value, str) else _attr_or_key(value, "board_id")
        if not isinstance(board_id, str):
            raise ValueRuleError(f"must be 'auto', 'none', None or a board id, not {type_name_of(value)}")
        if not board_id.strip():
            raise ValueRuleError("the board id must not be empty")
        if board_id in ("auto", UNCATEGORIZED) and isinstance(value, str):
            return board_id
        if board_id == UNCATEGORIZED:
            return UNCATEGORIZED
        return {"board_id": board_id}


MODEL_KEYS = ("key", "hash", "name", "base", "type")


class ModelKind(FieldKind):
    """ModelIdentifierField: an object or dict with non-empty ``key``, ``hash``, ``name``, ``base``, ``type``
    (plus optional ``submodel_type``); base and type must be server enums and allowed by the template."""

    name = "model"

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        out: dict[str, Any] = {}
        for key in MODEL_KEYS:
            part = _attr_or_key(value, key)
            part = getattr(part, "value", part)  # enum members of generated models
            if not isinstance(part, str) or not part:
                raise ValueRuleError(
                    f"must be a model identifier with non-empty string {', '.join(MODEL_KEYS)}; "
                    f"{key!r} is {part!r}"
                )
            out[key] = part
        submodel = _attr_or_key(value, "submodel_type")
        submodel = getattr(submodel, "value", submodel)
        if submodel is not None:
            if not isinstance(submodel, str):
                raise ValueRuleError(f"submodel_type must be a string or null, not {type_name_of(submodel)}")
            out["submodel_type"] = submodel
        if ctx.model_bases is not None and out["base"] not in ctx.model_bases:
            raise ValueRuleError(f"base {out['base']!r} is not a base model type of this server")
        if ctx.model_types is not None and out["type"] not in ctx.model_types:
            raise ValueRuleError(f"type {out['type']!r} is not a model type of this server")
        if field.ui_model_base and out["base"] not in field.ui_model_base:
            raise ValueRuleError(f"base must be one of {list(field.ui_model_base)}, not {out['base']!r}")
        if field.ui_model_type and out["type"] not in field.ui_model_type:
            raise ValueRuleError(f"type must be one of {list(field.ui_model_type)}, not {out['type']!r}")
        return out

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        return parse_json(text, "a model identifier as a JSON object")


_HEX_COLOR = re.compile(r"#?([0-9a-fA-F]{6})([0-9a-fA-F]{2})?")


def _channel(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueRuleError(f"colour channel {name} must be an integer 0-255, not {value!r}")
    number = int(value)
    if not 0 <= number <= 255:
        raise ValueRuleError(f"colour channel {name} must be within 0-255, not {number}")
    return number


class ColorKind(FieldKind):
    """ColorField: ``(r, g, b[, a])``, ``{"r", "g", "b"[, "a"]}`` or hex ``"#rrggbb[aa]"``; channels 0-255,
    alpha 255 when omitted."""

    name = "color"

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, str):
            match = _HEX_COLOR.fullmatch(value.strip())
            if match is None:
                raise ValueRuleError("a colour string must be hex '#rrggbb' or '#rrggbbaa'")
            digits = match.group(1) + (match.group(2) or "ff")
            r, g, b, a = (int(digits[i : i + 2], 16) for i in range(0, 8, 2))
            return {"r": r, "g": g, "b": b, "a": a}
        if isinstance(value, Mapping):
            unknown = set(value) - {"r", "g", "b", "a"}
            if unknown or not {"r", "g", "b"} <= set(value):
                raise ValueRuleError("a colour object must have keys r, g, b and optionally a")
            channels = [value["r"], value["g"], value["b"], value.get("a", 255)]
        elif isinstance(value, Sequence) and len(value) in (3, 4):
            channels = [*value, 255] if len(value) == 3 else list(value)
        else:
            raise ValueRuleError(f"must be (r, g, b[, a]), a dict or a hex string, not {type_name_of(value)}")
        r, g, b, a = (_channel(v, n) for v, n in zip(channels, "rgba", strict=True))
        return {"r": r, "g": g, "b": b, "a": a}

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        stripped = text.strip()
        if stripped.startswith(("{", "[")):
            return parse_json(stripped, "a colour")
        if "," in stripped:
            try:
                return tuple(int(part) for part in stripped.split(","))
            except ValueError:
                raise ValueRuleError(f"{text!r} is not 'r,g,b[,a]'") from None
        return stripped
