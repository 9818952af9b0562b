"""``VideoField`` inputs (the 6.14 Wan video workflows): a video by name on 6.14, by id on 6.8."""

from __future__ import annotations

import pytest
from _wf_builders import workflow

from invokeai_client.templates._kind import ValueContext
from invokeai_client.workflows import InputValueError, TemplateSet, Workflow


def video_node(node_id: str = "v") -> dict[str, object]:
    return {
        "id": node_id,
        "type": "invocation",
        "position": {"x": 0, "y": 0},
        "data": {
            "id": node_id,
            "type": "video",
            "version": "1.0.0",
            "nodePack": "invokeai",
            "label": "",
            "notes": "",
            "isOpen": True,
            "isIntermediate": True,
            "useCache": True,
            "inputs": {"video": {"name": "video", "label": "Clip", "description": ""}},
        },
    }


def test_each_server_names_videos_its_own_way() -> None:
    assert ValueContext.from_templates(TemplateSet.bundled("6.14.2")).video_key == "video_name"
    assert ValueContext.from_templates(TemplateSet.bundled("6.8.1")).video_key == "video_id"


def test_a_video_input_takes_a_name_a_dict_or_a_record() -> None:
    wf = Workflow.load(workflow([video_node()], exposed=[("v", "video")]), TemplateSet.bundled("6.14.2"))
    (clip,) = wf.inputs
    assert clip.kind == "video"
    wf.set("Clip", "a1b2.mp4")
    assert wf.input("Clip").value == {"video_name": "a1b2.mp4"}
    wf.set("v.video", {"video_name": "c3.mp4"})
    assert wf.to_batch()["batch"]["graph"]["nodes"]["v"]["video"] == {"video_name": "c3.mp4"}
    with pytest.raises(InputValueError, match="video_id"):
        wf.set("Clip", {"video_id": "old-style"})  # a 6.8 reference on a 6.14 server
    with pytest.raises(InputValueError, match="empty"):
        wf.set("Clip", " ")
