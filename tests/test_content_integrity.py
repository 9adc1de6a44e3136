"""Pages, snippets and the catalog snapshot agree: no orphans, no unknown ids, no level drift."""

import re

from tests.conftest import catalog, doc_pages
from tests.snippet_runner import SNIPPETS, snippet_paths


def cells_on_pages() -> dict[str, str]:
    """snippet path -> the page whose cell uses it."""
    used = {}
    for path, page in doc_pages():
        for q in page.questions:
            for cell in q.cells:
                used[cell.snippet] = path
    return used


def test_every_cell_names_an_existing_snippet():
    missing = [f"{page}: {s}" for s, page in cells_on_pages().items() if not (SNIPPETS / s).is_file()]
    assert not missing, "cells name missing snippets:\n" + "\n".join(missing)


def test_every_snippet_is_used_by_a_page():
    used = cells_on_pages()
    orphans = [p.relative_to(SNIPPETS).as_posix() for p in snippet_paths() if p.relative_to(SNIPPETS).as_posix() not in used]
    assert not orphans, "snippets that no page shows (delete them or add a cell):\n" + "\n".join(orphans)


def test_every_recording_belongs_to_a_snippet():
    strays = [
        p.relative_to(SNIPPETS).as_posix()
        for p in SNIPPETS.rglob("*")
        if p.suffix in (".out", ".png") and not p.with_suffix(".py").exists()
    ]
    assert not strays, f"recordings without a snippet: {strays}"


def test_snippet_names_follow_their_question():
    owners = {cell.snippet: q.id for _, page in doc_pages() for q in page.questions for cell in q.cells}
    wrong = [
        f"{snippet} is shown under {qid}"
        for snippet, qid in owners.items()
        if not re.fullmatch(rf"{re.escape(qid)}(-[a-z0-9]+)?", snippet.split("/")[-1][:-3])
    ]
    assert not wrong, "snippets are named <question-id>.py or <question-id>-<suffix>.py:\n" + "\n".join(wrong)


def test_question_ids_and_levels_are_in_the_catalog_snapshot():
    planned = catalog()
    problems = []
    for path, page in doc_pages():
        for q in page.questions:
            if q.id not in planned:
                problems.append(f"{path}:{q.line}: '{q.id}' is not in the catalog snapshot")
            elif planned[q.id]["level"] != q.level:
                problems.append(f"{path}:{q.line}: '{q.id}' is {q.level} here, {planned[q.id]['level']} in the catalog")
    assert not problems, "\n".join(problems)
