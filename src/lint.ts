import path from 'node:path';
import { VFile } from 'vfile';
import { parseArxivId, versionedId } from './arxiv/id.js';
import { exclusionSources, linkExclusion, loadExclusionEngine } from './config/exclude.js';
import { type Config, configFinder, inlineSuppressions, resolveRuleSettings } from './config/index.js';
import { InputError } from './input-error.js';
import { overlongLine } from './parse/document.js';
import { linksOf, paperListOf, parseDocument, stripBom } from './parse/index.js';
import { countSeverities } from './report/counts.js';
import { displayPath } from './report/paths.js';
import { type RepositoryLookup, repositoryLookup } from './repository.js';
import { proposeArxivLink, titleToSearch } from './rules/arxiv-link-proposal.js';
import { networkRules, offlineRules } from './rules/index.js';
import { reportedSpan } from './rules/reported-span.js';
import { type ContextData, contextOf, type RepositoryView } from './rules/rule.js';
import { DEFAULT_MAX_FILE_SIZE, type FileSnapshot, readRegularFile } from './safe-fs.js';
import { repositoryTarget } from './text/repository-url.js';
import { forgetNormalizedTitles } from './text/title.js';
import type { Finding, PaperList, Report, RuleFinding, RuleId, Severity, Summary } from './types.js';
import { DEFAULT_VERIFY_OPTIONS } from './verify/defaults.js';
import { routeLink } from './verify/route.js';
import { summarizeLinks } from './verify/summary.js';
import type { ArxivResult, VerifyOptions, VerifyRequest, VerifyResults } from './verify/types.js';
import { VERSION } from './version.js';

export { InputError };

export interface LintOptions {
  /** Folder that file names in the report are relative to. */
  cwd?: string;
  /**
   * The configuration of every file. Omitted: `lint()` finds each file's own, as the CLI does (the nearest
   * `.paperlintrc.json`, `.paperlintrc.jsonc`, `.paperlintrc` or `package.json` "paperlint" key in the file's folder
   * or a folder above it); `lintText()` uses every rule's default.
   */
  config?: Config;
  /** Pins "today" for date checks (tests, reproducible runs). */
  today?: Date;
  /** Largest list file read, in bytes (`--max-file-size`; default: the config's `maxFileSize`, else 20 MB). */
  maxFileSize?: number;
  /**
   * Finds the repository of a linted file (absolute path), whose files and anchors `local-link` checks and whose
   * own github.com links are not fetched. `lint()` looks for the folder holding `.git` when this is absent;
   * `lintText` knows no repository unless given one.
   */
  repository?: RepositoryLookup;
  /**
   * Network verification (links, arXiv, DOIs, GitHub). Omitted: offline rules only.
   * `lines` limits verification to links on the lines it accepts (the Action's added lines); `searchLines`
   * limits arXiv title searches the same way (default: `lines`), so a pull request that verifies every link
   * still searches only for its own entries.
   */
  verify?: Partial<VerifyOptions> & {
    lines?: (file: string, line: number) => boolean;
    searchLines?: (file: string, line: number) => boolean;
    /** Links whose URL matches one are not verified (`--exclude`; the configuration's `links.exclude` add to them). */
    exclude?: readonly string[];
  };
}

/** One file after the offline pass: what the network pass and `--fix` need. */
export interface LintedFile {
  /** Path as shown in reports (relative to cwd, forward slashes). */
  file: string;
  /** The file's configuration: its rules' settings and link exclusions, online too. */
  config?: Config;
  list: PaperList;
  findings: Finding[];
  /** True when a paperlint comment silences `rule` on `line`. */
  suppressed: (rule: RuleId, line: number) => boolean;
  /** Findings an arXiv title search may complete with a link (see `RuleFinding.arxivLink`), with the rule's own. */
  awaitingSearch: Map<Finding, RuleFinding>;
  /** The repository the file belongs to, when known. */
  repository?: RepositoryView;
}

/** Errors first: the order findings are sorted and annotated in. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A list file as read: its text (invalid UTF-8 decoded leniently), whether it was valid UTF-8, and what it was. */
export interface ListSource {
  text: string;
  utf8: boolean;
  snapshot: FileSnapshot;
}

/** The size limit of a run's lists: the command line's, else the configuration's, else the default. */
export function maxFileSizeOf(options: Pick<LintOptions, 'maxFileSize' | 'config'>): number {
  return options.maxFileSize ?? options.config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}

/**
 * Reads a file as a list to lint: only a regular file of at most `maxBytes`; refuses binary files and decodes
 * invalid UTF-8 leniently. Errors name the file as `shownAs` (what the user typed), not its absolute path.
 */
export async function readListSource(
  filePath: string,
  shownAs = filePath,
  maxBytes = DEFAULT_MAX_FILE_SIZE,
): Promise<ListSource> {
  const raise = '--max-file-size or "maxFileSize" in the config raises it';
  const { bytes, snapshot } = await readRegularFile(filePath, shownAs, { maxBytes, raise });
  return { ...decodeList(bytes, shownAs), snapshot };
}

/**
 * A list's bytes as text (from a file or stdin): binary input is refused, invalid UTF-8 decoded leniently;
 * `utf8` says whether it was valid.
 */
export function decodeList(bytes: Uint8Array, shownAs: string): { text: string; utf8: boolean } {
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${shownAs}: binary file, expected Markdown`);
  const decode = (fatal: boolean) => new TextDecoder('utf-8', { fatal, ignoreBOM: true }).decode(bytes);
  try {
    return { text: decode(true), utf8: true };
  } catch {
    return { text: decode(false), utf8: false };
  }
}

/** The text of a list file (see `readListSource`). */
export async function readListFile(filePath: string, shownAs = filePath, maxBytes?: number): Promise<string> {
  return (await readListSource(filePath, shownAs, maxBytes)).text;
}

/** Turns a rule's finding into a reported one, applying the configured severity when there is one. */
function toFinding(
  file: string,
  list: PaperList,
  rule: RuleId,
  finding: RuleFinding,
  severity?: Severity,
): Finding {
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
    severity: (severityByOption ? undefined : severity) ?? finding.severity,
  };
}

/** Lints one document's text with the offline rules. Pure apart from the clock when `today` is unset. */
export function lintText(text: string, file: string, options: LintOptions = {}): LintedFile {
  const settings = resolveRuleSettings(options.config ?? {});
  // The titles the rules fold are this list's: the last list's are let go.
  forgetNormalizedTitles();
  const source = stripBom(text);
  const overlong = overlongLine(source);
  if (overlong)
    throw new InputError(
      `${file}: line ${overlong.line} is ${overlong.length.toLocaleString('en')} characters long; paperlint reads lines of up to 10,000,000`,
    );
  const repository = options.repository?.(path.resolve(options.cwd ?? process.cwd(), file));
  const data = { paperlintToday: options.today, paperlintRepository: repository } satisfies ContextData;
  const vfile = new VFile({ path: file, value: source, data });
  // The same tree as remark's parse, read faster (parse/document.ts).
  const tree = parseDocument(source);
  const list = paperListOf(tree, vfile);
  const context = contextOf(vfile, tree);
  const suppressed = inlineSuppressions(tree, source);
  const findings: Finding[] = [];
  const awaitingSearch = new Map<Finding, RuleFinding>();
  // The rules' checks, called as their remark-lint plugins would call them (`defineRule`) in the same order,
  // without a unified processor and a VFileMessage per finding.
  for (const rule of offlineRules) {
    const { severity: configured, options: ruleOptions } = settings.get(rule.id) ?? {};
    if (configured === 'off') continue;
    for (const ruleFinding of rule.check(list, { ...rule.defaults, ...ruleOptions }, context)) {
      if (suppressed(rule.id, ruleFinding.span.start.line)) continue;
      const finding = toFinding(file, list, rule.id, ruleFinding, configured);
      findings.push(finding);
      if (ruleFinding.arxivLink) awaitingSearch.set(finding, ruleFinding);
    }
  }
  return {
    file,
    config: options.config,
    list,
    findings,
    suppressed,
    awaitingSearch,
    ...(repository && { repository }),
  };
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

/** `--exclude`'s patterns, which each file's configuration (its `links.exclude`) adds to. */
type Exclude = readonly string[] | undefined;

/** The distinct links on the accepted lines that would be verified but for an exclusion. */
function excludedLinkCount(files: LintedFile[], lines: LineFilter, exclude: Exclude): number {
  const urls = new Set<string>();
  for (const { file, config, list } of files) {
    const excluded = linkExclusion(config, exclude);
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
  exclude: Exclude,
  today = new Date(),
): VerifyRequest {
  const request: VerifyRequest = { urls: [], arxiv: [], dois: [] };
  for (const { file, config, list, repository } of files) {
    const excluded = linkExclusion(config, exclude);
    // Links to the repository's own files on GitHub are local-link's: read from the working tree, not fetched.
    const local = (url: string) =>
      repository !== undefined && repositoryTarget(url, repository.file, repository.remote) !== undefined;
    for (const link of linksOf(list))
      if (lines(file, link.span.start.line) && !excluded(link.url) && !local(link.url))
        request.urls.push(link.url);
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

/**
 * The enabled network rules' findings on one file's entries, with configuration and inline comments applied.
 * An id or DOI also written elsewhere is looked up, but says nothing at an excluded link.
 */
function networkRuleFindings(
  { file, config, list, suppressed }: LintedFile,
  results: VerifyResults,
  today: Date,
  lines: LineFilter,
  exclude: Exclude,
) {
  const settings = resolveRuleSettings(config ?? {});
  const excluded = linkExclusion(config, exclude);
  return networkRules.flatMap((rule) => {
    const { severity: configured, options } = settings.get(rule.id) ?? {};
    if (configured === 'off') return [];
    return rule
      .check(list, results, { ...rule.defaults, ...options }, { today })
      .filter(
        (finding) =>
          lines(file, finding.span.start.line) &&
          !suppressed(rule.id, finding.span.start.line) &&
          !(finding.url && excluded(finding.url)),
      )
      .map((finding) => ({ rule: rule.id, finding, configured }));
  });
}

/** Runs the enabled network rules over each file's entries, each finding with its link proposal when there is one. */
function networkFindings(
  files: LintedFile[],
  results: VerifyResults,
  today: Date,
  lines: LineFilter,
  exclude: Exclude,
) {
  return files.flatMap((linted) =>
    networkRuleFindings(linted, results, today, lines, exclude).map(({ rule, finding, configured }) =>
      toFinding(
        linted.file,
        linted.list,
        rule,
        proposeArxivLink(linted.list, finding, results.arxivSearches),
        configured,
      ),
    ),
  );
}

/**
 * The titles to search arXiv for once the ids are looked up: of the entries, on the accepted lines, whose
 * arXiv link a finding calls wrong, unknown or missing (offline findings, and the network rules' on these ids).
 */
function titlesToSearchOf(
  files: LintedFile[],
  arxiv: ReadonlyMap<string, ArxivResult>,
  today: Date,
  lines: LineFilter,
  exclude: Exclude,
): string[] {
  const results: VerifyResults = {
    links: new Map(),
    arxiv: new Map(arxiv),
    dois: new Map(),
    github: new Map(),
    requests: 0,
  };
  return files.flatMap((linted) => {
    const wanted = [
      ...linted.awaitingSearch.values(),
      ...networkRuleFindings(linted, results, today, lines, exclude).map(({ finding }) => finding),
    ];
    // In document order: the first entries get the searches when there are more than `maxSearches`.
    wanted.sort((a, b) => a.span.start.offset - b.span.start.offset);
    return wanted.flatMap(({ span, arxivLink }) => {
      const title = arxivLink && lines(linted.file, span.start.line) && titleToSearch(linted.list, arxivLink);
      return title ? [title] : [];
    });
  });
}

/** The offline findings of a file with the link proposals the title searches made possible. */
function withProposals(linted: LintedFile, results: VerifyResults): Finding[] {
  return linted.findings.map((finding) => {
    const own = linted.awaitingSearch.get(finding);
    if (!own) return finding;
    const proposed = proposeArxivLink(linted.list, own, results.arxivSearches);
    return proposed === own
      ? finding
      : toFinding(linted.file, linted.list, finding.rule, proposed, finding.severity);
  });
}

/**
 * arxiv-date's fixes write the id's month, trusting the arXiv link: on an entry whose link the title check
 * calls another paper (`arxiv-title-mismatch` error), the date may be right and the link wrong, so no fix.
 */
function withoutDoubtedDateFixes(findings: Finding[], linted: LintedFile, network: Finding[]): Finding[] {
  const doubted = network
    .filter(
      (finding) =>
        finding.rule === 'arxiv-title-mismatch' &&
        finding.severity === 'error' &&
        finding.file === linted.file,
    )
    .flatMap((finding) =>
      linted.list.entries.filter(
        (entry) => entry.span.start.line <= finding.line && finding.line <= entry.span.end.line,
      ),
    );
  if (doubted.length === 0) return findings;
  return findings.map((finding) => {
    if (finding.rule !== 'arxiv-date' || !finding.fix) return finding;
    const inDoubt = doubted.some(
      (entry) => entry.span.start.offset <= finding.fix!.start && finding.fix!.end <= entry.span.end.offset,
    );
    if (!inDoubt) return finding;
    const { fix: _dropped, ...unfixed } = finding;
    return unfixed;
  });
}

/**
 * What the configurations' `hosts` sections set per host name (lower-cased, as requests match them): extra
 * request headers, and each host's own gap and concurrency. A run verifies the links of all its files at once,
 * so where files' configurations set the same host differently, the first file's wins. Absent where no host
 * sets one.
 */
function hostSettingsOf(
  configs: ReadonlyArray<Config | undefined>,
): Pick<VerifyOptions, 'hostHeaders' | 'hostLimits'> {
  const hostHeaders: NonNullable<VerifyOptions['hostHeaders']> = {};
  const hostLimits: NonNullable<VerifyOptions['hostLimits']> = {};
  for (const config of new Set(configs)) {
    for (const [name, { headers, interval, concurrency }] of Object.entries(config?.hosts ?? {})) {
      const host = name.toLowerCase();
      if (headers) hostHeaders[host] ??= headers;
      if (interval !== undefined || concurrency !== undefined) hostLimits[host] ??= { interval, concurrency };
    }
  }
  const set = <T extends object>(values: T) => (Object.keys(values).length > 0 ? values : undefined);
  return { hostHeaders: set(hostHeaders), hostLimits: set(hostLimits) };
}

/**
 * The library entry: lints files with the offline rules and, when `options.verify` asks for it (the library never
 * goes online unasked, unlike the CLI), verifies their links. Each file has its own configuration unless
 * `options.config` gives one for all.
 */
export async function lint(files: string[], options: LintOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const configs = options.config ? undefined : configFinder({ cwd });
  const withRepository = { ...options, repository: options.repository ?? repositoryLookup() };
  const linted: LintedFile[] = [];
  for (const filePath of files) {
    const config = options.config ?? (await configs?.forFile(filePath));
    const text = await readListFile(
      path.resolve(cwd, filePath),
      filePath,
      maxFileSizeOf({ ...options, config }),
    );
    linted.push(lintText(text, displayPath(filePath, cwd), { ...withRepository, config }));
  }
  return reportOf(linted, withRepository);
}

/** Verifies what files already linted offline link to, when `options.verify` asks for it. */
export async function verifyLinted(
  linted: LintedFile[],
  options: LintOptions = {},
): Promise<VerifyResults | undefined> {
  if (!options.verify) return undefined;
  const { lines = () => true, searchLines = lines, exclude, ...overrides } = options.verify;
  // The exclusions' matching engine loads only when some file or the command line has exclusions.
  if (linted.some(({ config }) => exclusionSources(config, exclude).length > 0)) await loadExclusionEngine();
  const request: VerifyRequest = {
    ...verifyRequestOf(linted, lines, exclude, options.today),
    titlesToSearch: (arxiv) =>
      titlesToSearchOf(linted, arxiv, options.today ?? new Date(), searchLines, exclude),
  };
  // The verifier (undici, the registry clients, the cache) loads only for an online run.
  const { verify } = await import('./verify/index.js');
  return verify(request, {
    ...DEFAULT_VERIFY_OPTIONS,
    ...hostSettingsOf(linted.map((file) => file.config)),
    ...overrides,
  });
}

/** The report of files already linted offline, with the network rules when `results` are given; sorted. */
export function reportWith(linted: LintedFile[], options: LintOptions, results?: VerifyResults): Report {
  if (!results) {
    const findings = sortFindings(linted.flatMap((f) => f.findings));
    return { version: VERSION, findings, summary: summarize(linted, findings) };
  }
  const { lines = () => true, exclude } = options.verify ?? {};
  const network = networkFindings(linted, results, options.today ?? new Date(), lines, exclude);
  const findings = sortFindings([
    ...linted.flatMap((f) => withoutDoubtedDateFixes(withProposals(f, results), f, network)),
    ...network,
  ]);
  const links = { ...summarizeLinks(results), excluded: excludedLinkCount(linted, lines, exclude) };
  return { version: VERSION, findings, summary: summarize(linted, findings, links) };
}

/** The report of files already linted offline: verification and network rules when asked, then sorted. */
export async function reportOf(linted: LintedFile[], options: LintOptions = {}): Promise<Report> {
  return reportWith(linted, options, await verifyLinted(linted, options));
}
