"""Search tuning: phrasings in their own field, page entries weighted down, no formulas, our query worker."""

import json
import re

import pytest
from search_tuning import (
    PHRASINGS_FIELD,
    QUESTION_PAGE_ENTRY_BOOST,
    synonym_aliases,
    tuned_index,
    with_query_worker,
    without_math,
)

SYNONYMS = {"mse": ["mean squared error", "mean square error"], "mlp": ["multilayer perceptron"]}

INDEX = {
    "config": {"lang": ["en"], "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
    "docs": [
        {"location": "nn/softmax/", "title": "Softmax", "text": "<p>Intro.</p>"},
        {"location": "nn/softmax/#nn-softmax", "title": "What is softmax?", "text": r"<p>It maps \(z\) to \(p\).</p>"},
        {"location": "nn/softmax/#nn-other", "title": "Other?", "text": "<p>Plain.</p>"},
    ],
}


def test_inline_and_display_math_become_an_ellipsis():
    assert without_math(r"<p>The loss \(\mathcal{L}\) is</p> \[ \frac{1}{n}\sum_i x_i \] <p>small.</p>") == (
        "<p>The loss … is</p> … <p>small.</p>"
    )


def test_text_without_math_is_unchanged():
    assert without_math("<p>Cross-entropy (CE) costs $5.</p>") == "<p>Cross-entropy (CE) costs $5.</p>"


def test_phrasings_go_into_their_own_field_weighted_like_the_title():
    tuned = tuned_index(INDEX, {"nn-softmax": ["normalized exponential", "softargmax"], "nn-other": []}, SYNONYMS)
    assert tuned["config"]["fields"][PHRASINGS_FIELD]["boost"] > tuned["config"]["fields"]["text"]["boost"]
    assert tuned["config"]["fields"][PHRASINGS_FIELD]["boost"] == tuned["config"]["fields"]["title"]["boost"]
    by_location = {d["location"]: d for d in tuned["docs"]}
    assert by_location["nn/softmax/#nn-softmax"][PHRASINGS_FIELD] == ["normalized exponential", "softargmax"]
    assert by_location["nn/softmax/#nn-softmax"]["text"] == "<p>It maps … to … .</p>"
    assert PHRASINGS_FIELD not in by_location["nn/softmax/#nn-other"]  # no phrasings, no field
    assert PHRASINGS_FIELD not in by_location["nn/softmax/"]


def test_the_entry_of_a_question_page_itself_is_weighted_down():
    index = {**INDEX, "docs": [*INDEX["docs"], {"location": "notation/", "title": "Notation", "text": ""}]}
    by_location = {d["location"]: d for d in tuned_index(index, {"nn-softmax": ["softargmax"]}, SYNONYMS)["docs"]}
    assert by_location["nn/softmax/"]["boost"] == QUESTION_PAGE_ENTRY_BOOST
    assert "boost" not in by_location["nn/softmax/#nn-softmax"]
    assert "boost" not in by_location["notation/"]  # not a question page


def test_an_abbreviation_and_its_spelled_out_form_find_each_other():
    assert synonym_aliases(["Why not train with mean squared error?"], SYNONYMS) == ["mse"]
    assert synonym_aliases(["What does an MLP compute?"], SYNONYMS) == ["multilayer perceptron"]
    assert synonym_aliases(["Is the mean square error convex?"], SYNONYMS) == ["mse"]  # any listed form


def test_no_alias_when_both_forms_or_neither_are_used_or_only_inside_a_word():
    assert synonym_aliases(["Mean squared error (MSE) or MAE?"], SYNONYMS) == []
    assert synonym_aliases(["What is attention?", "Explain transformers"], SYNONYMS) == []
    assert synonym_aliases(["Why do MSEs and MLPs differ?", "msed"], SYNONYMS) == []


def test_aliases_join_the_phrasings_of_the_question_they_belong_to():
    index = {**INDEX, "docs": [{"location": "nn/l/#nn-mse", "title": "Why is mean squared error poor here?", "text": ""}]}
    tuned = tuned_index(index, {"nn-mse": ["MSE for classification?"]}, SYNONYMS)
    assert tuned["docs"][0][PHRASINGS_FIELD] == ["MSE for classification?"]  # both forms already there
    tuned = tuned_index(index, {"nn-mse": []}, SYNONYMS)
    assert tuned["docs"][0][PHRASINGS_FIELD] == ["mse"]


def test_the_input_index_is_left_untouched():
    tuned_index(INDEX, {"nn-softmax": ["softargmax"]}, SYNONYMS)
    assert PHRASINGS_FIELD not in INDEX["config"]["fields"]
    assert "\\(z\\)" in INDEX["docs"][1]["text"]


def page(config: dict) -> str:
    """A page as Material writes it (Jinja's tojson escapes <, > and &)."""
    text = json.dumps(config).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<body><script id="__config" type="application/json">{text}</script></body>'


def test_the_page_runs_our_query_worker_and_names_materials_worker():
    html = with_query_worker(page({"base": "../..", "search": "../../assets/javascripts/workers/search.a7633da7.min.js"}))
    config = json.loads(re.search(r'type="application/json">(.*?)</script>', html).group(1))
    assert config == {
        "base": "../..",
        "search": "../../assets/javascripts/workers/search-query.js?material=search.a7633da7.min.js",
    }


def test_the_rewritten_config_cannot_close_its_script_element():
    html = with_query_worker(page({"note": "</script><b>&", "search": "w/search.1.min.js"}))
    assert html.count("</script>") == 1
    assert "\\u003c/script\\u003e" in html


def test_a_page_without_materials_config_is_an_error():
    with pytest.raises(ValueError, match="__config"):
        with_query_worker("<body></body>")
