// Practice mode: flashcards over questions.json with a spaced-repetition schedule.
// Progress lives in localStorage, keyed by question id, and can be exported and imported.
// Also shows progress per theme on the practice page and on each theme's index page.
const SITE = new URL("../", import.meta.url);
const STORE = "mlqa.practice.v1";
const FORMAT = "ml-qa-live-practice";
const DAY = 24 * 60 * 60 * 1000;
const MASTERED_DAYS = 21;
const GRADES = ["again", "hard", "good", "easy"];

let questionsPromise = null;
const loadQuestions = () => (questionsPromise ??= fetch(new URL("questions.json", SITE)).then((r) => r.json()));

// --- the schedule (a small SM-2 variant), pure functions --------------------------------------
export function review(card, grade, now) {
  const state = card ?? { interval: 0, ease: 2.5, reps: 0, lapses: 0 };
  let { interval, ease, reps, lapses } = state;
  if (grade === "again") {
    reps = 0;
    lapses += 1;
    interval = 0;
    ease = Math.max(1.3, ease - 0.2);
  } else {
    if (grade === "hard") { interval = Math.max(1, interval * 1.2); ease = Math.max(1.3, ease - 0.15); }
    if (grade === "good") interval = reps === 0 ? 1 : reps === 1 ? 3 : interval * ease;
    if (grade === "easy") { interval = reps === 0 ? 4 : interval * ease * 1.3; ease += 0.15; }
    reps += 1;
  }
  const wait = interval === 0 ? 60 * 1000 : interval * DAY; // "again" comes back within the session
  return { interval, ease, reps, lapses, last: now, due: now + wait };
}

export function summary(cards, ids, now) {
  let seen = 0, due = 0, mastered = 0;
  for (const id of ids) {
    const card = cards[id];
    if (!card) continue;
    seen += 1;
    if (card.due <= now) due += 1;
    if (card.interval >= MASTERED_DAYS) mastered += 1;
  }
  return { total: ids.length, seen, due, mastered };
}

// Next card: the most overdue review first, then the first new question in reading order.
export function nextCard(cards, ids, now) {
  const dueIds = ids.filter((id) => cards[id] && cards[id].due <= now).sort((a, b) => cards[a].due - cards[b].due);
  return dueIds[0] ?? ids.find((id) => !cards[id]) ?? null;
}

// A file is accepted only if it is ours and every card is well formed.
export function parseExport(text) {
  let data;
  try { data = JSON.parse(text); } catch { throw new Error("this file is not JSON"); }
  if (!data || data.format !== FORMAT || data.version !== 1 || typeof data.cards !== "object" || data.cards === null) {
    throw new Error("this file is not an ML Q&A Live practice export");
  }
  for (const [id, card] of Object.entries(data.cards)) {
    const numeric = ["interval", "ease", "reps", "lapses", "last", "due"].every((k) => Number.isFinite(card?.[k]));
    if (!/^[a-z0-9-]+$/.test(id) || !numeric) throw new Error(`the card "${id}" in this file is malformed`);
  }
  return data.cards;
}

// --- storage -------------------------------------------------------------------------------------
function loadCards() {
  try { return JSON.parse(localStorage.getItem(STORE)) ?? {}; } catch { return {}; }
}
function saveCards(cards) {
  localStorage.setItem(STORE, JSON.stringify(cards));
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function progressLine({ total, seen, due, mastered }) {
  return `${seen} of ${total} seen · ${due} due · ${mastered} mastered`;
}

// --- the practice page -------------------------------------------------------------------------
async function practice(root) {
  const questions = await loadQuestions();
  let cards = loadCards();
  const themes = [...new Map(questions.map((q) => [q.theme, q.theme_title])).entries()];
  const levels = ["basic", "intermediate", "advanced"];
  const checkbox = (name, value, label) => el("label", { className: "practice__choice" },
    el("input", { type: "checkbox", name, value, checked: true }), ` ${label}`);
  const themeBox = el("fieldset", { className: "practice__themes" }, el("legend", { textContent: "Themes" }),
    ...themes.map(([value, title]) => checkbox("theme", value, title)));
  const levelBox = el("fieldset", { className: "practice__levels" }, el("legend", { textContent: "Levels" }),
    ...levels.map((value) => checkbox("level", value, value)));
  const progress = el("ul", { className: "practice__progress" });
  progress.dataset.practiceProgress = "";
  const card = el("section", { className: "practice__card" });
  card.setAttribute("aria-live", "polite");
  const message = el("p", { className: "practice__message" });
  message.setAttribute("role", "status");
  const exportButton = el("button", { type: "button", className: "md-button", textContent: "Export progress" });
  exportButton.dataset.practiceExport = "";
  const importInput = el("input", { type: "file", accept: "application/json,.json", className: "practice__import" });
  importInput.dataset.practiceImport = "";
  const importLabel = el("label", { className: "md-button" }, "Import progress", importInput);
  root.replaceChildren(themeBox, levelBox, card, progress, el("div", { className: "practice__files" }, exportButton, importLabel), message);

  const selected = (name) => new Set([...root.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value));
  const pool = () => {
    const t = selected("theme"), l = selected("level");
    return questions.filter((q) => t.has(q.theme) && l.has(q.level)).map((q) => q.id);
  };
  const byId = new Map(questions.map((q) => [q.id, q]));
  let current = null;
  let revealed = false;

  function renderProgress() {
    const now = Date.now();
    progress.replaceChildren(...themes.map(([theme, title]) => {
      const ids = questions.filter((q) => q.theme === theme).map((q) => q.id);
      const item = el("li", {}, el("strong", { textContent: title }), `: ${progressLine(summary(cards, ids, now))}`);
      item.dataset.theme = theme;
      return item;
    }));
  }

  function renderCard() {
    current = nextCard(cards, pool(), Date.now());
    revealed = false;
    if (!current) {
      card.replaceChildren(el("p", { textContent: "Nothing due in this selection. Come back later, or pick more themes or levels." }));
      card.dataset.card = "";
      return;
    }
    const q = byId.get(current);
    card.dataset.card = q.id;
    const reveal = el("button", { type: "button", className: "md-button md-button--primary", textContent: "Show answer" });
    reveal.dataset.practiceReveal = "";
    reveal.addEventListener("click", showAnswer);
    card.replaceChildren(
      el("p", { className: "practice__meta", textContent: `${q.theme_title} · ${q.level}${cards[q.id] ? "" : " · new"}` }),
      el("p", { className: "practice__question", textContent: q.question }),
      reveal,
    );
  }

  function showAnswer() {
    if (!current || revealed) return;
    revealed = true;
    const q = byId.get(current);
    const answer = el("div", { className: "practice__answer" },
      el("p", { textContent: q.short_answer }),
      el("p", {}, el("a", { href: new URL(q.url, SITE).href, textContent: "Read the full answer" })));
    answer.dataset.practiceAnswer = "";
    const grades = el("div", { className: "practice__grades" }, ...GRADES.map((grade, i) => {
      const b = el("button", { type: "button", className: "md-button", textContent: `${i + 1} ${grade}` });
      b.dataset.grade = grade;
      b.addEventListener("click", () => grade_(grade));
      return b;
    }));
    card.querySelector("[data-practice-reveal]").replaceWith(answer, grades);
  }

  function grade_(grade) {
    if (!current || !revealed) return;
    cards = { ...loadCards(), [current]: review(loadCards()[current], grade, Date.now()) };
    saveCards(cards);
    renderProgress();
    renderCard();
  }

  exportButton.addEventListener("click", () => {
    const data = { format: FORMAT, version: 1, exported: new Date().toISOString(), cards: loadCards() };
    const link = el("a", {
      href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: "application/json" })),
      download: `ml-qa-live-practice-${data.exported.slice(0, 10)}.json`,
    });
    document.body.append(link);
    link.click();
    link.remove();
  });

  importInput.addEventListener("change", async () => {
    const file = importInput.files[0];
    importInput.value = "";
    if (!file) return;
    try {
      const imported = parseExport(await file.text());
      // Keep, for each question, whichever of the two records was reviewed last.
      const merged = loadCards();
      for (const [id, c] of Object.entries(imported)) if (!merged[id] || merged[id].last < c.last) merged[id] = c;
      saveCards(merged);
      cards = merged;
      message.textContent = `Imported progress for ${Object.keys(imported).length} questions.`;
      message.dataset.state = "ok";
      renderProgress();
      renderCard();
    } catch (error) {
      message.textContent = `Import refused: ${error.message}. Your progress was not changed.`;
      message.dataset.state = "error";
    }
  });

  root.addEventListener("change", (event) => { if (event.target.matches("input[type=checkbox]")) renderCard(); });
  document.addEventListener("keydown", (event) => {
    if (!root.isConnected || event.target.closest("input, textarea, select, .cm-editor")) return;
    if (event.key === " ") { event.preventDefault(); showAnswer(); }
    const n = Number(event.key);
    if (n >= 1 && n <= 4) grade_(GRADES[n - 1]);
  });
  renderProgress();
  renderCard();
}

// --- progress on a theme's index page ------------------------------------------------------------
async function themeProgress() {
  const questions = await loadQuestions();
  const here = location.href.split("#")[0];
  for (const theme of new Set(questions.map((q) => q.theme))) {
    if (new URL(`${theme}/`, SITE).href !== here) continue;
    const h1 = document.querySelector(".md-content h1");
    if (!h1 || document.querySelector("[data-theme-progress]")) return;
    const ids = questions.filter((q) => q.theme === theme).map((q) => q.id);
    const line = el("p", { className: "theme-progress" },
      "Your practice: ", progressLine(summary(loadCards(), ids, Date.now())), " · ",
      el("a", { href: new URL("practice/", SITE).href, textContent: "practise this theme" }));
    line.dataset.themeProgress = theme;
    h1.after(line);
  }
}

function setup() {
  const root = document.querySelector("[data-practice]");
  if (root && !root.dataset.ready) {
    root.dataset.ready = "true";
    practice(root);
  }
  themeProgress();
}

// (Guarded so that the pure functions above can be imported by Node in the tests.)
if (typeof document !== "undefined") {
  if (self.document$) self.document$.subscribe(() => setup());
  else setup();
}
