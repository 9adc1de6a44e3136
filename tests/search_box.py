"""Drive Material's real search box: type a query, read the results as the reader sees them."""

from typing import NamedTuple


class PageResults(NamedTuple):
    """One page's block of results: the sections shown, then those folded away under
    "N more on this page" (Material shows a page's best-scoring section; the site's
    docs/assets/search-results.js also shows those scoring at least half as well)."""

    shown: list[str]
    folded: list[str]


def search(page, query: str) -> list[PageResults]:
    """The results, best page first, as question ids (section anchors); a page's own entry,
    which carries no anchor, is left out."""
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
    blocks = page.locator(".md-search-result__list > .md-search-result__item").evaluate_all(
        """items => items.map(item => [...item.querySelectorAll('a.md-search-result__link')]
             .map(a => [a.getAttribute('href'), Boolean(a.closest('details.md-search-result__more'))]))"""
    )
    results = []
    for links in blocks:
        shown = [href.split("#", 1)[1] for href, folded in links if "#" in href and not folded]
        folded = [href.split("#", 1)[1] for href, folded in links if "#" in href and folded]
        results.append(PageResults(shown, folded))
    return results


def shown(results: list[PageResults]) -> list[str]:
    """The question ids the reader sees without opening a fold, in order."""
    return [ident for block in results for ident in block.shown]
