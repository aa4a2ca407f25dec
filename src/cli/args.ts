import { parseArgs } from 'node:util';
import { compileExclusion, quotedPattern } from '../config/exclude.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/index.js';
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
  > {
  /** `--exclude`, repeatable: links whose URL matches one are not verified. */
  exclude: RegExp[];
  /** arXiv title searches a run may send for link proposals (0 = none). */
  maxSearches: number;
  files: string[];
  format: ReportFormat;
  offline: boolean;
  fix: boolean;
  config?: string;
  /** `false` with --no-cache. */
  cache: string | false;
  quiet: boolean;
  maxWarnings?: number;
  help: boolean;
  version: boolean;
}

const DEFAULT_CACHE = '.paperlint-cache.json';

// The defaults come from the one table the CLI and the library share, so the help cannot drift from them.
export const HELP = `Usage: paperlint [options] [files or globs...]

Lint curated Markdown paper lists. Default file: README.md in the current folder.

Options:
  --format <name>           stylish (default), json, github, sarif or markdown
  --offline                 only the rules that need no network
  --fix                     apply safe fixes in place (atomic write), then report what is left
  --config <file>           default: .paperlintrc.json, .paperlintrc, or "paperlint" in package.json
  --cache <file>            link-result cache (default ${DEFAULT_CACHE})
  --no-cache                do not read or write the cache
  --concurrency <n>         global in-flight requests (default ${DEFAULTS.concurrency})
  --host-concurrency <n>    in-flight requests per host (default ${DEFAULTS.hostConcurrency})
  --host-interval <ms>      minimum gap between request starts to one host (default ${DEFAULTS.hostInterval}; 0 = none)
  --exclude <regex>         do not check links matching it (repeatable; also "links.exclude" in config)
  --timeout <ms>            per request (default ${DEFAULTS.timeout})
  --arxiv-api <url>         default ${DEFAULTS.arxivApi}
  --arxiv-interval <ms>     minimum gap between arXiv API requests (default ${DEFAULTS.arxivInterval})
  --max-searches <n>        arXiv title searches per run for link proposals (default ${DEFAULTS.maxSearches}; 0 = none)
  --doi-api <url>           default ${DEFAULTS.doiApi}
  --github-api <url>        default $GITHUB_API_URL or ${DEFAULTS.githubApi} (token: $GITHUB_TOKEN)
  --allow-private-hosts     allow loopback/private/link-local targets (off by default)
  --quiet                   report errors only
  --max-warnings <n>        exit 1 when there are more warnings than n
  --help                    show this help
  --version                 show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or input error.
`;

function positiveInteger(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) {
    throw new UsageError(
      `--${name} expects a whole number${min > 0 ? ` of at least ${min}` : ''}, got '${value}'`,
    );
  }
  return number;
}

/** `--exclude`'s regular expressions, compiled once; a pattern that does not compile is a usage error. */
function exclusions(sources: readonly string[] = []): RegExp[] {
  return sources.map((source) => {
    const compiled = compileExclusion(source);
    if ('invalid' in compiled) {
      throw new UsageError(
        `--exclude expects a regular expression, got ${quotedPattern(source)} (${compiled.invalid})`,
      );
    }
    return compiled.pattern;
  });
}

function httpUrl(name: string, value: string): string {
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

/** Parses the command line (without `node` and the script). Throws `UsageError` on bad usage. */
export function parseCliArguments(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArguments {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  const format = (values.format ?? 'stylish') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    throw new UsageError(`--format expects one of ${REPORT_FORMATS.join(', ')}, got '${values.format}'`);
  }
  if (values['no-cache'] && values.cache !== undefined)
    throw new UsageError('--cache and --no-cache exclude each other');
  return {
    files: positionals,
    format,
    offline: values.offline ?? false,
    fix: values.fix ?? false,
    config: values.config,
    cache: values['no-cache'] ? false : (values.cache ?? DEFAULT_CACHE),
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
    quiet: values.quiet ?? false,
    maxWarnings:
      values['max-warnings'] === undefined
        ? undefined
        : positiveInteger('max-warnings', values['max-warnings'], 0, 0),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      offline: { type: 'boolean' },
      fix: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
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
      quiet: { type: 'boolean', short: 'q' },
      'max-warnings': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
