"""Upgrade reports: what changed between two InvokeAI OpenAPI documents, and which SDK methods it touches.

    from invokeai_client.compat import compare, render_markdown
    print(render_markdown(compare(old_doc, new_doc, old_name="6.8.1", new_name="6.14.2")))

``invokeai-client compat OLD.json NEW.json`` prints the same; ``make compat`` writes the report for the two
newest documents in ``openapi/`` into ``docs/compatibility.md``.
"""

from ._diff import Changes, Report, compare
from ._render import affected_methods, render_markdown

__all__ = ["Changes", "Report", "affected_methods", "compare", "render_markdown"]
