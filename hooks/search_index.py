"""Tune Material's search: question phrasings in their own field, no formulas, and queries
prepared like the index (docs/assets/javascripts/workers/search-query.js).

on_post_build runs after Material's search plugin wrote the index (hooks run after plugins)
and after the question index hook wrote site/questions.json, which holds the phrasings.
"""

import json
from pathlib import Path

from mkdocs.exceptions import PluginError
from search_tuning import tuned_index, with_query_worker

SYNONYMS = Path(__file__).resolve().parent / "data" / "search_synonyms.json"


def on_post_page(output, page, config):
    try:
        return with_query_worker(output)
    except ValueError as err:
        raise PluginError(f"{page.file.src_uri}: {err}") from None


def on_post_build(config):
    site = Path(config.site_dir)
    index_path = site / "search" / "search_index.json"
    questions = json.loads((site / "questions.json").read_text(encoding="utf-8"))
    phrasings = {q["id"]: q["also_asked"] for q in questions}
    synonyms = {k: v for k, v in json.loads(SYNONYMS.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    index = json.loads(index_path.read_text(encoding="utf-8"))
    tuned = tuned_index(index, phrasings, synonyms)
    index_path.write_text(json.dumps(tuned, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
