import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  displayPath,
  groupByFile,
  hasLinkCounts,
  linksText,
  lintText,
  plural,
  problemsText,
  stripBom,
  summaryCounts
} from "./chunk-XEMZG23Y.js";
import {
  ruleDocsUrl
} from "./chunk-VJ2YKYWV.js";

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
function fixTextOnline(text, linted, findings, options = {}) {
  const source = stripBom(text);
  const network = applyFixes(
    source,
    findings.flatMap((finding) => finding.fix ? [finding.fix] : [])
  );
  if (network.applied === 0) return { output: text, applied: 0, linted };
  const fixed = fixText(text.slice(0, text.length - source.length) + network.output, linted.file, options);
  return { ...fixed, applied: network.applied + fixed.applied };
}

// src/report/color.ts
function shouldUseColor(stream, env) {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return stream.isTTY === true;
}
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

// src/report/unchecked.ts
function listedFindings(findings) {
  const listed = [];
  const unchecked = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (finding.networkUnavailable && finding.severity === "info") unchecked.add(finding.networkUnavailable);
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
    },
    ruleUrl: ruleDocsUrl(f.rule)
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
    },
    // --fix-dry-run: each list its fixes change, with the fixed text (ESLint's `output`).
    ...report.fixed && { fixed: report.fixed }
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
  const counts = summaryCounts(report.summary);
  const found = counts.error + counts.warning + counts.info === 0 ? `found no problems ${scope}.` : `found ${problemsText(counts)} ${scope}.`;
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
  const lines = [markdownHeadline(report).trimEnd()];
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

// src/report/rule-help.json
var rule_help_default = {
  "arxiv-date": {
    summary: "An entry's arXiv date that contradicts the month in its arXiv id.",
    description: "An arXiv id says when the paper was submitted: `2403.17372` is March 2024, `hep-th/9901001` January 1999. A date labelled as arXiv (`arxiv 2023/03`, `arXiv2023/3`, `arXiv 2023`) that is before the id's month by more than one month was usually copied from a neighbouring entry or mistyped: the paper was not on arXiv yet."
  },
  "arxiv-not-found": {
    summary: "arXiv ids that the arXiv API does not know (or a pinned version that does not exist).",
    description: "Needs the network (skipped with `--offline`). Every arXiv id of an entry \u2014 in `arxiv.org` links or written as `arXiv:2305.11700` \u2014 is looked up through the arXiv API (`--arxiv-api`), never on arxiv.org itself, in batches of up to 100 ids, one request at a time and at least `--arxiv-interval` apart. An id that the API leaves out of its answer does not exist; neither does a version pinned with `vN` beyond the paper's last version, nor an id outside arXiv's grammar. When the API is busy or unreachable the id is left unverified, never reported here."
  },
  "arxiv-published": {
    summary: "An entry listed as a preprint whose arXiv record says it is published (with the venue in the list's style).",
    description: 'Needs the network (skipped with `--offline`), and sends no request of its own: it reads the arXiv records the id lookups fetch anyway (and cache). Authors tell arXiv where their paper was published in its journal reference (`arxiv:journal_ref`), in its comment ("Accepted at NeurIPS 2023", "ICLR 2024 camera-ready", "Accepted to the Conference on Computer Vision and Pattern Recognition (CVPR) 2025") or with the DOI of the published version (`arxiv:doi`). The comment is read only where it is clear: a submission, a review, a workshop, a poster session, a conditional acceptance or a venue named without a cue says nothing.'
  },
  "arxiv-title-mismatch": {
    summary: "An entry's title that is not the title of the arXiv paper it links to.",
    description: "Needs the network (skipped with `--offline`). The entry's title is compared with the title the arXiv API gives for each arXiv id of the entry \u2014 for a link pinned to `vN`, with the title of that version. Both are normalised first (case, punctuation, quotes, LaTeX `$\u2026$` and `{\u2026}`, Unicode forms, whitespace and line breaks); hyphen and plural variants and common abbreviations (`LLMs`, `GNN`, `VLM`, `RL` \u2026) count as the same words, and either side of the arXiv title's colon counts as the whole: `MicroLens`, `Chameleon` or `Computer Vision Through the Lens of Natural Language` name the papers `MicroLens: A Content-Driven \u2026`, `Chameleon: Mixed-Modal \u2026` and `Towards Language Models That Can See: Computer Vision Through the LENS of Natural Language`."
  },
  "arxiv-url": {
    summary: "Malformed or non-canonical arXiv links.",
    description: "Checks every link to arxiv.org (or one of its mirrors) against the full arXiv id grammar: new-style ids `YYMM.NNNN` (2007-04 to 2014-12) and `YYMM.NNNNN` (2015 on), old-style ids `archive[.SC]/YYMMNNN` from arXiv's fixed list of archives (1991-08 to 2007-03), versions `v1` and up, no month after today."
  },
  "arxiv-withdrawn": {
    summary: "arXiv papers that their authors withdrew (or that were retracted).",
    description: 'Needs the network (skipped with `--offline`). A withdrawn arXiv paper stays in the arXiv API, its last version replaced by a withdrawal notice; the notice\'s comment says so ("This paper has been withdrawn by the author\u2026"). A list usually should not recommend it, or should say that it was withdrawn. A link pinned to an earlier version (`2305.11700v1`) is checked against that version and is not reported.'
  },
  "conflicting-link": {
    summary: "One arXiv id, DOI or paper URL attached to entries with clearly different titles, or one entry linking two arXiv ids.",
    description: "When two entries carry the same arXiv id (any URL form or version), the same DOI or the same paper URL (OpenReview, ACL Anthology, a `[paper]` link\u2026) but their titles name clearly different papers, one of them links the wrong paper \u2014 usually a copy-paste of the neighbouring entry's link or a mistyped id that happens to be another listed paper."
  },
  "dead-link": {
    summary: "Links that are gone: 404/410, host names that no longer resolve, redirect loops, deep links sent to a home or landing page (soft 404).",
    description: "Needs the network (skipped with `--offline`). A link is dead only when the answer is unambiguous: HTTP 404 or 410 (after a HEAD refused by the server is retried as GET), a host name that does not resolve while other names do, a redirect loop, or more than 10 redirects. A GitHub repository link is dead when the GitHub API says the repository does not exist."
  },
  "doi-not-found": {
    summary: "DOIs that the DOI system does not know.",
    description: "Needs the network (skipped with `--offline`). DOIs in resolver links (`doi.org`, `dx.doi.org`, `hdl.handle.net`), in publisher links that carry one (`https://dl.acm.org/doi/10.1145/\u2026`) and in the text are looked up through the DOI handle API (`--doi-api`, `GET {api}/{doi}`), so that publishers' bot walls are never touched. Only the API's own answer decides: `responseCode` 100 means the DOI does not exist; 1 means it does; anything else, or no answer, leaves the DOI unverified."
  },
  "duplicate-entry": {
    summary: "The same paper listed twice (same arXiv id, DOI, paper URL or title).",
    description: "Two entries are the same paper when they share an arXiv id (whatever the URL form: `abs`, `pdf`, `.pdf`, a pinned version, `arXiv:` in the text), a DOI (case-insensitive; `doi.org`, `dx.doi.org`, `hdl.handle.net` or a publisher's `/doi/` URL), the normalised URL of a paper link (scheme, `www.`, trailing slash, tracking parameters and fragment ignored), or the normalised title \u2014 and their titles do not clearly differ. Links that several papers share (code repositories, project pages, a site's home page, a page that three or more differently titled entries link, such as a conference programme) are not compared, except the link on the entry's own title."
  },
  "entry-format": {
    summary: "Entries without a link or title, broken link syntax, and spacing, punctuation, date, label and separator styles that break the list's own convention; unknown rule ids in paperlint comments.",
    description: "Each finding names its sub-check in parentheses at the end of the message, and each sub-check is an option that `false` turns off (`{\"whitespace\": false}`): - `no-link`: an entry with no link at all, when most entries of its section (or list) have one. Online, an entry with a full title is searched on arXiv (`--max-searches`, default 50 a run); when exactly one paper carries the title, the message names it (`Expected a link, as most entries have; arXiv has this title as 2306.01234 (no-link)`) and the fix inserts its link at the end of the title's line, in the list's own label style, separator and URL form (`, [[paper]](https://arxiv.org/abs/2306.01234)`); - `empty-title`: an entry with links but no title, unless a link's text is one (three words or more, no link label: `- paper: [Crosslingual Generalization through Multitask Finetuning](\u2026)`); - `link-syntax`: Markdown links that do not render as links, unbalanced brackets (`link-syntax.ts`); - `spacing`, `fullwidth`, `whitespace`: spaces around commas, full-width punctuation next to Latin text, and runs of spaces Markdown shows as one (`spacing.ts`); - `date`: `2023/5` among `2023/05` (`dates.ts`); - `label`: `Paper` among `paper` (`labels.ts`); - `separator`: what separates two links of an entry (`separators.ts`); - `directive`: an unknown rule id in a `<!-- paperlint-disable \u2026 -->` comment (`directives.ts`)."
  },
  "entry-order": {
    summary: "An entry out of place in a section that keeps its entries newest first, oldest first or by title.",
    description: "Many lists keep each section in one order: newest first, oldest first, or by title. The order is inferred per section, never assumed: a section keeps one when at least five of its entries have a date, at least four neighbouring pairs of them differ, and at least 90 % of those pairs go the same way. Failing that, the same holds for titles (A to Z). An entry that breaks the order is reported with the first entry it belongs before (or the last it belongs after). Where no order is clear, nothing is reported."
  },
  "github-repo": {
    summary: "Links to archived (read-only) or empty GitHub repositories, and, when asked, stale ones.",
    description: "Needs the network (skipped with `--offline`). Links to a github.com repository \u2014 `github.com/owner/repo`, optionally followed by `/tree/\u2026`, `/blob/\u2026`, `.git` or `#readme` \u2014 are checked through the GitHub API (`--github-api`, with `$GITHUB_TOKEN` when set) rather than by loading the page."
  },
  "local-link": {
    summary: "Links and images to files and anchors of the repository that do not exist; sections a table of contents leaves out.",
    description: "Checks the destinations that stay inside the repository: relative links and images (`docs/setup.md`, `![figure](img/x.png)`, HTML `href` and `src` too), in-page anchors (`#section-a`) and anchors of the repository's other Markdown files (`docs/setup.md#install`). Anchors are GitHub's: a heading's text, lower-cased, punctuation and emoji dropped, spaces as `-`, `-1`, `-2` \u2026 added to repeated headings (github-slugger); `<a name>` and `id` attributes, footnotes, `#top` and line references (`#L10`) count too."
  },
  redirect: {
    summary: "Links that permanently redirect (301/308) elsewhere; the fix points them at the target.",
    description: 'Needs the network (skipped with `--offline`). When a link answers with a permanent redirect (HTTP 301 or 308) and the target is alive, the list should link the target directly: permanent redirects are how sites announce a move, and the old address may stop redirecting one day. The fix replaces the URL with the end of the leading run of permanent redirects (the link\'s `#fragment` is kept). Temporary redirects (302, 303, 307) are fine: sites use them for logins, mirrors and "latest" aliases. Renamed GitHub repositories are reported the same way, with the new repository URL.'
  },
  "unverified-link": {
    summary: "Links that could not be checked (bot walls, rate limits, timeouts, TLS errors, private addresses).",
    description: 'Needs the network (skipped with `--offline`). Reported as `info` so that a list is never failed by a site that refuses robots: the message says why the link could not be verified \u2014 HTTP 401/403 (login or bot wall), 429 (rate limited), a bot challenge (`cf-mitigated: challenge`), a timeout, a server error (5xx) or a connection reset after retries and one slower final pass, a TLS error, a redirect to a non-web scheme, "network unavailable" when no host name resolves at all, or "blocked private address" when the host resolves to a loopback, private, link-local (cloud metadata), CGNAT, multicast or IPv6 unique-local address \u2014 links in pull requests are untrusted, so paperlint never connects there unless `--allow-private-hosts` is given.'
  }
};

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var PROJECT_URL = "https://github.com/paperlint/paperlint";
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
function reportingDescriptor(id) {
  const help = rule_help_default[id];
  const helpUri = ruleDocsUrl(id);
  return {
    id,
    shortDescription: { text: help.summary },
    fullDescription: { text: help.description },
    helpUri,
    help: {
      text: `${help.summary} ${helpUri}`,
      markdown: `${help.description}

[Documentation](${helpUri})`
    }
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
            rules: ruleIds.map(reportingDescriptor)
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

// src/report/stylish.ts
var severityColor = (paint) => ({
  error: paint.red,
  warning: paint.yellow,
  info: paint.blue
});
var FIXABLE = "fixable";
var ALIGN_UP_TO = 80;
var MIN_MESSAGE_WIDTH = 20;
var ZERO_WIDTH = new RegExp("^(?:\\p{M}|[\\u200b-\\u200f]|\\ufe0f)$", "u");
var WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
function charWidth(char) {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}
function visibleWidth(text) {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}
function padEnd(text, width) {
  return text + " ".repeat(Math.max(0, width - visibleWidth(text)));
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    let rest = word;
    if (line !== "" && visibleWidth(line) + 1 + visibleWidth(rest) <= width) {
      line += ` ${rest}`;
      continue;
    }
    if (line !== "") lines.push(line);
    line = "";
    while (visibleWidth(rest) > width) {
      let cut = "";
      for (const char of rest) {
        if (cut !== "" && visibleWidth(cut + char) > width) break;
        cut += char;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  lines.push(line);
  return lines;
}
function fileBlock(findings, paint, width) {
  const lineW = Math.max(...findings.map((f) => String(f.line).length));
  const rows = findings.map((f) => ({
    // Line numbers right-aligned, columns left-aligned, as ESLint's stylish does.
    location: `${String(f.line).padStart(lineW)}:${f.column}`,
    severity: f.severity,
    message: f.message.replace(/\r\n|\r|\n/g, " "),
    rule: f.rule,
    fixable: f.fix !== void 0
  }));
  const widest = (texts) => Math.max(...texts.map(visibleWidth));
  const locationW = widest(rows.map((row) => row.location));
  const severityW = widest(rows.map((row) => row.severity));
  const ruleW = widest(rows.map((row) => row.rule));
  const anyFixable = rows.some((row) => row.fixable);
  const before = 2 + locationW + 2 + severityW + 2;
  const after = 2 + ruleW + (anyFixable ? 2 + FIXABLE.length : 0);
  const longest = widest(rows.map((row) => row.message));
  const messageW = width === void 0 ? Math.min(longest, ALIGN_UP_TO) : Math.max(MIN_MESSAGE_WIDTH, Math.min(longest, width - before - after));
  const colorOf = severityColor(paint);
  return rows.flatMap((row) => {
    const [first, ...more] = width === void 0 ? [row.message] : wrap(row.message, messageW);
    const location = paint.dim(padEnd(row.location, locationW));
    const severity = colorOf[row.severity](padEnd(row.severity, severityW));
    const mark = row.fixable ? `  ${paint.dim(FIXABLE)}` : "";
    const rule = paint.dim(row.fixable ? padEnd(row.rule, ruleW) : row.rule);
    return [
      `  ${location}  ${severity}  ${padEnd(first, messageW)}  ${rule}${mark}`.trimEnd(),
      ...more.map((text) => `${" ".repeat(before)}${text}`)
    ];
  });
}
function formatStylish(report, options) {
  const { listed, unchecked } = listedFindings(report.findings);
  if (listed.length === 0 && unchecked === 0) return "";
  const paint = palette(options.color);
  const out = [];
  for (const [file, findings] of groupByFile(listed)) {
    out.push(
      "",
      paint.underline(displayPath(file, options.cwd)),
      ...fileBlock(findings, paint, options.width)
    );
  }
  const counts = summaryCounts(report.summary);
  const summaryColor = counts.error > 0 ? paint.red : counts.warning > 0 ? paint.yellow : paint.blue;
  out.push("");
  if (counts.error + counts.warning + counts.info > 0)
    out.push(paint.bold(summaryColor(`\u2716 ${problemsText(counts)}`)));
  const fixable = listed.filter((f) => f.fix).length;
  if (fixable > 0)
    out.push(paint.bold(summaryColor(`  ${plural(fixable, "problem")} fixable with the \`--fix\` option.`)));
  const notVerified = uncheckedText(unchecked);
  if (notVerified) out.push(severityColor(paint).info(`${notVerified}.`));
  const links = linksText(report.summary.links);
  if (links) out.push(links);
  return `${out.join("\n")}
`;
}

// src/report/index.ts
var REPORT_FORMATS = ["stylish", "json", "github", "sarif", "markdown"];
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
  applyFixes,
  fixText,
  fixTextOnline,
  shouldUseColor,
  REPORT_FORMATS,
  formatReport
};
