import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);

// src/text/title.ts
var QUOTES = /[\u0022\u0027\u0060\u00AB\u00BB\u2018-\u201F\u2039\u203A\u2032\u2033\u00B4]/g;
var DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
var LATEX_COMMAND_WITH_ARGUMENT = /\\[a-zA-Z]+\s*\{([^{}]*)\}/g;
var LATEX_COMMAND = /\\([a-zA-Z]+)/g;
function hasWords(title, count) {
  let words = 1;
  for (let at = title.indexOf(" "); at !== -1 && words < count; at = title.indexOf(" ", at + 1)) words++;
  return words >= count;
}
function normalizeTitle(title) {
  const known = normalized.get(title);
  if (known !== void 0) return known;
  if (normalized.size >= MEMO_SIZE) normalized.clear();
  const result = normalizeUncached(title);
  normalized.set(title, result);
  return result;
}
var MEMO_SIZE = 1e6;
var normalized = /* @__PURE__ */ new Map();
function forgetNormalizedTitles() {
  normalized.clear();
}
function normalizeUncached(title) {
  let text = title.normalize("NFKC");
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(LATEX_COMMAND_WITH_ARGUMENT, "$1");
  }
  return text.replace(LATEX_COMMAND, "$1").toLowerCase().replace(new RegExp("(\\p{L})['\\u2019](\\p{L})", "gu"), "$1$2").replace(QUOTES, " ").replace(DASHES, "-").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function titleTokens(title) {
  const normalized2 = normalizeTitle(title);
  return normalized2 === "" ? [] : normalized2.split(" ");
}
var STOPWORDS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "into",
  "is",
  "are",
  "of",
  "on",
  "or",
  "the",
  "to",
  "towards",
  "toward",
  "via",
  "with"
]);
function stem(token) {
  return token.length > 3 && token.endsWith("s") && !token.endsWith("ss") ? token.slice(0, -1) : token;
}
var ABBREVIATIONS = new Map(
  Object.entries({
    llm: "large language model",
    lm: "language model",
    vlm: "vision language model",
    lmm: "large multimodal model",
    mllm: "multimodal large language model",
    rl: "reinforcement learning",
    gnn: "graph neural network",
    nlp: "natural language processing",
    kg: "knowledge graph",
    rag: "retrieval augmented generation"
  }).map(([short, long]) => [short, long.split(" ")])
);
function spelledOut(normalized2) {
  if (normalized2 === "") return [];
  return normalized2.split(" ").flatMap((token) => {
    const singular = token.length > 2 && token.endsWith("s") ? token.slice(0, -1) : token;
    return ABBREVIATIONS.get(token) ?? ABBREVIATIONS.get(singular) ?? [token];
  });
}
function contentTokens(tokens) {
  return tokens.filter((token) => !STOPWORDS.has(token)).map(stem);
}
function foldedOf(normalized2) {
  return spelledOut(normalized2).map(stem).join("");
}
function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
function similarity(a, b) {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
function tokensMatch(a, b) {
  return a === b || Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1;
}
function matchedTokens(small, large) {
  const unused = [...large];
  let matched = 0;
  for (const token of small) {
    let at = unused.indexOf(token);
    if (at < 0) at = unused.findIndex((candidate) => tokensMatch(token, candidate));
    if (at >= 0) {
      unused.splice(at, 1);
      matched++;
    }
  }
  return matched;
}
function splitColon(title) {
  const colon = title.indexOf(":");
  if (colon <= 0) return { lead: "", rest: "" };
  const written = title.slice(0, colon).trim();
  const lead = normalizeTitle(written);
  const rest = normalizeTitle(title.slice(colon + 1));
  const named = lead !== "" && lead.split(" ").length <= 2 && new RegExp("\\p{L}\\p{Lu}|\\p{N}|^\\p{Lu}{2,}", "u").test(written);
  return named ? { lead, rest, name: lead } : { lead, rest };
}
var GENERIC_LEADS = /* @__PURE__ */ new Set([
  "survey",
  "a survey",
  "review",
  "a review",
  "tutorial",
  "position",
  "position paper",
  "benchmark",
  "overview",
  "introduction",
  "perspective",
  "report",
  "technical report",
  "commentary",
  "editorial",
  "opinion",
  "erratum",
  "correction",
  "dataset",
  "book",
  "chapter"
]);
function sharedColonLead(a, b) {
  const leadA = splitColon(a).lead;
  if (leadA === "" || leadA !== splitColon(b).lead) return void 0;
  const words = leadA.split(" ");
  if (words.length > 4 || leadA.replaceAll(" ", "").length < 3 || GENERIC_LEADS.has(leadA)) return void 0;
  return a.slice(0, a.indexOf(":")).trim();
}
function citedForms(title, normalized2, split) {
  const withoutParentheses = normalizeTitle(title.replace(/\([^()]*\)/g, " "));
  return new Set(
    [normalized2, withoutParentheses, split.lead, split.rest].filter((form) => form !== "").map(foldedOf)
  );
}
var NEAR_CHARACTERS = 0.85;
var NEAR_OVERLAP = 0.55;
var NEAR_CONTAINMENT = 0.8;
var MAX_NAME_WORDS = 3;
function isShortAgainst(small, large) {
  return small.length <= MAX_NAME_WORDS && large.length >= small.length + 2;
}
function compareTitles(a, b) {
  const normalizedA = normalizeTitle(a);
  const normalizedB = normalizeTitle(b);
  if (normalizedA === normalizedB) return { match: "same", score: 1 };
  if (normalizedA === "" || normalizedB === "") return { match: "different", score: 0 };
  const splitA = splitColon(a);
  const splitB = splitColon(b);
  if (citedForms(b, normalizedB, splitB).has(foldedOf(normalizedA)) || citedForms(a, normalizedA, splitA).has(foldedOf(normalizedB))) {
    return { match: "same", score: 1 };
  }
  const tokensA = contentTokens(spelledOut(normalizedA));
  const tokensB = contentTokens(spelledOut(normalizedB));
  const [small, large] = tokensA.length <= tokensB.length ? [tokensA, tokensB] : [tokensB, tokensA];
  const matched = matchedTokens(small, large);
  const overlap = small.length + large.length === 0 ? 0 : 2 * matched / (small.length + large.length);
  const containment = small.length === 0 ? 0 : matched / small.length;
  const characters = similarity(normalizedA.replaceAll(" ", ""), normalizedB.replaceAll(" ", ""));
  const score = Math.max(overlap, characters);
  const { name: nameA } = splitA;
  const { name: nameB } = splitB;
  const sharedShortName = nameA !== void 0 && (nameA === nameB || tokensMatch(nameA, nameB ?? ""));
  const nameInOther = nameA !== void 0 && ` ${normalizedB} `.includes(` ${nameA} `) || nameB !== void 0 && ` ${normalizedA} `.includes(` ${nameB} `);
  const shortenedOrExtended = containment >= NEAR_CONTAINMENT && small.length >= 2;
  if (characters >= NEAR_CHARACTERS || overlap >= NEAR_OVERLAP || shortenedOrExtended || isShortAgainst(small, large) || sharedShortName || nameInOther) {
    return { match: "near", score };
  }
  return { match: "different", score };
}
var NAME_THEN_DESCRIPTION = /^([^:]{1,40}?)\s+[-\u2013\u2014]\s+\S/u;
function readsAsName(title, paperTitle) {
  const written = titleTokens(title);
  const paperWritten = titleTokens(paperTitle);
  if (isShortAgainst(written, paperWritten)) return true;
  const named = NAME_THEN_DESCRIPTION.exec(title);
  if (named && titleTokens(named[1]).length <= MAX_NAME_WORDS) return true;
  const words = spelledOut(written.join(" ")).map(stem);
  const paperWords = spelledOut(paperWritten.join(" ")).map(stem);
  return words.length < paperWords.length && words.every((word, i) => word === paperWords[i]);
}

export {
  hasWords,
  normalizeTitle,
  forgetNormalizedTitles,
  editDistance,
  sharedColonLead,
  compareTitles,
  readsAsName
};
