// Material's search worker, with each query prepared the way the index was built.
//
// Material appends a wildcard to every query term, and lunr skips its pipeline for wildcard
// terms, so query words were never trimmed, stop-word filtered or stemmed like the indexed
// words: "in*" matched "input" and "inference", "we*" matched "weights", and
// "classification*" could not reach the indexed stem "classif". This worker runs the
// index's own pipeline on each plain query term, then hands the query to Material's worker
// (named in our URL by the build: hooks/search_index.py).
const material = new URL(self.location.href).searchParams.get("material") ?? "";
if (!/^search\.[0-9a-f]+\.min\.js$/.test(material)) {
  throw new Error(`search-query.js: expected ?material=search.<hash>.min.js, got "${material}"`);
}

const SETUP = 0; // Material's message types
const QUERY = 2;
const RESULT = 3;
const QUERY_SYNTAX = /["*:^~+]|^-/; // a term the reader wrote in lunr's query syntax is left as typed

let separator = /[\s\-]+/;
let pipeline = null;
let typedWords = new Map(); // stem -> the word the reader typed, for the latest query

function prepared(query) {
  typedWords = new Map();
  const terms = query.trim().split(/\s+/).flatMap((term) => {
    if (QUERY_SYNTAX.test(term)) return [term];
    return term.toLowerCase().split(separator).flatMap((word) => {
      const stems = pipeline.runString(word);
      for (const stem of stems) if (!typedWords.has(stem)) typedWords.set(stem, word);
      return stems;
    });
  });
  return terms.length ? terms.join(" ") : query; // only stop words: search as typed
}

// Results name the query terms they match (Material highlights them on the target page and
// lists the missing ones): give those back as the reader typed them, not as stems.
function withTypedWords(terms) {
  return Object.fromEntries(Object.entries(terms).map(([stem, found]) => [typedWords.get(stem) ?? stem, found]));
}

const postToPage = self.postMessage.bind(self);
self.postMessage = (message) => {
  if (message?.type === RESULT && Array.isArray(message.data?.items)) {
    for (const group of message.data.items) for (const doc of group) if (doc.terms) doc.terms = withTypedWords(doc.terms);
  }
  postToPage(message);
};

// Registered before Material's listener (importScripts below), so it sees each message first.
addEventListener("message", (event) => {
  const message = event.data;
  if (message?.type === SETUP) {
    const config = message.data.config;
    separator = new RegExp(config.separator);
    pipeline = new lunr.Pipeline();
    for (const name of config.pipeline) if (lunr[name]) pipeline.add(lunr[name]);
  } else if (message?.type === QUERY && pipeline && typeof message.data === "string") {
    message.data = prepared(message.data);
  }
});

importScripts(material);
