"""An upgrade report as Markdown: each section's changes, and the facade methods they may touch."""

from __future__ import annotations

from ._diff import Changes, Report, iter_sections
from ._methods import methods_using

MAX_LISTED = 400  # names per list before "… and N more"


def affected_methods(report: Report) -> dict[str, list[str]]:
    """Facade method -> why it may be touched: the removed or changed operations it uses."""
    reasons: dict[str, list[str]] = {}
    for route in report.operations.removed:
        for method in methods_using(route):
            reasons.setdefault(method, []).append(f"{route} removed")
    for route, notes in report.operations.changed.items():
        for method in methods_using(route):
            reasons.setdefault(method, []).append(f"{route}: {'; '.join(notes)}")
    return dict(sorted(reasons.items()))


def _names(names: list[str]) -> str:
    shown = ", ".join(f"`{name}`" for name in names[:MAX_LISTED])
    more = len(names) - MAX_LISTED
    return shown + (f" … and {more} more" if more > 0 else "")


def _section(title: str, changes: Changes, *, with_methods: bool) -> list[str]:
    counts = f"{len(changes.added)} added, {len(changes.removed)} removed, {len(changes.changed)} changed"
    lines = [f"### {title} ({counts})", ""]
    if changes.empty:
        return [*lines, "No change.", ""]
    if changes.added:
        lines += [f"- **Added** ({len(changes.added)}): {_names(changes.added)}"]
    for name in changes.removed:
        users = methods_using(name) if with_methods else []
        used = f" — used by {', '.join(f'`{m}`' for m in users)}" if users else ""
        lines.append(f"- **Removed** `{name}`{used}")
    for name, notes in changes.changed.items():
        users = methods_using(name) if with_methods else []
        used = f" — used by {', '.join(f'`{m}`' for m in users)}" if users else ""
        lines.append(f"- **Changed** `{name}`: {'; '.join(notes)}{used}")
    return [*lines, ""]


def render_markdown(report: Report) -> str:
    """The whole report, with a closing list of the facade methods a user should re-test."""
    lines = [f"## InvokeAI {report.old} → {report.new}", ""]
    for title, changes in iter_sections(report):
        lines += _section(title, changes, with_methods=title == "Operations")
    affected = affected_methods(report)
    lines += [f"### SDK methods that may be affected ({len(affected)})", ""]
    lines += [f"- `{method}`: {' / '.join(why)}" for method, why in affected.items()] or ["None."]
    return "\n".join(lines) + "\n"
