import {
  buildPaperList,
  canonicalArxivUrl,
  inlineSuppressions,
  linksOf,
  markdownPlugins,
  networkRules,
  offlineRules,
  overlongLine,
  paperListOf,
  parseDocument,
  parseMarkdown,
  reportedSpan,
  stripBom
} from "./chunks/chunk-Z6D57FEH.js";
import {
  linkExclusion
} from "./chunks/chunk-6DJ5CSLU.js";
import {
  RULE_IDS
} from "./chunks/chunk-HKNDKFV7.js";
import {
  routeLink,
  summarizeLinks
} from "./chunks/chunk-JRKQVJHJ.js";
import {
  parseArxivId,
  splitUrl,
  versionedId
} from "./chunks/chunk-AOESDYWF.js";
import {
  compareTitles,
  normalizeTitle
} from "./chunks/chunk-RPG5BQVK.js";

// src/lint.ts
import { readFile, stat } from "node:fs/promises";
import path2 from "node:path";
import { unified } from "unified";
import { VFile } from "vfile";

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

// src/report/counts.ts
function countSeverities(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
function plural(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
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

// src/report/paths.ts
import path from "node:path";
function displayPath(file, cwd) {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/").replaceAll("\\", "/");
}

// src/rules/arxiv-link-proposal.ts
var MAX_LABEL_WORDS = 3;
function urlFormOf(url) {
  const path3 = splitUrl(url)?.path ?? "";
  if (!/^\/pdf\//i.test(path3)) return "abs";
  return /\.pdf$/i.test(path3) ? "pdf.pdf" : "pdf";
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
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === void 0 || count > counts.get(best)) best = value;
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

// src/version.ts
var VERSION = "0.1.0";

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
  } catch (error) {
    const code = error.code;
    throw new InputError(
      code === "ENOENT" ? `${shownAs}: no such file` : `${shownAs}: cannot read (${code})`
    );
  }
  if (info.isDirectory()) throw new InputError(`${shownAs}: is a directory, expected a Markdown file`);
  let bytes;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw new InputError(`${shownAs}: cannot read (${error.code})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${shownAs}: binary file, expected Markdown`);
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
}
function offlineProcessor(config) {
  const settings = resolveRuleSettings(config ?? {});
  const processor = unified().use(markdownPlugins);
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
  return { file, list, findings, suppressed, awaitingSearch };
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule)
  );
}
function summarize(files, findings, links) {
  const { error, warning, info } = countSeverities(findings);
  return {
    files: files.length,
    entries: files.reduce((sum, f) => sum + f.list.entries.length, 0),
    errors: error,
    warnings: warning,
    infos: info,
    links: links ?? { checked: 0, alive: 0, dead: 0, unverified: 0, excluded: 0 }
  };
}
function excludedLinkCount(files, lines, excluded) {
  const urls = /* @__PURE__ */ new Set();
  for (const { file, list } of files) {
    for (const link of linksOf(list)) {
      const wanted = lines(file, link.span.start.line) && routeLink(link.url).kind !== "skip";
      if (wanted && excluded(link.url)) urls.add(link.url);
    }
  }
  return urls.size;
}
function verifyRequestOf(files, lines, excluded, today = /* @__PURE__ */ new Date()) {
  const request = { urls: [], arxiv: [], dois: [] };
  for (const { file, list } of files) {
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
function networkRuleFindings({ file, list, suppressed }, results, config, lines, excluded) {
  const settings = resolveRuleSettings(config ?? {});
  return networkRules.flatMap((rule) => {
    const configured = settings.get(rule.id)?.severity;
    if (configured === "off") return [];
    return rule.check(list, results).filter(
      (finding) => lines(file, finding.span.start.line) && !suppressed(rule.id, finding.span.start.line) && !(finding.url && excluded(finding.url))
    ).map((finding) => ({ rule: rule.id, finding, configured }));
  });
}
function networkFindings(files, results, config, lines, excluded) {
  return files.flatMap(
    (linted) => networkRuleFindings(linted, results, config, lines, excluded).map(
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
function titlesToSearchOf(files, arxiv, config, lines, excluded) {
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
      ...networkRuleFindings(linted, results, config, lines, excluded).map(({ finding }) => finding)
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
function hostSettingsOf(config) {
  const hostHeaders = {};
  const hostLimits = {};
  for (const [name, { headers, interval, concurrency }] of Object.entries(config?.hosts ?? {})) {
    const host = name.toLowerCase();
    if (headers) hostHeaders[host] = headers;
    if (interval !== void 0 || concurrency !== void 0) hostLimits[host] = { interval, concurrency };
  }
  const set = (values) => Object.keys(values).length > 0 ? values : void 0;
  return { hostHeaders: set(hostHeaders), hostLimits: set(hostLimits) };
}
async function lint(files, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const linted = [];
  for (const filePath of files) {
    const text = await readListFile(path2.resolve(cwd, filePath), filePath);
    linted.push(lintText(text, displayPath(filePath, cwd), options));
  }
  return reportOf(linted, options);
}
async function verifyLinted(linted, options = {}) {
  if (!options.verify) return void 0;
  const { lines = () => true, searchLines = lines, exclude, ...overrides } = options.verify;
  const excluded = linkExclusion(options.config, exclude);
  const request = {
    ...verifyRequestOf(linted, lines, excluded, options.today),
    titlesToSearch: (arxiv) => titlesToSearchOf(linted, arxiv, options.config, searchLines, excluded)
  };
  const { verify } = await import("./chunks/verify-YX5BZHJN.js");
  return verify(request, {
    ...DEFAULT_VERIFY_OPTIONS,
    ...hostSettingsOf(options.config),
    ...overrides
  });
}
function reportWith(linted, options, results) {
  if (!results) {
    const findings2 = sortFindings(linted.flatMap((f) => f.findings));
    return { version: VERSION, findings: findings2, summary: summarize(linted, findings2) };
  }
  const { lines = () => true, exclude } = options.verify ?? {};
  const excluded = linkExclusion(options.config, exclude);
  const findings = sortFindings([
    ...linted.flatMap((f) => withProposals(f, results)),
    ...networkFindings(linted, results, options.config, lines, excluded)
  ]);
  const links = { ...summarizeLinks(results), excluded: excludedLinkCount(linted, lines, excluded) };
  return { version: VERSION, findings, summary: summarize(linted, findings, links) };
}
async function reportOf(linted, options = {}) {
  return reportWith(linted, options, await verifyLinted(linted, options));
}

// src/fix.ts
function applyFixes(source, fixes) {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = "";
  let cursor = 0;
  let applied = 0;
  const skipped = [];
  for (const fix of sorted) {
    if (fix.start < cursor || fix.end < fix.start || fix.end > source.length) {
      skipped.push(fix);
      continue;
    }
    if (source.slice(fix.start, fix.end) === fix.replacement) continue;
    output += source.slice(cursor, fix.start) + fix.replacement;
    cursor = fix.end;
    applied++;
  }
  return { output: output + source.slice(cursor), applied, skipped };
}
var MAX_PASSES = 10;
function fixText(text, file, options = {}) {
  let source = stripBom(text);
  const bom = text.slice(0, text.length - source.length);
  let applied = 0;
  let linted = lintText(source, file, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result2 = applyFixes(
      source,
      linted.findings.flatMap((finding) => finding.fix ? [finding.fix] : [])
    );
    if (result2.applied === 0) break;
    source = result2.output;
    applied += result2.applied;
    linted = lintText(source, file, options);
  }
  return { output: bom + source, applied, linted };
}

// src/report/unchecked.ts
function listedFindings(findings) {
  const listed = [];
  const unchecked = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (finding.networkUnavailable && finding.severity === "info")
      unchecked.add(finding.url ?? `${finding.file}:${finding.line}:${finding.column}`);
    else listed.push(finding);
  }
  return { listed, unchecked: unchecked.size };
}
function uncheckedText(unchecked) {
  return unchecked > 0 ? `Could not verify ${plural(unchecked, "link")}: network unavailable` : void 0;
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationTitle(rule) {
  return `paperlint(${rule})`;
}
function formatGithub(report, options) {
  const { listed, unchecked } = listedFindings(report.findings);
  const lines = listed.map((f) => {
    const properties = [
      ["file", displayPath(f.file, options.cwd)],
      ["line", f.line],
      ["col", f.column],
      ["endLine", f.endLine],
      ["endColumn", f.endColumn],
      ["title", annotationTitle(f.rule)]
    ];
    const rendered = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
    return `::${COMMAND[f.severity]} ${rendered}::${escapeData(f.message)}`;
  });
  const notVerified = uncheckedText(unchecked);
  if (notVerified) lines.push(`::notice title=paperlint::${escapeData(notVerified)}`);
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// src/report/json.ts
function contractFinding(f) {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...f.url !== void 0 && { url: f.url },
    ...f.fix !== void 0 && { fix: { replacement: f.fix.replacement } },
    // Rules leave out the file of a location in the finding's own file; the contract always names it.
    ...f.related !== void 0 && {
      related: f.related.map((r) => ({
        file: r.file ?? f.file,
        line: r.line,
        ...r.column !== void 0 && { column: r.column },
        ...r.message !== void 0 && { message: r.message }
      }))
    }
  };
}
function formatJson(report) {
  const { files, entries, errors, warnings, infos, links } = report.summary;
  const document = {
    version: report.version,
    findings: report.findings.map(contractFinding),
    summary: {
      files,
      entries,
      errors,
      warnings,
      infos,
      links: {
        checked: links.checked,
        alive: links.alive,
        dead: links.dead,
        unverified: links.unverified,
        excluded: links.excluded
      }
    }
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/report/markdown.ts
var ZWJ = "\u200D";
var SEVERITY_LABEL = {
  error: "\u274C error",
  warning: "\u26A0\uFE0F warning",
  info: "\u2139\uFE0F info"
};
function escapeMarkdown(text) {
  return text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[|`[\]*_~]/g, (c) => `\\${c}`).replace(/([@#])(?=[\p{L}\p{N}])/gu, `$1${ZWJ}`).replace(/\r\n|\r|\n/g, "<br>");
}
function linkDestination(url) {
  return url.replace(
    /[\s()<>|\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function locationCell(finding, options) {
  const file = displayPath(finding.file, options.cwd);
  const text = escapeMarkdown(`${file}:${finding.line}:${finding.column}`);
  return options.linkTo ? `[${text}](${linkDestination(options.linkTo(file, finding.line))})` : text;
}
var omitted = (count) => `_${plural(count, "more finding")} not shown._`;
function markdownHeadline(report) {
  const { files, entries } = report.summary;
  const scope = `in ${plural(files, "file")} (${plural(entries, "entry", "entries")})`;
  const found = report.findings.length === 0 ? `found no problems ${scope}.` : `found ${problemsText(countSeverities(report.findings))} ${scope}.`;
  const links = linksText(report.summary.links);
  return `**paperlint** ${found}${links ? `

${links}.` : ""}
`;
}
var MARKDOWN_TABLE_HEAD = "| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |";
function markdownRow(finding, options) {
  const cells = [
    SEVERITY_LABEL[finding.severity],
    `\`${finding.rule}\``,
    locationCell(finding, options),
    escapeMarkdown(finding.message)
  ];
  return `| ${cells.join(" | ")} |`;
}
function formatMarkdown(report, options) {
  const { listed, unchecked } = listedFindings(report.findings);
  const lines = [markdownHeadline({ ...report, findings: listed }).trimEnd()];
  const notVerified = uncheckedText(unchecked);
  if (notVerified) lines.push("", `${notVerified}.`);
  if (listed.length > 0) {
    lines.push("", MARKDOWN_TABLE_HEAD);
    const rows = [...groupByFile(listed).values()].flat().map((f) => markdownRow(f, options));
    const limit = options.maxLength ?? Number.POSITIVE_INFINITY;
    let length = lines.join("\n").length + 1;
    for (const [i, row] of rows.entries()) {
      const left = rows.length - i;
      const note = left > 1 ? `

${omitted(left - 1)}
`.length : 0;
      if (length + row.length + 1 + note > limit) {
        lines.push("", omitted(left));
        break;
      }
      lines.push(row);
      length += row.length + 1;
    }
  }
  return `${lines.join("\n")}
`;
}

// src/report/sarif.ts
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var PROJECT_URL = "https://github.com/paperlint/paperlint";
var RULES_URL = `${PROJECT_URL}#rules`;
var SRCROOT = "%SRCROOT%";
var LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
};
function artifactUri(file, cwd) {
  return displayPath(file, cwd).split("/").map(encodeURIComponent).join("/");
}
function artifactLocation(file, cwd) {
  return { uri: artifactUri(file, cwd), uriBaseId: SRCROOT };
}
function relatedLocation(related, index, finding, cwd) {
  return {
    id: index + 1,
    physicalLocation: {
      artifactLocation: artifactLocation(related.file ?? finding.file, cwd),
      region: {
        startLine: related.line,
        ...related.column !== void 0 && { startColumn: related.column }
      }
    },
    message: { text: related.message ?? "Related entry" }
  };
}
function result(finding, ruleIndex, cwd) {
  const location = artifactLocation(finding.file, cwd);
  const { fix } = finding;
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn
          }
        }
      }
    ],
    ...fix && {
      fixes: [
        {
          // An empty span is an insertion point (SARIF 3.30.2), such as a proposed link after a title.
          description: { text: `${fix.start === fix.end ? "Insert" : "Replace with"} ${fix.replacement}` },
          artifactChanges: [
            {
              artifactLocation: location,
              // The fix offsets are exact, unlike the finding's region, which may span a whole link or entry.
              replacements: [
                {
                  deletedRegion: { charOffset: fix.start, charLength: fix.end - fix.start },
                  insertedContent: { text: fix.replacement }
                }
              ]
            }
          ]
        }
      ]
    },
    ...finding.related && finding.related.length > 0 && {
      relatedLocations: finding.related.map((related, i) => relatedLocation(related, i, finding, cwd))
    },
    ...finding.url !== void 0 && { properties: { url: finding.url } }
  };
}
function formatSarif(report, options) {
  const { links } = report.summary;
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "paperlint",
            version: report.version,
            informationUri: PROJECT_URL,
            rules: ruleIds.map((id) => ({ id, helpUri: RULES_URL }))
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, "/")}` } },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((f) => result(f, ruleIds.indexOf(f.rule), options.cwd)),
        // The link counts of a run that verified or excluded links, in the run's property bag.
        ...hasLinkCounts(links) && { properties: { links } }
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/color.ts
var sgr = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var plain = (text) => text;
function palette(color) {
  if (!color) return { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain, underline: plain };
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    underline: sgr(4, 24)
  };
}

// src/report/stylish.ts
var severityColor = (paint) => ({
  error: paint.red,
  warning: paint.yellow,
  info: paint.blue
});
var visibleWidth = (text) => [...text].length;
function padEnd(text, width) {
  return text + " ".repeat(Math.max(0, width - visibleWidth(text)));
}
function formatStylish(report, options) {
  const { listed, unchecked } = listedFindings(report.findings);
  if (listed.length === 0 && unchecked === 0) return "";
  const paint = palette(options.color);
  const colorOf = severityColor(paint);
  const out = [];
  for (const [file, findings] of groupByFile(listed)) {
    const rows = findings.map((f) => ({
      line: String(f.line),
      column: String(f.column),
      severity: f.severity,
      message: f.message.replace(/\r\n|\r|\n/g, " "),
      rule: f.rule
    }));
    const width = (key) => Math.max(...rows.map((row) => visibleWidth(row[key])));
    const [lineW, columnW, severityW, messageW] = [
      width("line"),
      width("column"),
      width("severity"),
      width("message")
    ];
    out.push("", paint.underline(displayPath(file, options.cwd)));
    for (const row of rows) {
      const location = paint.dim(`${row.line.padStart(lineW)}:${padEnd(row.column, columnW)}`);
      const severity = colorOf[row.severity](padEnd(row.severity, severityW));
      out.push(
        `  ${location}  ${severity}  ${padEnd(row.message, messageW)}  ${paint.dim(row.rule)}`.trimEnd()
      );
    }
  }
  const counts = countSeverities(listed);
  const summaryColor = counts.error > 0 ? paint.red : counts.warning > 0 ? paint.yellow : paint.blue;
  out.push("");
  if (listed.length > 0) out.push(paint.bold(summaryColor(`\u2716 ${problemsText(counts)}`)));
  const fixable = listed.filter((f) => f.fix).length;
  if (fixable > 0)
    out.push(paint.bold(summaryColor(`  ${plural(fixable, "problem")} fixable with the \`--fix\` option.`)));
  const notVerified = uncheckedText(unchecked);
  if (notVerified) out.push(colorOf.info(`${notVerified}.`));
  const links = linksText(report.summary.links);
  if (links) out.push(links);
  return `${out.join("\n")}
`;
}

// src/report/index.ts
function formatReport(report, format, options) {
  switch (format) {
    case "stylish":
      return formatStylish(report, options);
    case "json":
      return formatJson(report);
    case "github":
      return formatGithub(report, options);
    case "sarif":
      return formatSarif(report, options);
    case "markdown":
      return formatMarkdown(report, options);
  }
}
export {
  InputError,
  VERSION,
  applyFixes,
  buildPaperList,
  fixText,
  formatReport,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
};
