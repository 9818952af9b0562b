"""A server's node templates, and how a Python value becomes a field's value.

[`TemplateSet`][invokeai_client.templates.TemplateSet] reads the ``class: "invocation"`` schemas of a
server's OpenAPI document into templates (a [`FieldTemplate`][invokeai_client.templates.FieldTemplate] per
input and output of an [`InvocationTemplate`][invokeai_client.templates.InvocationTemplate]), by the GUI's
rules. Each field is handled by a [`FieldKind`][invokeai_client.templates.FieldKind]
([`kind_for`][invokeai_client.templates.kind_for]): it checks a Python value against the template and
turns it into the instance JSON the GUI would store; custom node packs register their own
([`register_field_kind`][invokeai_client.templates.register_field_kind]).

Workflows (``invokeai_client.workflows``) and graphs written in Python (``invokeai_client.graph``) both
type their fields with this package. It does no I/O: the document comes from the server, or from the copy
bundled with the SDK for each supported version (``TemplateSet.bundled``).

::

    from invokeai_client.templates import TemplateSet, ValueContext, kind_for

    templates = TemplateSet.from_openapi(openapi_document)
    width = templates["noise"].inputs["width"]
    kind_for(width).coerce(1024, width, ValueContext.from_templates(templates))
"""

from ._kind import ABSENT, FieldKind, ValueContext, ValueRuleError, parse_json, type_name_of
from ._model import NO_CONSTRAINTS, Cardinality, Constraints, FieldTemplate, InvocationTemplate
from ._registry import CONNECTION, kind_for, register_field_kind
from ._scalars import SCHEDULER_NAMES
from ._schema import start_case
from ._schemaless import infer_field_template
from ._set import TemplateSet

__all__ = [
    "ABSENT",
    "CONNECTION",
    "NO_CONSTRAINTS",
    "SCHEDULER_NAMES",
    "Cardinality",
    "Constraints",
    "FieldKind",
    "FieldTemplate",
    "InvocationTemplate",
    "TemplateSet",
    "ValueContext",
    "ValueRuleError",
    "infer_field_template",
    "kind_for",
    "parse_json",
    "register_field_kind",
    "start_case",
    "type_name_of",
]
