"""Drive Material's real search box: type a query, read the result links in order."""


def search(page, query: str) -> list[str]:
    """The section anchors (question ids) of the results, best first, without repeats.

    Material lists, for each matching page, the page itself and then its matching sections;
    the page entry carries no anchor and is skipped."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    before = page.evaluate("document.querySelector('.md-search-result__list')?.innerHTML ?? ''")
    # Material searches on key events: fill all but the last character, then type it, so the
    # worker answers the whole query and no prefix of it.
    box.fill(query[:-1])
    box.type(query[-1])
    # The search worker answers asynchronously: wait until the result list has changed (or
    # 3 s have passed, for a query with the same results as the previous one) and stopped
    # changing.
    page.wait_for_function(
        """before => {
          const list = document.querySelector('.md-search-result__list');
          const now = list ? list.innerHTML : '';
          const w = window.__searchSettle ??= {html: null, since: 0, start: performance.now()};
          if (now !== w.html) { w.html = now; w.since = performance.now(); return false; }
          const changed = now !== before || performance.now() - w.start > 3000;
          return changed && now !== '' && performance.now() - w.since > 400;
        }""",
        arg=before,
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
