import {
  ConfigError,
  RULE_IDS,
  didYouMean,
  isRuleId,
  linkExclusion,
  ruleDocsUrl
} from "./chunk-FUIKXAXA.js";
import {
  ARXIV_ARCHIVES,
  NETWORK_UNAVAILABLE,
  arxivHostKind,
  arxivIdFromPath,
  arxivIdFromUrl,
  arxivKey,
  doiFromUrl,
  findArxivIdsInText,
  findDoisInText,
  githubRepoKey,
  githubRepoOf,
  httpHostOf,
  isArxivHost,
  isPaperIndexUrl,
  isPaperPageHost,
  monthIndex,
  normalizeUrl,
  parseArxivId,
  routeLink,
  safeDecode,
  splitUrl,
  summarizeLinks,
  versionedId,
  yearMonth
} from "./chunk-54VOKZ56.js";
import {
  compareTitles,
  normalizeTitle,
  readsAsName,
  sharedColonLead
} from "./chunk-OMTTI6XD.js";

// src/report/paths.ts
import path from "node:path";
function displayPath(file, cwd) {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/").replaceAll("\\", "/");
}

// src/config/load.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";

// src/text/bom.ts
function stripBom(text) {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

// src/config/jsonc.ts
function stripJsonComments(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (char === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
      const line = text[i + 1] === "/";
      const close = line ? text.indexOf("\n", i) : text.indexOf("*/", i + 2);
      const end = close === -1 ? text.length : line ? close : close + 2;
      out += text.slice(i, end).replace(/[^\r\n]/g, " ");
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}
function stringEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

// src/config/load.ts
var CONFIG_FILES = [".paperlintrc.json", ".paperlintrc.jsonc", ".paperlintrc", "package.json"];
function parseJson(text, file) {
  const json = path2.basename(file) === "package.json" ? stripBom(text) : stripJsonComments(stripBom(text));
  try {
    return JSON.parse(json);
  } catch (error2) {
    let message = error2.message.replace(/\s+/g, " ");
    const position = /at position (\d+)/.exec(message);
    if (position && !/\bline \d+/.test(message)) {
      const before = json.slice(0, Number(position[1]));
      const line = before.split("\n").length;
      message += ` (line ${line} column ${before.length - before.lastIndexOf("\n")})`;
    }
    throw new ConfigError(file, `invalid JSON: ${message}`);
  }
}
async function readIfPresent(absolute, shown2) {
  try {
    return await readFile(absolute, "utf8");
  } catch (error2) {
    const code = error2.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new ConfigError(shown2, `cannot read (${code ?? error2.message})`);
  }
}
async function configFromText(text, shown2) {
  const parsed = parseJson(text, shown2);
  const { validateConfig } = await import("./validate-34S7OUV3.js");
  if (path2.basename(shown2) !== "package.json") return validateConfig(parsed, shown2);
  const settings = parsed?.paperlint;
  return settings === void 0 ? void 0 : validateConfig(settings, shown2, "paperlint");
}
async function explicitConfig(cwd, configPath) {
  const absolute = path2.resolve(cwd, configPath);
  const text = await readIfPresent(absolute, configPath);
  if (text === void 0) throw new ConfigError(configPath, "no such file");
  const settings = await configFromText(text, configPath);
  if (settings === void 0) throw new ConfigError(configPath, 'no "paperlint" key');
  return { ...settings, file: absolute };
}
async function folderConfig(folder, cwd) {
  for (const name of CONFIG_FILES) {
    const absolute = path2.join(folder, name);
    const shown2 = displayPath(absolute, cwd);
    const text = await readIfPresent(absolute, shown2);
    if (text === void 0) continue;
    const settings = await configFromText(text, shown2);
    if (settings !== void 0) return { ...settings, file: absolute };
  }
  return void 0;
}
function configFinder({ cwd, configPath }) {
  let explicit;
  const named = configPath === void 0 ? void 0 : () => explicit ??= explicitConfig(cwd, configPath);
  const folders = /* @__PURE__ */ new Map();
  const nearest = (folder) => {
    let found = folders.get(folder);
    if (!found) {
      const parent = path2.dirname(folder);
      found = folderConfig(folder, cwd).then((own) => own ?? (parent === folder ? {} : nearest(parent)));
      folders.set(folder, found);
    }
    return found;
  };
  return {
    /** The configuration that applies to `file` (relative to `cwd` or absolute). */
    forFile: (file) => named?.() ?? nearest(path2.dirname(path2.resolve(cwd, file))),
    /** The configuration that applies to the files of `folder`. */
    forFolder: (folder) => named?.() ?? nearest(path2.resolve(cwd, folder))
  };
}

// src/config/inline.ts
import { visit } from "unist-util-visit";
var COMMENT = /<!--([\s\S]*?)-->/g;
var DIRECTIVE = /^paperlint-(disable-next-line|disable|enable)(?:\s+([\s\S]*))?$/;
var REMARK_DIRECTIVE = /^lint\s+(disable|enable|ignore)(?:\s+([\s\S]*))?$/;
var MAY_HAVE_DIRECTIVES = /paperlint-|<!--\s*lint\s/;
var namesIn = (text = "") => text.split(/\s--\s|^--\s/)[0].split(/[\s,]+/).filter(Boolean);
function pointAt(value, index, start) {
  let line = start.line;
  let lineStart = -1;
  for (let i = value.indexOf("\n"); i !== -1 && i < index; i = value.indexOf("\n", i + 1)) {
    line++;
    lineStart = i;
  }
  const column = lineStart < 0 ? start.column + index : index - lineStart;
  return { line, column, offset: (start.offset ?? 0) + index };
}
var read = /* @__PURE__ */ new WeakMap();
function inlineDirectives(tree) {
  let found = read.get(tree);
  if (!found) {
    found = readDirectives(tree);
    read.set(tree, found);
  }
  return found;
}
function readDirectives(tree) {
  const directives = [];
  const unknownRules = [];
  visit(tree, "html", (node, index, parent) => {
    const start = node.position?.start;
    if (start === void 0) return;
    for (const match of node.value.matchAll(COMMENT)) {
      const from = pointAt(node.value, match.index, start);
      const to = pointAt(node.value, match.index + match[0].length, start);
      const remark = REMARK_DIRECTIVE.exec(match[1].trim());
      if (remark) {
        const names2 = namesIn(remark[2]);
        const rules2 = names2.length === 0 ? RULE_IDS : names2.filter(isRuleId);
        const place = remark[1] === "ignore" ? parent?.children[(index ?? 0) + 1]?.position : { start: from, end: to };
        if (rules2.length === 0 || !place) continue;
        const kind2 = remark[1];
        directives.push({ kind: kind2, rules: rules2, line: place.start.line, endLine: place.end.line });
        continue;
      }
      const directive = DIRECTIVE.exec(match[1].trim());
      if (!directive) continue;
      const kind = directive[1];
      const names = namesIn(directive[2]);
      const rules = names.filter(isRuleId);
      for (const name of names) {
        if (!isRuleId(name)) unknownRules.push({ rule: name, kind, span: { start: from, end: to } });
      }
      if (names.length > 0 && rules.length === 0) continue;
      directives.push({
        kind,
        rules: names.length === 0 ? RULE_IDS : rules,
        line: from.line,
        endLine: to.line
      });
    }
  });
  directives.sort((a, b) => a.line - b.line);
  return { directives, unknownRules };
}
function unknownRuleIds(tree, source) {
  return source.includes("paperlint-") ? inlineDirectives(tree).unknownRules : [];
}
function suppressedRanges(directives) {
  const ranges = new Map(RULE_IDS.map((id) => [id, []]));
  const openSince = /* @__PURE__ */ new Map();
  for (const directive of directives) {
    for (const rule of directive.rules) {
      const list = ranges.get(rule);
      if (directive.kind === "disable-next-line") list.push([directive.endLine + 1, directive.endLine + 1]);
      else if (directive.kind === "ignore") list.push([directive.line, directive.endLine]);
      else if (directive.kind === "disable") {
        if (!openSince.has(rule)) openSince.set(rule, directive.line);
      } else {
        const start = openSince.get(rule);
        if (start !== void 0) list.push([start, directive.endLine]);
        openSince.delete(rule);
      }
    }
  }
  for (const [rule, start] of openSince) ranges.get(rule).push([start, Number.POSITIVE_INFINITY]);
  return ranges;
}
function inlineSuppressions(tree, source) {
  if (source !== void 0 && !MAY_HAVE_DIRECTIVES.test(source)) return () => false;
  const ranges = suppressedRanges(inlineDirectives(tree).directives);
  return (rule, line) => (ranges.get(rule) ?? []).some(([start, end]) => start <= line && line <= end);
}

// src/config/rules.ts
function resolveRuleSettings(config) {
  const settings = /* @__PURE__ */ new Map();
  for (const id of RULE_IDS) {
    const setting = config.rules?.[id];
    if (setting === void 0) settings.set(id, {});
    else if (typeof setting === "string") settings.set(id, { severity: setting });
    else settings.set(id, { severity: setting[0], ...setting[1] !== void 0 && { options: setting[1] } });
  }
  return settings;
}

// src/parse/markdown.ts
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// src/parse/nesting.ts
var MAX_NESTING = 16;
var NBSP = "\xA0";
function overflowAt(text, start, end) {
  let depth = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let width;
    if (c === 32) width = text.charCodeAt(i + 1) === 32 ? 2 : 1;
    else if (c === 9) width = 1;
    else if (c === 62 || (c === 45 || c === 42 || c === 43) && /[ \t]/.test(text[i + 1] ?? ""))
      width = 1;
    else if (c >= 48 && c <= 57) {
      const marker = /^\d{1,9}[.)](?=[ \t])/.exec(text.slice(i, Math.min(end, i + 11)));
      if (!marker) break;
      width = marker[0].length;
    } else break;
    if (depth >= MAX_NESTING) return i;
    depth++;
    i += width;
    if (c !== 32 && c !== 9 && text.charCodeAt(i) === 32) i++;
  }
  return -1;
}
function limitNesting(source) {
  let output;
  let copied = 0;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf("\n", start);
    const end = newline < 0 ? source.length : newline;
    const at = end - start > 2 * MAX_NESTING ? overflowAt(source, start, end) : -1;
    if (at >= 0) {
      output ??= [];
      output.push(source.slice(copied, at), NBSP);
      copied = at + 1;
    }
    start = end + 1;
  }
  return output ? output.join("") + source.slice(copied) : source;
}

// src/parse/markdown.ts
function remarkLimitNesting() {
  const parse = this.parser;
  this.parser = (document, file) => parse(limitNesting(document), file);
}
var markdownPlugins = [remarkParse, remarkLimitNesting, remarkGfm];
var markdownProcessor = unified().use(markdownPlugins).freeze();
function parseMarkdown(source) {
  return markdownProcessor.parse(source);
}

// src/parse/entries.ts
import { toString as mdastToString4 } from "mdast-util-to-string";
import { visit as visit2 } from "unist-util-visit";

// src/text/authors.ts
var PARTICLES = /* @__PURE__ */ new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "das",
  "dos",
  "du",
  "la",
  "le",
  "bin",
  "al",
  "el",
  "ten",
  "ter",
  "zu",
  "y"
]);
var TITLE_WORDS = new Set(
  "learning network networks model models data deep neural vision language languages image images video videos graph graphs large small fast robust efficient generative adversarial attack attacks defense training transformer transformers diffusion detection segmentation recognition reconstruction rendering generation synthesis scene scenes view views 3d 2d 4d object objects field fields radiance gaussian gaussians splatting survey review benchmark benchmarks dataset datasets system systems agent agents robot robots robotic robotics control policy policies reinforcement planning search retrieval recommendation knowledge reasoning code text speech audio multimodal multi towards toward beyond optimization inference estimation prediction analysis understanding representation representations attention memory time series event events camera cameras sensor sensors flow optical motion depth pose human humans face faces body avatar avatars medical clinical safety security privacy world worlds embodied foundation open zero few shot self supervised unsupervised semi free real online offline dynamic dynamics static sparse dense point cloud clouds mesh meshes surface volume neural-network tracking mapping localization navigation manipulation grasping editing style transfer translation question answering dialogue instruction tuning alignment evaluation explanation interpretability causal bayesian probabilistic stochastic kernel linear nonlinear regression classification clustering anomaly forecasting compression quantization pruning distillation adaptation generalization transfer domain task tasks meta continual federated contrastive masked autoencoder autoencoders encoder decoder prompt prompts prompting chain thought tree trees game games theory approach method methods framework frameworks via using with without for from into over under all you need is are new toward a an the of in on at to and or by as anything everything segment track one two any meets matters need beats more less better simple simply scaling scale unified universal general generalist specialist".split(" ")
);
var INITIAL = new RegExp("^(?:(?:\\p{Lu}\\.-?){1,3}|\\p{Lu}{1,2})$", "u");
var ONE_AUTHOR = new RegExp("^(?:\\p{Lu}\\.[\\s-]?){1,3}\\p{Lu}[\\p{L}'\u2019-]+$", "u");
var NAME_WORD = new RegExp("^\\p{Lu}[\\p{L}'\u2019-]*\\p{Ll}[\\p{L}'\u2019-]*\\.?$", "u");
function namePart(part) {
  const words = part.split(/\s+/).filter((word) => word !== "");
  if (words.length === 0 || words.length > 5) return void 0;
  let initial = false;
  let named = false;
  for (const word of words) {
    if (INITIAL.test(word)) {
      initial = true;
      continue;
    }
    if (PARTICLES.has(word)) continue;
    if (!NAME_WORD.test(word) || TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ""))) return void 0;
    named = true;
  }
  return named || initial ? { words, initial } : void 0;
}
var SPLIT = /\s*(?:[,;，、&]|\band\b)\s*/u;
var ET_AL = /\bet\.?\s*al\b\.?/;
function isAuthorList(text) {
  if (text.length < 4) return false;
  if (text[1] === "." && ONE_AUTHOR.test(text.trim())) return true;
  if (!/[,;&，、]|\band\b|et\.?\s*al/.test(text)) return false;
  const trimmed = text.trim().replace(/[\s.,;:]+$/, "");
  const etAl = ET_AL.exec(trimmed);
  const names = etAl ? trimmed.slice(0, etAl.index) : trimmed;
  const parts = [];
  for (const piece of names.split(SPLIT)) {
    if (piece === "") continue;
    const part = namePart(piece);
    if (!part) return false;
    parts.push(part);
  }
  if (parts.length === 0) return false;
  if (etAl) return etAl.index + etAl[0].length >= trimmed.length - 1;
  if (parts.length < 2) return false;
  if (parts.some((part) => part.initial)) return true;
  const fullNames = parts.filter((part) => part.words.length >= 2).length;
  return parts.length === 2 ? fullNames === 2 : fullNames >= 2;
}
function isSurnamePair(text) {
  return new RegExp("^\\p{Lu}[\\p{L}'\u2019-]*\\p{Ll} (?:and|&) \\p{Lu}[\\p{L}'\u2019-]*\\p{Ll}$", "u").test(text.trim());
}

// src/parse/dates.ts
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var MONTH_NAME = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
var DATE = new RegExp(
  [
    `(?<![A-Za-z])(?<monthName>${MONTH_NAME})\\.?,?\\s+(?<monthYear>(?:19|20)\\d{2})(?![\\d])`,
    "(?<![\\d.:/-])(?<ymYear>(?:19|20)\\d{2})[/.-](?<ymMonth>1[0-2]|0?[1-9])(?:[/.-](?:3[01]|[12]\\d|0?[1-9]))?(?![\\d]|[./-]\\d)",
    // `2024年9月` (and `2024年9月5日`): the year-month of Chinese and Japanese lists.
    "(?<![\\d.:/-])(?<cjkYear>(?:19|20)\\d{2})\\s*\u5E74\\s*(?<cjkMonth>1[0-2]|0?[1-9])\\s*\u6708(?:\\s*(?:3[01]|[12]\\d|0?[1-9])\\s*\u65E5)?",
    "(?<![A-Za-z0-9])(?<shortVenue>[A-Za-z][A-Za-z&-]{1,19})\\s?['\u2019\u2018](?<shortYear>\\d{2})(?![\\d'\u2019])",
    // `SIGIR 24,`: an upper-case acronym and two digits that end a phrase (not `GPT 40 models`).
    "(?<![A-Za-z0-9])(?<acronym>[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*) (?<acronymYear>\\d{2})(?=\\s*(?:$|[,;)\\]|.\uFF0C]))",
    "(?<![\\d.:/-])(?<year>(?:19|20)\\d{2})(?![\\d]|[./-]\\d)"
  ].join("|"),
  "g"
);
var BOUNDARY = /[,，;；|()（）[\]{}【】<>\n"“”:：]/;
function isBoundary(text, i) {
  return BOUNDARY.test(text[i]) || text[i] === "." && /\s/.test(text[i + 1] ?? "");
}
var FUNCTION_WORDS = /* @__PURE__ */ new Set([
  "accepted",
  "appeared",
  "at",
  "by",
  "for",
  "from",
  "in",
  "of",
  "on",
  "published",
  "since",
  "the",
  "to",
  "and",
  "updated",
  "last",
  "released",
  "submitted",
  "presented"
]);
var VENUE_SHAPE = /^[A-Za-z][A-Za-z0-9@&.+'’-]*(?: [A-Za-z0-9@&.+'’-]+){0,3}$/;
function labelBefore(text, end, limit) {
  let start = end;
  while (start > limit && !isBoundary(text, start - 1)) start--;
  const segment = text.slice(start, end);
  if (/\bet\.? ?al\b/.test(segment) || isSurnamePair(segment) || isAuthorList(segment))
    return { text: "", start: end };
  const words = [...text.slice(start, end).matchAll(/[^\s*_~`\u00a0]+/g)].filter(
    (word) => !/^[-–—•·]+$/.test(word[0])
  );
  let from = 0;
  words.forEach((word, i) => {
    if (FUNCTION_WORDS.has(word[0].toLowerCase())) from = i + 1;
  });
  const kept = words.slice(Math.max(from, words.length - 4));
  const label = kept.map((word) => word[0]).join(" ");
  if (kept.length === 0 || !VENUE_SHAPE.test(label)) return { text: "", start: end };
  return { text: label, start: start + kept[0].index };
}
function dateLabel(label) {
  const lower = label.toLowerCase();
  return /^(?:arxiv|arvix|axriv|arxvi)/.test(lower) ? "arxiv" : lower;
}
function monthFromName(name) {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
function findDatesInText(text, boundaries = []) {
  const found = [];
  let previousEnd = 0;
  let boundaryIndex = 0;
  for (const match of text.matchAll(DATE)) {
    const groups = match.groups ?? {};
    const matchStart = match.index;
    const matchEnd = matchStart + match[0].length;
    while (boundaryIndex < boundaries.length && boundaries[boundaryIndex] <= matchStart) boundaryIndex++;
    const limit = Math.max(previousEnd, boundaryIndex > 0 ? boundaries[boundaryIndex - 1] : 0);
    let year;
    let month;
    let labelText = "";
    let start = matchStart;
    let end = matchEnd;
    if (groups.shortVenue !== void 0 || groups.acronym !== void 0) {
      year = 2e3 + Number(groups.shortYear ?? groups.acronymYear);
      labelText = groups.shortVenue ?? groups.acronym;
    } else {
      if (groups.monthName !== void 0) {
        year = Number(groups.monthYear);
        month = monthFromName(groups.monthName);
      } else if (groups.ymYear !== void 0) {
        year = Number(groups.ymYear);
        month = Number(groups.ymMonth);
      } else if (groups.cjkYear !== void 0) {
        year = Number(groups.cjkYear);
        month = Number(groups.cjkMonth);
      } else {
        year = Number(groups.year);
      }
      const label2 = adjacentLabel(text, matchStart, limit);
      labelText = label2.text;
      if (label2.text !== "") start = label2.start;
      else if (text[matchStart - 1] === "[" && text[matchEnd] === "]") {
        start--;
        end++;
      }
    }
    previousEnd = end;
    const label = dateLabel(labelText);
    const date = { index: start, length: end - start, label, year };
    if (month !== void 0) date.month = month;
    if (label !== "" && label !== "arxiv") date.venue = labelText;
    found.push(date);
  }
  return found;
}
function adjacentLabel(text, dateStart, limit) {
  const direct = labelBefore(text, dateStart, limit);
  if (direct.text !== "") return direct;
  let comma = dateStart;
  while (comma > limit && /\s/.test(text[comma - 1])) comma--;
  if (comma <= limit || !/[,，]/.test(text[comma - 1])) return direct;
  return labelBefore(text, comma - 1, limit);
}

// src/parse/entry-blocks.ts
import { toString as mdastToString } from "mdast-util-to-string";
var FIELD = /^(?:[\s\p{Extended_Pictographic}*_[]|\uFE0F|\u200d)*[\p{L}\p{N}][\p{L}\p{N} /&.()'-]{0,30}[*_\]]*\s*[:：]/u;
function isFieldList(list) {
  return list.children.length > 0 && list.children.every((item) => {
    const first = item.children[0];
    return first?.type === "paragraph" && FIELD.test(mdastToString(first, { includeImageAlt: false }));
  });
}
function headingBodyEnd(nodes, i) {
  let j = i + 1;
  while (j < nodes.length && nodes[j].type !== "heading") j++;
  return j;
}
function isLeafHeading(nodes, i, end) {
  const next = nodes[end];
  return next === void 0 || next.depth <= nodes[i].depth;
}
function withoutDetails(nodes) {
  const kept = [];
  let depth = 0;
  for (const node of nodes) {
    if (node.type === "html") {
      const opens = node.value.match(/<details\b/gi)?.length ?? 0;
      const closes = node.value.match(/<\/details\s*>/gi)?.length ?? 0;
      depth = Math.max(0, depth + opens - closes);
      continue;
    }
    if (depth === 0) kept.push(node);
  }
  return kept;
}
function isBoldOnly(paragraph) {
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === "text" && child.value.trim() === "")
  );
  return meaningful.length === 1 && meaningful[0].type === "strong";
}

// src/parse/flat.ts
import { toString as mdastToString2 } from "mdast-util-to-string";

// src/parse/html.ts
import { fromHtml } from "hast-util-from-html";

// src/parse/source.ts
function createLocator(source) {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const pointAt2 = (offset2) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (lineStarts[mid] <= offset2) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset2 - lineStarts[low] + 1, offset: offset2 };
  };
  return { source, pointAt: pointAt2, spanOf: (start, end) => ({ start: pointAt2(start), end: pointAt2(end) }) };
}
function nodeSpan(node) {
  const origin = { line: 1, column: 1, offset: 0 };
  const { start, end } = node.position ?? { start: origin, end: origin };
  return {
    start: { line: start.line, column: start.column, offset: start.offset ?? 0 },
    end: { line: end.line, column: end.column, offset: end.offset ?? 0 }
  };
}
function startOffset(node) {
  return node.position?.start.offset ?? 0;
}
function endOffset(node) {
  return node.position?.end.offset ?? 0;
}

// src/parse/html.ts
function anchorHref(tag) {
  const tree = fromHtml(`${tag}</a>`, { fragment: true });
  const anchor = tree.children.find(
    (node) => node.type === "element" && node.tagName === "a"
  );
  const href = anchor?.properties.href;
  return typeof href === "string" && href.trim() !== "" ? href.trim() : void 0;
}
var OPENS = /<(?:table|ul|ol)\b/gi;
var CLOSES = /<\/(?:table|ul|ol)\s*>/gi;
function opensHtmlRegion(value) {
  OPENS.lastIndex = 0;
  return OPENS.test(value);
}
function count(pattern, text) {
  return text.match(pattern)?.length ?? 0;
}
function htmlRegionEnd(nodes, i) {
  let depth = 0;
  for (let j = i; j < nodes.length; j++) {
    const node = nodes[j];
    if (node.type === "heading") return Math.max(j, i + 1);
    if (node.type === "html") depth += count(OPENS, node.value) - count(CLOSES, node.value);
    if (depth <= 0) return j + 1;
  }
  return nodes.length;
}
var EMPHASIS = /* @__PURE__ */ new Set(["b", "strong", "em", "i", "u", "mark", "del", "s", "strike"]);
var SKIPPED = /* @__PURE__ */ new Set(["details", "script", "style", "template", "img", "svg"]);
function headerText(cell) {
  return textOf(cell).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function placeCells(cells, spans) {
  const row = [];
  const skipTaken = () => {
    while ((spans[row.length] ?? 0) > 0) {
      spans[row.length]--;
      row.push(void 0);
    }
  };
  for (const cell of cells) {
    skipTaken();
    const colSpan = Math.min(50, Math.max(1, Number(cell.properties.colSpan) || 1));
    const rowSpan = Math.min(1e3, Math.max(1, Number(cell.properties.rowSpan) || 1));
    for (let k = 0; k < colSpan; k++) {
      spans[row.length] = rowSpan - 1;
      row.push({ cell, first: k === 0 });
    }
  }
  skipTaken();
  return row;
}
function isHeaderCell(cell) {
  if (cell.tagName === "th") return true;
  const content = cell.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  return content.every(
    (child) => child.type === "element" && ["strong", "b", "em", "i"].includes(child.tagName) && !child.children.some((inner) => inner.type === "element")
  );
}
function textOf(node) {
  if (node.type === "text") return node.value;
  if (node.type !== "element" && node.type !== "root") return "";
  return node.children.map((child) => textOf(child)).join("");
}
function offsetsOf(node) {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from !== void 0 && to !== void 0) return { from, to };
  if (node.type !== "element") return { from: -1, to: -1 };
  let first = -1;
  let last = -1;
  for (const child of node.children) {
    const inner = offsetsOf(child);
    if (inner.from < 0) continue;
    if (first < 0) first = inner.from;
    last = inner.to;
  }
  return { from: first, to: last };
}
function readHtmlRegion(nodes, locator, newBuilder) {
  const base = startOffset(nodes[0]);
  const html = locator.source.slice(base, endOffset(nodes[nodes.length - 1]));
  const tree = fromHtml(html, { fragment: true });
  const markdown = nodes.filter((node) => node.type !== "html" && node.position);
  let nextMarkdown = 0;
  const units = [];
  let headers = [];
  let spans = [];
  const emit = (builder, children, emphasis, link) => {
    for (const child of children) {
      if (child.type === "text") {
        emitText(builder, child.value, offsetsOf(child), emphasis, link);
        continue;
      }
      if (child.type !== "element" || SKIPPED.has(child.tagName) || child.tagName === "ul" || child.tagName === "ol")
        continue;
      if (child.tagName === "br") {
        const { from, to } = offsetsOf(child);
        builder.htmlText("\n", base + from, base + to, "break", emphasis, link);
      } else if (child.tagName === "a" && typeof child.properties.href === "string" && link === -1) {
        const index = builder.openLink(anchorLink(child, textOf(child)));
        emit(builder, child.children, emphasis, index);
        builder.closeLink(index);
      } else if (child.tagName === "code") {
        const { from, to } = offsetsOf(child);
        builder.htmlText(textOf(child), base + from, base + to, "code", emphasis, link);
      } else {
        emit(builder, child.children, emphasis || EMPHASIS.has(child.tagName), link);
      }
    }
  };
  const emitText = (builder, value, { from, to }, emphasis, link) => {
    if (from < 0) {
      builder.htmlText(value, -1, -1, "text", emphasis, link);
      return;
    }
    while (nextMarkdown < markdown.length && startOffset(markdown[nextMarkdown]) < base + from)
      nextMarkdown++;
    const inside = [];
    while (nextMarkdown < markdown.length && endOffset(markdown[nextMarkdown]) <= base + to)
      inside.push(markdown[nextMarkdown++]);
    if (inside.length === 0) {
      builder.htmlText(value, base + from, base + to, "text", emphasis, link);
      return;
    }
    for (const node of inside) builder.flow(node);
  };
  const anchorLink = (anchor, label) => {
    const href = String(anchor.properties.href).trim();
    const { from, to } = offsetsOf(anchor);
    const link = { label: label.trim(), url: href, span: locator.spanOf(base + from, base + to) };
    const tagEnd = html.indexOf(">", from);
    const at = tagEnd === -1 ? -1 : html.slice(from, tagEnd).indexOf(href);
    if (at !== -1) link.urlSpan = locator.spanOf(base + from + at, base + from + at + href.length);
    return link;
  };
  const visit3 = (node, list) => {
    for (const child of node.children) {
      if (child.type !== "element" || SKIPPED.has(child.tagName)) continue;
      if (child.tagName === "tr") {
        const cells = child.children.filter(
          (cell) => cell.type === "element" && (cell.tagName === "td" || cell.tagName === "th")
        );
        const slots = placeCells(cells, spans);
        if (cells.length > 0 && cells.every(isHeaderCell)) {
          const subHeader = slots.includes(void 0) || cells.every((cell) => cell.tagName === "th");
          if (headers.length > 0 && !subHeader) continue;
          const named = [...headers];
          slots.forEach((slot, column) => {
            const text = slot ? headerText(slot.cell) : "";
            if (text !== "" || named[column] === void 0) named[column] = text;
          });
          headers = named;
          continue;
        }
        const builder = newBuilder();
        const ranges = [];
        for (const slot of slots) {
          builder.separator(" | ");
          const from = builder.size;
          if (slot?.first) emit(builder, slot.cell.children, slot.cell.tagName === "th", -1);
          ranges.push([from, builder.size]);
        }
        units.push({ kind: "table", flat: builder.build(), span: spanOf(child), cells: ranges, headers });
        continue;
      }
      if (child.tagName === "table") {
        headers = [];
        spans = [];
      }
      if (child.tagName === "li") {
        const builder = newBuilder();
        emit(builder, child.children, false, -1);
        units.push({ kind: list, flat: builder.build(), span: spanOf(child), cells: [], headers: [] });
      }
      visit3(child, child.tagName === "ol" ? "ordered" : child.tagName === "ul" ? "bullet" : list);
    }
  };
  const spanOf = (element) => {
    const { from, to } = offsetsOf(element);
    return from < 0 ? locator.spanOf(base, base) : locator.spanOf(base + from, base + to);
  };
  visit3(tree, "bullet");
  return units;
}

// src/parse/flat.ts
var FlatBuilder = class {
  constructor(locator, definitions) {
    this.locator = locator;
    this.definitions = definitions;
  }
  locator;
  definitions;
  parts = [];
  length = 0;
  pieces = [];
  links = [];
  /** The innermost block with a position: nodes made by GFM's literal autolinking may have none. */
  block;
  /** Adds text that is not in the source (a cell or paragraph separator). */
  separator(text) {
    if (this.length === 0) return;
    this.push(text, -1, -1, false, "separator", false, -1);
  }
  /** Adds a flow node (paragraph, list, table, blockquote…) and everything inside it. */
  flow(node) {
    switch (node.type) {
      case "paragraph":
      case "heading":
      case "tableCell":
        this.block = node;
        this.phrasing(node.children, false, -1);
        this.separator("\n");
        return;
      case "list":
      case "listItem":
      case "blockquote":
      case "table":
      case "tableRow":
        for (const child of node.children) this.flow(child);
        return;
      default:
        return;
    }
  }
  /** Adds inline content; `block` is the paragraph or cell holding it. */
  phrasing(nodes, emphasis, link, block) {
    if (block) this.block = block;
    for (let i = 0; i < nodes.length; i++) {
      const close = link === -1 ? this.inlineAnchor(nodes, i, emphasis) : -1;
      if (close !== -1) i = close;
      else this.inline(nodes[i], emphasis, link);
    }
  }
  /**
   * `<a href="…">Title</a>` written inline (`- <a href="https://arxiv.org/abs/…">Title</a>, 2015`): the tags
   * are two html nodes around the label. Returns the index of the closing tag, or -1 when `nodes[i]` opens none.
   */
  inlineAnchor(nodes, i, emphasis) {
    const open = nodes[i];
    if (open.type !== "html" || !/^<a\s[^>]*\bhref\s*=/i.test(open.value) || !open.position) return -1;
    let close = i + 1;
    while (close < nodes.length && !(nodes[close].type === "html" && /^<\/a\s*>$/i.test(nodes[close].value)))
      close++;
    const href = anchorHref(open.value);
    if (close >= nodes.length || href === void 0 || !nodes[close].position) return -1;
    const children = nodes.slice(i + 1, close);
    const start = startOffset(open);
    const link = {
      label: mdastToString2({ type: "paragraph", children }).trim(),
      url: href,
      span: this.locator.spanOf(start, endOffset(nodes[close]))
    };
    const at = open.value.indexOf(href);
    if (at !== -1) link.urlSpan = this.locator.spanOf(start + at, start + at + href.length);
    const index = this.openLink(link);
    this.phrasing(children, emphasis, index);
    this.closeLink(index);
    return close;
  }
  /** Starts a link whose label the next pieces make (`closeLink` ends it); returns its index. */
  openLink(link) {
    this.links.push({ link, from: this.length, to: this.length });
    return this.links.length - 1;
  }
  closeLink(index) {
    this.links[index].to = this.length;
  }
  /**
   * Text read from raw HTML at source `[start, end)` (a table cell's words, a link's label): exact when the
   * source holds it verbatim, not when entities (`&amp;`) or collapsed white space changed it.
   */
  htmlText(value, start, end, kind, emphasis, link) {
    const exact = end - start === value.length && this.locator.source.slice(start, end) === value;
    this.push(value, start, end, exact, kind, emphasis, link);
  }
  inline(node, emphasis, link) {
    switch (node.type) {
      case "text": {
        const holder = node.position ? node : this.block;
        const start = holder?.position ? startOffset(holder) : -1;
        const end = holder?.position ? endOffset(holder) : -1;
        this.text(node.value, start, end, holder === node, emphasis, link);
        return;
      }
      case "inlineCode": {
        const start = startOffset(node);
        const at = this.locator.source.slice(start, endOffset(node)).indexOf(node.value);
        if (at === -1) this.push(node.value, start, endOffset(node), false, "code", emphasis, link);
        else this.push(node.value, start + at, start + at + node.value.length, true, "code", emphasis, link);
        return;
      }
      case "break":
        this.push("\n", startOffset(node), endOffset(node), false, "break", emphasis, link);
        return;
      case "html":
        if (/^<br\s*\/?>$/i.test(node.value)) {
          this.push("\n", startOffset(node), endOffset(node), false, "break", emphasis, link);
        }
        return;
      case "emphasis":
      case "strong":
      case "delete":
        this.phrasing(node.children, true, link);
        return;
      case "link":
        this.link(node, node.url, node.children, emphasis, link);
        return;
      case "linkReference": {
        const definition = this.definitions(node.identifier);
        if (definition) this.link(node, definition.url, node.children, emphasis, link, definition);
        else this.phrasing(node.children, emphasis, link);
        return;
      }
      default:
        return;
    }
  }
  /**
   * A text node maps 1:1 onto the source unless line indentation, escapes or entities changed it, or GFM's
   * autolink literals split it (the parts keep the whole node's position): then each line of the value is
   * looked for in the node's source, after the previous part.
   */
  text(value, start, end, own, emphasis, link) {
    if (start < 0 || own && end - start === value.length) {
      this.push(value, start, end, start >= 0, "text", emphasis, link);
      return;
    }
    let cursor = this.resumeAt(start, end);
    const lines = value.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (i > 0) this.push("\n", cursor, cursor, false, "text", emphasis, link);
      const at = line === "" ? -1 : this.locator.source.indexOf(line, cursor);
      if (at !== -1 && at + line.length <= end) {
        this.push(line, at, at + line.length, true, "text", emphasis, link);
        cursor = at + line.length;
      } else {
        this.push(line, start, end, false, "text", emphasis, link);
      }
    });
  }
  link(node, url, children, emphasis, outer, definition) {
    if (outer !== -1) {
      this.phrasing(children, emphasis, outer);
      return;
    }
    const index = this.links.length;
    const label = mdastToString2(children);
    const link = node.position ? { label: label.trim(), url, span: nodeSpan(node) } : this.literalLink(label, url);
    if (node.position) {
      const urlSpan = this.locateUrl(definition ?? node, url, node.type === "link");
      if (urlSpan) link.urlSpan = urlSpan;
    }
    const flatLink = { link, from: this.length, to: this.length };
    this.links.push(flatLink);
    this.phrasing(children, emphasis, index);
    flatLink.to = this.length;
  }
  /** A GFM literal (`www.…`, a bare URL inside other text) has no position: find its text in the block. */
  literalLink(text, url) {
    const block = this.block;
    const start = block ? startOffset(block) : 0;
    const end = block ? endOffset(block) : 0;
    const at = this.locator.source.indexOf(text, this.resumeAt(start, end));
    if (text === "" || at === -1 || at + text.length > end) {
      return { label: text.trim(), url, span: block ? nodeSpan(block) : this.locator.spanOf(0, 0) };
    }
    const span = this.locator.spanOf(at, at + text.length);
    return { label: text.trim(), url, span, urlSpan: span };
  }
  /** Where to look for the next text inside source `[start, end)`: after the last exact piece when it lies there. */
  resumeAt(start, end) {
    const previous = this.pieces.at(-1);
    return previous?.exact && previous.start >= start && previous.end <= end ? previous.end : start;
  }
  /** Finds the destination text inside the node's source; GFM literals (`www.…`) are the whole node. */
  locateUrl(node, url, hasLabel) {
    const start = startOffset(node);
    const end = endOffset(node);
    const slice = this.locator.source.slice(start, end);
    const at = slice.lastIndexOf(url);
    if (at !== -1) return this.locator.spanOf(start + at, start + at + url.length);
    if (hasLabel && !/^[[<]/.test(slice) && url.endsWith(slice)) return this.locator.spanOf(start, end);
    return void 0;
  }
  push(text, start, end, exact, kind, emphasis, link) {
    if (text === "") return;
    this.pieces.push({
      from: this.length,
      to: this.length + text.length,
      start,
      end,
      exact,
      kind,
      emphasis,
      link
    });
    this.parts.push(text);
    this.length += text.length;
  }
  get size() {
    return this.length;
  }
  build() {
    return { text: this.parts.join(""), pieces: this.pieces, links: this.links };
  }
};
function sliceFlat(flat, from, to) {
  const pieces = [];
  const linkIndex = /* @__PURE__ */ new Map();
  const links = [];
  for (let i = firstEndingAfter(flat.links, from); i < flat.links.length; i++) {
    const found = flat.links[i];
    if (found.from >= to) break;
    if (found.to <= from) continue;
    linkIndex.set(i, links.length);
    links.push({
      link: found.link,
      from: Math.max(found.from, from) - from,
      to: Math.min(found.to, to) - from
    });
  }
  for (let i = firstEndingAfter(flat.pieces, from); i < flat.pieces.length; i++) {
    const piece = flat.pieces[i];
    if (piece.from >= to) break;
    if (piece.to <= from) continue;
    const cutStart = Math.max(piece.from, from) - piece.from;
    const cutEnd = Math.min(piece.to, to) - piece.from;
    pieces.push({
      ...piece,
      from: piece.from + cutStart - from,
      to: piece.from + cutEnd - from,
      start: piece.exact ? piece.start + cutStart : piece.start,
      end: piece.exact ? piece.start + cutEnd : piece.end,
      link: piece.link === -1 ? -1 : linkIndex.get(piece.link) ?? -1
    });
  }
  return { text: flat.text.slice(from, to), pieces, links };
}
function firstEndingAfter(ranges, at) {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (ranges[mid].to <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}
function pieceAt(flat, i) {
  const piece = flat.pieces[firstEndingAfter(flat.pieces, i)];
  return piece && piece.from <= i ? piece : void 0;
}
function sourceRange(flat, from, to) {
  const first = pieceAt(flat, from);
  const last = pieceAt(flat, to - 1);
  if (!first || !last || first.start < 0 || last.start < 0) return void 0;
  const start = first.exact ? first.start + (from - first.from) : first.start;
  const end = last.exact ? last.start + (to - last.from) : last.end;
  return end > start ? { start, end, exact: first.exact && last.exact } : void 0;
}
function maskRanges(text, ranges, fill) {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  let at = 0;
  for (const [from, to] of sorted) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out.push(
      text.slice(at, start),
      typeof fill === "string" ? fill.repeat(to - start) : fill(text.slice(start, to))
    );
    at = to;
  }
  out.push(text.slice(at));
  return out.join("");
}

// src/parse/nonentry.ts
function isPaperLink(link) {
  const host = httpHostOf(link.url);
  if (host !== void 0 && isPaperPageHost(host) || isPaperIndexUrl(link.url)) return true;
  if (/\.pdf(?:$|[?#])/i.test(link.url)) return true;
  return /^\W*(?:paper|pdf|preprint|full paper|arxiv)\W*$/i.test(link.label);
}
function refersToPaper(entry) {
  return entry.arxiv.length > 0 || entry.dois.length > 0 || entry.links.some(isPaperLink);
}
function isTableOfContents(links) {
  return links.length > 0 && links.every((link) => link.url.startsWith("#"));
}
function isBadgeOnly(text) {
  return !/[\p{L}\p{N}]/u.test(text);
}
var NON_PAPER_SECTION = /^\W*(?:table of contents?|contents|toc|contribut\w*|contributors?|acknowledg\w*|citation|cite|citing|how to cite|star history|stargazers?|license|licence|contact|maintainers?|news|latest news|updates?|changelog|change log|what'?s new|announcements?)\W*$/i;
function isNonPaperSection(scope) {
  return scope.some((level) => NON_PAPER_SECTION.test(level.replace(new RegExp("\\p{Extended_Pictographic}", "gu"), "")));
}
var RESOURCE_SECTION = /^\W*(?:(?:open[- ]source |third[- ]party |unofficial |official )?(?:implementations?|codes?|code ?bases?|tools?|toolkits?|toolbox(?:es)?|librar(?:y|ies)|frameworks?|software|repositories|repos|projects)|datasets?|data|benchmarks?|talks?|tutorials?|courses?|lectures?|videos?|blogs?|blog posts?|posts|articles|slides|books?|demos?|resources?|other resources|links|websites?|community|communities|people|researchers|labs|workshops?|challenges?|competitions?|related (?:lists?|repos?|repositories|projects|awesome lists?)|awesome lists?)\W*$/i;
function isResourceSection(scope) {
  return scope.some(
    (level) => RESOURCE_SECTION.test(level.replace(new RegExp("\\p{Extended_Pictographic}", "gu"), "").trim())
  );
}
var NEWS_START = /^\W*(?:\[?\(?(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?\]?\)?|[[(]\d{1,2}[/-]\d{1,2}[\])]|news\b)/iu;
var NEWS_EMOJI = /^\s*(?:🔥|📢|🎉|🚀|✨|⭐|🌟|📣|🆕|❗|‼️|:fire:|:tada:|:rocket:|:bell:|:loudspeaker:|:mega:|:star:|:new:)/u;
var NEWS_WORDS = /\b(?:we|our|released?|releasing|is out|are out|now available|has been|have been|are accepted|is accepted|was accepted|were accepted|added|adding|welcome|congrat\w*|update[sd]?|launch(?:ed)?|check out|new version|is available|are available)\b|(?:^|[\]):.!|]\s*)(?:We|Our|Welcome|Congrat\w*|Check out)\b/;
var BATCH = /^\W*\d+\s+(?:new\s+)?papers?\b/i;
function isNewsItem(text) {
  const head = text.slice(0, 160);
  if (/^\W*(?:latest\s+)?news\s*[:：|!–-]/i.test(head)) return true;
  if (BATCH.test(head)) return true;
  return (NEWS_START.test(head) || NEWS_EMOJI.test(head)) && NEWS_WORDS.test(head);
}

// src/parse/sections.ts
import { toString as mdastToString3 } from "mdast-util-to-string";
var SUMMARY_LEVEL = 7;
var BOLD_LEVEL = 8;
var SectionPath = class {
  levels = [];
  groups = [];
  heading(depth, text) {
    this.levels.length = depth - 1;
    this.levels[depth - 1] = text;
  }
  /** `<details><summary>Title</summary>` opens a sub-section; `</details>` closes it. */
  html(node) {
    if (/<\/details>/i.test(node.value)) this.levels.length = Math.min(this.levels.length, SUMMARY_LEVEL - 1);
    const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(node.value);
    if (summary) {
      const text = stripTags(summary[1]);
      if (text !== "") this.heading(SUMMARY_LEVEL, text);
    }
  }
  /** A paragraph that is only bold text (`**Survey**`, `<b>1.1.1 …</b>`) acts as a sub-heading. */
  boldParagraph(node) {
    const meaningful = node.children.filter(
      (child) => !(child.type === "text" && child.value.trim() === "") && !(child.type === "html" && /^<\/?(?:b|strong)>$/i.test(child.value.trim()))
    );
    const wrappedInB = node.children.some(
      (child) => child.type === "html" && /^<(?:b|strong)>$/i.test(child.value)
    );
    const isBold = meaningful.length === 1 && meaningful[0].type === "strong" || wrappedInB && meaningful.every((child) => child.type === "text");
    if (!isBold || containsLink(node)) return false;
    const text = stripTags(mdastToString3(node, { includeImageAlt: false }));
    if (text === "" || text.length > 120) return false;
    this.heading(BOLD_LEVEL, text.replace(/[:：]$/, ""));
    return true;
  }
  pushGroup(text) {
    this.groups.push(text);
  }
  popGroup() {
    this.groups.pop();
  }
  /**
   * The innermost heading with the `<summary>` titles, bold sub-headings and groups under it: a `# News`
   * section stays news inside its `<details><summary>2023</summary>` and under `**[2023-12]**`.
   */
  scope() {
    let heading = Math.min(this.levels.length, SUMMARY_LEVEL - 1) - 1;
    while (heading > 0 && !this.levels[heading]) heading--;
    return [...this.levels.slice(Math.max(heading, 0)).filter((level) => level), ...this.groups];
  }
  current() {
    return [...this.levels.filter((level) => level !== void 0 && level !== ""), ...this.groups];
  }
};
function containsLink(node) {
  if (node.type === "link" || node.type === "linkReference") return true;
  return (node.children ?? []).some((child) => containsLink(child));
}
function stripTags(html) {
  return html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
}

// src/parse/title.ts
var LINK_LABELS = /* @__PURE__ */ new Set([
  "abs",
  "abstract",
  "acm",
  "arxiv",
  "arxiv paper",
  "benchmark",
  "bib",
  "bibtex",
  "blog",
  "checkpoint",
  "cite",
  "citation",
  "code",
  "code link",
  "colab",
  "data",
  "dataset",
  "datasets",
  "demo",
  "details",
  "doi",
  "download",
  "full paper",
  "github",
  "github repo",
  "here",
  "hf",
  "homepage",
  "html",
  "huggingface",
  "ieee",
  "leaderboard",
  "link",
  "links",
  "model",
  "models",
  "notebook",
  "official",
  "openreview",
  "page",
  "paper",
  "paper link",
  "papers",
  "papers with code",
  "pdf",
  "pdf link",
  "poster",
  "preprint",
  "project",
  "project page",
  "pwc",
  "python",
  "pytorch",
  "repo",
  "repository",
  "semantic scholar",
  "site",
  "slides",
  "source",
  "springer",
  "supp",
  "supplementary",
  "talk",
  "tensorflow",
  "this",
  "tweet",
  "url",
  "video",
  "web",
  "webpage",
  "website",
  "weights",
  "zhihu",
  "\u77E5\u4E4E",
  "\u8BBA\u6587",
  "\u4EE3\u7801"
]);
function wordKey(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function isLinkLabel(text) {
  if (text.length > 40) return false;
  const key = wordKey(text);
  return key === "" || LINK_LABELS.has(key);
}
function isLabelOfLink(label) {
  return isLinkLabel(label.replace(/\s*[(（][^()（）]*[)）]\s*$/u, ""));
}
function isTitleLike(text) {
  return new RegExp("\\p{L}", "u").test(text) && !isLinkLabel(text) && !/^(?:https?:\/\/|www\.)/i.test(text);
}
function anyCase(word) {
  return [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join("");
}
function venueDate(caseless) {
  const months = MONTHS.map(caseless);
  return `(?:(?:[A-Za-z][A-Za-z0-9@&.+'\u2019-]*(?![A-Za-z])\\s?){0,4}[\\s,]*(?:(?:19|20)\\d{2}(?!\\d)|['\u2019\u2018]\\d{2}(?!\\d)|(?<=[A-Z]{2,})\\s?\\d{2}(?![\\w.]))|${caseless("arxiv")}(?![\\w-])|(?:${months.join("|")})[a-zA-Z]*\\.?\\s+(?:19|20)\\d{2})`;
}
var VENUE_DATE = venueDate(anyCase);
var LOOSE_VENUE_DATE = venueDate((word) => word);
var SEPARATOR = new RegExp(
  `\\s*[,\uFF0C;\uFF1B]\\s*(?=${LOOSE_VENUE_DATE})|\\.\\s+(?=${LOOSE_VENUE_DATE})|\\s+[-\u2013\u2014]+\\s+|\\s*\u3010|\\s+\\|\\s*|\\s*[(\uFF08]\\s*(?=${LOOSE_VENUE_DATE})`,
  "gi"
);
var SURNAME = "[A-Z][A-Za-z\\u00C0-\\u024F'\u2019-]+";
var AUTHORS_AFTER = new RegExp(
  `[,\uFF0C.]\\s+(?=(?:[A-Z]\\.\\s?){1,3}${SURNAME}(?:\\s*,|\\s+and\\s|\\s+et al\\b|\\.)|${SURNAME}(?:\\s${SURNAME})?\\s+et al\\b)`
);
var BRACKET_PREFIX = /^[[(（【]([^\])）】\n]{1,40})[\])）】]/;
var DATE_PREFIX = /^(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?(?!\d)\s*[:：|–-]?/;
var NUMBERING = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])(?=\s)/;
var PAPER_FIELD = /^(?:papers?|paper link|full paper|pdf|arxiv|preprint|论文|文章)\s*(?:[:：]|\s[-–—])\s*/i;
var NOISE = /^(?:[\s\p{Extended_Pictographic}•·*_>:.,\]|-]|\uFE0F|\u200d)+/u;
var YEARISH = /(?:19|20)\d{2}|['’‘]\d{2}(?!\d)/;
var MONTH_DAY = /^\s*\d{1,2}[/-]\d{1,2}\s*$/;
var VENUE_DATE_ONLY = new RegExp(`^[[(\uFF08]?${VENUE_DATE}[\\])\uFF09]?[.,:\uFF1A]?$`);
function emphasisRun(flat, pos, to) {
  let end = pos;
  for (const piece of flat.pieces) {
    if (piece.to <= pos) continue;
    if (piece.from >= to || !piece.emphasis || piece.link !== -1) break;
    end = piece.to;
  }
  return Math.min(end, to);
}
function skipNoise(flat, pos, to) {
  let numbered = false;
  for (let guard = 0; guard < 8; guard++) {
    const rest = flat.text.slice(pos, Math.min(to, pos + 80));
    const noise = NOISE.exec(rest);
    if (noise) {
      pos += noise[0].length;
      continue;
    }
    const link = linkAt(flat, pos);
    const number = link === void 0 && NUMBERING.exec(rest);
    if (number) {
      pos += number[0].length;
      numbered = true;
      continue;
    }
    const bracket = BRACKET_PREFIX.exec(rest);
    const brokenLink = bracket && /^\s*\((?:https?:|www\.|\.{0,2}\/)/i.test(rest.slice(bracket[0].length));
    if (bracket && !brokenLink && link === void 0 && (YEARISH.test(bracket[1]) || MONTH_DAY.test(bracket[1]))) {
      pos += bracket[0].length;
      continue;
    }
    const run = emphasisRun(flat, pos, to);
    if (run > pos && VENUE_DATE_ONLY.test(flat.text.slice(pos, run).trim())) {
      pos = run;
      continue;
    }
    const code = pieceAt(flat, pos);
    if (code?.kind === "code" && code.from === pos && VENUE_DATE_ONLY.test(flat.text.slice(code.from, code.to).trim())) {
      pos = code.to;
      continue;
    }
    const date = DATE_PREFIX.exec(rest);
    if (date) {
      pos += date[0].length;
      continue;
    }
    const field = PAPER_FIELD.exec(rest);
    const fieldLink = field ? linkAt(flat, pos + field[0].length) : void 0;
    if (field && fieldLink?.from === pos + field[0].length && isTitleLike(flat.text.slice(fieldLink.from, fieldLink.to))) {
      pos = fieldLink.from;
      continue;
    }
    if (link && link.from === pos && (!isTitleLike(flat.text.slice(link.from, link.to)) || isLabelOfLink(flat.text.slice(link.from, link.to)))) {
      pos = link.to;
      continue;
    }
    if (rest.startsWith("[") || rest.startsWith("(")) {
      const next = linkAt(flat, pos + 1);
      if (next && next.from === pos + 1) {
        pos += 1;
        continue;
      }
    }
    return { pos, numbered };
  }
  return { pos, numbered };
}
function linkAt(flat, pos) {
  for (const link of flat.links) {
    if (link.from <= pos && pos < link.to) return link;
    if (link.from > pos) return void 0;
  }
  return void 0;
}
function hardEnd(flat, pos, to, emphasisOnly) {
  for (const piece of flat.pieces) {
    if (piece.to <= pos) continue;
    if (piece.from >= to) break;
    const at = Math.max(piece.from, pos);
    if (piece.link !== -1 || piece.kind === "code" || piece.kind === "break" || piece.kind === "separator") {
      return at;
    }
    if (emphasisOnly && !piece.emphasis) return at;
    const newline = flat.text.indexOf("\n", at);
    if (newline !== -1 && newline < piece.to) return newline;
  }
  return to;
}
function nextLink(flat, pos, to) {
  const link = flat.links.find((found) => found.to > pos);
  return link ? Math.min(Math.max(link.from, pos), to) : to;
}
function trimRange(text, from, to) {
  while (from < to && /[\s"“'‘*_[]/.test(text[from])) from++;
  while (to > from && /[\s[(（{,，;；:：.。"”'’*_|【-]/.test(text[to - 1])) to--;
  return [from, to];
}
function findTitle(flat, from, to, mode) {
  for (let at = from, guard = 0; at < to && guard < 4; guard++) {
    const { pos: start, numbered } = skipNoise(flat, at, to);
    if (start >= to) return void 0;
    const range = locateTitle(flat, start, to, mode, numbered);
    if (!range) return void 0;
    const text = flat.text.slice(range.from, range.to);
    if (isAuthorList(text)) {
      at = afterAuthors(flat, range.to, to);
      continue;
    }
    const lead = authorLead(text);
    if (lead === 0) return range;
    at = range.from + lead;
  }
  return void 0;
}
function authorLead(text) {
  let lead = 0;
  for (const stop of text.slice(0, 300).matchAll(/\.\s+(?=\S)/g)) {
    const names = text.slice(0, stop.index);
    if (/[,&]|\band\b|et al/.test(names) && isAuthorList(names)) lead = stop.index + stop[0].length;
  }
  return lead;
}
function afterAuthors(flat, end, to) {
  const gap = /^[^\p{L}\p{N}[("“*_]*/u.exec(flat.text.slice(end, Math.min(to, end + 20)));
  return end + Math.max(1, gap?.[0].length ?? 0);
}
function locateTitle(flat, start, to, mode, numbered) {
  const link = linkAt(flat, start);
  if (link) {
    const from = Math.max(link.from, start);
    const label = flat.text.slice(from, link.to);
    if (!isTitleLike(label) || isLabelOfLink(label)) return void 0;
    const [a2, b2] = withoutCitation(
      flat.text,
      ...withoutDatePrefix(flat.text, ...trimRange(flat.text, from, link.to))
    );
    const extended2 = extendShortName(flat, a2, b2, to, mode);
    if (extended2 !== void 0) return { from: a2, to: extended2 };
    const named2 = mode === "cell" && flat.text.slice(a2, b2).split(" ").length <= 4;
    return { from: a2, to: b2, described: named2 && remarkAfter(flat, link.to, to) };
  }
  const quoted2 = quotedTitle(flat.text, start, hardEnd(flat, start, to, false)) ?? nameThenQuote(flat, start, to) ?? citedTitle(flat, start, to);
  if (quoted2) return quoted2;
  const named = nameThenEmphasis(flat, start, to) ?? nameInBrackets(flat, start, to, mode, numbered);
  if (named) return named;
  if (numbered) {
    const digest = nameThenSentence(flat, start, to, mode);
    if (digest) return digest;
  }
  const emphasised = pieceAt(flat, start)?.emphasis === true;
  const end = plainEnd(flat, start, to, mode, emphasised);
  const [a, b] = trimRange(flat.text, start, unclosedBracket(flat.text, start, end));
  if (b <= a) return void 0;
  const extended = extendShortName(flat, a, b, to, mode);
  const range = extended === void 0 ? {
    from: a,
    to: b,
    described: emphasised && descriptionAfter(flat, end, to) && !isLongTitle(flat.text.slice(a, b))
  } : { from: a, to: extended };
  return isTitleLike(flat.text.slice(range.from, range.to)) ? range : void 0;
}
function unclosedBracket(text, from, to) {
  const ascii = text.indexOf("(", from);
  const wide = text.indexOf("\uFF08", from);
  const first = ascii === -1 || wide !== -1 && wide < ascii ? wide : ascii;
  if (first === -1 || first >= to) return to;
  let depth = 0;
  let outer = to;
  for (let i = first; i < to; i++) {
    if (text[i] === "(" || text[i] === "\uFF08") {
      if (depth === 0) outer = i;
      depth++;
    } else if ((text[i] === ")" || text[i] === "\uFF09") && depth > 0) depth--;
  }
  return depth > 0 ? outer : to;
}
function withoutDatePrefix(text, from, to) {
  if (text[from - 1] !== "[") return [from, to];
  const prefix = /^([^\]\n]{1,40})\]\s*/.exec(text.slice(from, to));
  const start = from + (prefix?.[0].length ?? 0);
  return prefix && YEARISH.test(prefix[1]) && start < to ? [start, to] : [from, to];
}
function withoutCitation(text, from, to) {
  const paren = /\s*[(（]([^()（）]{3,80})[)）]$/.exec(text.slice(from, to));
  if (!paren || paren.index === 0) return [from, to];
  const names = paren[1].replace(/,?\s*(?:19|20)\d{2}[a-z]?\s*$/, "");
  if (names === paren[1] || !(/\bet\.? ?al\b/.test(names) || isAuthorList(names) || isSurnamePair(names)))
    return [from, to];
  return [from, from + paren.index];
}
var CLOSING_QUOTES = { '"': '"\u201D', "\u201C": '\u201D"', "\u300C": "\u300D", "\xAB": "\xBB" };
function quotedTitle(text, start, end) {
  const closing = CLOSING_QUOTES[text[start]];
  if (closing === void 0) return void 0;
  let close = -1;
  for (let i = start + 1; i < end && close === -1; i++) if (closing.includes(text[i])) close = i;
  if (close === -1) return void 0;
  const [a, b] = trimRange(text, start + 1, close);
  return b > a && isTitleLike(text.slice(a, b)) ? { from: a, to: b } : void 0;
}
var AUTHOR_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|and|et|al\.?|etal\.?|van|von|der|den|de|la|le|da|di|du|dos|\([^()"“]{1,40}\)\.?)`;
var CITATION_AUTHORS = new RegExp(
  String.raw`^${AUTHOR_WORD}(?:[\s,;]+${AUTHOR_WORD}){1,60}[\s,;]*(?=["“])`,
  "u"
);
function citedTitle(flat, start, to) {
  const end = nextLink(flat, start, to);
  const straight = flat.text.indexOf('"', start);
  const curly = flat.text.indexOf("\u201C", start);
  const quote2 = straight === -1 || curly !== -1 && curly < straight ? curly : straight;
  if (quote2 === -1 || quote2 >= end) return void 0;
  const authors = CITATION_AUTHORS.exec(flat.text.slice(start, quote2 + 1));
  if (!authors || !/[,;]/.test(authors[0])) return void 0;
  const quoted2 = quotedTitle(flat.text, start + authors[0].length, end);
  return quoted2 && { ...quoted2, cited: true };
}
function nameThenQuote(flat, start, to) {
  if (pieceAt(flat, start)?.emphasis !== true) return void 0;
  const runEnd = emphasisRun(flat, start, to);
  if (runEnd - start > 60) return void 0;
  const open = runEnd + (/^\s*[:：]?\s*/.exec(flat.text.slice(runEnd, runEnd + 8))?.[0].length ?? 0);
  if (flat.text[open] !== '"' && flat.text[open] !== "\u201C") return void 0;
  const quoted2 = quotedTitle(flat.text, open, nextLink(flat, open, to));
  if (!quoted2) return void 0;
  let [nameFrom, nameTo] = trimRange(flat.text, start, runEnd);
  if (flat.text[nameTo - 1] === "]") nameTo--;
  const name = flat.text.slice(nameFrom, nameTo);
  return name === "" || wordKey(name) === wordKey(flat.text.slice(quoted2.from, quoted2.to)) ? quoted2 : { ...quoted2, name: { from: nameFrom, to: nameTo } };
}
var AFTER_TITLE = new RegExp(`^\\s*(?:$|[,.;:\uFF1A(\uFF08[\u3010|]|${VENUE_DATE})`, "u");
function nameThenEmphasis(flat, start, to) {
  const first = pieceAt(flat, start);
  if (!first || first.emphasis || first.link !== -1 || first.kind !== "text") return void 0;
  const bold = flat.pieces.find((piece) => piece.from > start && piece.from < to && piece.emphasis);
  if (!bold || bold.link !== -1 || nextLink(flat, start, to) < bold.from) return void 0;
  const prefix = flat.text.slice(start, bold.from);
  if (prefix.length > 40 || !/^[^\s"“]\S*(?:\s\S+){0,2}?\s*[:：]?\s+$/u.test(prefix)) return void 0;
  const runEnd = emphasisRun(flat, bold.from, to);
  const [a, b] = trimRange(flat.text, bold.from, runEnd);
  const title = flat.text.slice(a, b);
  if (b <= a || !isTitleLike(title) || title.split(/\s+/).length < 2) return void 0;
  if (!AFTER_TITLE.test(flat.text.slice(runEnd, hardEnd(flat, runEnd, to, false)))) return void 0;
  const [nameFrom, nameTo] = trimRange(flat.text, start, bold.from);
  return { from: a, to: b, name: { from: nameFrom, to: nameTo } };
}
var NAME_THEN_GAP = /^(\S+(?: \S+){0,3}) {2,}(?=\S)/;
var TITLE_THEN_GAP = /^(\S+(?: \S+){0,29}?)(?: {2,}| [-–—] | ?●)(?=\s*\S)/;
function nameInBrackets(flat, start, to, mode, numbered) {
  if (flat.text[start] !== "(" || pieceAt(flat, start + 1)?.emphasis !== true) return void 0;
  const runEnd = emphasisRun(flat, start + 1, to);
  const close = /^\s*\)\s+(?=\S)/.exec(flat.text.slice(runEnd, runEnd + 8));
  if (!close || runEnd - start > 60) return void 0;
  const title = locateTitle(flat, runEnd + close[0].length, to, mode, numbered);
  const [nameFrom, nameTo] = trimRange(flat.text, start + 1, runEnd);
  return title && nameTo > nameFrom ? { ...title, name: title.name ?? { from: nameFrom, to: nameTo } } : void 0;
}
function nameThenSentence(flat, start, to, mode) {
  if (mode === "cell" && pieceAt(flat, start)?.emphasis === true) return void 0;
  const end = hardEnd(flat, start, to, false);
  const split = (mode === "cell" ? TITLE_THEN_GAP : NAME_THEN_GAP).exec(flat.text.slice(start, end));
  if (!split || !isSentence(flat.text.slice(start + split[0].length, end))) return void 0;
  const [a, b] = trimRange(flat.text, start, start + split[1].length);
  if (b <= a || !isTitleLike(flat.text.slice(a, b))) return void 0;
  return { from: a, to: b, described: true, description: { from: start + split[0].length, to: end } };
}
function isSentence(text) {
  const words = text.trim().split(/\s+/);
  const lower = words.filter((word) => new RegExp("^\\p{Ll}", "u").test(word)).length;
  return words.length >= 4 && lower * 2 >= words.length && !isAuthorList(text.trim());
}
function isLongTitle(title) {
  return /^[\p{Lu}\d]/u.test(title) && title.split(/\s+/).length >= 7 && !PROSE_START.test(title);
}
var PROSE_START = /^(?:we|our|this|these|it|they|in this)\b/i;
function descriptionAfter(flat, end, to) {
  const dash = /^\s+[-–—]+\s+(\S.*)$/su.exec(flat.text.slice(end, hardEnd(flat, end, to, false)));
  return dash !== null && isSentence(dash[1]);
}
function remarkAfter(flat, end, to) {
  const words = flat.text.slice(end, hardEnd(flat, end, to, false)).trim();
  return new RegExp("\\p{L}", "u").test(words) && !VENUE_DATE_ONLY.test(words) && !isAuthorList(words) && !isLinkLabel(words);
}
function plainEnd(flat, start, to, mode, emphasisOnly) {
  let end = hardEnd(flat, start, to, emphasisOnly);
  if (mode === "item") {
    const text = flat.text.slice(start, end);
    let cut = text.length;
    for (const separator of text.matchAll(SEPARATOR)) {
      if (separator.index === 0) continue;
      if (/^\s+[-–—]/.test(separator[0]) && text.slice(0, separator.index).trim().split(/\s+/).length < 3)
        continue;
      cut = separator.index;
      break;
    }
    const authors = AUTHORS_AFTER.exec(text);
    if (authors && authors.index > 0 && authors.index < cut) cut = authors.index;
    end = start + cut;
  }
  return end;
}
function extendShortName(flat, from, to, limit, mode) {
  if (to - from > 40 || flat.text.slice(from, to).split(/\s+/).length > 3) return void 0;
  const after = /^\s*[:：]\s+(?=\S)/.exec(flat.text.slice(to, Math.min(limit, to + 10)));
  if (!after) return void 0;
  const restStart = to + after[0].length;
  const end = plainEnd(flat, restStart, limit, mode, false);
  const [a, b] = trimRange(flat.text, restStart, end);
  const rest = flat.text.slice(a, b);
  if (b <= a || isAuthorList(rest) || isSurnamePair(rest)) return void 0;
  return b;
}
function shortNameOf(title) {
  const match = /^([^:：,，?]{1,40}?)\s*[:：]\s+(\S.*)$/.exec(title);
  if (!match) return void 0;
  const name = match[1].trim();
  const words = name.split(/\s+/);
  if (words.length > 3 || match[2].split(/\s+/).length < 2) return void 0;
  const nameLike = words.length === 1 || words.some((word) => new RegExp("\\d|\\p{Lu}.*\\p{Lu}", "u").test(word));
  return nameLike ? name : void 0;
}
function cleanTitle(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/text/cjk.ts
var CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// src/parse/title-kind.ts
function isSubtitled(title) {
  return /[:：]\s*\S+(?:\s+\S+){2,}/.test(title);
}
function wordCount(title, limit) {
  let words = 1;
  for (let at = title.indexOf(" "); at !== -1 && words < limit; at = title.indexOf(" ", at + 1)) words++;
  return words;
}
function titleShape(title, evidence) {
  const words = wordCount(title, 5);
  const short = words <= 4 && title.length <= 40 && !/[:：]/.test(title);
  if (evidence.nameColumn && short) return "name";
  if (evidence.described) return isSubtitled(title) ? "full" : "name";
  if (CJK_LETTER.test(title) && /[A-Za-z]/.test(title)) return "name";
  if (words === 1 && /[A-Za-z0-9]/.test(title) && title.length <= 30) return "name";
  return short ? "short" : "full";
}
function settleTitleKinds(entries) {
  const shapes = entries.map(
    ({ entry, evidence }) => entry.title === "" ? void 0 : titleShape(entry.title, evidence)
  );
  let names = 0;
  let fulls = 0;
  for (const shape of shapes) {
    if (shape === "name") names++;
    else if (shape === "full") fulls++;
  }
  const shortKind = names > fulls ? "name" : "full";
  entries.forEach(({ entry }, i) => {
    const shape = shapes[i];
    if (shape !== void 0) entry.titleKind = shape === "short" ? shortKind : shape;
  });
}

// src/parse/entries.ts
function extractModel(tree, source) {
  const walk = {
    locator: createLocator(source),
    definitions: lazyDefinitions(tree),
    sections: new SectionPath(),
    entries: [],
    links: /* @__PURE__ */ new Map(),
    heads: /* @__PURE__ */ new WeakMap(),
    paperHeadings: []
  };
  walkFlow(tree.children, walk);
  walk.entries.sort((a, b) => a.span.start.offset - b.span.start.offset);
  walk.entries.forEach((entry, index) => {
    entry.index = index;
  });
  const links = [...walk.links.values()].sort((a, b) => a.span.start.offset - b.span.start.offset);
  return { entries: walk.entries, links };
}
function lazyDefinitions(tree) {
  let definitions;
  return (identifier) => {
    if (!definitions) {
      const found = /* @__PURE__ */ new Map();
      visit2(tree, "definition", (node) => {
        if (!found.has(node.identifier)) found.set(node.identifier, node);
      });
      definitions = found;
    }
    return definitions.get(identifier);
  };
}
function walkFlow(nodes, walk) {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === "heading") {
      const end = headingBodyEnd(nodes, i);
      const paper = isLeafHeading(nodes, i, end) && paperHeading(node, nodes.slice(i + 1, end), walk);
      if (paper) {
        walk.paperHeadings.push(paper);
        i = end - 1;
        continue;
      }
    }
    flushPaperHeadings(walk);
    switch (node.type) {
      case "heading":
        walk.sections.heading(node.depth, mdastToString4(node, { includeImageAlt: false }).trim());
        flatten([node], walk);
        break;
      case "html":
        if (opensHtmlRegion(node.value)) {
          const end = htmlRegionEnd(nodes, i);
          addHtmlRegion(nodes.slice(i, end), walk);
          i = end - 1;
        } else walk.sections.html(node);
        break;
      case "paragraph": {
        const next = nodes[i + 1];
        if (isBoldOnly(node) && next?.type === "list" && isFieldList(next)) {
          addFieldBlock(node, next, walk);
          i++;
        } else if (!walk.sections.boldParagraph(node)) addBlock(node, walk);
        break;
      }
      case "list":
        addList(node, walk);
        break;
      case "table":
        addTable(node, walk);
        break;
      case "blockquote":
      case "footnoteDefinition":
        walkFlow(node.children, walk);
        break;
      default:
        break;
    }
  }
  flushPaperHeadings(walk);
}
function flatten(nodes, walk) {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  for (const node of nodes) builder.flow(node);
  return remember(builder.build(), walk);
}
function remember(flat, walk) {
  for (const found of flat.links) walk.links.set(found.link.span.start.offset, found.link);
  return flat;
}
function headEnd(flat) {
  const separator = flat.pieces.find((piece) => piece.kind === "separator");
  return separator ? separator.from : flat.text.length;
}
function paperHeading(heading, body, walk) {
  if (body.some((node) => node.type === "table" || node.type === "heading")) return void 0;
  const lists = body.filter((node) => node.type === "list" && !isFieldList(node));
  if (lists.some((list) => list.children.length >= 2)) return void 0;
  if (body.some((node) => node.type === "paragraph" && titledPaper(node, walk))) return void 0;
  const ownContent = (kind, item, walk2) => itemCandidate(
    kind,
    item,
    item.children.filter((child) => child.type !== "list"),
    walk2
  );
  if (lists.length > 0 && subItemsArePapers(lists, walk, ownContent)) return void 0;
  const headingText = mdastToString4(heading, { includeImageAlt: false });
  if (isNonPaperSection([headingText])) return void 0;
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  builder.flow(heading);
  const titleEnd = builder.size;
  for (const node of withoutDetails(body)) builder.flow(node);
  const flat = builder.build();
  const title = findTitle(flat, 0, titleEnd, "item");
  if (!title) return void 0;
  const end = body.length > 0 ? nodeSpan(body[body.length - 1]).end : nodeSpan(heading).end;
  const span = { start: nodeSpan(heading).start, end };
  const c = candidate(assemble("block", span, flat, title, walk), flat, title, walk);
  if (!c.refers || new Set(c.entry.arxiv.map((ref) => ref.id)).size > 1) return void 0;
  return { candidate: c, flat, heading, body };
}
function titledPaper(paragraph, walk) {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  builder.flow(paragraph);
  const flat = builder.build();
  if (!flat.links.some((found) => isPaperLink(found.link))) return false;
  const title = findTitle(flat, 0, flat.text.length, "item");
  return title !== void 0 && flat.text.slice(title.from, title.to).split(/\s+/).length >= 2;
}
function flushPaperHeadings(walk) {
  const run = walk.paperHeadings;
  if (run.length === 0) return;
  walk.paperHeadings = [];
  if (run.length >= 2) {
    for (const { flat } of run) remember(flat, walk);
    keepPapers(
      run.map(({ candidate: candidate2 }) => candidate2),
      walk
    );
    return;
  }
  const [{ heading, body }] = run;
  walk.sections.heading(heading.depth, mdastToString4(heading, { includeImageAlt: false }).trim());
  flatten([heading], walk);
  walkFlow(body, walk);
}
function addFieldBlock(paragraph, list, walk) {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  builder.flow(paragraph);
  const titleEnd = builder.size;
  builder.flow(list);
  const flat = remember(builder.build(), walk);
  const title = findTitle(flat, 0, titleEnd, "item");
  const span = { start: nodeSpan(paragraph).start, end: nodeSpan(list).end };
  keepPapers([candidate(assemble("block", span, flat, title, walk), flat, title, walk)], walk);
}
function addHtmlRegion(nodes, walk) {
  const units = readHtmlRegion(nodes, walk.locator, () => new FlatBuilder(walk.locator, walk.definitions));
  const groups = [];
  for (const unit of units) {
    remember(unit.flat, walk);
    const last = groups.at(-1)?.[0];
    if (last && last.kind === unit.kind && last.headers === unit.headers) groups.at(-1).push(unit);
    else groups.push([unit]);
  }
  for (const group of groups) {
    const candidates = group.map((unit) => {
      if (unit.kind !== "table") {
        const title = findTitle(unit.flat, 0, headEnd(unit.flat), "item");
        return candidate(assemble(unit.kind, unit.span, unit.flat, title, walk), unit.flat, title, walk);
      }
      return cellsCandidate(unit.flat, unit.cells, columnsOf(unit.headers), unit.span, walk);
    });
    keepPapers(candidates, walk);
  }
}
function addList(list, walk) {
  const kind = kindOf(list);
  const candidates = [];
  for (const item of list.children) {
    const sublists = item.children.filter((child) => child.type === "list");
    const head = headCandidate(kind, item, walk);
    if (sublists.length === 0) {
      candidates.push(head);
      continue;
    }
    const { entry } = head;
    if (entry.links.length === 0 && !head.refers && (entry.dates.length === 0 || entry.title === "")) {
      const name = entry.text;
      if (name !== "") walk.sections.pushGroup(name);
      for (const sublist of sublists) addList(sublist, walk);
      if (name !== "") walk.sections.popGroup();
      continue;
    }
    if (subItemsArePapers(sublists, walk)) {
      candidates.push(head);
      for (const sublist of sublists) addList(sublist, walk);
    } else {
      candidates.push(itemCandidate(kind, item, item.children, walk));
    }
  }
  keepPapers(candidates, walk);
}
var ANNOTATION = /^\W*(?:code|paper|pdf|project|authors?|venue|conference|published|links?|website|homepage|demo|data(?:set)?s?|slides|video|blog|github|tl;?dr|summary|abstract|notes?|keywords?|tags|citation|bibtex)\s*[:：]/i;
function subItemsArePapers(sublists, walk, look = headCandidate) {
  let items = 0;
  let papers = 0;
  for (const sublist of sublists) {
    for (const item of sublist.children) {
      items++;
      const { entry, refers } = look(kindOf(sublist), item, walk);
      if (refers && entry.title.split(" ").length >= 2 && !ANNOTATION.test(entry.text)) papers++;
    }
  }
  return papers * 2 >= items && papers > 0;
}
function kindOf(list) {
  return list.ordered ? "ordered" : "bullet";
}
function headCandidate(kind, item, walk) {
  let head = walk.heads.get(item);
  if (!head) {
    const own = item.children.filter((child) => child.type !== "list");
    head = itemCandidate(kind, item, own, walk);
    walk.heads.set(item, head);
  }
  return head;
}
function itemCandidate(kind, item, nodes, walk) {
  const flat = flatten(withoutDetails(nodes), walk);
  const title = findTitle(flat, 0, headEnd(flat), "item");
  return candidate(assemble(kind, nodeSpan(item), flat, title, walk), flat, title, walk);
}
function candidate(entry, flat, title, walk, nameColumn = false) {
  const excluded = isTableOfContents(entry.links) || isBadgeOnly(flat.text) || isNewsItem(entry.text) || isNonPaperSection(walk.sections.scope());
  const refers = refersToPaper(entry);
  const evidence = { described: title?.described === true, nameColumn };
  const resource = isResourceSection(walk.sections.scope());
  return { entry, refers, signal: refers || entry.dates.length > 0, excluded, resource, evidence };
}
function keepPapers(candidates, walk) {
  const signals = candidates.filter((c) => c.signal && !c.excluded).length;
  const paperList = signals * 3 >= candidates.length && (signals >= 2 || candidates.length === 1);
  const kept = candidates.filter((c) => !c.excluded && (paperList && !c.resource || c.refers));
  settleTitleKinds(kept);
  for (const c of kept) walk.entries.push(c.entry);
}
var TITLE_HEADER = /^(?:papers?|titles?|paper titles?|paper names?|articles?|publication titles?|标题|论文|题目|论文标题|论文名称|文章)$/;
var NAME_HEADER = /^(?:names?|models?|llms?|methods?|datasets?|benchmarks?|short names?|abbr|abbreviations?|keywords?|repo names?|projects?|名字|名称|模型|方法|简称|数据集)$/;
var VENUE_HEADER = /venue|conference|journal|publication|published|booktitle|^pub$/;
var YEAR_HEADER = /^(?:years?|dates?|time|release|released|month)$/;
function addTable(table, walk) {
  const [header, ...rows] = table.children;
  if (!header) return;
  const columns = columnsOf(header.children.map((cell) => wordKey(mdastToString4(cell))));
  keepPapers(
    rows.map((row) => rowCandidate(row, columns, walk)),
    walk
  );
}
function columnsOf(headers) {
  const column = (pattern) => headers.findIndex((text) => pattern.test(text));
  const title = column(TITLE_HEADER);
  return {
    title,
    name: column(NAME_HEADER),
    venue: headers.findIndex((text, i) => VENUE_HEADER.test(text) && i !== title),
    year: column(YEAR_HEADER)
  };
}
function rowCandidate(row, columns, walk) {
  const builder = new FlatBuilder(walk.locator, walk.definitions);
  const cells = [];
  for (const cell of row.children) {
    builder.separator(" | ");
    const from = builder.size;
    builder.phrasing(cell.children, false, -1, cell);
    cells.push([from, builder.size]);
  }
  return cellsCandidate(remember(builder.build(), walk), cells, columns, nodeSpan(row), walk);
}
function cellsCandidate(flat, cells, columns, span, walk) {
  const { title, column } = tableTitle(flat, cells, columns);
  const venueCell = cells[columns.venue];
  const venue = venueCell ? cleanTitle(flat.text.slice(venueCell[0], venueCell[1])) : "";
  const entry = assemble("table", span, flat, title, walk, venue);
  const nameCell = column === columns.title && columns.name !== -1 ? cells[columns.name] : void 0;
  const name = nameCell && cleanTitle(flat.text.slice(nameCell[0], nameCell[1]));
  if (name && name.split(" ").length <= 4) entry.shortName = name;
  return candidate(entry, flat, title, walk, column !== -1 && column === columns.name);
}
function tableTitle(flat, cells, columns) {
  for (const column of [columns.title, columns.name]) {
    const cell = cells[column];
    const title = cell && findTitle(flat, cell[0], cell[1], "cell");
    if (title) return { title, column };
  }
  let best;
  let bestWords = 0;
  cells.forEach((cell, index) => {
    if (index === columns.venue || index === columns.year) return;
    const title = findTitle(flat, cell[0], cell[1], "cell");
    if (!title) return;
    const words = flat.text.slice(title.from, title.to).split(/\s+/).length;
    if (words > bestWords) {
      best = title;
      bestWords = words;
    }
  });
  return { title: best, column: -1 };
}
var PROSE = /\b(?:we|our|us|you|your|please|see|welcome|if|feel free|check|follow|star|this (?:repo|repository|list|paper|project))\b|^(?:We|Our|You|Your|Please|See|Welcome|If|Feel free|Check|Follow|Star|This (?:repo|repository|list|paper|project))\b/;
function addBlock(paragraph, walk) {
  const flat = flatten([paragraph], walk);
  if (flat.links.length === 0 && !/arxiv|doi|10\.\d{4}/i.test(flat.text)) return;
  const span = nodeSpan(paragraph);
  const lines = numberedLines(flat);
  const blocks = lines.length < 2 ? [blockCandidate(flat, span, walk)] : lines.map(([from, to]) => {
    const range = sourceRange(flat, from, to);
    const lineSpan = range ? walk.locator.spanOf(range.start, range.end) : span;
    return blockCandidate(sliceFlat(flat, from, to), lineSpan, walk);
  });
  const kept = blocks.filter((c) => c !== void 0);
  settleTitleKinds(kept);
  for (const c of kept) walk.entries.push(c.entry);
}
var LINE_NUMBER = /^[\s>*_]*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s/;
function numberedLines(flat) {
  const starts = [];
  for (let at = 0; at !== -1 && at < flat.text.length; ) {
    if (LINE_NUMBER.test(flat.text.slice(at, at + 12))) starts.push(at);
    const newline = flat.text.indexOf("\n", at);
    at = newline === -1 ? -1 : newline + 1;
  }
  if (starts.length < 2) return [];
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => {
    let end = i + 1 < starts.length ? starts[i + 1] : flat.text.length;
    while (end > start && /\s/.test(flat.text[end - 1])) end--;
    return [start, end];
  });
}
function blockCandidate(flat, span, walk) {
  const title = findTitle(flat, 0, flat.text.length, "item");
  if (!title) return void 0;
  const titleText = flat.text.slice(title.from, title.to);
  if (!title.cited && PROSE.test(titleText) || titleText.split(/\s+/).length > 30) return void 0;
  const c = candidate(assemble("block", span, flat, title, walk), flat, title, walk);
  return c.refers && !c.excluded ? c : void 0;
}
function spanOfRange(flat, from, to, walk) {
  const range = sourceRange(flat, from, to);
  return range ? walk.locator.spanOf(range.start, range.end) : void 0;
}
function assemble(kind, span, flat, titleRange, walk, columnVenue = "") {
  const links = flat.links.map((found) => found.link);
  const linkRanges = flat.links.map((found) => [found.from, found.to]);
  const title = titleRange ? cleanTitle(flat.text.slice(titleRange.from, titleRange.to)) : "";
  const entry = {
    index: 0,
    kind,
    section: walk.sections.current(),
    title,
    dates: [],
    links,
    arxiv: [],
    dois: [],
    span,
    text: cleanTitle(flat.text)
  };
  if (titleRange) {
    const titleSpan = spanOfRange(flat, titleRange.from, titleRange.to, walk);
    if (titleSpan) entry.titleSpan = titleSpan;
    const shortName = shortNameOf(title) ?? (titleRange.name && cleanTitle(flat.text.slice(titleRange.name.from, titleRange.name.to)));
    if (shortName) entry.shortName = shortName;
  }
  const prose = maskRanges(flat.text, linkRanges, " ");
  entry.arxiv = arxivRefs(flat, prose, span, walk);
  entry.dois = doiRefs(flat, prose, span, walk);
  const masked = titleRange ? [...linkRanges, [titleRange.from, titleRange.to]] : linkRanges;
  if (titleRange?.description) masked.push([titleRange.description.from, titleRange.description.to]);
  const written = datesOf(flat, maskRanges(flat.text, masked, "|"), span, walk, columnVenue);
  entry.dates = written.dates;
  if (written.venue !== "" && dateLabel(written.venue) !== "arxiv") entry.venue = written.venue;
  return entry;
}
function arxivRefs(flat, prose, span, walk) {
  const refs = [];
  for (const link of flat.links) {
    const guess = arxivIdFromUrl(link.link.url);
    if (guess) refs.push({ ...guess, link: link.link, span: link.link.span });
  }
  for (const found of findArxivIdsInText(prose)) {
    const ref = {
      id: found.id,
      span: spanOfRange(flat, found.index, found.index + found.length, walk) ?? span
    };
    if (found.version !== void 0) ref.version = found.version;
    refs.push(ref);
  }
  return refs;
}
function doiRefs(flat, prose, span, walk) {
  const refs = [];
  for (const link of flat.links) {
    const doi = doiFromUrl(link.link.url);
    if (doi) refs.push({ doi, link: link.link, span: link.link.span });
  }
  for (const found of findDoisInText(prose)) {
    refs.push({
      doi: found.doi,
      span: spanOfRange(flat, found.index, found.index + found.length, walk) ?? span
    });
  }
  return refs;
}
function datesOf(flat, masked, span, walk, columnVenue) {
  const boundaries = flat.pieces.filter((piece) => piece.kind === "code").flatMap((piece) => [piece.from, piece.to]);
  const columnLabel = /^[A-Za-z][\w@&.+' -]{0,39}$/.test(columnVenue) ? columnVenue : "";
  let venue = "";
  const dates = findDatesInText(masked, boundaries).map((found) => {
    const range = sourceRange(flat, found.index, found.index + found.length);
    const date = {
      text: range?.exact ? walk.locator.source.slice(range.start, range.end) : flat.text.slice(found.index, found.index + found.length),
      label: found.label,
      year: found.year,
      span: range ? walk.locator.spanOf(range.start, range.end) : span
    };
    if (found.month !== void 0) date.month = found.month;
    if (date.label === "" && columnLabel !== "") date.label = dateLabel(columnLabel);
    if (venue === "" && found.venue) venue = found.venue;
    return date;
  });
  return { dates, venue: venue || columnLabel };
}

// src/parse/blocks.ts
import { htmlBlockNames, htmlRawNames } from "micromark-util-html-tag-name";

// src/parse/inline.ts
var NOT_PLAIN_TEXT = /[~]|https?:\/\/|www\.|mailto:|xmpp:|[\w.+-]@[\w-]+\.[\w-]|&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/i;
var FOOTNOTE_CALL = /\[\^/;
var DESTINATION_END = /[\s()<\\\u0000-\u001f\u007f]/;
var ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
var CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;
var HTML_TAG = /<(?:[A-Za-z][A-Za-z\d-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t\n"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?)*[ \t]*\/?|\/[A-Za-z][A-Za-z\d-]*[ \t]*)>/y;
var HTML_START = /<[A-Za-z/!?]/y;
var BACKTICK = 96;
var LEFT_BRACKET = 91;
var RIGHT_BRACKET = 93;
var LEFT_PAREN = 40;
var RIGHT_PAREN = 41;
var ASTERISK = 42;
var UNDERSCORE = 95;
var EXCLAMATION = 33;
var BACKSLASH = 92;
var LESS_THAN = 60;
var NEWLINE = 10;
var SPACE = 32;
var isPiece = (part) => "node" in part;
var Decline = class extends Error {
};
function characterClass(text, index) {
  if (index < 0 || index >= text.length) return 1;
  const unit = text[index];
  if (/\s/.test(unit)) return 1;
  return new RegExp("\\p{P}|\\p{S}", "u").test(unit) ? 2 : 0;
}
function readInline(source, lines, inTable = false) {
  try {
    return new InlineReader(source, lines, inTable).read();
  } catch (error2) {
    if (error2 instanceof Decline) return void 0;
    throw error2;
  }
}
var InlineReader = class {
  constructor(source, lines, inTable) {
    this.source = source;
    this.lines = lines;
    this.inTable = inTable;
    let text = "";
    for (const line of lines) {
      if (this.starts.length > 0) text += "\n";
      this.starts.push(text.length);
      text += source.slice(line.start, line.end);
    }
    this.text = text;
  }
  source;
  lines;
  inTable;
  /** The content with its line prefixes left out, lines joined by `\n`. */
  text;
  /** Where each line starts in `text`. */
  starts = [];
  /** Backslashes of escapes, which no text value keeps. */
  escapes = [];
  /** The index of the line holding `at`. */
  lineOf(at) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  /** The source point of `at` in the content; a line's start `atLineStart` is its column 1 (before its prefix). */
  point(at, atLineStart = false) {
    const k = this.lineOf(at);
    const line = this.lines[k];
    if (atLineStart && k > 0 && at === this.starts[k])
      return { line: line.line, column: 1, offset: line.lineStart };
    const offset2 = line.start + at - this.starts[k];
    return { line: line.line, column: offset2 - line.lineStart + 1, offset: offset2 };
  }
  read() {
    const { text } = this;
    if (FOOTNOTE_CALL.test(text)) throw new Decline();
    const parts = [];
    const openers = [];
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === BACKTICK) {
        let run = i;
        while (run < text.length && text.charCodeAt(run) === BACKTICK) run++;
        const size = run - i;
        const close = closingRun(text, run, size);
        if (close < 0) {
          i = run;
          continue;
        }
        parts.push(this.inlineCode(i, run, close, close + size));
        i = close + size;
      } else if (code === ASTERISK || code === UNDERSCORE) {
        let run = i;
        while (run < text.length && text.charCodeAt(run) === code) run++;
        const before = characterClass(text, i - 1);
        const after = characterClass(text, run);
        let open = !after || after === 2 && before !== 0;
        let close = !before || before === 2 && after !== 0;
        if (code === UNDERSCORE)
          [open, close] = [open && (before !== 0 || !close), close && (after !== 0 || !open)];
        if (open || close) parts.push({ start: i, end: run, marker: code, open, close });
        i = run;
      } else if (code === BACKSLASH) {
        const next = text[i + 1];
        if (next === "\n") {
          if (text.charCodeAt(i - 1) === SPACE) throw new Decline();
          parts.push({ node: { type: "break" }, from: i, to: i + 2 });
          i += 2;
        } else if (next !== void 0 && ASCII_PUNCTUATION.test(next)) {
          this.escapes.push(i);
          i += 2;
        } else i++;
      } else if (code === NEWLINE) {
        let spaces = 0;
        while (text.charCodeAt(i - 1 - spaces) === SPACE) spaces++;
        if (text.charCodeAt(i - 1 - spaces) === 9) throw new Decline();
        if (spaces >= 2) parts.push({ node: { type: "break" }, from: i - spaces, to: i + 1 });
        i++;
      } else if (code === LESS_THAN) {
        i = this.html(i, parts);
      } else if (code === LEFT_BRACKET) {
        openers.push({ at: i, image: false, inactive: false, parts: parts.length });
        i++;
      } else if (code === EXCLAMATION && text.charCodeAt(i + 1) === LEFT_BRACKET) {
        openers.push({ at: i, image: true, inactive: false, parts: parts.length });
        i += 2;
      } else if (code === RIGHT_BRACKET) {
        const opener = openers.at(-1);
        if (!opener || opener.inactive || text.charCodeAt(i + 1) !== LEFT_PAREN) {
          openers.pop();
          i++;
          continue;
        }
        const destinationEnd = simpleDestinationEnd(text, i + 2);
        if (destinationEnd < 0) throw new Decline();
        const children = this.fill(opener.at + (opener.image ? 2 : 1), i, parts.slice(opener.parts));
        if (children.length === 0) throw new Decline();
        const url = text.slice(i + 2, destinationEnd);
        const from = opener.at;
        const to = destinationEnd + 1;
        const position = { start: this.point(from), end: this.point(to) };
        parts.length = opener.parts;
        openers.pop();
        if (opener.image) {
          if (!children.every((child) => child.type === "text")) throw new Decline();
          const alt = children.map((child) => child.value).join("");
          parts.push({ node: { type: "image", title: null, url, alt, position }, from, to });
        } else {
          for (let k = openers.length - 1; k >= 0 && !(openers[k].inactive && !openers[k].image); k--)
            if (!openers[k].image) openers[k].inactive = true;
          parts.push({ node: { type: "link", title: null, url, children, position }, from, to });
        }
        i = to;
      } else i++;
    }
    return this.fill(0, text.length, parts);
  }
  /** Reads an HTML tag or comment at `at` into `parts` and returns where reading goes on; `<` alone is text. */
  html(at, parts) {
    const { text } = this;
    HTML_START.lastIndex = at;
    if (!HTML_START.test(text)) return at + 1;
    let end;
    if (text.startsWith("<!--", at)) {
      if (text.startsWith(">", at + 4) || text.startsWith("->", at + 4)) throw new Decline();
      const close = text.indexOf("-->", at + 4);
      if (close < 0 || text.slice(at, close).includes("\n")) throw new Decline();
      end = close + 3;
    } else {
      HTML_TAG.lastIndex = at;
      if (!HTML_TAG.test(text)) throw new Decline();
      end = HTML_TAG.lastIndex;
    }
    const position = { start: this.point(at), end: this.point(end) };
    parts.push({ node: { type: "html", value: text.slice(at, end), position }, from: at, to: end });
    return end;
  }
  inlineCode(open, contentStart, contentEnd, end) {
    let content = this.text.slice(contentStart, contentEnd);
    if (content.includes("\n")) throw new Decline();
    if (this.inTable) content = content.replaceAll("\\|", "|");
    const padded = content.startsWith(" ") && content.endsWith(" ") && /[^ ]/.test(content);
    const node = {
      type: "inlineCode",
      value: padded ? content.slice(1, -1) : content,
      position: { start: this.point(open), end: this.point(end) }
    };
    return { node, from: open, to: end };
  }
  /** The content of `start`–`end`: its pieces, its runs paired into emphasis, text between. */
  fill(start, end, parts) {
    const children = [];
    let at = start;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k];
      if (isPiece(part)) {
        this.pushText(children, at, part.from);
        const { node } = part;
        children.push(
          node.type === "break" ? { type: "break", position: { start: this.point(part.from), end: this.point(part.to, true) } } : node
        );
        at = part.to;
        continue;
      }
      this.pushText(children, at, part.start);
      let closer = k + 1;
      while (closer < parts.length && isPiece(parts[closer])) closer++;
      const close = parts[closer];
      const size = part.end - part.start;
      if (!close || size > 2 || close.marker !== part.marker || close.end - close.start !== size || !part.open || !close.close)
        throw new Decline();
      const inner = this.fill(part.end, close.start, parts.slice(k + 1, closer));
      children.push({
        type: size === 2 ? "strong" : "emphasis",
        children: inner,
        position: { start: this.point(part.start), end: this.point(close.end) }
      });
      at = close.end;
      k = closer;
    }
    this.pushText(children, at, end);
    return children;
  }
  /** Appends the text of `from`–`to` (whitespace at line ends and escapes' backslashes left out of its value). */
  pushText(children, from, to) {
    const { text } = this;
    if (to <= from) return;
    let raw = text.slice(from, to);
    if (NOT_PLAIN_TEXT.test(raw)) throw new Decline();
    let start = from;
    while (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === 9) start++;
    if (start < to && text.charCodeAt(start) === NEWLINE) {
      raw = text.slice(start, to);
    } else start = from;
    let value = raw.replace(/[ \t]+\n/g, "\n");
    let k = firstAtOrAfter(this.escapes, start);
    if (k < this.escapes.length && this.escapes[k] < to) {
      value = "";
      let copied = start;
      for (; k < this.escapes.length && this.escapes[k] < to; k++) {
        value += text.slice(copied, this.escapes[k]);
        copied = this.escapes[k] + 1;
      }
      value = (value + text.slice(copied, to)).replace(/[ \t]+\n/g, "\n");
    }
    children.push({
      type: "text",
      value,
      position: { start: this.point(start), end: this.point(to, true) }
    });
  }
};
function firstAtOrAfter(values, value) {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
function closingRun(text, from, size) {
  for (let i = text.indexOf("`", from); i !== -1; i = text.indexOf("`", i)) {
    let run = i;
    while (run < text.length && text.charCodeAt(run) === BACKTICK) run++;
    if (run - i === size) return i;
    i = run;
  }
  return -1;
}
function simpleDestinationEnd(text, from) {
  let end = from;
  while (end < text.length && !DESTINATION_END.test(text[end])) end++;
  if (end === from || end >= text.length || text.charCodeAt(end) !== RIGHT_PAREN) return -1;
  return CHARACTER_REFERENCE.test(text.slice(from, end)) ? -1 : end;
}

// src/parse/blocks.ts
var MAX_DEPTH = 8;
var THEMATIC_BREAK = /^(?:(?:-[ ]*){3,}|(?:\*[ ]*){3,}|(?:_[ ]*){3,})$/;
var ATX_HEADING = /^(#{1,6})(?:[ \t]|$)/;
var SIMPLE_HEADING = /^(#{1,6}) (?=[^ \t])(?!.*[ \t#]$)/;
var LIST_MARKER = /^(?:([-*+])|(\d{1,9})([.)]))(?=[ \t]|$)( *)/;
var DELIMITER_CELL = /^[ ]*(:?)-+(:?)[ ]*$/;
var OPEN_TAG = /^<[A-Za-z][A-Za-z\d-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>[ \t]*$/;
var CLOSING_TAG = /^<\/[A-Za-z][A-Za-z\d-]*[ \t]*>[ \t]*$/;
var BLOCK_TAG = /^<\/?([A-Za-z][A-Za-z\d]*)(?=[ \t>]|\/>|$)/;
var blockNames = new Set(htmlBlockNames);
var rawNames = new Set(htmlRawNames);
var Decline2 = class extends Error {
};
var listKeys = /* @__PURE__ */ new WeakMap();
function readBlocks(source, start, end, line) {
  try {
    return new BlockReader(source).read(start, end, line);
  } catch (error2) {
    if (error2 instanceof Decline2) return void 0;
    throw error2;
  }
}
var BlockReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  root = [];
  stack = [];
  leaf;
  /** The stack's depth at the blank line(s) just before this line, or -1 after a line with content. */
  blankDepth = -1;
  /** The current line: its number and where it starts and ends. */
  line = 0;
  lineStart = 0;
  lineEnd = 0;
  point(offset2) {
    return { line: this.line, column: offset2 - this.lineStart + 1, offset: offset2 };
  }
  childrenOf(depth) {
    return depth === 0 ? this.root : this.stack[depth - 1].node.children;
  }
  read(start, end, line) {
    const { source } = this;
    for (let lineStart = start; lineStart < end; line++) {
      const newline = source.indexOf("\n", lineStart);
      this.line = line;
      this.lineStart = lineStart;
      this.lineEnd = newline === -1 || newline > end ? end : newline;
      this.readLine();
      lineStart = this.lineEnd + 1;
    }
    if (this.leaf?.kind === "html" && (this.leaf.htmlKind === 2 || end < source.length)) throw new Decline2();
    this.closeLeaf();
    return this.root;
  }
  readLine() {
    const { source, lineEnd } = this;
    let pos = this.lineStart;
    let matched = 0;
    const blank = isBlank(source, pos, lineEnd);
    for (const frame of this.stack) {
      if (frame.kind === "quote") {
        const indent2 = spacesAt(source, pos);
        if (indent2 > 3 || source[pos + indent2] !== ">") break;
        pos += indent2 + 1;
        if (source[pos] === " ") pos++;
        else if (source[pos] === "	") throw new Decline2();
        if (isBlank(source, pos, lineEnd)) throw new Decline2();
      } else if (!blank) {
        if (spacesAt(source, pos) < frame.width) break;
        pos += frame.width;
      }
      matched++;
    }
    if (blank) {
      this.closeFrames(matched);
      if (this.leaf?.kind !== "html" || this.leaf.htmlKind !== 2) this.closeLeaf();
      else if (this.stack.length > 0) throw new Decline2();
      else this.continueHtml(this.leaf, pos);
      if (this.blankDepth < 0) this.blankDepth = this.stack.length;
      return;
    }
    if (source.slice(pos, lineEnd).includes("\0")) throw new Decline2();
    if (matched === this.stack.length && this.leaf?.kind === "html") {
      this.afterBlank(matched);
      this.continueHtml(this.leaf, pos);
      this.extend();
      return;
    }
    const indent = spacesAt(source, pos);
    if (source[pos + indent] === "	") throw new Decline2();
    const contentStart = pos + indent;
    const rest = source.slice(contentStart, lineEnd);
    const paragraph = this.leaf?.kind === "paragraph" ? this.leaf : void 0;
    if (matched < this.stack.length && paragraph && this.blankDepth < 0 && !mayStartBlock(rest, indent)) {
      if (indent < 4 && htmlKind(rest) === 7) throw new Decline2();
      this.continueParagraph(paragraph, contentStart);
      this.extend();
      return;
    }
    if (matched === this.stack.length && paragraph) {
      if (indent < 4 && isDelimiterRow(rest) && !LIST_MARKER.test(rest)) {
        this.startTable(paragraph, contentStart);
        this.extend();
        return;
      }
      if (!mayStartBlock(rest, indent)) {
        this.continueParagraph(paragraph, contentStart);
        this.extend();
        return;
      }
    }
    if (indent >= 4) throw new Decline2();
    if (matched < this.stack.length) {
      this.closeFrames(matched);
    }
    if (this.leaf?.kind === "table") {
      if (mayStartBlock(rest, indent)) throw new Decline2();
      this.afterBlank(matched);
      this.addRow(this.leaf.node, contentStart, false);
      this.extend();
      return;
    }
    this.openBlocks(pos, matched);
  }
  /**
   * Applies the blank lines before this line, which `depth` open frames take, to the spread of lists and items:
   * a blank line between two items spreads their list; one between two children of an item spreads the item.
   */
  afterBlank(depth, siblingOf) {
    const blankDepth = this.blankDepth;
    if (blankDepth < 0) return;
    this.blankDepth = -1;
    if (siblingOf) {
      if (depth !== blankDepth - 1) throw new Decline2();
      siblingOf.spread = true;
    } else {
      const frame = this.stack[depth - 1];
      if (frame?.kind === "item") frame.node.spread = true;
    }
  }
  /** Opens the quotes and list items that start at `pos` inside the `depth` frames kept, then the leaf block. */
  openBlocks(pos, depth) {
    const { source, lineEnd } = this;
    let blankApplied = false;
    const interrupting = this.leaf?.kind === "paragraph";
    for (; ; ) {
      const indent = spacesAt(source, pos);
      if (indent >= 4 || source[pos + indent] === "	") throw new Decline2();
      const at = pos + indent;
      const rest = source.slice(at, lineEnd);
      if (rest.startsWith(">")) {
        if (!blankApplied) this.afterBlank(depth);
        blankApplied = true;
        this.closeLeaf();
        const node = {
          type: "blockquote",
          children: [],
          position: { start: this.point(at), end: this.point(lineEnd) }
        };
        this.childrenOf(depth).push(node);
        this.push({ kind: "quote", node });
        depth++;
        pos = at + 1;
        if (source[pos] === " ") pos++;
        else if (source[pos] === "	") throw new Decline2();
        if (isBlank(source, pos, lineEnd)) throw new Decline2();
        continue;
      }
      const marker = THEMATIC_BREAK.test(rest) ? void 0 : LIST_MARKER.exec(rest);
      if (marker) {
        const [text, bullet, number, delimiter, spaces] = marker;
        const key = bullet ?? delimiter;
        const contentStart = at + text.length;
        if (spaces.length === 0 && contentStart < lineEnd || isBlank(source, contentStart, lineEnd) || spaces.length > 4 || source[contentStart] === "	" || /^\[[ xX]\](?:[ \t]|$)/.test(source.slice(contentStart, contentStart + 4)))
          throw new Decline2();
        if (interrupting && number !== void 0 && number !== "1") throw new Decline2();
        if (this.stack.some((frame) => frame.kind === "quote")) throw new Decline2();
        const siblings = this.childrenOf(depth);
        const previous = siblings.at(-1);
        const sameList = !this.leaf && previous?.type === "list" && listKeys.get(previous) === key;
        if (!blankApplied) this.afterBlank(depth, sameList ? previous : void 0);
        blankApplied = true;
        this.closeLeaf();
        const item = {
          type: "listItem",
          spread: false,
          checked: null,
          children: [],
          position: { start: this.point(at), end: this.point(lineEnd) }
        };
        let list;
        if (sameList) {
          list = previous;
          list.children.push(item);
        } else {
          list = {
            type: "list",
            ordered: number !== void 0,
            start: number === void 0 ? null : Number.parseInt(number, 10),
            spread: false,
            children: [item],
            position: { start: this.point(at), end: this.point(lineEnd) }
          };
          listKeys.set(list, key);
          siblings.push(list);
        }
        this.push({ kind: "item", node: item, list, width: indent + text.length });
        depth++;
        pos = contentStart;
        continue;
      }
      if (!blankApplied) this.afterBlank(depth);
      if (indent > 0 && rest.startsWith("<")) throw new Decline2();
      this.openLeaf(at, depth, rest);
      this.extend();
      return;
    }
  }
  push(frame) {
    if (this.stack.length >= MAX_DEPTH) throw new Decline2();
    this.stack.push(frame);
  }
  /** Starts the leaf block of `rest` (at `at`) in the container `depth` deep. */
  openLeaf(at, depth, rest) {
    const children = this.childrenOf(depth);
    if (ATX_HEADING.test(rest)) {
      this.closeLeaf();
      const heading = SIMPLE_HEADING.exec(rest);
      if (!heading) throw new Decline2();
      const size = heading[1].length;
      const content = readInline(this.source, [this.contentLine(at + size + 1, this.lineEnd)]);
      if (!content) throw new Decline2();
      children.push({
        type: "heading",
        depth: size,
        children: content,
        position: { start: this.point(at), end: this.point(this.lineEnd) }
      });
      return;
    }
    if (THEMATIC_BREAK.test(rest)) {
      const opened = this.stack.at(-1)?.node.position?.start.line === this.line;
      if (this.leaf?.kind === "paragraph" || opened) throw new Decline2();
      this.closeLeaf();
      children.push({
        type: "thematicBreak",
        position: { start: this.point(at), end: this.point(this.lineEnd) }
      });
      return;
    }
    if (rest.startsWith("<")) {
      const kind = htmlKind(rest);
      if (kind < 0) throw new Decline2();
      if (kind > 0 && !(kind === 7 && this.leaf?.kind === "paragraph")) {
        this.closeLeaf();
        const node = {
          type: "html",
          value: rest,
          position: { start: this.point(at), end: this.point(this.lineEnd) }
        };
        children.push(node);
        this.leaf = { kind: "html", node, htmlKind: kind };
        if (kind === 2 && rest.includes("-->", 4)) this.leaf = void 0;
        return;
      }
    }
    if (mayStartBlock(rest, 0)) throw new Decline2();
    if (this.leaf?.kind === "paragraph" && this.stack.length === depth) {
      this.continueParagraph(this.leaf, at);
      return;
    }
    this.closeLeaf();
    this.leaf = {
      kind: "paragraph",
      lines: [this.contentLine(at, this.lineEnd)],
      end: this.point(this.lineEnd)
    };
  }
  contentLine(start, end) {
    return { line: this.line, lineStart: this.lineStart, start, end };
  }
  continueParagraph(paragraph, at) {
    this.afterBlank(this.stack.length);
    paragraph.lines.push(this.contentLine(at, this.lineEnd));
    paragraph.end = this.point(this.lineEnd);
  }
  continueHtml(html, pos) {
    const text = this.source.slice(pos, this.lineEnd);
    html.node.value += `
${text}`;
    html.node.position.end = this.point(this.lineEnd);
    if (html.htmlKind === 2 && text.includes("-->")) this.leaf = void 0;
  }
  /** Turns a one-line paragraph and the delimiter row at `at` into a table's head. */
  startTable(paragraph, at) {
    const [head] = paragraph.lines;
    if (paragraph.lines.length !== 1 || !this.source.slice(head.start, head.end).includes("|"))
      throw new Decline2();
    const aligns = splitRow(this.source, at, this.lineEnd).map((cell) => {
      const match = DELIMITER_CELL.exec(this.source.slice(cell.from, cell.to));
      if (!match) throw new Decline2();
      return match[1] ? match[2] ? "center" : "left" : match[2] ? "right" : null;
    });
    const table = { type: "table", align: aligns, children: [], position: void 0 };
    const { line, lineStart, lineEnd } = this;
    this.line = head.line;
    this.lineStart = head.lineStart;
    this.lineEnd = head.end;
    const cells = this.addRow(table, head.start, true);
    this.line = line;
    this.lineStart = lineStart;
    this.lineEnd = lineEnd;
    if (cells !== aligns.length) throw new Decline2();
    table.position = { start: table.children[0].position.start, end: this.point(lineEnd) };
    this.leaf = { kind: "table", node: table };
  }
  /** Reads the row at `at` (the current line) into `table`; returns its number of cells. */
  addRow(table, at, head) {
    const { source, lineEnd } = this;
    const cells = [];
    const spans = splitRow(source, at, lineEnd);
    for (const { from, to, cellStart, cellEnd } of spans) {
      const content = readInline(source, [this.contentLine(from, to)], true);
      if (!content) throw new Decline2();
      cells.push({
        type: "tableCell",
        children: content,
        position: { start: this.point(cellStart), end: this.point(cellEnd) }
      });
    }
    const row = {
      type: "tableRow",
      children: cells,
      position: { start: this.point(at), end: this.point(lineEnd) }
    };
    table.children.push(row);
    if (!head) table.position.end = this.point(lineEnd);
    return cells.length;
  }
  /** The current line has content: every open frame now ends at its end. */
  extend() {
    const end = this.point(this.lineEnd);
    for (const frame of this.stack) {
      frame.node.position.end = end;
      if (frame.kind === "item") frame.list.position.end = end;
    }
  }
  /** Closes the frames after the first `depth`, with the leaf inside them. */
  closeFrames(depth) {
    if (this.stack.length <= depth) return;
    if (this.leaf?.kind === "html" && this.leaf.htmlKind === 2) throw new Decline2();
    this.closeLeaf();
    this.stack.length = depth;
  }
  closeLeaf() {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = void 0;
    const children = this.childrenOf(this.stack.length);
    if (leaf.kind === "paragraph") {
      const lines = leaf.lines;
      const last = lines.at(-1);
      let end = last.end;
      while (end > last.start && /[ \t]/.test(this.source[end - 1])) end--;
      lines[lines.length - 1] = { ...last, end };
      const content = readInline(this.source, lines);
      if (!content) throw new Decline2();
      const first = lines[0];
      const paragraph = {
        type: "paragraph",
        children: content,
        position: {
          start: { line: first.line, column: first.start - first.lineStart + 1, offset: first.start },
          end: leaf.end
        }
      };
      children.push(paragraph);
    } else if (leaf.kind === "table") {
      children.push(leaf.node);
    }
  }
};
function splitRow(source, start, end) {
  let stop = end;
  while (stop > start && /[ \t]/.test(source[stop - 1])) stop--;
  const pipes = [];
  for (let i = start; i < stop; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "|") pipes.push(i);
  }
  if (pipes.at(-1) === stop - 1 && stop - 1 !== start) pipes.pop();
  else if (source[stop - 1] === "\\") throw new Decline2();
  const starts = pipes[0] === start ? pipes : [start, ...pipes];
  if (stop - start <= 1) throw new Decline2();
  return starts.map((cellStart, k) => {
    const last = k === starts.length - 1;
    let from = source[cellStart] === "|" ? cellStart + 1 : cellStart;
    let to = last ? source[stop - 1] === "|" && stop - 1 > cellStart ? stop - 1 : stop : starts[k + 1];
    while (from < to && /[ \t]/.test(source[from])) from++;
    while (to > from && /[ \t]/.test(source[to - 1])) to--;
    return { from, to, cellStart, cellEnd: last ? end : starts[k + 1] };
  });
}
function isDelimiterRow(rest) {
  return /^\|?[ ]*:?-+:?[ ]*(?:\|[ ]*:?-+:?[ ]*)*\|?[ \t]*$/.test(rest) && rest.includes("|");
}
function mayStartBlock(rest, indent) {
  if (indent >= 4) return false;
  if (rest.startsWith("<")) return htmlKind(rest) !== 0 && htmlKind(rest) !== 7;
  return /^(?:>|#{1,6}(?:[ \t]|$)|`{3}|~{3}|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|\[\^|(?:=+|-+)[ \t]*$)/.test(rest) || THEMATIC_BREAK.test(rest);
}
function htmlKind(rest) {
  if (rest.startsWith("<!--")) return /^<!---?>/.test(rest) ? -1 : 2;
  if (/^<[!?]/.test(rest)) return -1;
  const name = BLOCK_TAG.exec(rest)?.[1]?.toLowerCase();
  if (name && rawNames.has(name) && !rest.startsWith("</")) return -1;
  if (name && blockNames.has(name)) return 6;
  if (OPEN_TAG.test(rest) || CLOSING_TAG.test(rest)) {
    const tag = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(rest)[1].toLowerCase();
    return rawNames.has(tag) ? -1 : 7;
  }
  return 0;
}
function spacesAt(source, pos) {
  let count2 = 0;
  while (source.charCodeAt(pos + count2) === 32) count2++;
  return count2;
}
function isBlank(source, from, to) {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

// src/parse/document.ts
var BLOCK_LINE = /^#{1,6}(?:[ \t]|$)|(?<=\n[ \t]*\n)(?![ \t\n]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/gm;
var CODE = /^(?: {4}|\t| {0,3}(?:```|~~~))/m;
function blockStarts(source) {
  return [0, ...Array.from(source.matchAll(BLOCK_LINE), (match) => match.index).filter(Boolean)];
}
var MAX_LINE_LENGTH = 1e7;
function overlongLine(source) {
  let line = 1;
  for (let start = 0; start <= source.length; line++) {
    const newline = source.indexOf("\n", start);
    const end = newline === -1 ? source.length : newline;
    if (end - start > MAX_LINE_LENGTH) return { line, length: end - start };
    if (newline === -1) return void 0;
    start = newline + 1;
  }
  return void 0;
}
function parseDocument(source) {
  if (source.includes("]:") || source.includes("\r")) return parseMarkdown(source);
  const starts = blockStarts(source);
  const children = [];
  let unread;
  let line = 1;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    if (k > 0) line += newlinesIn(source, starts[k - 1], start);
    const end = starts[k + 1] ?? source.length;
    const simple = unread?.code ? void 0 : readBlocks(source, start, end, line);
    if (!simple) {
      unread ??= { offset: start, line, code: false };
      unread.code ||= CODE.test(source.slice(start, end));
      continue;
    }
    if (unread) {
      const runOn = readWithRemark(source, unread, start, children);
      if (runOn) {
        unread = runOn;
        break;
      }
      unread = void 0;
    }
    children.push(...simple);
  }
  if (unread) readWithRemark(source, unread, source.length, children);
  return {
    type: "root",
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(source) }
  };
}
function readWithRemark(source, from, end, children) {
  const text = source.slice(from.offset, end);
  const blocks = parseMarkdown(text).children;
  for (const block of blocks) shift(block, from);
  const last = blocks.at(-1);
  if (end < source.length && last && mayRunOn(last, source, end)) {
    children.push(...blocks.slice(0, -1));
    const { line, column, offset: offset2 } = last.position.start;
    return { offset: offset2 - (column - 1), line };
  }
  children.push(...blocks);
  return void 0;
}
function mayRunOn(block, source, end) {
  let node = block;
  let opensRawText = false;
  while (node) {
    if (node.type === "code" || node.type === "html") opensRawText = true;
    node = "children" in node ? node.children.at(-1) : void 0;
  }
  return opensRawText && !/\n[ \t]*\n/.test(source.slice(block.position.end.offset, end));
}
function shift(node, from) {
  if (node.position)
    node.position = {
      start: moved(node.position.start, from),
      end: moved(node.position.end, from)
    };
  if ("children" in node) for (const child of node.children) shift(child, from);
}
function moved(point, from) {
  return { line: point.line + from.line - 1, column: point.column, offset: point.offset + from.offset };
}
function newlinesIn(source, from, to) {
  let count2 = 0;
  for (let i = source.indexOf("\n", from); i !== -1 && i < to; i = source.indexOf("\n", i + 1)) count2++;
  return count2;
}
function endPoint(source) {
  const lastNewline = source.lastIndexOf("\n");
  return {
    line: newlinesIn(source, 0, source.length) + 1,
    column: source.length - lastNewline,
    offset: source.length
  };
}

// src/parse/index.ts
function buildPaperList(tree, source) {
  const { entries, links } = extractModel(tree, source);
  return { source, entries, links };
}
var cache = /* @__PURE__ */ new WeakMap();
function paperListOf(tree, file) {
  let list = cache.get(tree);
  if (!list) {
    list = buildPaperList(tree, stripBom(String(file.value ?? "")));
    cache.set(tree, list);
  }
  return list;
}
function linksOf(list) {
  return list.links ?? list.entries.flatMap((entry) => entry.links);
}

// src/rules/entry-pairs.ts
var PAPER_LABELS = "paper|papers|pdf|article|full ?(paper|text)|publication|preprint";
var PAPER_LABEL = new RegExp(`^(${PAPER_LABELS})$`);
var ID_LABEL = new RegExp(
  `^(${PAPER_LABELS}|links?|arxiv|abs|abstract|doi|acm|ieee|openreview|springer|acl|proceedings)$`
);
var SHARED_HOST = /(^|\.)(github\.com|github\.io|gitlab\.com|bitbucket\.org|huggingface\.co|youtube\.com|youtu\.be|twitter\.com|x\.com|colab\.research\.google\.com|paperswithcode\.com|zenodo\.org|kaggle\.com|medium\.com|gitee\.com)$/;
function urlKey(entry, link, carriesId) {
  if (carriesId.has(link)) return void 0;
  const host = httpHostOf(link.url);
  if (host === void 0 || isArxivHost(host)) return void 0;
  const value = normalizeUrl(link.url);
  if (!value.includes("/")) return void 0;
  const label = normalizeTitle(link.label);
  const paperHost = isPaperPageHost(host);
  const paperLabel = PAPER_LABEL.test(label);
  const titleLink = entry.title !== "" && label === normalizeTitle(entry.title);
  if (SHARED_HOST.test(host)) return titleLink ? { kind: "url", value, identifiesPaper: false } : void 0;
  if (paperHost || paperLabel) return { kind: "url", value, identifiesPaper: true };
  return titleLink ? { kind: "url", value, identifiesPaper: false } : void 0;
}
function mapKeyOf(key) {
  return `${key.kind}\0${key.value}`;
}
var MIN_TITLE_KEY_LENGTH = 12;
var MIN_TITLE_KEY_WORDS = 3;
function namesOwnPaper(entry, link) {
  if (link === void 0 || entry.title.trim() === "" || link.label === link.url) return true;
  return ID_LABEL.test(normalizeTitle(link.label)) || compareTitles(link.label, entry.title).match !== "different";
}
function entryKeys(entry) {
  const keys = /* @__PURE__ */ new Map();
  const add = (key) => {
    if (key === void 0) return;
    const known = keys.get(mapKeyOf(key));
    if (known) known.identifiesPaper ||= key.identifiesPaper;
    else keys.set(mapKeyOf(key), { ...key });
  };
  for (const ref of entry.arxiv) {
    add({ kind: "arxiv", value: ref.id, identifiesPaper: namesOwnPaper(entry, ref.link) });
  }
  for (const ref of entry.dois) {
    add({ kind: "doi", value: ref.doi.toLowerCase(), identifiesPaper: namesOwnPaper(entry, ref.link) });
  }
  const carriesId = /* @__PURE__ */ new Set();
  for (const ref of [...entry.arxiv, ...entry.dois]) if (ref.link) carriesId.add(ref.link);
  for (const link of entry.links) add(urlKey(entry, link, carriesId));
  const title = normalizeTitle(entry.title);
  if (title.length >= MIN_TITLE_KEY_LENGTH && title.split(" ").length >= MIN_TITLE_KEY_WORDS) {
    add({ kind: "title", value: title, identifiesPaper: true });
  }
  return [...keys.values()];
}
function foldShortName(name) {
  return name.normalize("NFKC").toLowerCase().replace(/[\s\p{Pd}_.]/gu, "");
}
function distinctShortNames(a, b) {
  return a.shortName !== void 0 && b.shortName !== void 0 && foldShortName(a.shortName) !== foldShortName(b.shortName);
}
function compareEntryTitles(a, b) {
  if (a.title.trim() === "" || b.title.trim() === "") return { match: "near", score: 0 };
  const titles = compareTitles(a.title, b.title);
  if (titles.match === "different" && (a.titleKind === "name" || b.titleKind === "name")) {
    return { ...titles, match: "near" };
  }
  return titles;
}
function inSameSection(a, b) {
  return a.section.length === b.section.length && a.section.every((heading, i) => heading === b.section[i]);
}
var MAX_GROUP = 64;
var LISTING_TITLES = 3;
function listingPages(entries, keys) {
  const titles = /* @__PURE__ */ new Map();
  entries.forEach((entry, i) => {
    for (const key of keys[i]) {
      if (key.kind !== "url") continue;
      const seen = titles.get(mapKeyOf(key)) ?? /* @__PURE__ */ new Set();
      if (seen.size < LISTING_TITLES) seen.add(normalizeTitle(entry.title));
      titles.set(mapKeyOf(key), seen);
    }
  });
  return new Set([...titles].filter(([, seen]) => seen.size >= LISTING_TITLES).map(([key]) => key));
}
function pairEntries(entries) {
  const keys = entries.map(entryKeys);
  const listings = listingPages(entries, keys);
  const groups = /* @__PURE__ */ new Map();
  const pairs = [];
  entries.forEach((entry, i) => {
    let duplicateFound = false;
    const conflictsWith = /* @__PURE__ */ new Set();
    for (const key of keys[i]) {
      const mapKey = mapKeyOf(key);
      if (listings.has(mapKey)) continue;
      const earlier = groups.get(mapKey) ?? [];
      let copy;
      let firstDifferent;
      for (const member of earlier) {
        const titles = compareEntryTitles(entry, member.entry);
        const strong = key.identifiesPaper && member.identifies && key.kind !== "title";
        const agree = strong ? titles.match !== "different" : titles.match === "same" && !distinctShortNames(entry, member.entry);
        if (agree) {
          const sameSection = inSameSection(entry, member.entry);
          if (copy === void 0 || sameSection) copy = { other: member.entry, titles };
          if (sameSection) break;
        } else if (member.identifies) firstDifferent ??= { other: member.entry, titles };
      }
      if (copy) {
        if (!duplicateFound) pairs.push({ relation: "duplicate", entry, key, ...copy });
        duplicateFound = true;
      } else if (firstDifferent && key.identifiesPaper && key.kind !== "title" && !conflictsWith.has(firstDifferent.other)) {
        conflictsWith.add(firstDifferent.other);
        pairs.push({ relation: "conflict", entry, key, ...firstDifferent });
      }
      if (earlier.length < MAX_GROUP) earlier.push({ entry, identifies: key.identifiesPaper });
      groups.set(mapKey, earlier);
    }
  });
  return pairs;
}
var pairsCache = /* @__PURE__ */ new WeakMap();
function entryPairsOf(list) {
  let pairs = pairsCache.get(list);
  if (!pairs) {
    pairs = pairEntries(list.entries);
    pairsCache.set(list, pairs);
  }
  return pairs;
}
var KEY_NAMES = { arxiv: "arXiv id", doi: "DOI", url: "URL", title: "title" };
function describeKey(key) {
  return key.kind === "title" ? KEY_NAMES.title : `${KEY_NAMES[key.kind]} ${key.value}`;
}
function isOwnPaperLink(entry, link) {
  const label = normalizeTitle(link.label);
  return link.label === link.url || label === "" || ID_LABEL.test(label) || compareTitles(link.label, entry.title).match === "same";
}
var clashCache = /* @__PURE__ */ new WeakMap();
function idClashesOf(list) {
  let clashes = clashCache.get(list);
  if (clashes) return clashes;
  const conflicting = /* @__PURE__ */ new Set();
  for (const pair of entryPairsOf(list)) {
    if (pair.relation === "conflict" && pair.key.kind === "arxiv")
      conflicting.add(pair.entry).add(pair.other);
  }
  clashes = [];
  for (const entry of list.entries) {
    if (entry.arxiv.length < 2 || conflicting.has(entry)) continue;
    const own = entry.arxiv.filter((ref) => ref.link && isOwnPaperLink(entry, ref.link));
    const second = own.find((ref) => ref.id !== own[0].id);
    if (second) clashes.push({ entry, first: own[0], second });
  }
  clashCache.set(list, clashes);
  return clashes;
}
function doubtfulArxivEntries(list) {
  const doubtful = new Set(idClashesOf(list).map((clash) => clash.entry));
  for (const pair of entryPairsOf(list)) {
    if (pair.relation === "conflict" && pair.key.kind === "arxiv") doubtful.add(pair.entry).add(pair.other);
  }
  return doubtful;
}

// src/rules/rule.ts
import { lintRule } from "unified-lint-rule";

// src/rules/reported-span.ts
var locators = /* @__PURE__ */ new WeakMap();
function reportedSpan(list, finding) {
  const { fix } = finding;
  if (!fix) return finding.span;
  let locator = locators.get(list);
  if (!locator) {
    locator = createLocator(list.source);
    locators.set(list, locator);
  }
  return locator.spanOf(fix.start, fix.end);
}

// src/rules/rule.ts
var unknownIdsOfTree = /* @__PURE__ */ new WeakMap();
function contextOf(file, tree) {
  const pinned = file.data.paperlintToday;
  let unknown = unknownIdsOfTree.get(tree);
  if (!unknown) {
    unknown = unknownRuleIds(tree, String(file.value ?? ""));
    unknownIdsOfTree.set(tree, unknown);
  }
  return { today: pinned ?? /* @__PURE__ */ new Date(), unknownRuleIds: unknown };
}
function defineRule(id, defaults, check2) {
  const plugin = lintRule(
    { origin: `paperlint:${id}`, url: ruleDocsUrl(id) },
    (tree, file, options) => {
      const list = paperListOf(tree, file);
      const findings = check2(list, { ...defaults, ...options }, contextOf(file, tree));
      for (const finding of findings) {
        const place = reportedSpan(list, finding);
        const message = file.message(finding.message, {
          place: { start: place.start, end: place.end },
          ruleId: id,
          source: "paperlint"
        });
        Object.assign(message, { paperlint: finding });
      }
    }
  );
  return { id, defaults, check: check2, plugin };
}

// src/rules/arxiv-date.ts
var SLACK_MONTHS = 1;
var ERROR_MONTHS = 12;
var LATER_VERSION_MONTHS = 12;
var AGREEMENT = 0.75;
var MIN_AGREEMENT_SAMPLES = 5;
var formatMonth = (index) => yearMonth(Math.floor(index / 12), index % 12 + 1);
function idMonthsOf(entry, today) {
  const months = /* @__PURE__ */ new Map();
  for (const ref of entry.arxiv) {
    const parsed = parseArxivId(ref.id, today);
    if (parsed.valid) months.set(parsed.id, monthIndex(parsed.year, parsed.month));
  }
  return [...months].map(([id, month]) => ({ id, month }));
}
function offset(date, id) {
  if (date.month !== void 0) return monthIndex(date.year, date.month) - id.month;
  const first = monthIndex(date.year, 1);
  const last = monthIndex(date.year, 12);
  if (id.month < first) return first - id.month;
  if (id.month > last) return last - id.month;
  return 0;
}
function compare(date, ids) {
  let best;
  for (const id of ids) {
    const candidate2 = { date, id, offset: offset(date, id) };
    if (!best || Math.abs(candidate2.offset) < Math.abs(best.offset)) best = candidate2;
  }
  return best;
}
var isUnlabelledMonth = (date) => date.label === "" && date.month !== void 0;
var EXACT_MONTHS = 0.9;
var MIN_EXACT_SAMPLES = 10;
function datesCarryIdMonths(comparisons) {
  const months = comparisons.filter((comparison) => comparison.date.month !== void 0);
  const exact = months.filter((comparison) => comparison.offset === 0).length;
  return months.length >= MIN_EXACT_SAMPLES && exact >= EXACT_MONTHS * months.length;
}
function unlabelledDatesFollowIds(list, idMonths) {
  let samples = 0;
  let agreeing = 0;
  for (const [i, entry] of list.entries.entries()) {
    const ids = idMonths[i];
    if (ids.length === 0) continue;
    for (const date of entry.dates.filter(isUnlabelledMonth)) {
      samples++;
      if (Math.abs(compare(date, ids).offset) <= SLACK_MONTHS) agreeing++;
    }
  }
  return samples >= MIN_AGREEMENT_SAMPLES && agreeing >= AGREEMENT * samples;
}
var WRITTEN_DATE = new RegExp(
  [
    `(?<![A-Za-z])(?<name>${MONTH_NAME})(?<nameGap>\\.?,?\\s+)(?<nameYear>\\d{4})(?!\\d)`,
    "(?<numericYear>\\d{4})(?<numericGap>\\s*[/.-]\\s*)(?<numericMonth>\\d{1,2})(?!\\d|\\s*[/.-]\\s*\\d)",
    "(?<cjkYear>\\d{4})(?<cjkGap>\\s*\u5E74\\s*)(?<cjkMonth>\\d{1,2})(?<cjkEnd>\\s*\u6708)(?!\\s*\\d)",
    "(?<year>\\d{4})(?!\\d|\\s*[/.\u5E74-]\\s*\\d)"
  ].join("|"),
  "g"
);
var fullMonthName = (month) => new Date(Date.UTC(2e3, month - 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
function monthNameLike(written, writtenMonth, month) {
  const abbreviated = written.length === 3 || written.length < fullMonthName(writtenMonth).length;
  return abbreviated ? fullMonthName(month).slice(0, 3) : fullMonthName(month);
}
function rewriteToId(list, date, id) {
  const start = date.span.start.offset;
  const match = [...list.source.slice(start, date.span.end.offset).matchAll(WRITTEN_DATE)].at(-1);
  if (!match?.groups) return void 0;
  const written = match.groups;
  if (Number(written.nameYear ?? written.numericYear ?? written.cjkYear ?? written.year) !== date.year)
    return void 0;
  const year = Math.floor(id.month / 12);
  const month = id.month % 12 + 1;
  const padLike = (writtenMonth) => String(month).padStart(writtenMonth.length, "0");
  let replacement;
  if (written.name !== void 0 && date.month !== void 0)
    replacement = `${monthNameLike(written.name, date.month, month)}${written.nameGap}${year}`;
  else if (written.numericMonth !== void 0 && Number(written.numericMonth) === date.month)
    replacement = `${year}${written.numericGap}${padLike(written.numericMonth)}`;
  else if (written.cjkMonth !== void 0 && Number(written.cjkMonth) === date.month)
    replacement = `${year}${written.cjkGap}${padLike(written.cjkMonth)}${written.cjkEnd}`;
  else if (written.year !== void 0 && date.month === void 0) replacement = String(year);
  if (replacement === void 0) return void 0;
  const at = start + match.index;
  return { start: at, end: at + match[0].length, replacement };
}
function findingFor(list, entry, { date, id, offset: months }, habits) {
  const distance = date.month === void 0 ? "" : `${Math.abs(months)} month${Math.abs(months) === 1 ? "" : "s"} `;
  const expected = date.month === void 0 ? String(Math.floor(id.month / 12)) : formatMonth(id.month);
  if (months > 0) {
    if (months <= LATER_VERSION_MONTHS && !(habits.exactMonths && date.month !== void 0)) return void 0;
    return {
      severity: "info",
      message: `Date '${date.text}' is ${distance}after arXiv id ${id.id} (${expected}): the date of a later version?`,
      span: date.span
    };
  }
  const message = `Date '${date.text}' is ${distance}before arXiv id ${id.id}, expected ${expected}`;
  if (months < -ERROR_MONTHS) return { severity: "error", message, span: date.span };
  const fix = habits.doubtful.has(entry) ? void 0 : rewriteToId(list, date, id);
  return { severity: "warning", message, span: date.span, ...fix && { fix } };
}
var arxiv_date_default = defineRule(
  "arxiv-date",
  { unlabelled: "auto" },
  (list, options, context) => {
    const idMonths = list.entries.map((entry) => idMonthsOf(entry, context.today));
    const unlabelled = options.unlabelled === "always" || options.unlabelled === "auto" && unlabelledDatesFollowIds(list, idMonths);
    const compared = list.entries.flatMap((entry, i) => {
      const ids = idMonths[i];
      if (ids.length === 0) return [];
      return entry.dates.filter((date) => date.label === "arxiv" || unlabelled && isUnlabelledMonth(date)).map((date) => ({ entry, comparison: compare(date, ids) }));
    });
    const habits = {
      exactMonths: datesCarryIdMonths(compared.map(({ comparison }) => comparison)),
      doubtful: doubtfulArxivEntries(list)
    };
    return compared.flatMap(
      ({ entry, comparison }) => Math.abs(comparison.offset) <= SLACK_MONTHS && !(habits.exactMonths && comparison.offset > 0) ? [] : findingFor(list, entry, comparison, habits) ?? []
    );
  }
);

// src/rules/network-rule.ts
function defineNetworkRule(id, check2) {
  return { id, check: check2 };
}
function linkVerdicts(list, results) {
  return linksOf(list).flatMap((link) => {
    const verdict = results.links.get(link.url);
    return verdict ? [{ link, verdict }] : [];
  });
}

// src/rules/registry-refs.ts
function placeOf(ref) {
  return ref.link ? { span: ref.link.span, url: ref.link.url } : { span: ref.span };
}
function distinctResults(list, refsOf, keyOf, found) {
  return list.entries.flatMap((entry) => {
    const seen = /* @__PURE__ */ new Set();
    return refsOf(entry).flatMap((ref) => {
      const key = keyOf(ref);
      const result = found.get(key);
      if (seen.has(key) || !result) return [];
      seen.add(key);
      return [{ entry, ref, key, result }];
    });
  });
}
function arxivResults(list, results) {
  return distinctResults(list, (entry) => entry.arxiv, arxivKey, results.arxiv);
}
function arxivRecords(list, results) {
  return arxivResults(list, results).flatMap(
    ({ result, ...rest }) => result.status === "found" ? [{ ...rest, record: result.record }] : []
  );
}
function doiResults(list, results) {
  return distinctResults(
    list,
    (entry) => entry.dois,
    (ref) => ref.doi,
    results.dois
  );
}

// src/rules/arxiv-not-found.ts
var arxiv_not_found_default = defineNetworkRule(
  "arxiv-not-found",
  (list, results) => arxivResults(list, results).flatMap(
    ({ entry, ref, key, result }) => result.status === "not-found" ? [
      {
        severity: "error",
        message: `arXiv paper ${key} not found`,
        ...placeOf(ref),
        ...ref.link && { arxivLink: { entry, replace: ref.link } }
      }
    ] : []
  )
);

// src/rules/arxiv-title-mismatch.ts
var FULL_TITLE_SHARE = 0.6;
var MIN_EVIDENCE = 5;
var isTranslation = (title, arxivTitle) => CJK_LETTER.test(title) !== CJK_LETTER.test(arxivTitle);
function readingOf(entry, record) {
  const { match } = compareTitles(entry.title, record.title);
  if (match === "same") return "same";
  if (entry.titleKind === "name" || readsAsName(entry.title, record.title)) return "name";
  if (record.firstTitle !== void 0 && compareTitles(entry.title, record.firstTitle).match !== "different") {
    return "first-title";
  }
  if (match === "different" && sharedColonLead(entry.title, record.title) !== void 0) return "renamed";
  return match;
}
function writesNames(checked) {
  if (checked.length < MIN_EVIDENCE) return false;
  const titles = checked.filter(({ reading }) => reading !== "name" && reading !== "different").length;
  return titles < FULL_TITLE_SHARE * checked.length;
}
function checkedTitles(list, results) {
  return arxivRecords(list, results).flatMap(
    ({ entry, ref, key, record }) => entry.title === "" || record.title === "" || isTranslation(entry.title, record.title) ? [] : [{ entry, ref, key, record, reading: readingOf(entry, record) }]
  );
}
var MESSAGES = {
  "first-title": (key, { title }) => `Title is the first title of arXiv ${key}, since renamed "${title}"`,
  renamed: (key, { title }) => `Title shares its name with arXiv ${key} but not the rest: "${title}"; renamed?`,
  near: (key, { title }) => `Title differs slightly from arXiv ${key}: "${title}"`,
  different: (key, { title }) => `Title does not match arXiv ${key}: "${title}"`
};
var arxiv_title_mismatch_default = defineNetworkRule("arxiv-title-mismatch", (list, results) => {
  const checked = checkedTitles(list, results);
  if (writesNames(checked)) return [];
  return checked.flatMap(
    ({ entry, ref, key, record, reading }) => reading === "same" || reading === "name" ? [] : [
      {
        severity: reading === "different" ? "error" : "info",
        message: MESSAGES[reading](key, record),
        ...placeOf(ref),
        // The link points at another paper: a title search may find the entry's own.
        ...reading === "different" && ref.link && { arxivLink: { entry, replace: ref.link } }
      }
    ]
  );
});

// src/arxiv/url.ts
var OTHER_SECTIONS = /* @__PURE__ */ new Set([
  "a",
  "about",
  "api",
  "archive",
  "auth",
  "bibtex",
  "catchup",
  "category_taxonomy",
  "cits",
  "corr",
  "css",
  "dvi",
  "e-print",
  "find",
  "format",
  "help",
  "icons",
  "ignoreme",
  "js",
  "list",
  "localtime",
  "login",
  "logout",
  "multi",
  "new",
  "oai2",
  "openurl-resolver",
  "prevnext",
  "ps",
  "refs",
  "rss",
  "schemas",
  "search",
  "show-email",
  "src",
  "static",
  "stats",
  "submit",
  "tb",
  "trackback",
  "user",
  "year"
]);
var PAPER_SECTIONS = /* @__PURE__ */ new Set(["abs", "pdf", "html"]);
var ID_PREFIX = /^(?:\d{4}\.\d+|[a-z]+(?:-[a-z]+)*(?:\.[a-z][a-z-]*)?\/\d+)(?:v\d+)?/i;
var ARXIV_PREFIX = /^arxiv:/i;
function canonicalArxivUrl(id, kind = "abs", version) {
  return `https://arxiv.org/${kind}/${versionedId({ id, version })}`;
}
function startsWithId(segments) {
  const first = (segments[0] ?? "").replace(ARXIV_PREFIX, "");
  if (/^\d{4}\.\d/.test(first)) return true;
  const archive = first.toLowerCase().split(".")[0];
  return ARXIV_ARCHIVES.has(archive) && /^\d{7}/.test(segments[1] ?? "");
}
function hostProblems(hostKind, host, paper) {
  if (hostKind === "www") return [warning("www", `host '${host}', expected 'arxiv.org'`)];
  if (hostKind === "mirror") return [warning("mirror", `mirror host '${host}', expected 'arxiv.org'`)];
  if (hostKind === "export" && paper) {
    return [warning("export", `host '${host}' is for programs, expected 'arxiv.org'`)];
  }
  return [];
}
function schemeProblems(scheme, hostKind) {
  if (scheme === "http") return [warning("http", `'http:', expected 'https:'`)];
  if (scheme === "") {
    return [(hostKind === "www" ? warning : error)("missing-scheme", `missing 'https://'`)];
  }
  return [];
}
function error(code, message) {
  return { code, severity: "error", message };
}
function warning(code, message) {
  return { code, severity: "warning", message };
}
function readIdPart(rest, kind, today) {
  const problems = [];
  let text = rest;
  if (ARXIV_PREFIX.test(text)) {
    problems.push(warning("arxiv-prefix", `'${text.slice(0, 6)}' before the id, expected none`));
    text = text.slice(6);
  }
  if (/\.pdf$/i.test(text) && kind !== "html") {
    if (kind === "abs")
      problems.push(warning("pdf-suffix", `'.pdf' after the id of an abs link, expected none`));
    text = text.slice(0, -4);
  }
  if (text === "") return { problems: [error("empty-id", "empty id"), ...problems] };
  const token = ID_PREFIX.exec(text)?.[0];
  if (token === void 0)
    return { problems: [error("malformed-id", `malformed id '${text}'`), ...problems] };
  const junk = text.slice(token.length);
  if (junk !== "") problems.unshift(error("junk-after-id", `unexpected '${junk}' after the id '${token}'`));
  return withIdProblems(token, today, problems);
}
function withIdProblems(token, today, problems) {
  const parsed = parseArxivId(token, today);
  if (parsed.valid) {
    return { id: parsed, version: parsed.version, problems: [...problems, ...noteProblems(token, parsed)] };
  }
  const unversioned = parseArxivId(token.replace(/v\d+$/i, ""), today);
  const impossible = error("impossible-id", `impossible id '${token}': ${parsed.reason}`);
  if (!unversioned.valid) return { problems: [impossible, ...problems] };
  return { id: unversioned, problems: [impossible, ...problems, ...noteProblems(token, unversioned)] };
}
function noteProblems(token, id) {
  const expected = versionedId(id);
  return id.notes.map((note) => {
    if (note === "number-digits") {
      const width = /\.(\d+)/.exec(token)?.[1].length;
      return warning(note, `${width}-digit number in '${token}', expected '${expected}'`);
    }
    if (note === "upper-case") return warning(note, `upper case '${token}', expected '${expected}'`);
    return warning(note, `subject class in '${token}', expected '${expected}'`);
  });
}
function styleProblems(kind, version, options) {
  const problems = [];
  const preferred = preferredKind(kind, options);
  if (preferred !== kind) {
    const code = preferred === "abs" ? "prefer-abs" : "prefer-pdf";
    problems.push(warning(code, `'/${kind}/', expected '/${preferred}/'`));
  }
  if (options.versions === "unpinned" && version !== void 0) {
    problems.push(warning("pinned-version", `pinned version 'v${version}', expected none`));
  }
  return problems;
}
function preferredKind(kind, options) {
  if (kind === "pdf" && options.prefer === "abs") return "abs";
  if (kind === "abs" && options.prefer === "pdf") return "pdf";
  return kind;
}
function bySeverity(problems) {
  return [
    ...problems.filter((p) => p.severity === "error"),
    ...problems.filter((p) => p.severity !== "error")
  ];
}
function analyzeArxivUrl(url, today, options = {}) {
  const parts = splitUrl(url);
  if (!parts || parts.scheme !== "" && parts.scheme !== "http" && parts.scheme !== "https")
    return void 0;
  const hostKind = arxivHostKind(parts.host);
  if (hostKind === void 0 || hostKind === "other") return void 0;
  const path4 = safeDecode(parts.path);
  const segments = path4.split("/").filter((s) => s !== "");
  const base = schemeProblems(parts.scheme, hostKind);
  const paper = paperPath(segments, path4, today);
  if (paper === void 0) {
    const host = hostKind === "export" ? "export.arxiv.org" : "arxiv.org";
    const problems2 = [...base, ...hostProblems(hostKind, parts.host, false)];
    return {
      ...arxivIdFromPath(path4),
      kind: "other",
      problems: problems2,
      canonical: `https://${host}${parts.path}${parts.query}${parts.fragment}`
    };
  }
  const problems = [...base, ...hostProblems(hostKind, parts.host, true)];
  if (/\/\//.test(path4)) problems.push(warning("double-slash", `'//' in the path, expected '/'`));
  problems.push(...paper.problems);
  if (path4.endsWith("/") && segments.length > 1) {
    problems.push(warning("trailing-slash", `trailing '/', expected none`));
  }
  const { reading } = paper;
  problems.push(...reading.problems);
  if (parts.query.length > 0) problems.push(warning("query", `${describeQuery(parts.query)}, expected none`));
  problems.push(...styleProblems(paper.kind, reading.version, options));
  const kind = preferredKind(paper.kind, options);
  const version = options.versions === "unpinned" ? void 0 : reading.version;
  return {
    ...reading.id ? { id: reading.id.id } : {},
    ...reading.version === void 0 ? {} : { version: reading.version },
    kind: paper.kind,
    problems: bySeverity(problems),
    ...reading.id ? { canonical: canonicalArxivUrl(reading.id.id, kind, version) + parts.fragment } : {}
  };
}
function describeQuery(query) {
  const names = query.slice(1).split("&").map((pair) => pair.split("=")[0]).filter((name) => name !== "");
  if (names.length === 0) return `query '${query}'`;
  return `query parameter${names.length > 1 ? "s" : ""} ${names.map((n) => `'${n}'`).join(", ")}`;
}
function paperPath(segments, path4, today) {
  const section = (segments[0] ?? "").toLowerCase();
  if (PAPER_SECTIONS.has(section)) {
    const kind2 = section;
    const problems = segments[0] === section ? [] : [warning("upper-case", `upper case '${segments[0]}', expected '${section}'`)];
    return { kind: kind2, problems, reading: readIdPart(segments.slice(1).join("/"), kind2, today) };
  }
  if (startsWithId(segments)) {
    const problems = [error("missing-abs", `missing '/abs/' before the id`)];
    return { kind: "abs", problems, reading: readIdPart(segments.join("/"), "abs", today) };
  }
  if (OTHER_SECTIONS.has(section)) return void 0;
  const guess = arxivIdFromPath(path4);
  if (guess === void 0) return void 0;
  const token = versionedId(guess);
  const kind = section === "ftp" || /\.pdf$/i.test(path4) ? "pdf" : "abs";
  const problem = section === "ftp" ? error("legacy-ftp", `legacy path '/ftp/' is no longer served, expected '/pdf/'`) : error("unknown-path", `unknown path '${segments[0]}'`);
  return { kind, problems: [problem], reading: withIdProblems(token, today, []) };
}

// src/rules/arxiv-url.ts
var HTTP_CONVENTION = 1 / 3;
var MIN_HTTP_LINKS = 5;
var onlyHttp = (analysis) => analysis.problems.length > 0 && analysis.problems.every((problem) => problem.code === "http");
function findingFor2(link, analysis, httpConvention) {
  if (analysis.problems.length === 0) return void 0;
  const malformed = analysis.problems.some((p) => p.severity === "error");
  const finding = {
    severity: malformed ? "error" : httpConvention && onlyHttp(analysis) ? "info" : "warning",
    message: `${malformed ? "Malformed arXiv link" : "Non-canonical arXiv link"}: ${analysis.problems.map((p) => p.message).join("; ")}`,
    span: link.span,
    url: link.url
  };
  if (analysis.canonical !== void 0 && link.urlSpan) {
    finding.fix = {
      start: link.urlSpan.start.offset,
      end: link.urlSpan.end.offset,
      replacement: analysis.canonical
    };
  }
  return finding;
}
var arxiv_url_default = defineRule(
  "arxiv-url",
  { prefer: "any", versions: "any" },
  // Every link of the file: a 404-ing arXiv link in an introduction or a table is as broken as one in an entry.
  (list, options, context) => {
    const analysed = linksOf(list).flatMap((link) => {
      const analysis = analyzeArxivUrl(link.url, context.today, options);
      return analysis ? [{ link, analysis }] : [];
    });
    const onHttp = analysed.filter(
      ({ analysis }) => analysis.problems.some((problem) => problem.code === "http")
    );
    const httpConvention = onHttp.length >= MIN_HTTP_LINKS && onHttp.length >= HTTP_CONVENTION * analysed.length;
    return analysed.flatMap(({ link, analysis }) => findingFor2(link, analysis, httpConvention) ?? []);
  }
);

// src/rules/arxiv-withdrawn.ts
var MAX_QUOTE = 160;
function quote(comment) {
  const text = (comment ?? "").replace(/\s+/g, " ").trim();
  if (text === "") return "";
  return `: "${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}\u2026` : text}"`;
}
var arxiv_withdrawn_default = defineNetworkRule(
  "arxiv-withdrawn",
  (list, results) => arxivRecords(list, results).flatMap(
    ({ ref, key, record }) => record.withdrawn ? [
      {
        severity: "warning",
        message: `arXiv paper ${key} was withdrawn${quote(record.comment)}`,
        ...placeOf(ref)
      }
    ] : []
  )
);

// src/rules/conflicting-link.ts
var MAX_QUOTED_TITLE = 80;
function quoted(title) {
  if (title.length <= MAX_QUOTED_TITLE) return `'${title}'`;
  const cut = title.slice(0, MAX_QUOTED_TITLE - 1);
  const short = `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}\u2026`;
  return `'${short}'`;
}
var conflicting_link_default = defineRule("conflicting-link", {}, (list) => [
  ...entryPairsOf(list).flatMap((pair) => {
    if (pair.relation !== "conflict") return [];
    const alsoLinkOf = (line2, title) => `Conflicting link: ${describeKey(pair.key)} is also the link of line ${line2}, a different title (${quoted(title)})`;
    const line = pair.other.span.start.line;
    const arxivRef = pair.key.kind === "arxiv" ? pair.entry.arxiv.find((ref) => ref.id === pair.key.value && ref.link) : void 0;
    return [
      {
        severity: "error",
        message: alsoLinkOf(line, pair.other.title),
        span: pair.entry.span,
        related: [
          {
            line,
            column: pair.other.span.start.column,
            // Read at the earlier entry, e.g. when a pull request inserts it above the other one.
            message: alsoLinkOf(pair.entry.span.start.line, pair.entry.title)
          }
        ],
        // Online, a title search may tell which paper this entry's title is.
        ...arxivRef?.link && { arxivLink: { entry: pair.entry, replace: arxivRef.link } }
      }
    ];
  }),
  ...idClashesOf(list).map(
    ({ first, second }) => ({
      severity: "warning",
      message: `Conflicting links: this entry links arXiv ${first.id} and ${second.id}; one of them is another paper`,
      span: second.link?.span ?? second.span,
      related: [
        {
          line: first.span.start.line,
          column: first.span.start.column,
          message: `arXiv ${first.id}, also linked as ${second.id} in this entry`
        }
      ]
    })
  )
]);

// src/rules/dead-link.ts
function describe(verdict) {
  const final = verdict.chain && verdict.chain.length > 1 ? verdict.chain.at(-1) : void 0;
  return final && verdict.reason.startsWith("HTTP") ? `${verdict.reason} after redirect to ${final}` : verdict.reason;
}
var dead_link_default = defineNetworkRule(
  "dead-link",
  (list, results) => linkVerdicts(list, results).flatMap(
    ({ link, verdict }) => verdict.status === "dead" ? [
      {
        severity: "error",
        message: `Dead link: ${describe(verdict)}`,
        span: link.span,
        url: link.url
      }
    ] : []
  )
);

// src/rules/doi-not-found.ts
var doi_not_found_default = defineNetworkRule(
  "doi-not-found",
  (list, results) => doiResults(list, results).flatMap(
    ({ ref, result }) => result.status === "not-found" ? [{ severity: "error", message: `DOI ${ref.doi} not found`, ...placeOf(ref) }] : []
  )
);

// src/rules/duplicate-entry.ts
var CROSS_LISTING_SHARE = 0.03;
var MIN_CROSS_LISTED = 2;
var isCrossSection = (pair) => !inSameSection(pair.entry, pair.other);
var writtenAsName = (pair) => pair.entry.titleKind === "name" || pair.other.titleKind === "name";
function crossListsOnPurpose(list, duplicates) {
  const crossListed = duplicates.filter(isCrossSection).length;
  return crossListed >= Math.max(MIN_CROSS_LISTED, CROSS_LISTING_SHARE * list.entries.length);
}
var duplicate_entry_default = defineRule(
  "duplicate-entry",
  { crossSection: "auto" },
  (list, options) => {
    const duplicates = entryPairsOf(list).filter((pair) => pair.relation === "duplicate");
    const inferred = options.crossSection === "auto";
    const onPurpose = inferred && crossListsOnPurpose(list, duplicates);
    const crossSectionSeverity = (pair) => {
      if (options.crossSection !== "auto") return options.crossSection;
      return onPurpose || writtenAsName(pair) ? "info" : "warning";
    };
    return duplicates.flatMap((pair) => {
      const inSection = !isCrossSection(pair);
      const severity = inSection ? writtenAsName(pair) ? "warning" : "error" : crossSectionSeverity(pair);
      if (severity === "off") return [];
      const where = inSection ? "" : " (in another section)";
      const sameAs = (line) => `Duplicate entry: same ${describeKey(pair.key)} as line ${line}${where}`;
      const related = [
        {
          line: pair.other.span.start.line,
          column: pair.other.span.start.column,
          // Read at the first copy, e.g. when a pull request inserts it above the entry it repeats.
          message: sameAs(pair.entry.span.start.line)
        }
      ];
      return [
        {
          severity,
          message: sameAs(pair.other.span.start.line),
          span: pair.entry.span,
          related,
          ...!inSection && !inferred && { severityByOption: true }
        }
      ];
    });
  }
);

// src/rules/entry-format/dates.ts
var DATE_NUMBERS = /(\d{4})\s*([./-])\s*(\d{1,2})(?!\d)/;
function observeDates(list, entry, out) {
  for (const date of entry.dates) {
    const match = DATE_NUMBERS.exec(date.text);
    if (!match || date.month === void 0) continue;
    const [written, year, separator, month] = match;
    const start = date.span.start.offset + date.text.indexOf(written);
    const located = list.source.slice(start, start + written.length) === written;
    const rewrite = (expectedSeparator, padded2) => {
      const expected = `${year}${expectedSeparator}${padded2 ? month.padStart(2, "0") : String(Number(month))}`;
      return {
        check: "date",
        at: start,
        expected: `Expected '${expected}', like most dates of the list, instead of`,
        where: `'${written}'`,
        ...located && { fix: { start, end: start + written.length, replacement: expected } }
      };
    };
    const padded = month.length === 2;
    const byPadding = Number(month) < 10 ? {
      entry,
      dimension: "date-padding",
      variant: padded ? "padded" : "unpadded",
      // A date off in both ways gets one finding, from its separator.
      report: (expected) => out.expected(bySeparator) === void 0 ? rewrite(separator, expected === "padded") : void 0
    } : void 0;
    const bySeparator = {
      entry,
      dimension: "date-separator",
      variant: separator,
      report: (expected) => rewrite(expected, byPadding ? (out.expected(byPadding) ?? byPadding.variant) === "padded" : padded)
    };
    out.observe(bySeparator);
    if (byPadding) out.observe(byPadding);
  }
}

// src/rules/entry-format/directives.ts
function unknownDirectiveFindings(context) {
  return (context.unknownRuleIds ?? []).map((unknown) => ({
    severity: "warning",
    message: `Unknown rule '${unknown.rule}' in paperlint-${unknown.kind} comment${didYouMean(unknown.rule, RULE_IDS)} (directive)`,
    span: unknown.span
  }));
}

// src/rules/entry-format/labels.ts
function labelFix(list, link, replacement) {
  const source = list.source.slice(link.span.start.offset, link.span.end.offset);
  const close = source.lastIndexOf("](");
  const at = source.indexOf(link.label, 1);
  if (at < 1 || close < 0 || at + link.label.length > close) return void 0;
  const start = link.span.start.offset + at;
  return { start, end: start + link.label.length, replacement };
}
function observeLabels(list, entry, out) {
  for (const link of entry.links) {
    if (link.label === link.url) continue;
    const word = normalizeTitle(link.label);
    if (word === "" || word.split(" ").length > 3 || word === normalizeTitle(entry.title)) continue;
    out.observe({
      entry,
      dimension: `label:${word}`,
      variant: link.label,
      report: (expected) => ({
        check: "label",
        at: link.span.start.offset,
        expected: `Expected link label '${expected}', like most entries, instead of`,
        where: `'${link.label}'`,
        fix: labelFix(list, link, expected)
      })
    });
  }
}

// src/rules/entry-format/text.ts
var MASK = "\0";
var MASKED = [
  // A link broken by a space (`[text] (url)`) is reported once, by link-syntax.
  /(?<=\])[ \t]+\(https?:\/\/[^\s)]*\)/g,
  // List markers are Markdown syntax, not prose (and the spaces after them are not a gap between words).
  /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t])/gm,
  /`[^`\n]*`/g,
  /\]\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\s*\)/g,
  /<\/?[a-zA-Z][^>\n]*>/g,
  /\bhttps?:\/\/[^\s()<>[\]]+(?:\([^\s()<>]*\)[^\s()<>[\]]*)*/g
];
function ownRange(list, entry) {
  const start = entry.span.start.offset;
  let end = entry.span.end.offset;
  const next = list.entries[entry.index + 1];
  if (next && next.span.start.offset > start && next.span.start.offset < end) end = next.span.start.offset;
  return [start, end];
}
function maskText(text) {
  const ranges = [];
  for (const pattern of MASKED) {
    for (const match of text.matchAll(pattern)) {
      const from = match[0].startsWith("](") ? match.index + 1 : match.index;
      ranges.push([from, match.index + match[0].length]);
    }
  }
  return maskRanges(text, ranges, (segment) => segment.replace(/[^\n]/g, MASK));
}
function elided(text) {
  return text.replace(/\u0000+/g, "\u2026");
}
function quoteAround(text, start, end, wordAfter = true) {
  const before = /\S{0,30}$/.exec(elided(text.slice(Math.max(0, start - 200), start)))?.[0];
  const after = wordAfter ? /^\S{0,30}/.exec(elided(text.slice(end, end + 200)))?.[0] : "";
  return `'${before ?? ""}${elided(text.slice(start, end))}${after ?? ""}'`;
}
var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60]/u;
var CJK_WINDOW = 20;
function isCjkContext(text, at) {
  return CJK.test(text.slice(Math.max(0, at - CJK_WINDOW), at + 1 + CJK_WINDOW).replace(/[，：；（）]/g, ""));
}

// src/rules/entry-format/link-syntax.ts
var OPENING = { "]": "[", ")": "(" };
var CLOSING = { "[": "]", "(": ")" };
function normalBracket(char) {
  return char === "\uFF08" ? "(" : char === "\uFF09" ? ")" : char;
}
function isNumbering(masked, at) {
  return /(?:^|[\s|\u0000])(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})$/.test(masked.slice(Math.max(0, at - 6), at)) && /^[ \t]/.test(masked.slice(at + 1, at + 2));
}
function firstUnbalanced(masked) {
  const brackets = [];
  const parentheses = [];
  for (let i = 0; i < masked.length; i++) {
    const char = normalBracket(masked[i]);
    if (char === "[") brackets.push(i);
    else if (char === "]") {
      if (brackets.length === 0) return i;
      brackets.pop();
    } else if (brackets.length > 0) continue;
    else if (char === "(") parentheses.push(i);
    else if (char === ")" && parentheses.length === 0 && !isNumbering(masked, i)) return i;
    else if (char === ")") parentheses.pop();
  }
  const left = [brackets.at(-1), parentheses.at(-1)].filter((at) => at !== void 0);
  return left.length > 0 ? Math.min(...left) : void 0;
}
function linkSyntaxProblems(text, masked) {
  const problems = [];
  for (const match of text.matchAll(/\]([ \t]+)\((?=https?:\/\/|www\.)/g)) {
    const gap = match[1].length;
    problems.push({
      check: "link-syntax",
      at: match.index,
      expected: "Expected no space between ']' and '(' in",
      where: quoteAround(text, match.index, match.index + gap + 2, false),
      fix: { start: match.index + 1, end: match.index + 1 + gap, replacement: "" }
    });
  }
  for (const match of text.matchAll(/\](?=https?:\/\/[^\s)]*\))/g)) {
    problems.push({
      check: "link-syntax",
      at: match.index,
      expected: "Expected '(' between ']' and the URL after",
      where: quoteAround(text, match.index, match.index + 1, false),
      fix: { start: match.index + 1, end: match.index + 1, replacement: "(" }
    });
  }
  for (const match of text.matchAll(/\]\(\((https?:\/\/[^\s()]*)\)\)/g)) {
    problems.push({
      check: "link-syntax",
      at: match.index,
      expected: "Expected one '(' and ')' around the URL in",
      where: `'${match[0].slice(1)}'`,
      fix: { start: match.index + 1, end: match.index + match[0].length, replacement: `(${match[1]})` }
    });
  }
  for (const match of text.matchAll(
    /\]\((https?:\/\/[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?=\s|$)(?![ \t]*(?:\)|"[^"\n]*"[ \t]*\)))/g
  )) {
    problems.push({
      check: "link-syntax",
      at: match.index,
      expected: "Expected ')' after the URL in",
      where: quoteAround(text, match.index, match.index + match[0].length)
    });
  }
  if (problems.length > 0) return problems;
  const at = firstUnbalanced(masked);
  if (at !== void 0) {
    const char = masked[at];
    const closing = CLOSING[normalBracket(char)] === void 0;
    problems.push({
      check: "link-syntax",
      at,
      expected: closing ? `Expected '${OPENING[normalBracket(char)]}' to open the '${char}' in` : `Expected '${CLOSING[normalBracket(char)]}' to close the '${char}' in`,
      where: quoteAround(masked, at, at + 1)
    });
  }
  return problems;
}

// src/rules/entry-format/separators.ts
var MAX_SEPARATOR = 4;
function describeSeparator(gap) {
  if (gap === "") return "nothing";
  if (gap === " ") return "a space";
  return `'${gap}'`;
}
function shown(gap) {
  return gap.replace(/ {2,}/g, " ");
}
function observeSeparators(list, entry, out) {
  for (let i = 1; i < entry.links.length; i++) {
    const from = entry.links[i - 1].span.end.offset;
    const to = entry.links[i].span.start.offset;
    const gap = list.source.slice(from, to);
    if (to < from || gap.length > MAX_SEPARATOR || !/^[ ,;|/·]*$/.test(gap)) continue;
    if (entry.kind === "table" && gap.includes("|")) continue;
    const variant = shown(gap);
    out.count(`separator-spelling:${variant}`, gap);
    out.observe({
      entry,
      dimension: "separator",
      variant,
      report: (expected) => ({
        check: "separator",
        at: from,
        expected: `Expected ${describeSeparator(expected)} between links, like most entries, instead of`,
        where: `${describeSeparator(variant)} after '${entry.links[i - 1].label.slice(0, 30)}'`,
        fix: {
          start: from,
          end: to,
          replacement: out.mostCommon(`separator-spelling:${expected}`) ?? expected
        }
      })
    });
  }
}

// src/rules/entry-format/spacing.ts
function charClass(char) {
  return /[\p{L}\p{N}]/u.test(char) ? "w" : char;
}
function observeWhitespace(entry, masked, base, out) {
  for (const match of masked.matchAll(/(?<=[^\s|\u0000])( +)(?=[^\s|\u0000])/g)) {
    const at = match.index;
    const length = match[0].length;
    const dimension = `gap:${charClass(masked[at - 1])}${charClass(masked[at + length])}`;
    if (length === 1) {
      out.count(dimension, "single");
      continue;
    }
    out.observe({
      entry,
      dimension,
      variant: "run",
      report: () => ({
        check: "whitespace",
        at: base + at,
        expected: "Expected one space in",
        where: quoteAround(masked, at, at + length),
        fix: { start: base + at, end: base + at + length, replacement: " " }
      })
    });
  }
}
function observeCommaSpacing(entry, masked, base, out) {
  for (const match of masked.matchAll(/(?<=[^\s\u0000])( *),/g)) {
    const at = match.index;
    const spaces = match[1].length;
    if (spaces === 0) {
      out.count("comma-before", "none");
      continue;
    }
    out.observe({
      entry,
      dimension: "comma-before",
      variant: "space",
      report: () => ({
        check: "spacing",
        at: base + at,
        expected: "Expected no space before ',' in",
        where: quoteAround(masked, at, at + spaces + 1),
        fix: { start: base + at, end: base + at + spaces, replacement: "" }
      })
    });
  }
  for (const match of masked.matchAll(/,(?=[ \p{L}])/gu)) {
    const at = match.index;
    if (isCjkContext(masked, at)) continue;
    if (masked[at + 1] === " ") {
      out.count("comma-after", "space");
      continue;
    }
    out.observe({
      entry,
      dimension: "comma-after",
      variant: "none",
      report: () => ({
        check: "spacing",
        at: base + at,
        expected: "Expected a space after ',' in",
        where: quoteAround(masked, at, at + 1),
        fix: { start: base + at + 1, end: base + at + 1, replacement: " " }
      })
    });
  }
}
var FULLWIDTH = { "\uFF0C": ",", "\uFF1A": ":", "\uFF1B": ";", "\uFF08": "(", "\uFF09": ")" };
function observeFullwidth(entry, masked, base, out) {
  for (const match of masked.matchAll(/[，：；（）,:;()]/g)) {
    const at = match.index;
    const char = match[0];
    const ascii = FULLWIDTH[char];
    if (ascii === void 0) {
      out.count(`width${char}`, "ascii");
      continue;
    }
    if (isCjkContext(masked, at)) continue;
    const spacesAfter = /^ */.exec(masked.slice(at + 1))?.[0].length ?? 0;
    const followed = /[^\s\u0000]/.test(masked[at + 1 + spacesAfter] ?? "");
    const replacement = ascii === "(" || ascii === ")" || !followed ? ascii : `${ascii} `;
    out.observe({
      entry,
      dimension: `width${ascii}`,
      variant: "fullwidth",
      report: () => ({
        check: "fullwidth",
        at: base + at,
        expected: `Expected '${ascii}' instead of full-width '${char}' in`,
        where: quoteAround(masked, at, at + 1),
        fix: {
          start: base + at,
          end: base + at + 1 + (replacement.length > 1 ? spacesAfter : 0),
          replacement
        }
      })
    });
  }
}

// src/rules/entry-format/tally.ts
var MIN_SECTION_SAMPLE = 5;
var MAJORITY_RATIO = 3;
function bump(counts, dimension, variant) {
  const variants = counts.get(dimension) ?? /* @__PURE__ */ new Map();
  variants.set(variant, (variants.get(variant) ?? 0) + 1);
  counts.set(dimension, variants);
}
var StyleTally = class {
  observations = [];
  /** dimension → variant → occurrences, for the whole list and for each section. */
  list = /* @__PURE__ */ new Map();
  sections = /* @__PURE__ */ new Map();
  current = /* @__PURE__ */ new Map();
  scopeOf = /* @__PURE__ */ new Map();
  majorities = /* @__PURE__ */ new WeakMap();
  /** The entry the next counts and observations belong to. */
  enter(entry) {
    const key = entry.section.join("\0");
    const counts = this.sections.get(key) ?? /* @__PURE__ */ new Map();
    this.sections.set(key, counts);
    this.current = counts;
  }
  count(dimension, variant) {
    bump(this.current, dimension, variant);
    bump(this.list, dimension, variant);
  }
  observe(observation) {
    this.count(observation.dimension, observation.variant);
    this.observations.push(observation);
    this.scopeOf.set(observation, this.current);
  }
  /** The majority variant when `observation`'s own is a clear minority in its section (or, in small sections, the list). */
  expected(observation) {
    const section = this.scopeOf.get(observation).get(observation.dimension);
    const variants = this.majorityOf(section).total >= MIN_SECTION_SAMPLE ? section : this.list.get(observation.dimension);
    const winner = this.majorityOf(variants);
    const own = variants.get(observation.variant) ?? 0;
    return winner.majority !== observation.variant && winner.count >= MAJORITY_RATIO * own ? winner.majority : void 0;
  }
  /** The variant the whole list uses most in `dimension`, if any. */
  mostCommon(dimension) {
    const variants = this.list.get(dimension);
    return variants && this.majorityOf(variants).majority;
  }
  majorityOf(variants) {
    let known = this.majorities.get(variants);
    if (!known) {
      known = { majority: "", count: 0, total: 0 };
      for (const [variant, n] of variants) {
        known.total += n;
        if (n > known.count) Object.assign(known, { majority: variant, count: n });
      }
      this.majorities.set(variants, known);
    }
    return known;
  }
};

// src/rules/entry-format/index.ts
var DEFAULTS = {
  "no-link": true,
  "empty-title": true,
  "link-syntax": true,
  spacing: true,
  whitespace: true,
  fullwidth: true,
  date: true,
  label: true,
  separator: true,
  directive: true
};
var SEVERITY = { whitespace: "info" };
function hasLink(entry) {
  return entry.links.length + entry.arxiv.length + entry.dois.length > 0;
}
function hasTitleLink(entry) {
  return entry.links.some((link) => isTitleLike(link.label) && link.label.trim().split(/\s+/).length >= 3);
}
var MAX_QUOTED = 3;
function listed(places) {
  if (places.length > MAX_QUOTED)
    return `${places.slice(0, MAX_QUOTED).join(", ")} and ${places.length - MAX_QUOTED} more`;
  return places.length < 2 ? places[0] ?? "" : `${places.slice(0, -1).join(", ")} and ${places.at(-1)}`;
}
function mergedFix(source, fixes) {
  const sorted = [...fixes].sort((a, b) => a.start - b.start);
  let replacement = "";
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i].start < sorted[i - 1].end) return void 0;
    if (i > 0) replacement += source.slice(sorted[i - 1].end, sorted[i].start);
    replacement += sorted[i].replacement;
  }
  return { start: sorted[0].start, end: sorted.at(-1).end, replacement };
}
function reach(problem) {
  return problem.fix ? [problem.fix.start, Math.max(problem.fix.end, problem.fix.start + 1)] : [problem.at, problem.at + 1];
}
function oneFindingPerDefect(problems) {
  const kept = [];
  for (const problem of [...problems].sort(
    (a, b) => CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check)
  )) {
    const [from, to] = reach(problem);
    const covered = kept.some((other) => {
      const [a, b] = reach(other);
      return other.check !== problem.check && from < b && a < to;
    });
    if (!covered) kept.push(problem);
  }
  return kept.sort((a, b) => a.at - b.at);
}
var CHECK_ORDER = Object.keys(DEFAULTS);
function findingsOf(list, entry, problems) {
  const groups = /* @__PURE__ */ new Map();
  for (const problem of oneFindingPerDefect(problems)) {
    const key = problem.check === "fullwidth" ? problem.check : `${problem.check}\0${problem.expected}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  return [...groups.values()].map((group) => {
    const { check: check2, arxivLink } = group[0];
    const expected = group.every((problem) => problem.expected === group[0].expected) ? group[0].expected : "Expected ASCII punctuation instead of full-width in";
    const fixes = group.flatMap((problem) => problem.fix ? [problem.fix] : []);
    const fix = fixes.length === group.length ? mergedFix(list.source, fixes) : void 0;
    return {
      severity: SEVERITY[check2] ?? "warning",
      message: `${[expected, listed([...new Set(group.flatMap((problem) => problem.where ?? []))])].join(" ").trim()} (${check2})`,
      span: entry.span,
      ...fix && { fix },
      ...arxivLink && { arxivLink }
    };
  });
}
function check(list, options, context) {
  const problems = new Map(list.entries.map((entry) => [entry, []]));
  const report = (entry, problem) => {
    if (options[problem.check]) problems.get(entry).push(problem);
  };
  const tally = new StyleTally();
  for (const entry of list.entries) {
    const [start, end] = ownRange(list, entry);
    const text = list.source.slice(start, end);
    const masked = maskText(text);
    const linked = hasLink(entry);
    tally.enter(entry);
    if (linked) tally.count("link", "linked");
    else {
      tally.observe({
        entry,
        dimension: "link",
        variant: "none",
        report: () => ({
          check: "no-link",
          at: start,
          expected: "Expected a link, as most entries have",
          arxivLink: { entry }
        })
      });
    }
    const syntaxProblems = options["link-syntax"] ? linkSyntaxProblems(text, masked) : [];
    if (linked && entry.title.trim() === "" && syntaxProblems.length === 0 && !hasTitleLink(entry)) {
      report(entry, { check: "empty-title", at: start, expected: "Expected a title besides the links" });
    }
    for (const problem of syntaxProblems) {
      const fix = problem.fix && {
        ...problem.fix,
        start: start + problem.fix.start,
        end: start + problem.fix.end
      };
      report(entry, { ...problem, at: start + problem.at, ...fix && { fix } });
    }
    observeWhitespace(entry, masked, start, tally);
    observeCommaSpacing(entry, masked, start, tally);
    observeFullwidth(entry, masked, start, tally);
    observeDates(list, entry, tally);
    observeLabels(list, entry, tally);
    observeSeparators(list, entry, tally);
  }
  for (const observation of tally.observations) {
    const expected = tally.expected(observation);
    const problem = expected === void 0 ? void 0 : observation.report(expected);
    if (problem) report(observation.entry, problem);
  }
  const findings = list.entries.flatMap((entry) => findingsOf(list, entry, problems.get(entry)));
  return options.directive ? [...findings, ...unknownDirectiveFindings(context)] : findings;
}
var entry_format_default = defineRule("entry-format", DEFAULTS, check);

// src/rules/entry-order.ts
var MIN_ENTRIES = 5;
var AGREEMENT2 = 0.9;
var dateKey = (date) => date.month === void 0 ? { low: monthIndex(date.year, 1), high: monthIndex(date.year, 12), shown: String(date.year) } : {
  low: monthIndex(date.year, date.month),
  high: monthIndex(date.year, date.month),
  shown: `${date.year}/${String(date.month).padStart(2, "0")}`
};
function compareKeys(a, b) {
  if (a.high < b.low) return -1;
  if (a.low > b.high) return 1;
  return 0;
}
function arxivMonth(entry, today) {
  for (const ref of entry.arxiv) {
    const parsed = parseArxivId(ref.id, today);
    if (parsed.valid) return dateKey(parsed);
  }
  return void 0;
}
function writtenDate(entry, today) {
  const appeared = entry.dates.find((date) => date.label === "" || date.label === "arxiv") ?? entry.dates.find((date) => date.month !== void 0) ?? entry.dates[0];
  if (!appeared) return void 0;
  const venueYear = appeared.month === void 0 && appeared.label !== "" && appeared.label !== "arxiv";
  return venueYear && arxivMonth(entry, today) || dateKey(appeared);
}
var collator = new Intl.Collator("en", { sensitivity: "base" });
function titleKeys(entries) {
  const titles = [...new Set(entries.map((entry) => entry.title).filter((title) => title !== ""))];
  titles.sort(collator.compare);
  const rank = /* @__PURE__ */ new Map();
  titles.forEach((title, i) => {
    const tied = i > 0 && collator.compare(titles[i - 1], title) === 0;
    rank.set(title, tied ? rank.get(titles[i - 1]) : i);
  });
  return entries.map((entry) => {
    const position = rank.get(entry.title);
    return position === void 0 ? void 0 : { low: position, high: position, shown: `'${entry.title}'` };
  });
}
function keyed(entries, keys) {
  return entries.flatMap((entry, i) => {
    const key = keys[i];
    return key ? [{ entry, key }] : [];
  });
}
function steps(items) {
  let up = 0;
  let down = 0;
  for (let i = 1; i < items.length; i++) {
    const comparison = compareKeys(items[i - 1].key, items[i].key);
    if (comparison < 0) up++;
    else if (comparison > 0) down++;
  }
  return { up, down };
}
var isClear = (count2, agreeing, disagreeing) => count2 >= MIN_ENTRIES && agreeing + disagreeing >= MIN_ENTRIES - 1 && agreeing >= AGREEMENT2 * (agreeing + disagreeing);
var descending = ({ entry, key }) => ({
  entry,
  key: { low: -key.high, high: -key.low, shown: key.shown }
});
function dateOrder(entries, keys) {
  const dated = keyed(entries, keys);
  const { up, down } = steps(dated);
  if (isClear(dated.length, up, down)) return { name: "oldest first", items: dated };
  if (isClear(dated.length, down, up)) return { name: "newest first", items: dated.map(descending) };
  return void 0;
}
function idsOrderTies(order, written) {
  let agreeing = 0;
  let disagreeing = 0;
  for (let i = 1; i < order.items.length; i++) {
    const [before, after] = [order.items[i - 1], order.items[i]];
    const [writtenBefore, writtenAfter] = [written.get(before.entry), written.get(after.entry)];
    if (!writtenBefore || !writtenAfter || compareKeys(writtenBefore, writtenAfter) !== 0) continue;
    const comparison = compareKeys(before.key, after.key);
    if (comparison < 0) agreeing++;
    else if (comparison > 0) disagreeing++;
  }
  return isClear(MIN_ENTRIES, agreeing, disagreeing);
}
function orderOf(entries, today) {
  const written = entries.map((entry) => writtenDate(entry, today));
  const byWritten = dateOrder(entries, written);
  const byId = dateOrder(
    entries,
    entries.map((entry) => arxivMonth(entry, today))
  );
  const writtenOf = new Map(entries.map((entry, i) => [entry, written[i]]));
  const byDate = byWritten && byId && !idsOrderTies(byId, writtenOf) ? byWritten : byId ?? byWritten;
  if (byDate) return byDate;
  const titled = keyed(entries, titleKeys(entries));
  const byTitle = steps(titled);
  if (isClear(titled.length, byTitle.up, byTitle.down)) return { name: "sorted by title", items: titled };
  return void 0;
}
function reachingAtMost(tails, limit) {
  let low = 0;
  let high = tails.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (tails[middle].reach <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
function longestOrderedRun(items) {
  const tails = [];
  for (const item of items) {
    const below = reachingAtMost(tails, item.key.low);
    const fitting = reachingAtMost(tails, item.key.high);
    const updates = [
      [below, { item, reach: item.key.low, previous: tails[below - 1] }]
    ];
    for (let k = below; k < fitting; k++)
      updates.push([k + 1, { item, reach: tails[k].reach, previous: tails[k] }]);
    for (const [k, link] of updates) if (k >= tails.length || link.reach < tails[k].reach) tails[k] = link;
  }
  const run = [];
  for (let link = tails.at(-1); link; link = link.previous) run.push(link.item);
  return run.reverse();
}
function strays(items, run) {
  const kept = new Set(run);
  const inRun = (i) => i < 0 || i >= items.length || kept.has(items[i]);
  return items.filter((item, i) => !kept.has(item) && inRun(i - 1) && inRun(i + 1));
}
function placeIn(run, item) {
  const standing = run.filter((kept) => kept.entry.index < item.entry.index).length;
  const fitsAfter = [true];
  for (const kept of run) fitsAfter.push(fitsAfter.at(-1) && compareKeys(kept.key, item.key) <= 0);
  const fitsBefore = [];
  fitsBefore[run.length] = true;
  for (let k = run.length - 1; k >= 0; k--)
    fitsBefore[k] = fitsBefore[k + 1] && compareKeys(run[k].key, item.key) >= 0;
  let best;
  for (let k = 0; k <= run.length; k++) {
    if (!fitsAfter[k] || !fitsBefore[k]) continue;
    if (best === void 0 || Math.abs(k - standing) < Math.abs(best - standing)) best = k;
  }
  return best;
}
function findingsOf2(order) {
  const run = longestOrderedRun(order.items);
  return strays(order.items, run).flatMap((item) => {
    const place = placeIn(run, item);
    if (place === void 0) return [];
    const where = place < run.length ? `before line ${run[place].entry.span.start.line}` : `after line ${run[place - 1].entry.span.start.line}`;
    return [
      {
        severity: "warning",
        message: `Entry out of order: ${item.key.shown} belongs ${where} (this section is ${order.name})`,
        span: item.entry.span
      }
    ];
  });
}
function sequencesOf(list) {
  const sequences = /* @__PURE__ */ new Map();
  const open = [];
  for (const entry of list.entries) {
    while (open.length > 0 && open.at(-1).span.end.offset < entry.span.start.offset) open.pop();
    const key = JSON.stringify([open.at(-1)?.index ?? -1, ...entry.section]);
    const sequence = sequences.get(key);
    if (sequence) sequence.push(entry);
    else sequences.set(key, [entry]);
    open.push(entry);
  }
  return [...sequences.values()];
}
var entry_order_default = defineRule(
  "entry-order",
  {},
  (list, _options, context) => sequencesOf(list).flatMap((entries) => {
    const order = orderOf(entries, context.today);
    return order ? findingsOf2(order) : [];
  })
);

// src/rules/github-repo.ts
var github_repo_default = defineNetworkRule(
  "github-repo",
  (list, results) => list.entries.flatMap((entry) => {
    const seen = /* @__PURE__ */ new Set();
    return entry.links.flatMap((link) => {
      const repo = githubRepoOf(link.url);
      const result = repo && results.github.get(githubRepoKey(repo));
      if (result?.status !== "found" || !result.archived) return [];
      if (seen.has(result.fullName)) return [];
      seen.add(result.fullName);
      return [
        {
          severity: "warning",
          message: `GitHub repository ${result.fullName} is archived`,
          span: link.span,
          url: link.url
        }
      ];
    });
  })
);

// src/rules/redirect.ts
function fixOf(list, link, to) {
  const span = link.urlSpan;
  if (!span || list.source.slice(span.start.offset, span.end.offset) !== link.url) return void 0;
  return { start: span.start.offset, end: span.end.offset, replacement: to };
}
var redirect_default = defineNetworkRule(
  "redirect",
  (list, results) => linkVerdicts(list, results).flatMap(({ link, verdict }) => {
    if (verdict.status !== "redirect") return [];
    const fix = fixOf(list, link, verdict.to);
    return [
      {
        severity: "warning",
        message: `Permanent redirect (${verdict.httpStatus}) to ${verdict.to}`,
        span: link.span,
        url: link.url,
        ...fix && { fix }
      }
    ];
  })
);

// src/rules/unverified-link.ts
var unchecked = (reason, what) => reason === NETWORK_UNAVAILABLE ? { networkUnavailable: what } : {};
var unverified_link_default = defineNetworkRule("unverified-link", (list, results) => {
  const findings = [];
  for (const { link, verdict } of linkVerdicts(list, results)) {
    if (verdict.status !== "unverifiable") continue;
    findings.push({
      severity: "info",
      message: `Could not verify link: ${verdict.reason}`,
      span: link.span,
      url: link.url,
      ...unchecked(verdict.reason, link.url)
    });
  }
  for (const { ref, key, result } of arxivResults(list, results)) {
    if (result.status !== "unverifiable") continue;
    findings.push({
      severity: "info",
      message: `Could not verify arXiv id ${ref.id}: ${result.reason}`,
      ...placeOf(ref),
      ...unchecked(result.reason, `arXiv ${key}`)
    });
  }
  for (const { ref, key, result } of doiResults(list, results)) {
    if (result.status !== "unverifiable") continue;
    findings.push({
      severity: "info",
      message: `Could not verify DOI ${ref.doi}: ${result.reason}`,
      ...placeOf(ref),
      ...unchecked(result.reason, `DOI ${key}`)
    });
  }
  return findings;
});

// src/rules/index.ts
var offlineRules = [
  entry_format_default,
  duplicate_entry_default,
  conflicting_link_default,
  arxiv_url_default,
  arxiv_date_default,
  entry_order_default
];
var networkRules = [
  dead_link_default,
  redirect_default,
  unverified_link_default,
  arxiv_not_found_default,
  arxiv_title_mismatch_default,
  arxiv_withdrawn_default,
  doi_not_found_default,
  github_repo_default
];

// src/version.ts
var VERSION = "0.1.0";

// src/lint.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import path3 from "node:path";
import { unified as unified2 } from "unified";
import { VFile } from "vfile";

// src/report/counts.ts
function countSeverities(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
function summaryCounts(summary) {
  return { error: summary.errors, warning: summary.warnings, info: summary.infos };
}
function plural(count2, noun, nouns = `${noun}s`) {
  return `${count2} ${count2 === 1 ? noun : nouns}`;
}
function problemsText(counts) {
  const total = counts.error + counts.warning + counts.info;
  return `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")})`;
}
function hasLinkCounts(links) {
  return links.checked > 0 || links.excluded > 0;
}
function linksText(links) {
  if (!hasLinkCounts(links)) return void 0;
  const excluded = links.excluded > 0 ? `, ${links.excluded} excluded` : "";
  return `Links: ${links.checked} checked, ${links.alive} alive, ${links.dead} dead, ${links.unverified} unverified${excluded}`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.line - b.line || a.column - b.column);
  return groups;
}

// src/rules/arxiv-link-proposal.ts
var MAX_LABEL_WORDS = 3;
function urlFormOf(url) {
  const path4 = splitUrl(url)?.path ?? "";
  if (!/^\/pdf\//i.test(path4)) return "abs";
  return /\.pdf$/i.test(path4) ? "pdf.pdf" : "pdf";
}
function arxivUrl(id, form) {
  return form === "pdf.pdf" ? `${canonicalArxivUrl(id, "pdf")}.pdf` : canonicalArxivUrl(id, form);
}
function isLabelLink(entry, link) {
  const label = normalizeTitle(link.label);
  return link.label !== link.url && label !== "" && label.split(" ").length <= MAX_LABEL_WORDS && label !== normalizeTitle(entry.title);
}
function mostCommon(values) {
  const counts = /* @__PURE__ */ new Map();
  let best;
  for (const value of values) {
    const count2 = (counts.get(value) ?? 0) + 1;
    counts.set(value, count2);
    if (best === void 0 || count2 > counts.get(best)) best = value;
  }
  return best;
}
var styles = /* @__PURE__ */ new WeakMap();
function paperLinkStyle(list) {
  const known = styles.get(list);
  if (known !== void 0) return known ?? void 0;
  const wraps = [];
  const separators = [];
  const forms = [];
  for (const entry of list.entries) {
    const titleEnd = entry.titleSpan?.end.offset;
    for (const { link } of entry.arxiv) {
      if (!link?.urlSpan || titleEnd === void 0 || link.span.start.offset < titleEnd) continue;
      if (!isLabelLink(entry, link)) continue;
      const { source } = list;
      const start = link.span.start.offset;
      wraps.push(
        `${source.slice(start, link.urlSpan.start.offset)}\0${source.slice(link.urlSpan.end.offset, link.span.end.offset)}`
      );
      separators.push(/[,;|]?[ \t]*$/.exec(source.slice(Math.max(titleEnd, start - 4), start))[0]);
      forms.push(urlFormOf(link.url));
    }
  }
  const [open, close] = mostCommon(wraps)?.split("\0") ?? [];
  const style = open === void 0 ? void 0 : { open, close, separator: mostCommon(separators), form: mostCommon(forms) };
  styles.set(list, style ?? null);
  return style;
}
function insertionPoint(list, entry) {
  if (entry.kind !== "bullet" && entry.kind !== "ordered") return void 0;
  const from = entry.titleSpan?.end.offset ?? entry.span.start.offset;
  const lineEnd = list.source.indexOf("\n", from);
  let end = Math.min(lineEnd < 0 ? list.source.length : lineEnd, entry.span.end.offset);
  while (end > from && /\s/.test(list.source[end - 1])) end--;
  return end;
}
function linkFix(list, { entry, replace }, id) {
  if (replace) {
    if (!replace.urlSpan) return void 0;
    const { start, end } = replace.urlSpan;
    return { start: start.offset, end: end.offset, replacement: arxivUrl(id, urlFormOf(replace.url)) };
  }
  const style = paperLinkStyle(list);
  const at = insertionPoint(list, entry);
  if (!style || at === void 0) return void 0;
  const mark = style.separator.trimEnd();
  const separator = mark !== "" && list.source.slice(0, at).endsWith(mark) ? style.separator.slice(mark.length) : style.separator;
  return {
    start: at,
    end: at,
    replacement: `${separator}${style.open}${arxivUrl(id, style.form)}${style.close}`
  };
}
function titleToSearch(list, wanted) {
  const { entry, replace } = wanted;
  if (entry.title.trim() === "" || (entry.titleKind ?? "full") !== "full") return void 0;
  const placeable = replace ? replace.urlSpan !== void 0 : paperLinkStyle(list) !== void 0 && insertionPoint(list, entry) !== void 0;
  return placeable ? entry.title : void 0;
}
function matchingPaper(entry, search) {
  if (search?.status !== "found") return void 0;
  const ids = new Set(
    search.papers.filter(({ title }) => compareTitles(entry.title, title).match === "same").map(({ id: id2 }) => id2)
  );
  if (ids.size !== 1) return void 0;
  const [id] = ids;
  return entry.arxiv.some((ref) => ref.id === id) ? void 0 : id;
}
function withPaperNamed(message, id) {
  return message.replace(/( \([a-z-]+\))?$/, (subCheck) => `; arXiv has this title as ${id}${subCheck}`);
}
function proposeArxivLink(list, finding, searches) {
  const wanted = finding.arxivLink;
  const title = wanted && titleToSearch(list, wanted);
  if (!wanted || title === void 0) return finding;
  const id = matchingPaper(wanted.entry, searches?.get(title));
  const fix = id === void 0 ? void 0 : linkFix(list, wanted, id);
  return fix ? { ...finding, message: withPaperNamed(finding.message, id), fix } : finding;
}

// src/verify/defaults.ts
var USER_AGENT = `paperlint/${VERSION} (+https://github.com/paperlint/paperlint)`;
var DEFAULT_VERIFY_OPTIONS = {
  concurrency: 32,
  hostConcurrency: 4,
  hostInterval: 20,
  timeout: 15e3,
  arxivApi: "https://export.arxiv.org/api/query",
  arxivInterval: 3e3,
  maxSearches: 50,
  doiApi: "https://doi.org/api/handles",
  githubApi: "https://api.github.com",
  allowPrivateHosts: false,
  cachePath: void 0,
  userAgent: USER_AGENT
};

// src/lint.ts
var InputError = class extends Error {
  name = "InputError";
};
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
async function readListFile(filePath, shownAs = filePath) {
  let info;
  try {
    info = await stat(filePath);
  } catch (error2) {
    const code = error2.code;
    throw new InputError(
      code === "ENOENT" ? `${shownAs}: no such file` : `${shownAs}: cannot read (${code})`
    );
  }
  if (info.isDirectory()) throw new InputError(`${shownAs}: is a directory, expected a Markdown file`);
  let bytes;
  try {
    bytes = await readFile2(filePath);
  } catch (error2) {
    throw new InputError(`${shownAs}: cannot read (${error2.code})`);
  }
  return listText(bytes, shownAs);
}
function listText(bytes, shownAs) {
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${shownAs}: binary file, expected Markdown`);
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
}
function offlineProcessor(config) {
  const settings = resolveRuleSettings(config ?? {});
  const processor = unified2().use(markdownPlugins);
  for (const rule of offlineRules) {
    const setting = settings.get(rule.id);
    if (setting?.severity === "off") continue;
    processor.use(rule.plugin, setting?.options);
  }
  return { processor: processor.freeze(), settings };
}
function toFinding(file, list, rule, finding, severity) {
  const { span: _ruleSpan, severityByOption, arxivLink: _wanted, ...rest } = finding;
  const span = reportedSpan(list, finding);
  return {
    file,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    rule,
    ...rest,
    severity: (severityByOption ? void 0 : severity) ?? finding.severity
  };
}
function lintText(text, file, options = {}) {
  const { processor, settings } = offlineProcessor(options.config);
  const source = stripBom(text);
  const overlong = overlongLine(source);
  if (overlong)
    throw new InputError(
      `${file}: line ${overlong.line} is ${overlong.length.toLocaleString("en")} characters long; paperlint reads lines of up to 10,000,000`
    );
  const vfile = new VFile({ path: file, value: source, data: { paperlintToday: options.today } });
  const tree = parseDocument(source);
  processor.runSync(tree, vfile);
  const suppressed = inlineSuppressions(tree, source);
  const list = paperListOf(tree, vfile);
  const findings = [];
  const awaitingSearch = /* @__PURE__ */ new Map();
  for (const message of vfile.messages) {
    const data = message.paperlint;
    const rule = message.ruleId;
    if (!data || suppressed(rule, data.span.start.line)) continue;
    const configured = settings.get(rule)?.severity;
    const finding = toFinding(file, list, rule, data, configured === "off" ? void 0 : configured);
    findings.push(finding);
    if (data.arxivLink) awaitingSearch.set(finding, data);
  }
  return { file, config: options.config, list, findings, suppressed, awaitingSearch };
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule)
  );
}
function summarize(files, findings, links) {
  const { error: error2, warning: warning2, info } = countSeverities(findings);
  return {
    files: files.length,
    entries: files.reduce((sum, f) => sum + f.list.entries.length, 0),
    errors: error2,
    warnings: warning2,
    infos: info,
    links: links ?? { checked: 0, alive: 0, dead: 0, unverified: 0, excluded: 0 }
  };
}
function excludedLinkCount(files, lines, exclude) {
  const urls = /* @__PURE__ */ new Set();
  for (const { file, config, list } of files) {
    const excluded = linkExclusion(config, exclude);
    for (const link of linksOf(list)) {
      const wanted = lines(file, link.span.start.line) && routeLink(link.url).kind !== "skip";
      if (wanted && excluded(link.url)) urls.add(link.url);
    }
  }
  return urls.size;
}
function verifyRequestOf(files, lines, exclude, today = /* @__PURE__ */ new Date()) {
  const request = { urls: [], arxiv: [], dois: [] };
  for (const { file, config, list } of files) {
    const excluded = linkExclusion(config, exclude);
    for (const link of linksOf(list))
      if (lines(file, link.span.start.line) && !excluded(link.url)) request.urls.push(link.url);
    for (const entry of list.entries) {
      const title = entry.titleKind === "name" || entry.title === "" ? void 0 : entry.title;
      for (const ref of entry.arxiv) {
        const wellFormed = parseArxivId(versionedId(ref), today).valid;
        if (wellFormed && lines(file, ref.span.start.line) && !(ref.link && excluded(ref.link.url)))
          request.arxiv.push({ id: ref.id, version: ref.version, title });
      }
      for (const ref of entry.dois)
        if (lines(file, ref.span.start.line) && !(ref.link && excluded(ref.link.url)))
          request.dois.push(ref.doi);
    }
  }
  return request;
}
function networkRuleFindings({ file, config, list, suppressed }, results, lines, exclude) {
  const settings = resolveRuleSettings(config ?? {});
  const excluded = linkExclusion(config, exclude);
  return networkRules.flatMap((rule) => {
    const configured = settings.get(rule.id)?.severity;
    if (configured === "off") return [];
    return rule.check(list, results).filter(
      (finding) => lines(file, finding.span.start.line) && !suppressed(rule.id, finding.span.start.line) && !(finding.url && excluded(finding.url))
    ).map((finding) => ({ rule: rule.id, finding, configured }));
  });
}
function networkFindings(files, results, lines, exclude) {
  return files.flatMap(
    (linted) => networkRuleFindings(linted, results, lines, exclude).map(
      ({ rule, finding, configured }) => toFinding(
        linted.file,
        linted.list,
        rule,
        proposeArxivLink(linted.list, finding, results.arxivSearches),
        configured
      )
    )
  );
}
function titlesToSearchOf(files, arxiv, lines, exclude) {
  const results = {
    links: /* @__PURE__ */ new Map(),
    arxiv: new Map(arxiv),
    dois: /* @__PURE__ */ new Map(),
    github: /* @__PURE__ */ new Map(),
    requests: 0
  };
  return files.flatMap((linted) => {
    const wanted = [
      ...linted.awaitingSearch.values(),
      ...networkRuleFindings(linted, results, lines, exclude).map(({ finding }) => finding)
    ];
    wanted.sort((a, b) => a.span.start.offset - b.span.start.offset);
    return wanted.flatMap(({ span, arxivLink }) => {
      const title = arxivLink && lines(linted.file, span.start.line) && titleToSearch(linted.list, arxivLink);
      return title ? [title] : [];
    });
  });
}
function withProposals(linted, results) {
  return linted.findings.map((finding) => {
    const own = linted.awaitingSearch.get(finding);
    if (!own) return finding;
    const proposed = proposeArxivLink(linted.list, own, results.arxivSearches);
    return proposed === own ? finding : toFinding(linted.file, linted.list, finding.rule, proposed, finding.severity);
  });
}
function withoutDoubtedDateFixes(findings, linted, network) {
  const doubted = network.filter(
    (finding) => finding.rule === "arxiv-title-mismatch" && finding.severity === "error" && finding.file === linted.file
  ).flatMap(
    (finding) => linted.list.entries.filter(
      (entry) => entry.span.start.line <= finding.line && finding.line <= entry.span.end.line
    )
  );
  if (doubted.length === 0) return findings;
  return findings.map((finding) => {
    if (finding.rule !== "arxiv-date" || !finding.fix) return finding;
    const inDoubt = doubted.some(
      (entry) => entry.span.start.offset <= finding.fix.start && finding.fix.end <= entry.span.end.offset
    );
    if (!inDoubt) return finding;
    const { fix: _dropped, ...unfixed } = finding;
    return unfixed;
  });
}
function hostSettingsOf(configs) {
  const hostHeaders = {};
  const hostLimits = {};
  for (const config of new Set(configs)) {
    for (const [name, { headers, interval, concurrency }] of Object.entries(config?.hosts ?? {})) {
      const host = name.toLowerCase();
      if (headers) hostHeaders[host] ??= headers;
      if (interval !== void 0 || concurrency !== void 0) hostLimits[host] ??= { interval, concurrency };
    }
  }
  const set = (values) => Object.keys(values).length > 0 ? values : void 0;
  return { hostHeaders: set(hostHeaders), hostLimits: set(hostLimits) };
}
async function lint(files, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const configs = options.config ? void 0 : configFinder({ cwd });
  const linted = [];
  for (const filePath of files) {
    const text = await readListFile(path3.resolve(cwd, filePath), filePath);
    const config = options.config ?? await configs?.forFile(filePath);
    linted.push(lintText(text, displayPath(filePath, cwd), { ...options, config }));
  }
  return reportOf(linted, options);
}
async function verifyLinted(linted, options = {}) {
  if (!options.verify) return void 0;
  const { lines = () => true, searchLines = lines, exclude, ...overrides } = options.verify;
  const request = {
    ...verifyRequestOf(linted, lines, exclude, options.today),
    titlesToSearch: (arxiv) => titlesToSearchOf(linted, arxiv, searchLines, exclude)
  };
  const { verify } = await import("./verify-NZ3GUFU6.js");
  return verify(request, {
    ...DEFAULT_VERIFY_OPTIONS,
    ...hostSettingsOf(linted.map((file) => file.config)),
    ...overrides
  });
}
function reportWith(linted, options, results) {
  if (!results) {
    const findings2 = sortFindings(linted.flatMap((f) => f.findings));
    return { version: VERSION, findings: findings2, summary: summarize(linted, findings2) };
  }
  const { lines = () => true, exclude } = options.verify ?? {};
  const network = networkFindings(linted, results, lines, exclude);
  const findings = sortFindings([
    ...linted.flatMap((f) => withoutDoubtedDateFixes(withProposals(f, results), f, network)),
    ...network
  ]);
  const links = { ...summarizeLinks(results), excluded: excludedLinkCount(linted, lines, exclude) };
  return { version: VERSION, findings, summary: summarize(linted, findings, links) };
}
async function reportOf(linted, options = {}) {
  return reportWith(linted, options, await verifyLinted(linted, options));
}

export {
  displayPath,
  stripBom,
  configFinder,
  parseMarkdown,
  buildPaperList,
  summaryCounts,
  plural,
  problemsText,
  hasLinkCounts,
  linksText,
  groupByFile,
  offlineRules,
  VERSION,
  InputError,
  lintText,
  lint
};
