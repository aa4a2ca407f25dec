import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  HELP,
  UsageError,
  checkExclusions,
  parseCliArguments
} from "./chunk-CLBCJEGJ.js";
import {
  defaultFile,
  isGlob
} from "./chunk-AFFEKCJJ.js";
import {
  fixText,
  fixTextOnline,
  formatReport,
  shouldUseColor
} from "./chunk-DFCTN5XZ.js";
import {
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
} from "./chunk-XEMZG23Y.js";
import {
  VERSION,
  progressLine
} from "./chunk-EIDJZDLC.js";
import {
  ConfigError,
  RULE_IDS
} from "./chunk-VJ2YKYWV.js";
import "./chunk-2B4IKTUP.js";
import {
  InputError,
  replaceFile
} from "./chunk-TMKY6SYQ.js";
import "./chunk-6KEFYCYW.js";

// src/cli/main.ts
import { mkdir, stat as stat3, writeFile } from "node:fs/promises";
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
async function globFiles(pattern, cwd, folder, skipped) {
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
  const ignored = ["**/node_modules/**"];
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
async function resolveFiles(patterns, cwd, selection = {}) {
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
    const matches = await globFiles(pattern, cwd, folder, onSkipped);
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
  const { loadCache } = await import("./cache-ZMCJVNYD.js");
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
    venues: args.venues,
    dblpApi: args.dblpApi,
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
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes)
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
  const files = await resolveFiles(named, io.cwd, {
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
async function checkOutputFile(args, io, inputs) {
  if (args.outputFile === void 0) return;
  const identity = (file) => stat3(file).then(
    (info) => `${info.dev}:${info.ino}`,
    () => void 0
  );
  const target = await identity(path3.resolve(io.cwd, args.outputFile));
  if (target === void 0) return;
  for (const input of inputs)
    if (input.absolute && await identity(input.absolute) === target)
      throw new InputError(
        `${args.outputFile}: is the list ${input.file}; the report would overwrite it (choose another --output-file)`
      );
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
    if (argv[0] === "add") {
      const { runAdd } = await import("./add-55WYX6NI.js");
      return await runAdd(argv.slice(1), io);
    }
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
    await checkOutputFile(args, io, inputs);
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
