import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config/index.js';
import { resolveFiles } from '../files.js';
import { fixText, fixTextOnline } from '../fix.js';
import {
  displayPath,
  InputError,
  type LintOptions,
  lint,
  readListFile,
  reportWith,
  verifyLinted,
} from '../lint.js';
import { formatReport, shouldUseColor } from '../report/index.js';
import type { Report } from '../types.js';
import { progressLine } from '../verify/summary.js';
import { VERSION } from '../version.js';
import { type CliArguments, HELP, parseCliArguments, UsageError } from './args.js';
import { defaultFile } from './default-file.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Writes through a temporary file in the same folder and a rename, so a crash never leaves half a file. */
async function writeFileAtomic(filePath: string, content: string): Promise<void> {
  const temporary = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${process.pid}.paperlint.tmp`,
  );
  const { mode } = await stat(filePath);
  try {
    await writeFile(temporary, content);
    await chmod(temporary, mode);
    await rename(temporary, filePath);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw new InputError(
      `${filePath}: cannot write fixes (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
}

/**
 * `--fix`: fixes each file in place, then reports what is left from the fixer's own last lint. Online, the
 * fixes found over the network (arXiv link proposals, redirects) are applied too, from one verification.
 */
async function fixFiles(files: string[], options: LintOptions, cwd: string): Promise<Report> {
  const fixed: Array<ReturnType<typeof fixText> & { absolute: string }> = [];
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    fixed.push({ absolute, ...fixText(await readListFile(absolute, file), displayPath(file, cwd), options) });
  }
  const linted = () => fixed.map((f) => f.linted);
  const results = await verifyLinted(linted(), options);
  if (results) {
    const { findings } = reportWith(linted(), options, results);
    for (const f of fixed) {
      const mine = findings.filter((finding) => finding.file === f.linted.file);
      const online = fixTextOnline(f.output, f.linted, mine, options);
      Object.assign(f, { ...online, applied: f.applied + online.applied });
    }
  }
  for (const f of fixed) if (f.applied > 0) await writeFileAtomic(f.absolute, f.output);
  return reportWith(linted(), options, results);
}

function verifyOptions(args: CliArguments, io: CliIo): LintOptions['verify'] {
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
    cachePath: args.cache === false ? undefined : path.resolve(io.cwd, args.cache),
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

/** Runs the CLI and returns its exit code; never throws for bad usage or input. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArguments(argv, io.env);
    if (args.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (args.version) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const config = await loadConfig({ cwd: io.cwd, configPath: args.config });
    const files = await resolveFiles(
      args.files.length > 0 ? args.files : [defaultFile(io.env)],
      io.cwd,
      config.ignore,
    );
    const options: LintOptions = { cwd: io.cwd, config, verify: verifyOptions(args, io) };
    const report = args.fix ? await fixFiles(files, options, io.cwd) : await lint(files, options);
    const shown = args.quiet ? quietReport(report) : report;
    const color = args.format === 'stylish' && shouldUseColor(io.stdout, io.env);
    io.stdout.write(formatReport(shown, args.format, { color, cwd: io.cwd }));
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
