"""How the site's search differs from Material's defaults (pure functions).

The index (Material's search_index.json) gets four changes:
- each question's "also asked as" phrasings go into a field of their own, weighted like
  the question's title (far above the answer text), so a reader's paraphrase finds it;
- abbreviations meet their spelled-out forms: a question titled "... mean squared error"
  also gets "mse" in that field, and one titled "... MLP" gets "multilayer perceptron";
- the entry of a question page itself (its title and introduction) is weighted down:
  Material shows only the best entry of each page and folds the rest away, so a page
  title that matches would hide the very question the reader looks for;
- formulas in the indexed text become "…": their LaTeX source is noise to the search
  (tokens such as `\\frac{1}{n}\\sum_{i=1}^{n}`) and showed raw in the result excerpts.

Each page's Material config points the search at our query worker, which prepares the
reader's words the way the index was built and then runs Material's own worker.
"""

import json
import re

PHRASINGS_FIELD = "phrasings"
PHRASINGS_BOOST = 1000.0  # as the title: other ways to ask the same question (answer text: 1)
QUESTION_PAGE_ENTRY_BOOST = 0.1

# arithmatex (generic mode) leaves inline math as \( … \) and display math as \[ … \].
_MATH = re.compile(r"\\\(.*?\\\)|\\\[.*?\\\]", re.S)
_SPACES = re.compile(r"[ \t\n]{2,}")


def without_math(text: str) -> str:
    """The text with each formula replaced by an ellipsis, which reads well in an excerpt."""
    return _SPACES.sub(" ", _MATH.sub(" … ", text)).strip()


def _words(text: str) -> str:
    """Lowercase words separated by single spaces, padded, for whole-word matching."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def synonym_aliases(texts: list[str], synonyms: dict[str, list[str]]) -> list[str]:
    """The forms the texts do not use of each abbreviation they use in one form or the other."""
    words = _words(" ".join(texts))
    aliases = []
    for abbreviation, spelled_out in synonyms.items():
        has_short = f" {abbreviation} " in words
        has_long = any(_words(form) in words for form in spelled_out)
        if has_short and not has_long:
            aliases.append(spelled_out[0])
        elif has_long and not has_short:
            aliases.append(abbreviation)
    return aliases


def tuned_index(index: dict, phrasings: dict[str, list[str]], synonyms: dict[str, list[str]]) -> dict:
    """The index with formulas elided and each question's phrasings added to its entry.

    `phrasings` maps a question id (the anchor of its section) to its "also asked as" list;
    `synonyms` maps an abbreviation to its spelled-out forms."""
    config = dict(index["config"])
    config["fields"] = {**config["fields"], PHRASINGS_FIELD: {"boost": PHRASINGS_BOOST}}
    question_pages = {
        page for page, _, anchor in (e["location"].partition("#") for e in index["docs"]) if anchor in phrasings
    }
    docs = []
    for entry in index["docs"]:
        entry = {**entry, "text": without_math(entry["text"])}
        page, _, anchor = entry["location"].partition("#")
        if anchor in phrasings:
            asked = phrasings[anchor]
            asked = asked + synonym_aliases([entry["title"], *asked], synonyms)
            if asked:
                entry[PHRASINGS_FIELD] = asked
        if not anchor and page in question_pages:
            entry["boost"] = QUESTION_PAGE_ENTRY_BOOST
        docs.append(entry)
    return {**index, "config": config, "docs": docs}


QUERY_WORKER = "search-query.js"  # docs/assets/javascripts/workers/, beside Material's worker
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)


def with_query_worker(html: str) -> str:
    """The page with Material's search worker swapped for ours, which is told Material's."""
    match = _CONFIG.search(html)
    if match is None:
        raise ValueError("no Material config (<script id=\"__config\">) in the page: has the theme's template changed?")
    config = json.loads(match.group(1))
    folder, _, material_worker = config["search"].rpartition("/")
    config["search"] = f"{folder}/{QUERY_WORKER}?material={material_worker}"
    # Escaped as Jinja's tojson does, so the JSON can never close its <script> element.
    text = json.dumps(config).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return html[: match.start(1)] + text + html[match.end(1) :]
