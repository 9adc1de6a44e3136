// Material shows only the best-scoring section of each page in the search results and folds
// the page's other matches under "N more on this page". A page here holds several closely
// related questions, so the one the reader wants is often a close second: a folded section
// that scores at least half as well as the page's best is moved out of the fold, in score
// order. Weaker matches stay folded.
const SHOWN_SCORE_RATIO = 0.5;

const score = (link) => Number(link.querySelector("article")?.dataset.mdScore ?? 0);

function unfoldCloseMatches(item) {
  const fold = item.querySelector(":scope > details.md-search-result__more");
  if (!fold) return;
  const links = [...item.querySelectorAll("a.md-search-result__link")];
  const best = Math.max(...links.map(score));
  const close = [...fold.querySelectorAll(":scope > a.md-search-result__link")].filter(
    (link) => score(link) >= SHOWN_SCORE_RATIO * best,
  );
  fold.before(...close);
  const left = fold.querySelectorAll(":scope > a.md-search-result__link").length;
  if (left === 0) fold.remove();
  else if (close.length) {
    const label = fold.querySelector("summary div") ?? fold.querySelector("summary");
    label.textContent = label.textContent.replace(/\d+/, String(left));
  }
}

const list = document.querySelector(".md-search-result__list");
if (list) {
  // Material renders result items as they are needed (more on scroll): treat each new one.
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node instanceof Element && node.matches("li.md-search-result__item")) unfoldCloseMatches(node);
      }
    }
  }).observe(list, { childList: true });
}
