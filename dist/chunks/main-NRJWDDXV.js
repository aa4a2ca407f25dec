import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  defaultFile,
  isGlob
} from "./chunk-AFFEKCJJ.js";
import {
  REPORT_FORMATS,
  fixText,
  fixTextOnline,
  formatReport,
  shouldUseColor
} from "./chunk-MKTT3AR6.js";
import {
  DEFAULT_VERIFY_OPTIONS,
  VERSION,
  configFinder,
  decodeList,
  displayPath,
  lintText,
  maxFileSizeOf,
  offlineRules,
  plural,
  readListSource,
  reportOf,
  reportWith,
  repositoryLookup,
  verifyLinted,
  withRuleOverrides
} from "./chunk-3V4L6USA.js";
import {
  progressLine
} from "./chunk-DCZ765VM.js";
import {
  ConfigError,
  RULE_IDS,
  compileExclusion,
  didYouMean,
  isRuleId,
  loadExclusionEngine,
  quotedPattern,
  syntaxProblem
} from "./chunk-ISMQGYTO.js";
import "./chunk-BIKLHWNS.js";
import {
  InputError,
  parseSize,
  replaceFile
} from "./chunk-MFYRXGLC.js";
import "./chunk-6KEFYCYW.js";

// src/cli/main.ts
import { mkdir, writeFile } from "node:fs/promises";
import path3 from "node:path";

// src/files.ts
import { readdir, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
var MARKDOWN_IN_FOLDER = "**/*.{md,markdown}";
async function isFolder(file) {
  return stat(file).then(
    (info) => info.isDirectory(),
    () => false
  );
}
function mayHoldMatches(pattern, segments, isMatch) {
  for (const [index, segment] of segments.entries()) {
    const glob = pattern[index];
    if (glob === void 0) return false;
    if (glob === "**") return true;
    if (!isMatch(segment, glob)) return false;
  }
  return pattern.length > segments.length;
}
async function globFiles(pattern, cwd, ignore, folder, skipped) {
  const [{ glob, escapePath }, { default: picomatch }] = await Promise.all([
    import("./dist-TESTD6ZC.js"),
    import("./picomatch-6CTSNHFS.js")
  ]);
  const wanted = folder ? `${escapePath(pattern.split(path.sep).join("/").replace(/\/+$/, ""))}/${MARKDOWN_IN_FOLDER}` : pattern;
  const links = [];
  const noteLinks = (at, options, callback) => readdir(at, { ...options, withFileTypes: true }, (error, entries) => {
    for (const entry of entries ?? []) if (entry.isSymbolicLink()) links.push(path.join(at, entry.name));
    callback(error, entries);
  });
  const ignored = ["**/node_modules/**", ...ignore];
  const matches = await glob(wanted, {
    cwd,
    ignore: ignored,
    onlyFiles: true,
    followSymbolicLinks: false,
    fs: { readdir: noteLinks }
  });
  const relative = wanted.replace(/^\.\//, "");
  const matchesPattern = picomatch(relative);
  const isIgnored = picomatch(ignored);
  for (const link of links) {
    const shown = path.relative(cwd, link).split(path.sep).join("/");
    if (isIgnored(shown)) continue;
    let linkedFolder;
    try {
      linkedFolder = statSync(link).isDirectory();
    } catch {
      continue;
    }
    if (!linkedFolder) {
      if (matchesPattern(shown)) matches.push(shown);
    } else if (mayHoldMatches(relative.split("/"), shown.split("/"), (name, glob2) => picomatch.isMatch(name, glob2))) {
      skipped(`not following ${shown}: a symbolic link to a folder (globs do not descend linked folders)`);
    }
  }
  return matches.sort();
}
async function resolveFiles(patterns, cwd, ignore = [], selection = {}) {
  const { ignored = async () => void 0, onIgnored, onSkipped = () => {
  } } = selection;
  const kept = async (files2) => {
    const reasons = await Promise.all(files2.map((file) => ignored(path.resolve(cwd, file))));
    return files2.filter((_, i) => reasons[i] === void 0);
  };
  const files = [];
  for (const pattern of patterns) {
    const folder = !isGlob(pattern) && await isFolder(path.resolve(cwd, pattern));
    if (!isGlob(pattern) && !folder) {
      const reason = await ignored(path.resolve(cwd, pattern));
      if (reason === void 0) files.push(pattern);
      else onIgnored?.(pattern, reason);
      continue;
    }
    const matches = await globFiles(pattern, cwd, ignore, folder, onSkipped);
    if (matches.length === 0)
      throw new InputError(
        folder ? `${pattern}: no Markdown files in this folder` : `no files match '${pattern}'`
      );
    const selected = await kept(matches);
    if (selected.length === 0)
      throw new InputError(`all files ${folder ? `in ${pattern}` : `matching '${pattern}'`} are ignored`);
    files.push(...selected);
  }
  return [...new Set(files)];
}

// src/ignore-files.ts
import { readFile, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
var IGNORE_FILES = [".gitignore", ".paperlintignore"];
var exists = (file) => stat2(file).then(
  () => true,
  () => false
);
async function ignoreRoot(cwd) {
  for (let folder = cwd; ; folder = path2.dirname(folder)) {
    if (await exists(path2.join(folder, ".git"))) return folder;
    if (path2.dirname(folder) === folder) return cwd;
  }
}
var posix = (relative) => relative.split(path2.sep).join("/");
function ignoreFiles(cwd) {
  const root = ignoreRoot(cwd);
  const folders = /* @__PURE__ */ new Map();
  const rulesOf = (folder) => {
    let rules = folders.get(folder);
    if (!rules) {
      rules = Promise.all(
        IGNORE_FILES.map(async (name) => {
          const file = path2.join(folder, name);
          const text = await readFile(file, "utf8").catch(() => void 0);
          if (text === void 0) return [];
          const { default: ignore } = await import("./ignore-FWLCWR6K.js");
          return [{ file, rules: ignore({ ignorecase: false }).add(text) }];
        })
      ).then((found) => found.flat());
      folders.set(folder, rules);
    }
    return rules;
  };
  return async (absolute) => {
    const top = await root;
    const relative = path2.relative(top, absolute);
    if (relative === "" || relative.startsWith("..") || path2.isAbsolute(relative)) return void 0;
    const parts = path2.dirname(relative) === "." ? [] : path2.dirname(relative).split(path2.sep);
    let reason;
    for (let depth = 0; depth <= parts.length; depth++) {
      const folder = path2.join(top, ...parts.slice(0, depth));
      for (const { file, rules } of await rulesOf(folder)) {
        const verdict = rules.test(posix(path2.relative(folder, absolute)));
        if (verdict.ignored) reason = displayPath(file, cwd);
        else if (verdict.unignored) reason = void 0;
      }
    }
    return reason;
  };
}
var compiledIgnores = /* @__PURE__ */ new WeakMap();
function configIgnores(config) {
  let matcher = compiledIgnores.get(config);
  if (!matcher) {
    matcher = import("./picomatch-6CTSNHFS.js").then(
      ({ default: picomatch }) => picomatch([...config.ignore ?? []], { dot: true })
    );
    compiledIgnores.set(config, matcher);
  }
  return matcher;
}
function lintIgnores(cwd, configs, named) {
  const byFiles = ignoreFiles(cwd);
  return async (absolute) => {
    const reason = await byFiles(absolute);
    if (reason !== void 0) return reason;
    const config = await configs.forFile(absolute);
    if (!config.ignore?.length || !config.file) return void 0;
    const relative = path2.relative(named ? cwd : path2.dirname(config.file), absolute);
    const matches = !relative.startsWith("..") && (await configIgnores(config))(posix(relative));
    return matches ? `"ignore" in ${displayPath(config.file, cwd)}` : void 0;
  };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  name = "UsageError";
};
var DEFAULT_CACHE = ".paperlint-cache.json";
var HELP = `Usage: paperlint [options] [files, folders or globs...]

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

// src/cli/print-config.ts
function printedConfig(config, exclude, cwd) {
  const rules = Object.fromEntries(
    RULE_IDS.map((id) => {
      const setting = config.rules?.[id];
      const severity = (Array.isArray(setting) ? setting[0] : setting) ?? "default";
      const defaults = offlineRules.find((rule) => rule.id === id)?.defaults ?? {};
      const options = { ...defaults, ...Array.isArray(setting) ? setting[1] : void 0 };
      return [id, Object.keys(options).length > 0 ? [severity, options] : severity];
    })
  );
  const printed = {
    configFile: config.file === void 0 ? null : displayPath(config.file, cwd),
    rules,
    ignore: config.ignore ?? [],
    hosts: config.hosts ?? {},
    links: { exclude: [...config.links?.exclude ?? [], ...exclude] }
  };
  return `${JSON.stringify(printed, null, 2)}
`;
}

// src/cli/main.ts
var notice = (io) => (message) => io.stderr.write(`paperlint: ${message}
`);
async function fixInputs(inputs, options, io, write) {
  const optionsOf = (input) => ({ ...options, config: input.config });
  const fixed = inputs.map((input) => {
    if (input.utf8) return { input, ...fixText(input.text, input.file, optionsOf(input)) };
    notice(io)(`${input.file}: not valid UTF-8, so --fix leaves it as it is (save it as UTF-8 to fix it)`);
    return {
      input,
      output: input.text,
      applied: 0,
      linted: lintText(input.text, input.file, optionsOf(input))
    };
  });
  const linted = () => fixed.map((f) => f.linted);
  const results = await verifyLinted(linted(), options);
  if (results) {
    const { findings } = reportWith(linted(), options, results);
    for (const f of fixed) {
      if (!f.input.utf8) continue;
      const mine = findings.filter((finding) => finding.file === f.linted.file);
      const online = fixTextOnline(f.output, f.linted, mine, optionsOf(f.input));
      Object.assign(f, { ...online, applied: f.applied + online.applied });
    }
  }
  const changed = fixed.filter((f) => f.applied > 0);
  const beforeCommit = () => {
    if (io.abandoned?.()) throw new InputError("stopped: the process that started this run is gone");
  };
  for (const { input, output } of write ? changed : []) {
    if (input.absolute)
      await replaceFile(input.absolute, output, {
        shownAs: input.file,
        unchanged: input.snapshot,
        beforeCommit
      });
  }
  return {
    report: reportWith(linted(), options, results),
    fixed: changed.map((f) => ({ file: f.input.file, fixes: f.applied, output: f.output }))
  };
}
function lintInputs(inputs, options) {
  const linted = inputs.map(
    (input) => lintText(input.text, input.file, { ...options, config: input.config })
  );
  return reportOf(linted, options);
}
function fixedText(fixed, dryRun) {
  if (fixed.length === 0) return void 0;
  const problems = plural(
    fixed.reduce((sum, f) => sum + f.fixes, 0),
    "problem"
  );
  const files = plural(fixed.length, "file");
  return dryRun ? `would fix ${problems} in ${files} (--fix-dry-run: nothing written)` : `fixed ${problems} in ${files}`;
}
async function cachePathOf(args, io) {
  if (args.offline || args.cache === false) return void 0;
  const cachePath = path3.resolve(io.cwd, args.cache);
  const { loadCache } = await import("./cache-66EYIPTU.js");
  const { foreign } = await loadCache(cachePath);
  if (foreign)
    throw new InputError(
      `--cache ${args.cache}: ${foreign}; not touching it (name another file or delete it)`
    );
  return cachePath;
}
function verifyOptions(args, io, cachePath) {
  if (args.offline) return void 0;
  const progress = io.stderr.isTTY === true;
  let startedAt = 0;
  return {
    concurrency: args.concurrency,
    hostConcurrency: args.hostConcurrency,
    hostInterval: args.hostInterval,
    exclude: args.exclude,
    timeout: args.timeout,
    arxivApi: args.arxivApi,
    arxivInterval: args.arxivInterval,
    maxSearches: args.maxSearches,
    doiApi: args.doiApi,
    githubApi: args.githubApi,
    githubToken: io.env.GITHUB_TOKEN || void 0,
    allowPrivateHosts: args.allowPrivateHosts,
    cachePath,
    // A notice may come mid-run: on a terminal it first clears the progress line, which the next tick redraws.
    onNotice: (message) => io.stderr.write(`${progress ? "\r\x1B[K" : ""}paperlint: ${message}
`),
    onProgress: progress ? (tally) => {
      startedAt ||= Date.now();
      if (Date.now() - startedAt < 1e3) return;
      io.stderr.write(tally.done === tally.total ? "\r\x1B[K" : `\r\x1B[K${progressLine(tally)}`);
    } : void 0
  };
}
function tooManyWarnings(report, maxWarnings) {
  return maxWarnings !== void 0 && report.summary.warnings > maxWarnings;
}
function exitCodeOf(report, maxWarnings) {
  return report.summary.errors > 0 || tooManyWarnings(report, maxWarnings) ? 1 : 0;
}
function quietReport(report) {
  const findings = report.findings.filter((finding) => finding.severity === "error");
  return { ...report, findings, summary: { ...report.summary, warnings: 0, infos: 0 } };
}
async function readAll(stream, maxBytes, shownAs) {
  const chunks = [];
  let size2 = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.from(chunk);
    size2 += bytes.length;
    if (size2 > maxBytes)
      throw new InputError(
        `${shownAs}: more than ${maxBytes} bytes (--max-file-size or "maxFileSize" in the config raises the limit)`
      );
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
async function listInputs(args, io, configs, configOf) {
  const ignored = lintIgnores(io.cwd, configs, args.config !== void 0);
  const notice2 = (file, reason) => io.stderr.write(`paperlint: ${file}: ignored by ${reason}, not linted
`);
  if (args.stdin) {
    const name = args.stdinFilename;
    const reason = name === void 0 ? void 0 : await ignored(path3.resolve(io.cwd, name));
    if (name !== void 0 && reason !== void 0) {
      notice2(name, reason);
      return [];
    }
    if (!io.stdin) throw new InputError("-: no standard input to read");
    const config = await configOf(name ?? "-");
    const shown = name ?? "<stdin>";
    const bytes = await readAll(io.stdin, maxFileSizeOf({ maxFileSize: args.maxFileSize, config }), shown);
    const file = name === void 0 ? "<stdin>" : displayPath(name, io.cwd);
    return [{ file, ...decodeList(bytes, shown), config }];
  }
  const named = args.files.length > 0 ? args.files : [defaultFile(io.env)];
  const files = await resolveFiles(named, io.cwd, [], {
    ignored,
    onIgnored: notice2,
    onSkipped: (message) => io.stderr.write(`paperlint: ${message}
`)
  });
  const inputs = [];
  for (const file of files) {
    const absolute = path3.resolve(io.cwd, file);
    const config = await configOf(file);
    const source = await readListSource(
      absolute,
      file,
      maxFileSizeOf({ maxFileSize: args.maxFileSize, config })
    );
    inputs.push({ file: displayPath(file, io.cwd), ...source, config, absolute });
  }
  return inputs;
}
async function writeReport(text, args, io) {
  if (args.outputFile === void 0) {
    io.stdout.write(text);
    return;
  }
  const target = path3.resolve(io.cwd, args.outputFile);
  try {
    await mkdir(path3.dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    const code = error.code ?? error.message;
    throw new InputError(`${args.outputFile}: cannot write the report (${code})`);
  }
}
async function runCli(argv, io) {
  try {
    const args = parseCliArguments(argv, io.env);
    if (args.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (args.version) {
      io.stdout.write(`${VERSION}
`);
      return 0;
    }
    await checkExclusions(args.exclude);
    const configs = configFinder({ cwd: io.cwd, configPath: args.config });
    const configOf = async (file) => withRuleOverrides(await configs.forFile(file), args.rules);
    if (args.printConfig !== void 0) {
      await writeReport(printedConfig(await configOf(args.printConfig), args.exclude, io.cwd), args, io);
      return 0;
    }
    const inputs = await listInputs(args, io, configs, configOf);
    const options = {
      cwd: io.cwd,
      verify: verifyOptions(args, io, await cachePathOf(args, io)),
      repository: repositoryLookup()
    };
    const { report, fixed } = args.fix || args.fixDryRun ? await fixInputs(inputs, options, io, args.fix) : { report: await lintInputs(inputs, options), fixed: [] };
    const shown = args.quiet ? quietReport(report) : report;
    const color = args.color ?? shouldUseColor(args.outputFile === void 0 ? io.stdout : {}, io.env);
    const terminal = args.outputFile === void 0 && io.stdout.isTTY === true;
    const formatted = formatReport(args.fixDryRun ? { ...shown, fixed } : shown, args.format, {
      color,
      cwd: io.cwd,
      width: terminal ? io.stdout.columns : void 0
    });
    await writeReport(formatted, args, io);
    const changes = fixedText(fixed, args.fixDryRun);
    if (changes) io.stderr.write(`paperlint: ${changes}
`);
    if (tooManyWarnings(report, args.maxWarnings))
      io.stderr.write(
        `paperlint: too many warnings (${report.summary.warnings}, maximum: ${args.maxWarnings})
`
      );
    return exitCodeOf(report, args.maxWarnings);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`paperlint: ${error.message} (see --help)
`);
      return 2;
    }
    if (error instanceof InputError || error instanceof ConfigError) {
      io.stderr.write(`paperlint: ${error.message}
`);
      return 2;
    }
    io.stderr.write(`paperlint: internal error: ${error?.message ?? error}
`);
    if (io.env.PAPERLINT_DEBUG) io.stderr.write(`${error?.stack}
`);
    return 2;
  }
}
export {
  runCli
};
