import { parseArgs } from 'node:util';
import { didYouMean } from '../config/did-you-mean.js';
import { compileExclusion, loadExclusionEngine, quotedPattern, syntaxProblem } from '../config/exclude.js';
import { isRuleId, RULE_IDS } from '../config/rule-ids.js';
import type { RuleSeverity } from '../config/validate.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { parseSize } from '../safe-fs.js';
import type { RuleId } from '../types.js';
import { DEFAULT_VERIFY_OPTIONS as DEFAULTS } from '../verify/defaults.js';
import type { VerifyOptions } from '../verify/types.js';

/** A usage error: the CLI prints it on one line and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command line: the verification settings plus what only the CLI decides. */
export interface CliArguments
  extends Pick<
    VerifyOptions,
    | 'concurrency'
    | 'hostConcurrency'
    | 'hostInterval'
    | 'timeout'
    | 'arxivApi'
    | 'arxivInterval'
    | 'doiApi'
    | 'githubApi'
    | 'allowPrivateHosts'
    | 'venues'
    | 'dblpApi'
  > {
  /** `--exclude`, repeatable: links whose URL matches one are not verified (checked by `checkExclusions`). */
  exclude: string[];
  /** arXiv title searches a run may send for link proposals (0 = none). */
  maxSearches: number;
  files: string[];
  /** `-` among the files: the list comes from stdin. */
  stdin: boolean;
  /** `--stdin-filename`: the path stdin's list is shown as (and its configuration found for). */
  stdinFilename?: string;
  format: ReportFormat;
  offline: boolean;
  fix: boolean;
  /** `--fix-dry-run`: fixes computed and reported, nothing written. */
  fixDryRun: boolean;
  config?: string;
  /** `--rule id:severity`, repeatable: severities over the configuration's. */
  rules: Partial<Record<RuleId, RuleSeverity>>;
  /** `--print-config <file>`: print the configuration for that file instead of linting. */
  printConfig?: string;
  /** `--output-file`/`-o`: the report goes there instead of stdout. */
  outputFile?: string;
  /** `--color`/`--no-color`; undefined: colour on a terminal (NO_COLOR, FORCE_COLOR respected). */
  color?: boolean;
  /** `false` with --no-cache. */
  cache: string | false;
  /** `--max-file-size`, in bytes: larger lists are refused (default: the config's, else 20 MB). */
  maxFileSize?: number;
  quiet: boolean;
  maxWarnings?: number;
  help: boolean;
  version: boolean;
}

const DEFAULT_CACHE = '.paperlint-cache.json';

// The defaults come from the one table the CLI and the library share, so the help cannot drift from them.
export const HELP = `Usage: paperlint [options] [files, folders or globs...]
       paperlint add [options] <arXiv id or URL>...   (see paperlint add --help)

Lint curated Markdown paper lists. Default file: README.md in the current folder. A folder means
its Markdown files (.md, .markdown); .gitignore and .paperlintignore are respected. - reads stdin.

Options:
  -f, --format <name>       stylish (default), json, github, sarif or markdown
      --offline             only the rules that need no network
      --fix                 apply safe fixes in place (atomic write), then report what is left
      --fix-dry-run         compute fixes, write nothing (JSON carries each file's fixed output)
  -c, --config <file>       use this configuration for every file (default: the nearest
                            .paperlintrc.json, .paperlintrc.jsonc, .paperlintrc or "paperlint" in
                            package.json, next to each file or in a folder above it)
      --rule <id>:<severity>  override a rule's severity (repeatable): off, info, warning or error
      --print-config <file> print the configuration that applies to that file, as JSON
      --cache <file>        link-result cache (default ${DEFAULT_CACHE})
      --no-cache            do not read or write the cache
      --max-file-size <size>  largest list read, e.g. 50M (default 20M; also "maxFileSize" in config)
      --concurrency <n>     global in-flight requests (default ${DEFAULTS.concurrency})
      --host-concurrency <n>  in-flight requests per host (default ${DEFAULTS.hostConcurrency})
      --host-interval <ms>  minimum gap between request starts to one host (default ${DEFAULTS.hostInterval}; 0 = none)
      --exclude <regex>     do not check links matching it (repeatable; also "links.exclude" in config)
      --timeout <ms>        per request (default ${DEFAULTS.timeout})
      --arxiv-api <url>     default ${DEFAULTS.arxivApi}
      --arxiv-interval <ms> minimum gap between arXiv API requests (default ${DEFAULTS.arxivInterval})
      --max-searches <n>    arXiv title searches per run for link proposals (default ${DEFAULTS.maxSearches}; 0 = none)
      --doi-api <url>       default ${DEFAULTS.doiApi}
      --github-api <url>    default $GITHUB_API_URL or ${DEFAULTS.githubApi} (token: $GITHUB_TOKEN)
      --allow-private-hosts allow loopback/private/link-local targets (off by default)
      --venues <dblp>       also ask DBLP where papers arXiv says nothing about were published (off by default)
      --dblp-api <url>      default ${DEFAULTS.dblpApi}
  -q, --quiet               report errors only
      --max-warnings <n>    exit 1 when there are more warnings than n
      --stdin-filename <path>  the path shown for stdin (and whose configuration applies)
  -o, --output-file <file>  write the report to a file instead of stdout
      --color, --no-color   force colour on or off (default: on a terminal; NO_COLOR respected)
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or input error.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  offline: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'print-config': { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  concurrency: { type: 'string' },
  'host-concurrency': { type: 'string' },
  'host-interval': { type: 'string' },
  exclude: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  'arxiv-api': { type: 'string' },
  'arxiv-interval': { type: 'string' },
  'max-searches': { type: 'string' },
  'doi-api': { type: 'string' },
  'github-api': { type: 'string' },
  'allow-private-hosts': { type: 'boolean' },
  venues: { type: 'string' },
  'dblp-api': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'stdin-filename': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

const LONG_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`);

export function positiveInteger(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) {
    throw new UsageError(
      `--${name} expects a whole number${min > 0 ? ` of at least ${min}` : ''}, got '${value}'`,
    );
  }
  return number;
}

const notAnExclusion = (source: string, why: string) =>
  new UsageError(`--exclude expects a regular expression, got ${quotedPattern(source)} (${why})`);

/** `--exclude`'s patterns, as written; one that is no regular expression is a usage error. */
function exclusions(sources: readonly string[] = []): string[] {
  for (const source of sources) {
    const problem = syntaxProblem(source);
    if (problem) throw notAnExclusion(source, problem);
  }
  return [...sources];
}

/**
 * `--exclude`'s patterns, each of which must also be one the linear-time engine can run (it loads only when
 * there are patterns): lookarounds and backreferences are usage errors.
 */
export async function checkExclusions(sources: readonly string[]): Promise<void> {
  if (sources.length === 0) return;
  await loadExclusionEngine();
  for (const source of sources) {
    const compiled = compileExclusion(source);
    if ('invalid' in compiled) throw notAnExclusion(source, compiled.invalid);
  }
}

function size(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = parseSize(value);
  if (bytes === undefined)
    throw new UsageError(`--${name} expects a size such as 50M or 2000000, got '${value}'`);
  return bytes;
}

/** `--venues dblp`: the second source of published venues (the only one there is besides arXiv). */
function venueSources(value: string | undefined): Pick<CliArguments, 'venues'> {
  if (value === undefined) return {};
  if (value.toLowerCase() !== 'dblp') throw new UsageError(`--venues expects dblp, got '${value}'`);
  return { venues: 'dblp' };
}

export function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${name} expects an http(s) URL, got '${value}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--${name} expects an http(s) URL, got '${value}'`);
  }
  return value.replace(/\/+$/, '');
}

const SEVERITIES: readonly RuleSeverity[] = ['off', 'info', 'warning', 'error'];

/** `--rule id:severity`, each checked like the configuration's rules (with a "did you mean"). */
function ruleOverrides(values: readonly string[] = []): CliArguments['rules'] {
  const rules: CliArguments['rules'] = {};
  for (const value of values) {
    const parts = value.split(':').map((part) => part.trim());
    if (parts.length !== 2) throw new UsageError(`--rule expects <rule-id>:<severity>, got '${value}'`);
    const [id, severity] = parts;
    if (!isRuleId(id)) throw new UsageError(`--rule: unknown rule '${id}'${didYouMean(id, RULE_IDS)}`);
    if (!SEVERITIES.includes(severity as RuleSeverity)) {
      throw new UsageError(
        `--rule ${id}: unknown severity '${severity}' (expected off, info, warning or error)${didYouMean(severity, SEVERITIES)}`,
      );
    }
    rules[id] = severity as RuleSeverity;
  }
  return rules;
}

/** Two flags that cannot be given together. */
function exclusive(values: Record<string, unknown>, a: OptionName, b: OptionName): void {
  if (values[a] !== undefined && values[b] !== undefined)
    throw new UsageError(`--${a} and --${b} exclude each other`);
}

/** Parses the command line (without `node` and the script). Throws `UsageError` on bad usage. */
export function parseCliArguments(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArguments {
  const { values, positionals } = parse(argv);
  const format = (values.format ?? 'stylish') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    throw new UsageError(
      `--format expects one of ${REPORT_FORMATS.join(', ')}, got '${values.format}'${didYouMean(String(values.format), REPORT_FORMATS)}`,
    );
  }
  exclusive(values, 'cache', 'no-cache');
  exclusive(values, 'color', 'no-color');
  exclusive(values, 'fix', 'fix-dry-run');
  const stdin = positionals.includes('-');
  if (stdin && positionals.length > 1)
    throw new UsageError("'-' reads the list from stdin: name no other file");
  if (values['stdin-filename'] !== undefined && !stdin)
    throw new UsageError("--stdin-filename names the list read from stdin: give '-' as the file");
  if (stdin && values.fix)
    throw new UsageError('--fix cannot write to stdin; use --fix-dry-run to see the fixed text');
  return {
    files: stdin ? [] : positionals,
    stdin,
    stdinFilename: values['stdin-filename'],
    format,
    offline: values.offline ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    config: values.config,
    rules: ruleOverrides(values.rule),
    printConfig: values['print-config'],
    outputFile: values['output-file'],
    color: values['no-color'] ? false : values.color,
    cache: values['no-cache'] ? false : (values.cache ?? DEFAULT_CACHE),
    maxFileSize: size('max-file-size', values['max-file-size']),
    concurrency: positiveInteger('concurrency', values.concurrency, DEFAULTS.concurrency),
    hostConcurrency: positiveInteger(
      'host-concurrency',
      values['host-concurrency'],
      DEFAULTS.hostConcurrency,
    ),
    hostInterval: positiveInteger('host-interval', values['host-interval'], DEFAULTS.hostInterval, 0),
    exclude: exclusions(values.exclude),
    timeout: positiveInteger('timeout', values.timeout, DEFAULTS.timeout),
    arxivApi: httpUrl('arxiv-api', values['arxiv-api'] ?? DEFAULTS.arxivApi),
    arxivInterval: positiveInteger('arxiv-interval', values['arxiv-interval'], DEFAULTS.arxivInterval, 0),
    maxSearches: positiveInteger('max-searches', values['max-searches'], DEFAULTS.maxSearches ?? 0, 0),
    doiApi: httpUrl('doi-api', values['doi-api'] ?? DEFAULTS.doiApi),
    githubApi: httpUrl('github-api', values['github-api'] ?? (env.GITHUB_API_URL || DEFAULTS.githubApi)),
    allowPrivateHosts: values['allow-private-hosts'] ?? false,
    ...venueSources(values.venues),
    dblpApi: httpUrl('dblp-api', values['dblp-api'] ?? DEFAULTS.dblpApi!),
    quiet: values.quiet ?? false,
    maxWarnings:
      values['max-warnings'] === undefined
        ? undefined
        : positiveInteger('max-warnings', values['max-warnings'], 0, 0),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

type Values = {
  [Name in OptionName]?: (typeof OPTIONS)[Name] extends { type: 'string' }
    ? (typeof OPTIONS)[Name] extends { multiple: true }
      ? string[]
      : string
    : boolean;
};

/**
 * Reads the options with node's parser in its lenient mode, which takes `--concurrency -1`'s `-1` as the value
 * (the strict mode calls it ambiguous), then checks each option itself, so that every mistake is one line in
 * paperlint's words: an unknown option with "did you mean", a missing value, a value given to a switch.
 */
function parse(argv: string[]): { values: Values; positionals: string[] } {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = (OPTIONS as Record<string, { type: string }>)[token.name];
    if (!option)
      throw new UsageError(`unknown option '${token.rawName}'${didYouMean(token.rawName, LONG_NAMES)}`);
    if (option.type === 'boolean' && token.value !== undefined)
      throw new UsageError(`${token.rawName} takes no value, got '${token.value}'`);
    // A value that is itself one of the options means the value was left out (`--config --offline`).
    if (option.type === 'string' && (token.value === undefined || LONG_NAMES.includes(token.value)))
      throw new UsageError(`${token.rawName} needs a value`);
  }
  return { values: values as Values, positionals };
}
