"""Small custom nodes with typed, constrained inputs (runs inside an InvokeAI 6.8 or 6.14 server)."""

import time
from typing import Literal

from invokeai.invocation_api import (
    BaseInvocation,
    FloatOutput,
    ImageField,
    ImageOutput,
    InputField,
    IntegerOutput,
    InvocationContext,
    StringOutput,
    invocation,
)
from PIL import Image


@invocation("ict_sum", title="Test Sum", tags=["test"], category="test", version="1.0.0")
class SumInvocation(BaseInvocation):
    """Adds two small integers."""

    a: int = InputField(default=1, ge=0, le=100, description="The first number (0-100)")
    b: int = InputField(default=2, ge=0, le=100, description="The second number (0-100)")

    def invoke(self, context: InvocationContext) -> IntegerOutput:
        return IntegerOutput(value=self.a + self.b)


@invocation("ict_scale", title="Test Scale", tags=["test"], category="test", version="1.0.0")
class ScaleInvocation(BaseInvocation):
    """Multiplies or divides a number by a factor."""

    value: float = InputField(default=1.0, ge=0, le=10, description="The number (0-10)")
    factor: float = InputField(default=2.0, gt=0, description="The factor (above 0)")
    mode: Literal["multiply", "divide"] = InputField(default="multiply", description="What to do")

    def invoke(self, context: InvocationContext) -> FloatOutput:
        scaled = self.value * self.factor if self.mode == "multiply" else self.value / self.factor
        return FloatOutput(value=scaled)


@invocation("ict_tint", title="Test Tint", tags=["test", "image"], category="test", version="1.0.0")
class TintInvocation(BaseInvocation):
    """Raises one colour channel of an image and saves the result."""

    image: ImageField = InputField(description="The image to tint")
    channel: Literal["red", "green", "blue"] = InputField(default="red", description="The channel")
    strength: float = InputField(default=0.5, ge=0, le=1, description="How much (0-1)")

    def invoke(self, context: InvocationContext) -> ImageOutput:
        picture = context.images.get_pil(self.image.image_name).convert("RGB")
        bands = list(picture.split())
        index = ("red", "green", "blue").index(self.channel)
        bands[index] = bands[index].point(lambda v: round(v + (255 - v) * self.strength))
        return ImageOutput.build(context.images.save(image=Image.merge("RGB", bands)))


@invocation("ict_join", title="Test Join", tags=["test", "string"], category="test", version="1.0.0")
class JoinStringsInvocation(BaseInvocation):
    """Joins a collection of strings."""

    items: list[str] = InputField(default=[], description="The strings")
    separator: str = InputField(default=" ", max_length=5, description="Put between them")

    def invoke(self, context: InvocationContext) -> StringOutput:
        return StringOutput(value=self.separator.join(self.items))


@invocation("ict_wait", title="Test Wait", tags=["test"], category="test", version="1.0.0")
class WaitInvocation(BaseInvocation):
    """Takes ``seconds`` to pass a number through (the fault tests' slow item); stops early when canceled."""

    seconds: float = InputField(default=1.0, ge=0, le=60, description="How long (0-60 s)")
    value: int = InputField(default=0, description="Passed through")

    def invoke(self, context: InvocationContext) -> IntegerOutput:
        deadline = time.monotonic() + self.seconds
        while time.monotonic() < deadline and not context.util.is_canceled():
            time.sleep(min(0.05, max(deadline - time.monotonic(), 0.0)))
        return IntegerOutput(value=self.value)


@invocation("ict_named", title="Test Named Image", tags=["test", "image"], category="test", version="1.0.0")
class NamedImageInvocation(BaseInvocation):
    """Reports an image output under any name it is given, without saving anything: what a careless custom
    node can send (a name with a ``/``), for the client's per-image download rules."""

    name: str = InputField(default="sub/named.png", description="The image name to report")

    def invoke(self, context: InvocationContext) -> ImageOutput:
        return ImageOutput(image=ImageField(image_name=self.name), width=8, height=8)
