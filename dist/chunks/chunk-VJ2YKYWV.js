import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  editDistance
} from "./chunk-2B4IKTUP.js";

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
  "arxiv-published",
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

// src/config/exclude.ts
var engine;
async function loadExclusionEngine() {
  engine ??= (await import("./build-FEKF5LO6.js")).RE2JS;
}
var lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);
function syntaxProblem(source) {
  try {
    new RegExp(source);
    return void 0;
  } catch (error) {
    const message = error.message;
    const prefix = `Invalid regular expression: /${source}/: `;
    return lowerFirst(message.startsWith(prefix) ? message.slice(prefix.length) : message);
  }
}
function compileExclusion(source) {
  const problem = syntaxProblem(source);
  if (problem) return { invalid: problem };
  if (!engine) throw new Error("the exclusion engine is not loaded");
  try {
    const compiled = engine.compile(engine.translateRegExp(source));
    return { pattern: { test: (url) => compiled.matcher(url).find() } };
  } catch (error) {
    const why = error.message.replace(/^error parsing regexp: /, "");
    return {
      invalid: `not matchable in linear time: ${why}; lookarounds and backreferences are not supported`
    };
  }
}
function quotedPattern(source) {
  return `'${source.replace(/\r?\n|\r/g, "\\n")}'`;
}
function exclusionSources(config, extra = []) {
  return [...config?.links?.exclude ?? [], ...extra];
}
function linkExclusion(config, extra = []) {
  const patterns = exclusionSources(config, extra).map((source) => {
    const compiled = compileExclusion(source);
    if ("invalid" in compiled) throw new Error(`exclusion ${quotedPattern(source)}: ${compiled.invalid}`);
    return compiled.pattern;
  });
  return (url) => patterns.some((pattern) => pattern.test(url));
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

export {
  ConfigError,
  RULE_IDS,
  isRuleId,
  ruleDocsUrl,
  loadExclusionEngine,
  syntaxProblem,
  compileExclusion,
  quotedPattern,
  exclusionSources,
  linkExclusion,
  didYouMean
};
