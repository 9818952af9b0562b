"""Where downloads go: one file per distinct name, never two names on one file, never over a file that
was there before unless asked (pure; ``_image_io`` writes the files).

Server names are made safe first (``safe_filename``), and different names can become the same file name
(``a/b.png`` and ``a_b.png``; ``x:y`` and ``x?y``; two long names cut to the same 255 bytes; ``A.png`` and
``a.png`` on a case-insensitive disk). Each name after the first to claim a file name, and each name whose
file already exists (unless ``overwrite``), gets a numbered one: ``a_b-2.png``, ``a_b-3.png`` …
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ._image_io import MAX_NAME_BYTES, safe_filename

MAX_NUMBER = 100_000  # a bound on the search for a free numbered name


def numbered(name: str, number: int) -> str:
    """``name`` with ``-number`` before its extension, cut to fit the file-name limit."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > 16:
        stem, extension = name, ""
    suffix = f"-{number}" + (f".{extension}" if extension else "")
    budget = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore") + suffix


def file_names(names: Sequence[str], taken: Collection[str] = ()) -> list[str]:
    """A distinct, safe file name for each entry of ``names``, in order (a repeated entry gets a new file:
    callers merge repeats of one image first).

    Args:
        names: what to name the files after (image names …), each made safe.
        taken: file names not to use (those already in the folder, unless they may be replaced); compared
            ignoring case, as on macOS and Windows disks.
    """
    used = {name.casefold() for name in taken}
    chosen: list[str] = []
    for name in names:
        candidate = safe_filename(name)
        number = 1
        while candidate.casefold() in used:
            number += 1
            if number > MAX_NUMBER:
                raise ValueError(f"no free file name for {name!r}")
            candidate = numbered(safe_filename(name), number)
        used.add(candidate.casefold())
        chosen.append(candidate)
    return chosen
