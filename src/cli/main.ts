import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Config,
  ConfigError,
  type ConfigFinder,
  configFinder,
  withRuleOverrides,
} from '../config/index.js';
import { resolveFiles } from '../files.js';
import { fixText, fixTextOnline } from '../fix.js';
import { lintIgnores } from '../ignore-files.js';
import {
  decodeList,
  displayPath,
  InputError,
  type LintOptions,
  lintText,
  maxFileSizeOf,
  readListSource,
  reportOf,
  reportWith,
  verifyLinted,
} from '../lint.js';
import { plural } from '../report/counts.js';
import { formatReport, shouldUseColor } from '../report/index.js';
import { repositoryLookup } from '../repository.js';
import { type FileSnapshot, replaceFile } from '../safe-fs.js';
import type { FixedFile, Report } from '../types.js';
import { progressLine } from '../verify/summary.js';
import { VERSION } from '../version.js';
import { type CliArguments, checkExclusions, HELP, parseCliArguments, UsageError } from './args.js';
import { defaultFile } from './default-file.js';
import { printedConfig } from './print-config.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Read for `-` (the list from stdin). */
  stdin?: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True once whoever started the run is gone (the bin's parent process died): nothing more is written. */
  abandoned?: () => boolean;
}

const notice = (io: CliIo) => (message: string) => io.stderr.write(`paperlint: ${message}\n`);

/** One list to lint: how reports name it, its text and configuration, and where `--fix` writes it (not stdin). */
interface ListInput {
  file: string;
  text: string;
  /** Whether the bytes were valid UTF-8 (`--fix` leaves other lists as they are). */
  utf8: boolean;
  config: Config;
  absolute?: string;
  /** What the file was when read: `--fix` does not write over a change made since. */
  snapshot?: FileSnapshot;
}

/** What `--fix` or `--fix-dry-run` changed: the report of what is left, and each changed list's new text. */
interface FixOutcome {
  report: Report;
  fixed: FixedFile[];
}

/**
 * `--fix` (`write`) and `--fix-dry-run`: fixes each list, then reports what is left from the fixer's own last
 * lint. Online, the fixes found over the network (arXiv link proposals, redirects) are applied too, from one
 * verification. Only `--fix` writes, and only the files it changed. A list that is not valid UTF-8 is linted
 * but not fixed: its text was decoded with replacement characters, and writing that back would change every
 * byte the decoder could not read.
 */
async function fixInputs(
  inputs: ListInput[],
  options: LintOptions,
  io: CliIo,
  write: boolean,
): Promise<FixOutcome> {
  const optionsOf = (input: ListInput) => ({ ...options, config: input.config });
  const fixed = inputs.map((input) => {
    if (input.utf8) return { input, ...fixText(input.text, input.file, optionsOf(input)) };
    notice(io)(`${input.file}: not valid UTF-8, so --fix leaves it as it is (save it as UTF-8 to fix it)`);
    return {
      input,
      output: input.text,
      applied: 0,
      linted: lintText(input.text, input.file, optionsOf(input)),
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
    if (io.abandoned?.()) throw new InputError('stopped: the process that started this run is gone');
  };
  for (const { input, output } of write ? changed : []) {
    if (input.absolute)
      await replaceFile(input.absolute, output, {
        shownAs: input.file,
        unchanged: input.snapshot,
        beforeCommit,
      });
  }
  return {
    report: reportWith(linted(), options, results),
    fixed: changed.map((f) => ({ file: f.input.file, fixes: f.applied, output: f.output })),
  };
}

/** Lints each list with its own configuration, then verifies them all at once when online. */
function lintInputs(inputs: ListInput[], options: LintOptions): Promise<Report> {
  const linted = inputs.map((input) =>
    lintText(input.text, input.file, { ...options, config: input.config }),
  );
  return reportOf(linted, options);
}

/** "fixed 6 problems in 2 files", or what a dry run would have fixed; nothing when there was nothing to fix. */
function fixedText(fixed: FixedFile[], dryRun: boolean): string | undefined {
  if (fixed.length === 0) return undefined;
  const problems = plural(
    fixed.reduce((sum, f) => sum + f.fixes, 0),
    'problem',
  );
  const files = plural(fixed.length, 'file');
  return dryRun
    ? `would fix ${problems} in ${files} (--fix-dry-run: nothing written)`
    : `fixed ${problems} in ${files}`;
}

/**
 * The cache file to use, refusing one that is someone else's file (`--cache README.md`): overwriting it would
 * destroy it. Absent, empty and paperlint's own cache files are fine.
 */
async function cachePathOf(args: CliArguments, io: CliIo): Promise<string | undefined> {
  if (args.offline || args.cache === false) return undefined;
  const cachePath = path.resolve(io.cwd, args.cache);
  const { loadCache } = await import('../verify/cache.js');
  const { foreign } = await loadCache(cachePath);
  if (foreign)
    throw new InputError(
      `--cache ${args.cache}: ${foreign}; not touching it (name another file or delete it)`,
    );
  return cachePath;
}

function verifyOptions(args: CliArguments, io: CliIo, cachePath: string | undefined): LintOptions['verify'] {
  if (args.offline) return undefined;
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
    githubToken: io.env.GITHUB_TOKEN || undefined,
    allowPrivateHosts: args.allowPrivateHosts,
    venues: args.venues,
    dblpApi: args.dblpApi,
    cachePath,
    // A notice may come mid-run: on a terminal it first clears the progress line, which the next tick redraws.
    onNotice: (message) => io.stderr.write(`${progress ? '\r\x1b[K' : ''}paperlint: ${message}\n`),
    onProgress: progress
      ? (tally) => {
          startedAt ||= Date.now();
          // Only scans that take over a second get a progress line, and it is cleared at the end.
          if (Date.now() - startedAt < 1000) return;
          io.stderr.write(tally.done === tally.total ? '\r\x1b[K' : `\r\x1b[K${progressLine(tally)}`);
        }
      : undefined,
  };
}

/** More warnings than `--max-warnings` allows (`--quiet` hides them, but they still count, as in ESLint). */
function tooManyWarnings(report: Report, maxWarnings: number | undefined): boolean {
  return maxWarnings !== undefined && report.summary.warnings > maxWarnings;
}

/** The exit code of a finished run (contract: 0 no errors, 1 errors or too many warnings). */
function exitCodeOf(report: Report, maxWarnings: number | undefined): 0 | 1 {
  return report.summary.errors > 0 || tooManyWarnings(report, maxWarnings) ? 1 : 0;
}

/** `--quiet`: errors only, and the summary counts what is shown (as ESLint's does). */
function quietReport(report: Report): Report {
  const findings = report.findings.filter((finding) => finding.severity === 'error');
  return { ...report, findings, summary: { ...report.summary, warnings: 0, infos: 0 } };
}

/** Reads all of a stream (stdin) as bytes, refusing more than `maxBytes` (`cat /dev/zero | paperlint -`). */
async function readAll(stream: NodeJS.ReadableStream, maxBytes: number, shownAs: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.from(chunk as Buffer | string);
    size += bytes.length;
    if (size > maxBytes)
      throw new InputError(
        `${shownAs}: more than ${maxBytes} bytes (--max-file-size or "maxFileSize" in the config raises the limit)`,
      );
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** The lists a run lints: the named files, folders and globs (or the default file), or stdin with `-`. */
async function listInputs(
  args: CliArguments,
  io: CliIo,
  configs: ConfigFinder,
  configOf: (file: string) => Promise<Config>,
): Promise<ListInput[]> {
  const ignored = lintIgnores(io.cwd, configs, args.config !== undefined);
  const notice = (file: string, reason: string) =>
    io.stderr.write(`paperlint: ${file}: ignored by ${reason}, not linted\n`);
  if (args.stdin) {
    const name = args.stdinFilename;
    const reason = name === undefined ? undefined : await ignored(path.resolve(io.cwd, name));
    if (name !== undefined && reason !== undefined) {
      notice(name, reason);
      return [];
    }
    if (!io.stdin) throw new InputError('-: no standard input to read');
    // Without a name, stdin's list is one of the working folder's.
    const config = await configOf(name ?? '-');
    const shown = name ?? '<stdin>';
    const bytes = await readAll(io.stdin, maxFileSizeOf({ maxFileSize: args.maxFileSize, config }), shown);
    const file = name === undefined ? '<stdin>' : displayPath(name, io.cwd);
    return [{ file, ...decodeList(bytes, shown), config }];
  }
  const named = args.files.length > 0 ? args.files : [defaultFile(io.env)];
  const files = await resolveFiles(named, io.cwd, {
    ignored,
    onIgnored: notice,
    onSkipped: (message) => io.stderr.write(`paperlint: ${message}\n`),
  });
  const inputs: ListInput[] = [];
  for (const file of files) {
    const absolute = path.resolve(io.cwd, file);
    const config = await configOf(file);
    const source = await readListSource(
      absolute,
      file,
      maxFileSizeOf({ maxFileSize: args.maxFileSize, config }),
    );
    inputs.push({ file: displayPath(file, io.cwd), ...source, config, absolute });
  }
  return inputs;
}

/**
 * Refuses an `--output-file` that is one of the lists read (`-o README.md` by a slip of the hand): the report
 * would replace the list. Same file means same device and inode, so links and other spellings count.
 */
async function checkOutputFile(args: CliArguments, io: CliIo, inputs: ListInput[]): Promise<void> {
  if (args.outputFile === undefined) return;
  const identity = (file: string) =>
    stat(file).then(
      (info) => `${info.dev}:${info.ino}`,
      () => undefined,
    );
  const target = await identity(path.resolve(io.cwd, args.outputFile));
  if (target === undefined) return;
  for (const input of inputs)
    if (input.absolute && (await identity(input.absolute)) === target)
      throw new InputError(
        `${args.outputFile}: is the list ${input.file}; the report would overwrite it (choose another --output-file)`,
      );
}

/** The report goes to stdout, or to `--output-file` (its folder made when missing), as ESLint's `-o` does. */
async function writeReport(text: string, args: CliArguments, io: CliIo): Promise<void> {
  if (args.outputFile === undefined) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd, args.outputFile);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`${args.outputFile}: cannot write the report (${code})`);
  }
}

/** Runs the CLI and returns its exit code; never throws for bad usage or input. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === 'add') {
      const { runAdd } = await import('./add.js');
      return await runAdd(argv.slice(1), io);
    }
    const args = parseCliArguments(argv, io.env);
    if (args.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (args.version) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    await checkExclusions(args.exclude);
    const configs = configFinder({ cwd: io.cwd, configPath: args.config });
    const configOf = async (file: string) => withRuleOverrides(await configs.forFile(file), args.rules);
    if (args.printConfig !== undefined) {
      await writeReport(printedConfig(await configOf(args.printConfig), args.exclude, io.cwd), args, io);
      return 0;
    }
    const inputs = await listInputs(args, io, configs, configOf);
    await checkOutputFile(args, io, inputs);
    const options: LintOptions = {
      cwd: io.cwd,
      verify: verifyOptions(args, io, await cachePathOf(args, io)),
      repository: repositoryLookup(),
    };
    const { report, fixed } =
      args.fix || args.fixDryRun
        ? await fixInputs(inputs, options, io, args.fix)
        : { report: await lintInputs(inputs, options), fixed: [] };
    const shown = args.quiet ? quietReport(report) : report;
    const color = args.color ?? shouldUseColor(args.outputFile === undefined ? io.stdout : {}, io.env);
    const terminal = args.outputFile === undefined && io.stdout.isTTY === true;
    const formatted = formatReport(args.fixDryRun ? { ...shown, fixed } : shown, args.format, {
      color,
      cwd: io.cwd,
      width: terminal ? io.stdout.columns : undefined,
    });
    await writeReport(formatted, args, io);
    const changes = fixedText(fixed, args.fixDryRun);
    if (changes) io.stderr.write(`paperlint: ${changes}\n`);
    // An exit code of 1 always says why: without errors, it is the warnings (which --quiet did not show).
    if (tooManyWarnings(report, args.maxWarnings))
      io.stderr.write(
        `paperlint: too many warnings (${report.summary.warnings}, maximum: ${args.maxWarnings})\n`,
      );
    return exitCodeOf(report, args.maxWarnings);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`paperlint: ${error.message} (see --help)\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof ConfigError) {
      io.stderr.write(`paperlint: ${error.message}\n`);
      return 2;
    }
    // A bug, not bad input: still one line, with the stack only on request.
    io.stderr.write(`paperlint: internal error: ${(error as Error)?.message ?? error}\n`);
    if (io.env.PAPERLINT_DEBUG) io.stderr.write(`${(error as Error)?.stack}\n`);
    return 2;
  }
}
