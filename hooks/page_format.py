"""Parse and check the page format of CONTRIBUTING.md: questions, their parts, cells.

Pure functions over a page's source text. Every problem is reported as a
ContentError naming the file, the line and what to do.
"""

import dataclasses
import re

import yaml

LEVELS = ("basic", "intermediate", "advanced")
# Admonition types a page may use: the fixed parts of an answer, plus Material's own.
ANSWER_PARTS = ("key-points", "follow-up", "exercise", "solution", "also-asked")
MATERIAL_TYPES = (
    "note", "abstract", "info", "tip", "success", "question", "warning",
    "failure", "danger", "bug", "example", "quote",
)
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
CELL_INFO = re.compile(r'^\s*python\s+cell="(?P<path>[^"]+)"\s*$')
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*$")
HEADING_ATTRS = re.compile(r"\{(?P<attrs>[^{}]*)\}\s*$")
ADMONITION = re.compile(r"^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s+(?P<type>[\w-]+)")
UNTESTED_CODE_INFO = re.compile(r"^\s*\{?\s*\.?(python|py|pycon|python3)\b")
MATH_IN_TEXT = re.compile(r"(?<!\\)\$|\\\(|\\\[")


@dataclasses.dataclass
class ContentError(Exception):
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclasses.dataclass(frozen=True)
class Cell:
    snippet: str  # path under snippets/, e.g. "neural-networks/nn-dead-relu.py"
    line: int  # 1-based line of the opening fence
    indent: str
    end_line: int  # 1-based line of the closing fence


@dataclasses.dataclass
class Question:
    id: str
    question: str
    level: str
    line: int
    short_answer: str = ""
    has_key_points: bool = False
    also_asked: list[str] = dataclasses.field(default_factory=list)
    cells: list[Cell] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Page:
    path: str
    title: str
    meta: dict
    questions: list[Question]


def split_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Return the front matter as a dict and the number of lines it takes."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, 0
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            break
    else:
        raise ContentError(path, 1, "front matter opened with '---' is never closed: add a '---' line")
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = 2 + mark.line if mark else 1
        problem = getattr(err, "problem", None) or str(err)
        raise ContentError(path, line, f"front matter is not valid YAML ({problem})") from None
    if not isinstance(meta, dict):
        raise ContentError(path, 2, "front matter must be a YAML mapping such as 'title: My page'")
    return meta, end + 1


def code_mask(lines: list[str]) -> list[str]:
    """For each line: "" for text, "open" for a fence that opens a code block, "code" inside one."""
    mask = [""] * len(lines)
    open_fence = None
    for i, line in enumerate(lines):
        if open_fence is None:
            m = FENCE_OPEN.match(line)
            if m:
                open_fence = m.group("fence")
                mask[i] = "open"
        else:
            mask[i] = "code"
            stripped = line.strip()
            if stripped.startswith(open_fence) and set(stripped) == {open_fence[0]}:
                open_fence = None
    return mask


def find_cells(lines: list[str], path: str, first_line: int = 1) -> list[Cell]:
    """Every cell fence in lines (not those shown inside code blocks); its body must be empty."""
    cells = []
    for i, state in enumerate(code_mask(lines)):
        m = FENCE_OPEN.match(lines[i]) if state == "open" else None
        if not m or not CELL_INFO.match(m.group("info")):
            continue
        closing = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if closing != m.group("fence"):
            raise ContentError(
                path, first_line + i,
                "a cell fence must be empty: the code lives in the snippet file; "
                f"close the fence on the next line with {m.group('fence')}",
            )
        path_in_snippets = CELL_INFO.match(m.group("info")).group("path")
        cells.append(Cell(path_in_snippets, first_line + i, m.group("indent"), first_line + i + 1))
    return cells


def parse_heading(text: str) -> tuple[str, str | None, list[str]]:
    """Split heading text into (title, id, classes)."""
    m = HEADING_ATTRS.search(text)
    if not m:
        return text, None, []
    ident, classes = None, []
    for token in m.group("attrs").split():
        if token.startswith("#"):
            ident = token[1:]
        elif token.startswith("."):
            classes.append(token[1:])
    return text[: m.start()].rstrip(), ident, classes


def plain_text(markdown: str) -> str:
    """Markdown of one paragraph reduced to readable text (math kept as TeX)."""
    text = re.sub(r"\[\[([^\]|]+)\|([^\]]+)\]\]", r"\2", markdown)
    text = re.sub(r"\[\[([^\]]+)\]\]", r"\1", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    return " ".join(text.split())


def _starts_paragraph(line: str) -> bool:
    stripped = line.lstrip()
    if line != stripped:  # indented: code or a continuation, not a paragraph
        return False
    return not re.match(r"(!!!|\?\?\?|[-*+] |\d+\. |\$\$|\||<|>|```|~~~|#)", stripped)


def _question_body(q: Question, body: list[tuple[int, str]], path: str) -> None:
    """Fill in the parts of q from its body lines (line number, text), code excluded."""
    nonblank = [(n, t) for n, t in body if t.strip()]
    if nonblank and _starts_paragraph(nonblank[0][1]):
        first = nonblank[0][0]
        para = []
        for n, t in body:
            if n < first:
                continue
            if not t.strip():
                break
            para.append(t)
        q.short_answer = plain_text(" ".join(para))
    else:
        raise ContentError(
            path, q.line,
            f"question '{q.id}' has no short answer: the first thing under the heading must be a "
            "plain paragraph of two to four sentences",
        )
    in_also_asked = None
    for n, t in body:
        adm = ADMONITION.match(t)
        if adm:
            kind = adm.group("type")
            if kind not in ANSWER_PARTS + MATERIAL_TYPES:
                raise ContentError(
                    path, n,
                    f"unknown admonition type '{kind}': use one of {', '.join(ANSWER_PARTS)} "
                    "(see CONTRIBUTING.md) or a Material type such as note or warning",
                )
            q.has_key_points |= kind == "key-points"
            in_also_asked = len(adm.group("indent")) if kind == "also-asked" else None
            continue
        if in_also_asked is not None and t.strip():
            indent = len(t) - len(t.lstrip())
            if indent <= in_also_asked:
                in_also_asked = None
            elif t.strip().startswith(("- ", "* ")):
                q.also_asked.append(plain_text(t.strip()[2:]))
    if not q.has_key_points:
        raise ContentError(
            path, q.line,
            f"question '{q.id}' has no key points: add a '!!! key-points \"Key points\"' box "
            "with three to six bullets",
        )


def parse_page(text: str, path: str) -> Page:
    """Parse one Markdown page and check its questions; raise ContentError on the first problem."""
    meta, skip = split_front_matter(text, path)
    lines = text.split("\n")
    mask = code_mask(lines)
    title = str(meta.get("title", "")) or None
    questions: list[Question] = []
    current: Question | None = None
    body: list[tuple[int, str]] = []
    has_plain_h2 = None

    def close() -> None:
        if current is not None:
            _question_body(current, body, path)

    for i in range(skip, len(lines)):
        n, line = i + 1, lines[i]
        heading = None if mask[i] else HEADING.match(line)
        if not heading:
            if current is not None:
                # Code lines count as code, never as paragraphs or admonitions.
                body.append((n, "```" if mask[i] else line))
            continue
        depth = len(heading.group("hashes"))
        text_, ident, classes = parse_heading(heading.group("text"))
        if depth == 1:
            if questions:
                raise ContentError(path, n, "a '#' title must come before the first question")
            title = title or text_
            continue
        if depth > 2:
            if current is not None:
                raise ContentError(
                    path, n,
                    f"heading inside question '{current.id}': search would cut the answer here; "
                    "use the fixed markup of CONTRIBUTING.md (key-points, follow-up, ...) instead",
                )
            continue
        # A level-2 heading: a question when it carries an id.
        close()
        current, body = None, []
        if ident is None:
            has_plain_h2 = has_plain_h2 or n
            continue
        if not ID_PATTERN.match(ident):
            raise ContentError(path, n, f"question id '{ident}' must be lowercase words joined by '-'")
        levels = [c for c in classes if c in LEVELS]
        if len(levels) != 1:
            raise ContentError(
                path, n,
                f"question '{ident}' needs exactly one level: add .basic, .intermediate or "
                f".advanced after the id, e.g. {{#{ident} .basic}}",
            )
        if MATH_IN_TEXT.search(text_):
            raise ContentError(
                path, n,
                f"math in the heading of question '{ident}': headings feed the index, search "
                "and practice cards; say it in words and put the formula in the answer",
            )
        current = Question(ident, text_, levels[0], n)
        questions.append(current)
    close()
    if questions and has_plain_h2:
        raise ContentError(
            path, has_plain_h2,
            "level-2 heading without a question id on a question page: write it as "
            "'## Question? {#some-id .basic}' or make it part of the page intro",
        )
    cells = find_cells(lines[skip:], path, first_line=skip + 1)
    _no_untested_code(lines, mask, questions, cells, path)
    for cell in cells:
        owner = [q for q in questions if q.line < cell.line]
        if owner:
            owner[-1].cells.append(cell)
    return Page(path, title or "", meta, questions)


def _no_untested_code(lines, mask, questions, cells, path) -> None:
    """Python shown in an answer must be a cell: every line of code on the site is tested."""
    if not questions:
        return
    cell_lines = {c.line for c in cells}
    for i, state in enumerate(mask):
        n = i + 1
        if state != "open" or n < questions[0].line or n in cell_lines:
            continue
        if UNTESTED_CODE_INFO.match(FENCE_OPEN.match(lines[i]).group("info")):
            raise ContentError(
                path, n,
                "Python code in an answer must be a tested cell: move it to a snippet and write "
                '```python cell="<theme>/<file>.py"``` (or describe it in words)',
            )


def markdown_first_line(source: str, markdown: str) -> int:
    """The source line where MkDocs' page Markdown (source minus front matter) starts."""
    if source.endswith(markdown):
        return source.count("\n", 0, len(source) - len(markdown)) + 1
    return source.count("\n") - markdown.count("\n") + 1
