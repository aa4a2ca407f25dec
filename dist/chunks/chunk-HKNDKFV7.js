import {
  editDistance
} from "./chunk-RPG5BQVK.js";

// src/config/rule-ids.ts
var RULE_IDS = [
  "entry-format",
  "duplicate-entry",
  "conflicting-link",
  "arxiv-url",
  "arxiv-date",
  "entry-order",
  "dead-link",
  "redirect",
  "unverified-link",
  "arxiv-not-found",
  "arxiv-title-mismatch",
  "arxiv-withdrawn",
  "doi-not-found",
  "github-repo"
];
var known = new Set(RULE_IDS);
function isRuleId(value) {
  return known.has(value);
}

// src/config/did-you-mean.ts
function didYouMean(name, candidates) {
  const best = candidates.map((candidate) => ({ candidate, distance: editDistance(name, candidate) })).sort((x, y) => x.distance - y.distance)[0];
  return best && best.distance <= 3 ? ` (did you mean '${best.candidate}'?)` : "";
}

export {
  RULE_IDS,
  isRuleId,
  didYouMean
};
