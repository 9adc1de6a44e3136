"""Drive Material's real search box: type a query, read the result links in order."""


def search(page, query: str) -> list[str]:
    """The section anchors (question ids) of the results, best first, without repeats.

    Material lists, for each matching page, the page itself and then its matching sections;
    the page entry carries no anchor and is skipped."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill("")
    box.type(query, delay=5)
    # The search worker answers asynchronously, one keystroke at a time: wait until the
    # result list has stopped changing, so that it is the answer to the whole query.
    page.wait_for_function(
        """() => {
          const list = document.querySelector('.md-search-result__list');
          const now = list ? list.innerHTML : '';
          const w = window.__searchSettle ??= {html: null, since: 0};
          if (now !== w.html) { w.html = now; w.since = performance.now(); return false; }
          return now !== '' && performance.now() - w.since > 400;
        }""",
        polling=100,
    )
    page.evaluate("window.__searchSettle = null")
    hrefs = page.locator(".md-search-result__list a.md-search-result__link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    results = []
    for href in hrefs:
        if "#" not in href:
            continue
        key = href.split("#", 1)[1]
        if key not in results:
            results.append(key)
    return results
