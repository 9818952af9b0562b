"""Which images a job produced: map a queue item's session, or a live event, to typed records (no I/O).

::

    from invokeai_client.outputs import map_queue_item

    item = client.queue.get_item(item_id)
    templates = client.workflows.templates()
    for image in map_queue_item(item, templates, form_inputs=workflow.inputs):
        if image.is_final:
            print(image.source_node_id, image.image_name, image.board_id, image.form_index)
"""

from ._manifest import RowSource, manifest_records
from ._mapping import (
    PASS_THROUGH_TYPES,
    FormInputLike,
    OutputImage,
    image_output_fields,
    map_invocation_complete,
    map_outputs,
    map_queue_item,
)
from ._saved import SavedImage

__all__ = [
    "PASS_THROUGH_TYPES",
    "FormInputLike",
    "OutputImage",
    "RowSource",
    "SavedImage",
    "image_output_fields",
    "manifest_records",
    "map_invocation_complete",
    "map_outputs",
    "map_queue_item",
]
