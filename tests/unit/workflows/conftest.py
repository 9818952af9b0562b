from __future__ import annotations

import pytest
from _wf_builders import templates as _templates

from invokeai_client.workflows import TemplateSet


@pytest.fixture(scope="session")
def templates() -> TemplateSet:
    """The templates of the committed InvokeAI 6.8.1 OpenAPI document."""
    return _templates()
