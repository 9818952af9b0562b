"""Run GUI workflows from Python: load an export, set typed inputs, build the exact ``enqueue_batch`` body.

This package does no I/O (except reading a workflow file when given a path); the resource layer fetches
templates, models and workflows from a server and hands them over.

::

    from invokeai_client.workflows import TemplateSet, Workflow

    templates = TemplateSet.from_openapi(openapi_document)  # build once per server version
    wf = Workflow.load("my-workflow.json", templates)
    for record in wf.inputs:
        print(record.index, record.label, record.kind, record.value)
    wf.set("Positive Prompt", "a lighthouse at dusk")
    wf.set_sweep("noise.seed", [1, 2, 3])
    body = wf.to_batch(runs=1)  # POST /api/v1/queue/default/enqueue_batch
"""

from ..errors import (
    AmbiguousInputError,
    BatchDataError,
    InputConnectedError,
    InputDriftError,
    InputNotFoundError,
    InputValueError,
    MissingInputError,
    ModelResolutionError,
    PreflightError,
    RowError,
    TemplateError,
    UnknownNodeTypeError,
    UnsupportedGeneratorError,
    WorkflowError,
    WorkflowFormatError,
)

# The templates' names are theirs (invokeai_client.templates); the ones a workflow script uses are
# re-exported here, as the errors are, so that one import serves a script.
from ..templates import (
    SCHEDULER_NAMES,
    Cardinality,
    Constraints,
    FieldKind,
    FieldTemplate,
    InvocationTemplate,
    TemplateSet,
    ValueContext,
    kind_for,
    register_field_kind,
)
from ._batch_data import SEED_MAX, Sweep, seed_values, session_count
from ._batch_values import RowTable
from ._definition import WorkflowDefinition, json_copy
from ._form import check_form
from ._graph import (
    BATCH_NODE_TYPES,
    GENERATOR_NODE_TYPES,
    board_graph_value,
    build_enqueue_body,
    build_graph,
    through_connectors,
)
from ._index_map import InputDrift, diff_index_maps
from ._input_record import InputSource, WorkflowInput
from ._inputs import InputRef, InputValues, Sweeps
from ._loading import (
    SUPPORTED_SCHEMA_VERSIONS,
    WorkflowSource,
    load_definition,
    parse_workflow_json,
    read_workflow_file,
)
from ._model_sync import ModelChange, ModelReference, ModelResolver, find_model_references
from ._preflight_report import PreflightIssue, PreflightReport, Severity
from ._rows import Row, read_rows
from ._workflow import Workflow, prepared_batch

__all__ = [
    "BATCH_NODE_TYPES",
    "GENERATOR_NODE_TYPES",
    "SCHEDULER_NAMES",
    "SEED_MAX",
    "SUPPORTED_SCHEMA_VERSIONS",
    "AmbiguousInputError",
    "BatchDataError",
    "Cardinality",
    "Constraints",
    "FieldKind",
    "FieldTemplate",
    "InputConnectedError",
    "InputDrift",
    "InputDriftError",
    "InputNotFoundError",
    "InputRef",
    "InputSource",
    "InputValueError",
    "InputValues",
    "InvocationTemplate",
    "MissingInputError",
    "ModelChange",
    "ModelReference",
    "ModelResolutionError",
    "ModelResolver",
    "PreflightError",
    "PreflightIssue",
    "PreflightReport",
    "Row",
    "RowError",
    "RowTable",
    "Severity",
    "Sweep",
    "Sweeps",
    "TemplateError",
    "TemplateSet",
    "UnknownNodeTypeError",
    "UnsupportedGeneratorError",
    "ValueContext",
    "Workflow",
    "WorkflowDefinition",
    "WorkflowError",
    "WorkflowFormatError",
    "WorkflowInput",
    "WorkflowSource",
    "board_graph_value",
    "build_enqueue_body",
    "build_graph",
    "check_form",
    "diff_index_maps",
    "find_model_references",
    "json_copy",
    "kind_for",
    "load_definition",
    "parse_workflow_json",
    "prepared_batch",
    "read_rows",
    "read_workflow_file",
    "register_field_kind",
    "seed_values",
    "session_count",
    "through_connectors",
]
