import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  editDistance
} from "./chunk-BIKLHWNS.js";

// src/config/error.ts
var ConfigError = class extends Error {
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
  }
  file;
  problem;
  name = "ConfigError";
};

// src/config/rule-ids.ts
var RULE_IDS = [
  "entry-format",
  "duplicate-entry",
  "conflicting-link",
  "arxiv-url",
  "arxiv-date",
  "entry-order",
  "local-link",
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
function ruleDocsUrl(id) {
  return `https://github.com/paperlint/paperlint/blob/main/docs/rules/${id}.md`;
}

// src/config/did-you-mean.ts
function didYouMean(name, candidates) {
  const best = candidates.map((candidate) => ({ candidate, distance: editDistance(name, candidate) })).sort((x, y) => x.distance - y.distance)[0];
  if (!best) return "";
  const close = best.distance <= 3 && best.distance * 2 <= Math.max(name.length, best.candidate.length);
  const prefix = name.length >= 3 && candidates.find((candidate) => candidate.startsWith(name));
  const suggestion = close ? best.candidate : prefix;
  return suggestion ? ` (did you mean '${suggestion}'?)` : "";
}

// src/config/exclude.ts
function compileExclusion(source) {
  try {
    return { pattern: new RegExp(source) };
  } catch (error) {
    const message = error.message;
    const prefix = `Invalid regular expression: /${source}/: `;
    const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message;
    return { invalid: reason.charAt(0).toLowerCase() + reason.slice(1) };
  }
}
function quotedPattern(source) {
  return `'${source.replace(/\r?\n|\r/g, "\\n")}'`;
}
function linkExclusion(config, extra = []) {
  const patterns = [...(config?.links?.exclude ?? []).map((source) => new RegExp(source)), ...extra];
  return (url) => patterns.some((pattern) => pattern.test(url));
}

export {
  ConfigError,
  RULE_IDS,
  isRuleId,
  ruleDocsUrl,
  didYouMean,
  compileExclusion,
  quotedPattern,
  linkExclusion
};
