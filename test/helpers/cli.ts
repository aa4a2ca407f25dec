import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { expect } from 'vitest';
import { runCli } from '../../src/cli/main.js';

/** A writable that keeps what was written, optionally claiming to be a TTY. */
export class Capture extends Writable {
  text = '';
  isTTY?: boolean;
  constructor(isTTY?: boolean) {
    super();
    this.isTTY = isTTY;
  }
  override _write(chunk: Buffer, _encoding: string, callback: () => void) {
    this.text += chunk.toString();
    callback();
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process in `cwd` with a clean environment (no colour, no tokens); `stdin` is what `-` reads,
 * `tty` makes stdout a terminal of that many columns.
 */
export async function cli(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  { stdin, tty }: { stdin?: string; tty?: number } = {},
): Promise<CliRun> {
  const stdout = Object.assign(new Capture(tty !== undefined), tty === undefined ? {} : { columns: tty });
  const stderr = new Capture();
  const input = stdin === undefined ? undefined : Readable.from([Buffer.from(stdin)]);
  const code = await runCli(argv, { stdout, stderr, stdin: input, env, cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const entry = path.resolve(import.meta.dirname, '../../src/cli/index.ts');

/** Runs the CLI's sources as a process (node with tsx), `input` piped to its stdin. */
export function cliProcess(
  argv: string[],
  cwd: string,
  { env = {}, input }: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', import.meta.resolve('tsx/esm'), entry, ...argv],
      { cwd, env: { PATH: process.env.PATH, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

export function tempDir(prefix = 'paperlint-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A fresh folder holding `files` (paths relative to it, folders made as needed). */
export function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Exit code 2 with one line on stderr matching `pattern`, and no stack trace. */
export function expectOneLineError(run: Pick<CliRun, 'code' | 'stderr'>, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}
