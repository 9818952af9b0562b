"""Fuzzing the workflow loader (Hypothesis): any JSON value, and any mutation of a real export, either
loads (and then lists its inputs and builds its batch) or raises a ``WorkflowError`` that says what is
wrong, never another exception. Seeds: the workflow files committed in this repository.

``INVOKEAI_FUZZ_EXAMPLES`` sets the number of examples (CI runs the default; the issue's 20,000-example
run was made with ``INVOKEAI_FUZZ_EXAMPLES=20000``).
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from invokeai_client import InputValueError, WorkflowError
from invokeai_client.workflows import TemplateSet, Workflow

REPO = Path(__file__).resolve().parents[3]
SEED_FILES = sorted(
    [
        *REPO.glob("examples/workflows/*.json"),
        *REPO.glob("tests/live/workflows/*.json"),
        *(REPO / "tests" / "unit" / "workflows" / "fixtures").glob("*.json"),
    ]
)
SEEDS = [json.loads(path.read_text(encoding="utf-8")) for path in SEED_FILES]
EXAMPLES = int(os.environ.get("INVOKEAI_FUZZ_EXAMPLES", "300"))

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["", "invocation", "integer", "StringField", "node-1", "form", "3.0.0", "4.0.0"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=8,
)


def _places(value: Any, trail: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside ``value`` (dict keys and list indexes)."""
    found: list[tuple[Any, ...]] = [trail]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _places(child, (*trail, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _places(child, (*trail, index))
    return found


def _get(value: Any, trail: tuple[Any, ...]) -> Any:
    for step in trail:
        value = value[step]
    return value


@st.composite
def mutated_exports(draw: st.DrawFn) -> Any:
    document = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        places = _places(document)[1:]
        if not places:
            break
        trail = draw(st.sampled_from(places))
        parent, last = _get(document, trail[:-1]), trail[-1]
        action = draw(st.sampled_from(["replace", "replace", "delete", "copy-sibling"]))
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, list) and parent:
            parent.append(copy.deepcopy(draw(st.sampled_from(parent))))
        elif isinstance(parent, dict) and parent:
            parent[last] = copy.deepcopy(parent[draw(st.sampled_from(sorted(parent, key=str)))])
    return document


def _exercise(document: Any, templates: TemplateSet) -> None:
    """Load, list the inputs, build the batch; a ``WorkflowError`` must say something."""
    problem = ""
    try:
        wf = Workflow.load(document, templates)
        for item in wf.inputs:
            str(item)
        wf.to_batch()
    except WorkflowError as exc:
        problem = str(exc) or "(empty)"
    assert problem != "(empty)"


@pytest.mark.parametrize("seed", SEED_FILES, ids=[path.name for path in SEED_FILES])
def test_the_seeds_load(seed: Path, templates: TemplateSet) -> None:
    Workflow.load(seed, templates)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=mutated_exports())
def test_a_mutated_export_loads_or_raises_a_workflow_error(document: Any, templates: TemplateSet) -> None:
    _exercise(document, templates)


@settings(max_examples=max(EXAMPLES // 3, 50), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=json_values)
def test_any_json_value_loads_or_raises_a_workflow_error(document: Any, templates: TemplateSet) -> None:
    _exercise(document, templates)


# The mutations the fuzzing found, and the structural faults it cannot reach, each named where it is wrong.


def _resize(document: dict[str, Any]) -> dict[str, Any]:
    return next(node for node in document["nodes"] if "width" in node["data"].get("inputs", {}))


def _resize_blur_save() -> dict[str, Any]:
    return copy.deepcopy(next(seed for seed in SEEDS if seed.get("name") == "Resize, blur, save"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["form"]["elements"]["nf-width"].__setitem__("type", ["node-field"]), "unknown type"),
        (
            lambda d: _resize(d)["data"]["inputs"]["width"].__setitem__("label", 7),
            "'label' must be a string",
        ),
        (lambda d: d["nodes"][0]["data"].__setitem__("label", {"x": 1}), "'label' must be a string"),
        (lambda d: d["form"]["elements"]["root"].__setitem__("data", "x"), "no list of child ids"),
        (
            lambda d: d["edges"].append({**d["edges"][0], "id": "e-x", "target": "gone"}),
            "'gone', which does not exist",
        ),
        (lambda d: d["edges"][0].__setitem__("sourceHandle", {"a": 1}), "'sourceHandle' must be a string"),
    ],
    ids=[
        "element type a list",
        "input label a number",
        "node label an object",
        "container data a string",
        "dangling edge",
        "handle an object",
    ],
)
def test_a_malformed_export_is_refused_naming_the_place(
    change: Any, message: str, templates: TemplateSet
) -> None:
    document = _resize_blur_save()
    change(document)
    with pytest.raises(WorkflowError, match=message):
        Workflow.load(document, templates)


def test_a_stored_value_out_of_range_is_refused_before_any_request(templates: TemplateSet) -> None:
    document = _resize_blur_save()
    resize = _resize(document)
    resize["data"]["inputs"]["width"]["value"] = 2**64
    wf = Workflow.load(document, templates)
    wf.set("Input image", "x.png")
    with pytest.raises(InputValueError, match="Width") as info:
        wf.to_batch()
    assert info.value.key == f"{resize['id']}.width"


def test_the_stored_value_check_is_kept_across_copies_but_not_past_an_unchecked_change(
    templates: TemplateSet,
) -> None:
    """The check of stored values is remembered (a copy per submit does not rescan); a value stored without
    a check (``set_raw``) is looked at again, in the workflow and in its later copies, and a sweep over the
    bad input lifts the refusal."""
    document = _resize_blur_save()
    key = f"{_resize(document)['id']}.width"
    wf = Workflow.load(document, templates)
    wf.set("Input image", "x.png")
    wf.to_batch()
    wf.copy().to_batch()
    wf.set_raw(key, 2**64)
    for each in (wf, wf.copy(), wf.copy().copy()):
        with pytest.raises(InputValueError, match="Width"):
            each.to_batch()
    swept = wf.copy()
    swept.set_sweep(key, [64, 128])
    assert swept.session_count() == 2
    swept.to_batch()
    wf.set(key, 256)
    wf.copy().to_batch()


def test_a_cycle_in_the_graph_is_refused(templates: TemplateSet) -> None:
    from _wf_builders import edge, node, workflow

    nodes = [node("a", "add", {"a": 1}), node("b", "add", {"a": 2})]
    wf = Workflow.load(
        workflow(nodes, [edge("a", "value", "b", "b"), edge("b", "value", "a", "b")]), templates
    )
    with pytest.raises(WorkflowError, match=r"cycle \((a -> b -> a|b -> a -> b)\)"):
        wf.to_batch()


@pytest.mark.parametrize(
    ("field", "stored", "rule"),
    [
        # InvokeAI 3.x stored models so; 6.x servers refuse it at run time
        ("model", {"model_name": "sdxl", "base_model": "sdxl", "model_type": "main"}, "model identifier"),
        ("scheduler", "no-such-scheduler", "must be one of ["),
        ("steps", 0, "must be > 0"),
    ],
)
def test_every_stored_value_is_checked_before_any_request(field: str, stored: Any, rule: str) -> None:
    """Values kept in the file (not set through the SDK) are checked as the server would check them: the
    error names the node, the field and the rule, and nothing is built."""
    from _wf_builders import templates as bundled
    from _wf_builders import text_to_image

    document = text_to_image()
    node_id = "loader" if field == "model" else "denoise"
    target = next(n for n in document["nodes"] if n["id"] == node_id)
    target["data"]["inputs"][field]["value"] = stored
    wf = Workflow.load(document, bundled())
    with pytest.raises(InputValueError) as info:
        wf.to_batch()
    assert info.value.key == f"{node_id}.{field}"
    assert rule in info.value.rule
