"""The site's questions, collected from every page: checks across pages, the index page, the JSON.

Pure functions over parsed pages (page_format.Page); the question_index hook
feeds them the docs and writes what they return.
"""

import dataclasses
import json

from page_format import ContentError, Page, Question


@dataclasses.dataclass(frozen=True)
class Entry:
    question: Question
    page: Page
    url: str  # the page's URL relative to the site root, e.g. "neural-networks/activation-functions/"

    @property
    def theme(self) -> str:
        return self.page.path.split("/")[0]


@dataclasses.dataclass
class QuestionIndex:
    entries: dict[str, Entry]  # by question id, in reading order
    theme_titles: dict[str, str]  # theme folder -> title of its index page


def meta_description(short_answer: str) -> str:
    """A short answer as a page description: TeX delimiters dropped, and no double quotes,
    which Material's template puts into an attribute without escaping."""
    return short_answer.replace("$", "").replace('"', "'")


def collect(pages: list[tuple[Page, str]], theme_titles: dict[str, str]) -> QuestionIndex:
    """Index every question of pages (each with its URL); a duplicate id is a ContentError."""
    entries: dict[str, Entry] = {}
    for page, url in pages:
        for q in page.questions:
            if q.id in entries:
                first = entries[q.id]
                raise ContentError(
                    page.path, q.line,
                    f"duplicate question id '{q.id}': already used at {first.page.path}:"
                    f"{first.question.line}; ids are unique site-wide, pick another",
                )
            entries[q.id] = Entry(q, page, url)
    return QuestionIndex(entries, theme_titles)


def in_reading_order(index: QuestionIndex, page_order: list[str]) -> QuestionIndex:
    """The same index with pages in the navigation's reading order (pages not in it last)."""
    rank = {path: i for i, path in enumerate(page_order)}
    entries = sorted(index.entries.values(), key=lambda e: rank.get(e.page.path, len(rank)))  # stable
    return QuestionIndex({e.question.id: e for e in entries}, index.theme_titles)


def _grouped(index: QuestionIndex) -> dict[str, dict[str, list[Entry]]]:
    groups: dict[str, dict[str, list[Entry]]] = {}
    for entry in index.entries.values():
        groups.setdefault(entry.theme, {}).setdefault(entry.page.path, []).append(entry)
    return groups


def index_page_markdown(index: QuestionIndex, planned: int) -> str:
    """The /questions/ page: every question, grouped by theme and page, with its level."""
    lines = [
        "---",
        "title: Question index",
        "search:",
        "  exclude: true",  # it lists every question and would outrank the answers
        "---",
        "",
        "# Question index",
        "",
        f"Every question answered on the site: {len(index.entries)} so far, out of {planned} planned. "
        "Each links to its full answer; the level says how deep it goes.",
        "",
        # Marks the page for docs/assets/questions.js, which adds the filters.
        '<div data-question-index></div>',
        "",
    ]
    for theme, pages in _grouped(index).items():
        lines += [f"## {index.theme_titles.get(theme, theme)}", ""]
        for path, entries in pages.items():
            lines += [f"### [{entries[0].page.title}]({path})", ""]
            for e in entries:
                q = e.question
                lines.append(
                    f'- [{q.question}]({path}#{q.id}) <span class="level-badge level-badge--{q.level}">{q.level}</span>'
                )
            lines.append("")
    return "\n".join(lines)


def questions_json(index: QuestionIndex, in_browser: dict[str, bool]) -> str:
    """site/questions.json: one object per question. in_browser maps snippet path -> runs in browser."""
    records = []
    for e in index.entries.values():
        q = e.question
        cells = [c.snippet for c in q.cells]
        records.append({
            "id": q.id,
            "question": q.question,
            "level": q.level,
            "theme": e.theme,
            "theme_title": index.theme_titles.get(e.theme, e.theme),
            "page": e.page.title,
            "url": f"{e.url}#{q.id}",
            "short_answer": q.short_answer,
            "also_asked": q.also_asked,
            "cells": cells,
            "runs_in_browser": bool(cells) and all(in_browser[c] for c in cells),
        })
    return json.dumps(records, indent=1, ensure_ascii=False) + "\n"
