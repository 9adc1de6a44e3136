// Finding questions: filters on the question index, a "random question" button, and a
// "copy link" button on every question heading. Everything comes from questions.json
// and the page markup; without JavaScript the index is a plain list.
const SITE = new URL("../", import.meta.url);
let questions = null;

function loadQuestions() {
  questions ??= fetch(new URL("questions.json", SITE)).then((r) => r.json());
  return questions;
}

function element(tag, props = {}, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function randomQuestionButton(pool) {
  const button = element("button", { type: "button", className: "md-button md-button--primary", textContent: "Random question" });
  button.dataset.randomQuestion = "";
  button.addEventListener("click", async () => {
    const candidates = await pool();
    if (candidates.length) location.href = new URL(candidates[Math.floor(Math.random() * candidates.length)].url, SITE).href;
  });
  return button;
}

// --- the question index ---------------------------------------------------------------------
function normalize(text) {
  return text.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}\s]/gu, " ");
}

async function enhanceIndex(container) {
  const records = new Map((await loadQuestions()).map((q) => [q.id, q]));
  const items = [...container.querySelectorAll("li")].flatMap((li) => {
    const id = li.querySelector("a")?.hash.slice(1);
    const q = records.get(id);
    return q ? [{ li, q, text: normalize([q.question, ...q.also_asked].join(" ")) }] : [];
  });
  const themes = [...new Map(items.map(({ q }) => [q.theme, q.theme_title])).entries()];
  const search = element("input", { type: "search", placeholder: "Filter questions…", className: "question-filter__text" });
  search.setAttribute("aria-label", "Filter questions by their words");
  const theme = element("select", { className: "question-filter__theme" },
    element("option", { value: "", textContent: "All themes" }),
    ...themes.map(([value, title]) => element("option", { value, textContent: title })));
  theme.setAttribute("aria-label", "Theme");
  const level = element("select", { className: "question-filter__level" },
    ...["", "basic", "intermediate", "advanced"].map((value) => element("option", { value, textContent: value || "All levels" })));
  level.setAttribute("aria-label", "Level");
  const runnable = element("input", { type: "checkbox", className: "question-filter__runnable" });
  const count = element("p", { className: "question-filter__count" });
  count.setAttribute("aria-live", "polite");
  count.dataset.count = "";
  const visible = () => items.filter(({ li }) => !li.hidden).map(({ q }) => q);
  const form = element("form", { className: "question-filter" },
    search, theme, level,
    element("label", {}, runnable, " has runnable code"),
    randomQuestionButton(async () => visible()),
    count);
  form.addEventListener("submit", (event) => event.preventDefault());

  function apply() {
    const words = normalize(search.value).split(/\s+/).filter(Boolean);
    for (const item of items) {
      const { q } = item;
      item.li.hidden = !(
        words.every((w) => item.text.includes(w)) &&
        (!theme.value || q.theme === theme.value) &&
        (!level.value || q.level === level.value) &&
        (!runnable.checked || q.runs_in_browser)
      );
    }
    // Hide headings of groups with nothing left to show.
    for (const list of container.querySelectorAll("ul")) {
      const empty = [...list.children].every((li) => li.hidden);
      list.hidden = empty;
      const heading = list.previousElementSibling;
      if (heading?.matches("h3")) heading.hidden = empty;
    }
    for (const h2 of container.querySelectorAll("h2")) {
      let next = h2.nextElementSibling;
      let any = false;
      while (next && !next.matches("h2")) {
        if (next.matches("ul") && !next.hidden) any = true;
        next = next.nextElementSibling;
      }
      h2.hidden = !any;
    }
    const shown = visible().length;
    count.textContent = `${shown} of ${items.length} questions shown`;
    count.dataset.count = String(shown);
  }
  for (const input of [search, theme, level, runnable]) input.addEventListener("input", apply);
  container.querySelector("h1").after(form);
  apply();
}

// --- copy link on question headings -----------------------------------------------------------
function addCopyLinks(root) {
  for (const h2 of root.querySelectorAll(".md-content h2.basic[id], .md-content h2.intermediate[id], .md-content h2.advanced[id]")) {
    if (h2.querySelector("[data-copy-link]")) continue;
    const button = element("button", { type: "button", className: "copy-link", title: "Copy a link to this question" });
    button.dataset.copyLink = h2.id;
    button.setAttribute("aria-label", "Copy a link to this question");
    button.textContent = "copy link";
    button.addEventListener("click", async () => {
      const url = new URL(`#${h2.id}`, location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        button.textContent = "link copied";
      } catch {
        button.textContent = "copy failed";
      }
      setTimeout(() => { button.textContent = "copy link"; }, 1500);
    });
    h2.append(button);
  }
}

function setup() {
  const index = document.querySelector("[data-question-index]");
  if (index && !index.dataset.enhanced) {
    index.dataset.enhanced = "true";
    enhanceIndex(document.querySelector(".md-content article") ?? document.body);
  }
  for (const slot of document.querySelectorAll("[data-random-question-slot]:empty")) {
    slot.append(randomQuestionButton(loadQuestions));
  }
  addCopyLinks(document);
}

if (self.document$) self.document$.subscribe(() => setup());
else setup();
