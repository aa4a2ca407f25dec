import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  REPORT_FORMATS
} from "./chunk-DFCTN5XZ.js";
import {
  DEFAULT_VERIFY_OPTIONS
} from "./chunk-EIDJZDLC.js";
import {
  RULE_IDS,
  compileExclusion,
  didYouMean,
  isRuleId,
  loadExclusionEngine,
  quotedPattern,
  syntaxProblem
} from "./chunk-VJ2YKYWV.js";
import {
  parseSize
} from "./chunk-TMKY6SYQ.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  name = "UsageError";
};
var DEFAULT_CACHE = ".paperlint-cache.json";
var HELP = `Usage: paperlint [options] [files, folders or globs...]
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
      --concurrency <n>     global in-flight requests (default ${DEFAULT_VERIFY_OPTIONS.concurrency})
      --host-concurrency <n>  in-flight requests per host (default ${DEFAULT_VERIFY_OPTIONS.hostConcurrency})
      --host-interval <ms>  minimum gap between request starts to one host (default ${DEFAULT_VERIFY_OPTIONS.hostInterval}; 0 = none)
      --exclude <regex>     do not check links matching it (repeatable; also "links.exclude" in config)
      --timeout <ms>        per request (default ${DEFAULT_VERIFY_OPTIONS.timeout})
      --arxiv-api <url>     default ${DEFAULT_VERIFY_OPTIONS.arxivApi}
      --arxiv-interval <ms> minimum gap between arXiv API requests (default ${DEFAULT_VERIFY_OPTIONS.arxivInterval})
      --max-searches <n>    arXiv title searches per run for link proposals (default ${DEFAULT_VERIFY_OPTIONS.maxSearches}; 0 = none)
      --doi-api <url>       default ${DEFAULT_VERIFY_OPTIONS.doiApi}
      --github-api <url>    default $GITHUB_API_URL or ${DEFAULT_VERIFY_OPTIONS.githubApi} (token: $GITHUB_TOKEN)
      --allow-private-hosts allow loopback/private/link-local targets (off by default)
      --venues <dblp>       also ask DBLP where papers arXiv says nothing about were published (off by default)
      --dblp-api <url>      default ${DEFAULT_VERIFY_OPTIONS.dblpApi}
  -q, --quiet               report errors only
      --max-warnings <n>    exit 1 when there are more warnings than n
      --stdin-filename <path>  the path shown for stdin (and whose configuration applies)
  -o, --output-file <file>  write the report to a file instead of stdout
      --color, --no-color   force colour on or off (default: on a terminal; NO_COLOR respected)
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or input error.
`;
var OPTIONS = {
  format: { type: "string", short: "f" },
  offline: { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  config: { type: "string", short: "c" },
  rule: { type: "string", multiple: true },
  "print-config": { type: "string" },
  cache: { type: "string" },
  "no-cache": { type: "boolean" },
  "max-file-size": { type: "string" },
  concurrency: { type: "string" },
  "host-concurrency": { type: "string" },
  "host-interval": { type: "string" },
  exclude: { type: "string", multiple: true },
  timeout: { type: "string" },
  "arxiv-api": { type: "string" },
  "arxiv-interval": { type: "string" },
  "max-searches": { type: "string" },
  "doi-api": { type: "string" },
  "github-api": { type: "string" },
  "allow-private-hosts": { type: "boolean" },
  venues: { type: "string" },
  "dblp-api": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  "stdin-filename": { type: "string" },
  "output-file": { type: "string", short: "o" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var LONG_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`);
function positiveInteger(name, value, fallback, min = 1) {
  if (value === void 0) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) {
    throw new UsageError(
      `--${name} expects a whole number${min > 0 ? ` of at least ${min}` : ""}, got '${value}'`
    );
  }
  return number;
}
var notAnExclusion = (source, why) => new UsageError(`--exclude expects a regular expression, got ${quotedPattern(source)} (${why})`);
function exclusions(sources = []) {
  for (const source of sources) {
    const problem = syntaxProblem(source);
    if (problem) throw notAnExclusion(source, problem);
  }
  return [...sources];
}
async function checkExclusions(sources) {
  if (sources.length === 0) return;
  await loadExclusionEngine();
  for (const source of sources) {
    const compiled = compileExclusion(source);
    if ("invalid" in compiled) throw notAnExclusion(source, compiled.invalid);
  }
}
function size(name, value) {
  if (value === void 0) return void 0;
  const bytes = parseSize(value);
  if (bytes === void 0)
    throw new UsageError(`--${name} expects a size such as 50M or 2000000, got '${value}'`);
  return bytes;
}
function venueSources(value) {
  if (value === void 0) return {};
  if (value.toLowerCase() !== "dblp") throw new UsageError(`--venues expects dblp, got '${value}'`);
  return { venues: "dblp" };
}
function httpUrl(name, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${name} expects an http(s) URL, got '${value}'`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`--${name} expects an http(s) URL, got '${value}'`);
  }
  return value.replace(/\/+$/, "");
}
var SEVERITIES = ["off", "info", "warning", "error"];
function ruleOverrides(values = []) {
  const rules = {};
  for (const value of values) {
    const parts = value.split(":").map((part) => part.trim());
    if (parts.length !== 2) throw new UsageError(`--rule expects <rule-id>:<severity>, got '${value}'`);
    const [id, severity] = parts;
    if (!isRuleId(id)) throw new UsageError(`--rule: unknown rule '${id}'${didYouMean(id, RULE_IDS)}`);
    if (!SEVERITIES.includes(severity)) {
      throw new UsageError(
        `--rule ${id}: unknown severity '${severity}' (expected off, info, warning or error)${didYouMean(severity, SEVERITIES)}`
      );
    }
    rules[id] = severity;
  }
  return rules;
}
function exclusive(values, a, b) {
  if (values[a] !== void 0 && values[b] !== void 0)
    throw new UsageError(`--${a} and --${b} exclude each other`);
}
function parseCliArguments(argv, env = process.env) {
  const { values, positionals } = parse(argv);
  const format = values.format ?? "stylish";
  if (!REPORT_FORMATS.includes(format)) {
    throw new UsageError(
      `--format expects one of ${REPORT_FORMATS.join(", ")}, got '${values.format}'${didYouMean(String(values.format), REPORT_FORMATS)}`
    );
  }
  exclusive(values, "cache", "no-cache");
  exclusive(values, "color", "no-color");
  exclusive(values, "fix", "fix-dry-run");
  const stdin = positionals.includes("-");
  if (stdin && positionals.length > 1)
    throw new UsageError("'-' reads the list from stdin: name no other file");
  if (values["stdin-filename"] !== void 0 && !stdin)
    throw new UsageError("--stdin-filename names the list read from stdin: give '-' as the file");
  if (stdin && values.fix)
    throw new UsageError("--fix cannot write to stdin; use --fix-dry-run to see the fixed text");
  return {
    files: stdin ? [] : positionals,
    stdin,
    stdinFilename: values["stdin-filename"],
    format,
    offline: values.offline ?? false,
    fix: values.fix ?? false,
    fixDryRun: values["fix-dry-run"] ?? false,
    config: values.config,
    rules: ruleOverrides(values.rule),
    printConfig: values["print-config"],
    outputFile: values["output-file"],
    color: values["no-color"] ? false : values.color,
    cache: values["no-cache"] ? false : values.cache ?? DEFAULT_CACHE,
    maxFileSize: size("max-file-size", values["max-file-size"]),
    concurrency: positiveInteger("concurrency", values.concurrency, DEFAULT_VERIFY_OPTIONS.concurrency),
    hostConcurrency: positiveInteger(
      "host-concurrency",
      values["host-concurrency"],
      DEFAULT_VERIFY_OPTIONS.hostConcurrency
    ),
    hostInterval: positiveInteger("host-interval", values["host-interval"], DEFAULT_VERIFY_OPTIONS.hostInterval, 0),
    exclude: exclusions(values.exclude),
    timeout: positiveInteger("timeout", values.timeout, DEFAULT_VERIFY_OPTIONS.timeout),
    arxivApi: httpUrl("arxiv-api", values["arxiv-api"] ?? DEFAULT_VERIFY_OPTIONS.arxivApi),
    arxivInterval: positiveInteger("arxiv-interval", values["arxiv-interval"], DEFAULT_VERIFY_OPTIONS.arxivInterval, 0),
    maxSearches: positiveInteger("max-searches", values["max-searches"], DEFAULT_VERIFY_OPTIONS.maxSearches ?? 0, 0),
    doiApi: httpUrl("doi-api", values["doi-api"] ?? DEFAULT_VERIFY_OPTIONS.doiApi),
    githubApi: httpUrl("github-api", values["github-api"] ?? (env.GITHUB_API_URL || DEFAULT_VERIFY_OPTIONS.githubApi)),
    allowPrivateHosts: values["allow-private-hosts"] ?? false,
    ...venueSources(values.venues),
    dblpApi: httpUrl("dblp-api", values["dblp-api"] ?? DEFAULT_VERIFY_OPTIONS.dblpApi),
    quiet: values.quiet ?? false,
    maxWarnings: values["max-warnings"] === void 0 ? void 0 : positiveInteger("max-warnings", values["max-warnings"], 0, 0),
    help: values.help ?? false,
    version: values.version ?? false
  };
}
function parse(argv) {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = OPTIONS[token.name];
    if (!option)
      throw new UsageError(`unknown option '${token.rawName}'${didYouMean(token.rawName, LONG_NAMES)}`);
    if (option.type === "boolean" && token.value !== void 0)
      throw new UsageError(`${token.rawName} takes no value, got '${token.value}'`);
    if (option.type === "string" && (token.value === void 0 || LONG_NAMES.includes(token.value)))
      throw new UsageError(`${token.rawName} needs a value`);
  }
  return { values, positionals };
}

export {
  UsageError,
  HELP,
  positiveInteger,
  checkExclusions,
  httpUrl,
  parseCliArguments
};
