import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseArxivId, versionedId } from './arxiv/id.js';
import { linkExclusion } from './config/exclude.js';
import { type Config, inlineSuppressions, resolveRuleSettings } from './config/index.js';
import { linksOf, markdownPlugins, paperListOf, stripBom } from './parse/index.js';
import { countSeverities } from './report/counts.js';
import { displayPath } from './report/paths.js';
import { networkRules, offlineRules } from './rules/index.js';
import { reportedSpan } from './rules/reported-span.js';
import type { MessageData } from './rules/rule.js';
import type { Finding, PaperList, Report, RuleFinding, RuleId, Severity, Summary } from './types.js';
import { DEFAULT_VERIFY_OPTIONS } from './verify/defaults.js';
import { summarizeLinks, verify } from './verify/index.js';
import { routeLink } from './verify/route.js';
import type { VerifyOptions, VerifyRequest, VerifyResults } from './verify/types.js';
import { VERSION } from './version.js';

/** A problem with the input itself (missing, unreadable or binary file): the CLI exits 2 on it. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface LintOptions {
  /** Folder that file names in the report are relative to. */
  cwd?: string;
  config?: Config;
  /** Pins "today" for date checks (tests, reproducible runs). */
  today?: Date;
  /**
   * Network verification (links, arXiv, DOIs, GitHub). Omitted: offline rules only.
   * `lines` limits verification to links on the lines it accepts (the Action's added lines).
   */
  verify?: Partial<VerifyOptions> & {
    lines?: (file: string, line: number) => boolean;
    /** Links whose URL matches one are not verified (`--exclude`; the configuration's `links.exclude` add to them). */
    exclude?: readonly RegExp[];
  };
}

/** One file after the offline pass: what the network pass and `--fix` need. */
export interface LintedFile {
  /** Path as shown in reports (relative to cwd, forward slashes). */
  file: string;
  list: PaperList;
  findings: Finding[];
  /** True when a paperlint comment silences `rule` on `line`. */
  suppressed: (rule: RuleId, line: number) => boolean;
}

/** Errors first: the order findings are sorted and annotated in. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Reads a file as a list to lint: refuses directories and binary files, decodes invalid UTF-8 leniently.
 * Errors name the file as `shownAs` (what the user typed), not its absolute path.
 */
export async function readListFile(filePath: string, shownAs = filePath): Promise<string> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `${shownAs}: no such file` : `${shownAs}: cannot read (${code})`,
    );
  }
  if (info.isDirectory()) throw new InputError(`${shownAs}: is a directory, expected a Markdown file`);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw new InputError(`${shownAs}: cannot read (${(error as NodeJS.ErrnoException).code})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${shownAs}: binary file, expected Markdown`);
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

/** The configured offline processor: parse once, then every enabled rule reads the shared entry model. */
function offlineProcessor(config: Config | undefined) {
  const settings = resolveRuleSettings(config ?? {});
  const processor = unified().use(markdownPlugins);
  for (const rule of offlineRules) {
    const setting = settings.get(rule.id);
    if (setting?.severity === 'off') continue;
    processor.use(rule.plugin, setting?.options as never);
  }
  return { processor: processor.freeze(), settings };
}

/** Turns a rule's finding into a reported one, applying the configured severity when there is one. */
function toFinding(
  file: string,
  list: PaperList,
  rule: RuleId,
  finding: RuleFinding,
  severity?: Severity,
): Finding {
  const { span: _ruleSpan, severityByOption, ...rest } = finding;
  const span = reportedSpan(list, finding);
  return {
    file,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    rule,
    ...rest,
    severity: (severityByOption ? undefined : severity) ?? finding.severity,
  };
}

/** Lints one document's text with the offline rules. Pure apart from the clock when `today` is unset. */
export function lintText(text: string, file: string, options: LintOptions = {}): LintedFile {
  const { processor, settings } = offlineProcessor(options.config);
  const source = stripBom(text);
  const vfile = new VFile({ path: file, value: source, data: { paperlintToday: options.today } });
  const tree = processor.parse(vfile) as Root;
  processor.runSync(tree, vfile);
  const suppressed = inlineSuppressions(tree, source);
  const list = paperListOf(tree, vfile);
  const findings: Finding[] = [];
  for (const message of vfile.messages) {
    const data = (message as unknown as Partial<MessageData>).paperlint;
    const rule = message.ruleId as RuleId;
    if (!data || suppressed(rule, data.span.start.line)) continue;
    const configured = settings.get(rule)?.severity;
    findings.push(toFinding(file, list, rule, data, configured === 'off' ? undefined : configured));
  }
  return { file, list, findings, suppressed };
}

/** Findings name files as every report format shows them. */
export { displayPath };

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
}

function summarize(files: LintedFile[], findings: Finding[], links?: Summary['links']): Summary {
  const { error, warning, info } = countSeverities(findings);
  return {
    files: files.length,
    entries: files.reduce((sum, f) => sum + f.list.entries.length, 0),
    errors: error,
    warnings: warning,
    infos: info,
    links: links ?? { checked: 0, alive: 0, dead: 0, unverified: 0, excluded: 0 },
  };
}

type LineFilter = (file: string, line: number) => boolean;

/** The distinct links on the accepted lines that would be verified but for an exclusion. */
function excludedLinkCount(
  files: LintedFile[],
  lines: LineFilter,
  excluded: (url: string) => boolean,
): number {
  const urls = new Set<string>();
  for (const { file, list } of files) {
    for (const link of linksOf(list)) {
      const wanted = lines(file, link.span.start.line) && routeLink(link.url).kind !== 'skip';
      if (wanted && excluded(link.url)) urls.add(link.url);
    }
  }
  return urls.size;
}

/**
 * What to verify: every link of the file and every arXiv id and DOI of its entries, on the accepted lines.
 * arXiv links are never fetched (their ids go to the API); an id outside the grammar is `arxiv-url`'s error
 * already and is not asked for. An excluded link is not asked for, nor are the id and DOI it carries.
 */
function verifyRequestOf(
  files: LintedFile[],
  lines: LineFilter,
  excluded: (url: string) => boolean,
  today = new Date(),
): VerifyRequest {
  const request: VerifyRequest = { urls: [], arxiv: [], dois: [] };
  for (const { file, list } of files) {
    for (const link of linksOf(list))
      if (lines(file, link.span.start.line) && !excluded(link.url)) request.urls.push(link.url);
    for (const entry of list.entries) {
      // A full title that is not the paper's latest makes verify ask for version 1's; a name never does.
      const title = entry.titleKind === 'name' || entry.title === '' ? undefined : entry.title;
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

/** Runs the enabled network rules over each file's entries, with configuration and inline comments applied. */
function networkFindings(
  files: LintedFile[],
  results: VerifyResults,
  config: Config | undefined,
  lines: LineFilter,
) {
  const settings = resolveRuleSettings(config ?? {});
  return files.flatMap(({ file, list, suppressed }) =>
    networkRules.flatMap((rule) => {
      const configured = settings.get(rule.id)?.severity;
      if (configured === 'off') return [];
      return rule
        .check(list, results)
        .filter(
          (finding) => lines(file, finding.span.start.line) && !suppressed(rule.id, finding.span.start.line),
        )
        .map((finding) => toFinding(file, list, rule.id, finding, configured));
    }),
  );
}

/** Extra request headers per host name, from the configuration's `hosts` section. */
function hostHeadersOf(config: Config | undefined): VerifyOptions['hostHeaders'] {
  const entries = Object.entries(config?.hosts ?? {}).flatMap(([host, settings]) =>
    settings.headers ? [[host.toLowerCase(), settings.headers] as const] : [],
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Each host's own gap and concurrency, from the configuration's `hosts` section (names as headers match them). */
function hostLimitsOf(config: Config | undefined): VerifyOptions['hostLimits'] {
  const entries = Object.entries(config?.hosts ?? {}).flatMap(([host, { interval, concurrency }]) =>
    interval === undefined && concurrency === undefined
      ? []
      : [[host.toLowerCase(), { interval, concurrency }] as const],
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The library entry: lints files with the offline rules and, when asked, verifies their links. */
export async function lint(files: string[], options: LintOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const linted: LintedFile[] = [];
  for (const filePath of files) {
    const text = await readListFile(path.resolve(cwd, filePath), filePath);
    linted.push(lintText(text, displayPath(filePath, cwd), options));
  }
  return reportOf(linted, options);
}

/** The report of files already linted offline: verification and network rules when asked, then sorted. */
export async function reportOf(linted: LintedFile[], options: LintOptions = {}): Promise<Report> {
  const findings = linted.flatMap((f) => f.findings);
  let links: Summary['links'] | undefined;
  if (options.verify) {
    const { lines = () => true, exclude, ...overrides } = options.verify;
    const excluded = linkExclusion(options.config, exclude);
    const results = await verify(verifyRequestOf(linted, lines, excluded, options.today), {
      ...DEFAULT_VERIFY_OPTIONS,
      hostHeaders: hostHeadersOf(options.config),
      hostLimits: hostLimitsOf(options.config),
      ...overrides,
    });
    // An id or DOI also written elsewhere is looked up, but says nothing at an excluded link.
    findings.push(
      ...networkFindings(linted, results, options.config, lines).filter((f) => !f.url || !excluded(f.url)),
    );
    links = { ...summarizeLinks(results), excluded: excludedLinkCount(linted, lines, excluded) };
  }
  sortFindings(findings);
  return { version: VERSION, findings, summary: summarize(linted, findings, links) };
}
