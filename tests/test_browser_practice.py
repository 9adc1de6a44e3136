"""Finding and practising questions in headless Chromium: index filters, random question,
copy-link buttons, and practice mode with persistence and export/import."""

import json

import pytest

from tests.site_server import serve


@pytest.fixture(scope="module")
def base(site_dir):
    with serve(site_dir) as (base, _):
        yield base


@pytest.fixture
def page(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], accept_downloads=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == []


def shown(page) -> int:
    return int(page.locator("[data-count]").get_attribute("data-count"))


def test_index_filters_by_words_also_asked_theme_level_and_code(page, base, site_dir):
    questions = json.loads((site_dir / "questions.json").read_text())
    page.goto(base + "questions/")
    page.wait_for_selector("[data-count]")
    assert shown(page) == len(questions)
    page.fill(".question-filter__text", "dead relus detect")
    assert shown(page) == 1 and page.locator("li:visible a[href$='#nn-dead-relu']").count() == 1
    # an "also asked as" phrasing finds its question too
    also = next(q for q in questions if q["also_asked"])
    page.fill(".question-filter__text", also["also_asked"][0])
    assert page.locator(f"li:visible a[href$='#{also['id']}']").count() == 1
    page.fill(".question-filter__text", "")
    page.select_option(".question-filter__level", "intermediate")
    assert shown(page) == sum(q["level"] == "intermediate" for q in questions)
    page.select_option(".question-filter__level", "")
    page.check(".question-filter__runnable")
    assert shown(page) == sum(q["runs_in_browser"] for q in questions)
    page.uncheck(".question-filter__runnable")
    theme = questions[0]["theme"]
    page.select_option(".question-filter__theme", theme)
    assert shown(page) == sum(q["theme"] == theme for q in questions)


def test_random_question_on_the_index_and_the_home_page(page, base, site_dir):
    ids = {q["id"] for q in json.loads((site_dir / "questions.json").read_text())}
    page.goto(base + "questions/")
    page.fill(".question-filter__text", "dead relus detect")
    page.locator(".question-filter [data-random-question]").click()
    page.wait_for_url("**#nn-dead-relu")
    page.goto(base)
    page.locator("[data-random-question]").click()
    page.wait_for_url("**#*")
    assert page.url.split("#")[1] in ids


def test_every_question_heading_has_a_copy_link_button(page, base):
    page.goto(base + "neural-networks/activation-functions/")
    buttons = page.locator("h2 [data-copy-link]")
    assert buttons.count() == page.locator("h2.basic, h2.intermediate, h2.advanced").count() > 0
    buttons.nth(1).click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.endswith("/neural-networks/activation-functions/#nn-activation-properties")


def test_practice_reveal_grade_persist_export_import(page, base, tmp_path):
    page.goto(base + "practice/")
    card = page.locator(".practice__card")
    page.wait_for_selector("[data-practice-reveal]")
    first = card.get_attribute("data-card")
    assert not card.locator("[data-practice-answer]").count()
    page.keyboard.press(" ")
    assert card.locator("[data-practice-answer]").is_visible()
    page.keyboard.press("3")  # good
    assert card.get_attribute("data-card") != first
    progress = page.locator("[data-practice-progress]").inner_text()
    assert "1 of" in progress and "seen" in progress
    page.reload()
    page.wait_for_selector("[data-practice-reveal]")
    assert "1 of" in page.locator("[data-practice-progress]").inner_text()
    assert card.get_attribute("data-card") != first  # a graded card is not due again today
    # export, wipe, import back
    with page.expect_download() as download:
        page.locator("[data-practice-export]").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text())
    assert data["format"] == "ml-qa-live-practice" and first in data["cards"]
    page.evaluate("localStorage.clear()")
    page.reload()
    page.wait_for_selector("[data-practice-reveal]")
    assert "0 of" in page.locator("[data-practice-progress]").inner_text()
    page.set_input_files("[data-practice-import]", str(exported))
    page.wait_for_selector(".practice__message[data-state='ok']")
    assert "1 of" in page.locator("[data-practice-progress]").inner_text()
    # a foreign file is refused and changes nothing
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"cards": {"x": 1}}')
    before = page.evaluate("localStorage.getItem('mlqa.practice.v1')")
    page.set_input_files("[data-practice-import]", str(foreign))
    page.wait_for_selector(".practice__message[data-state='error']")
    assert "not changed" in page.locator(".practice__message").inner_text()
    assert page.evaluate("localStorage.getItem('mlqa.practice.v1')") == before


def test_theme_index_shows_practice_progress(page, base):
    page.goto(base + "practice/")
    page.wait_for_selector("[data-practice-reveal]")
    for box in page.locator("input[name=theme]").all():  # drill one theme only
        if box.get_attribute("value") != "neural-networks":
            box.uncheck()
    assert page.locator(".practice__meta").inner_text().startswith("Neural networks")
    page.evaluate("document.activeElement.blur()")  # keys typed into a checkbox toggle it instead
    page.keyboard.press(" ")
    page.keyboard.press("4")
    page.goto(base + "neural-networks/")
    line = page.locator("[data-theme-progress='neural-networks']")
    line.wait_for()
    assert "1 of" in line.inner_text() and "seen" in line.inner_text()
