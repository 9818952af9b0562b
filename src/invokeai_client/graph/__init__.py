"""Graphs written in Python: typed node classes, wired by their outputs, run like GUI workflows.

The node classes are generated from each server version's OpenAPI document (``invokeai_client.nodes`` is the
newest version's; ``invokeai-client nodes --url URL -o FILE.py`` writes a live server's, custom nodes
included). A [`Graph`][invokeai_client.graph.Graph] collects them; ``client.workflows.submit(graph)`` runs it, and
``graph.to_workflow()`` opens it in the GUI's workflow editor.
"""

from ._codegen import render_module, server_version_of
from ._connect import connectable
from ._graph import Exposed, Graph
from ._handles import BoardValue, ColorValue, FieldType, ImageValue, ModelValue, Output, VideoValue
from ._node import Node, field, fields
from ._transpile import Transpiled, to_python

__all__ = [
    "BoardValue",
    "ColorValue",
    "Exposed",
    "FieldType",
    "Graph",
    "ImageValue",
    "ModelValue",
    "Node",
    "Output",
    "Transpiled",
    "VideoValue",
    "connectable",
    "field",
    "fields",
    "render_module",
    "server_version_of",
    "to_python",
]
