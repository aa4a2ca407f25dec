/**
 * Runs the Action the way the runner does: environment variables (`GITHUB_*`, `INPUT_*`, `RUNNER_TEMP`),
 * an event payload file, and the file commands `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` as temp files.
 * In process (`runInProcess`) or as a child process on the bundle (`runBundle`).
 */

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunOptions, run } from '../../src/action/main.js';

/** The defaults the runner passes for inputs a workflow leaves out (action.yml; the token has none here). */
export const ACTION_DEFAULTS: Record<string, string> = {
  files: 'README.md',
  links: 'auto',
  'fail-on': 'error',
  'tracking-issue': 'true',
  cache: 'true',
  suggestions: 'true',
  args: '',
  'working-directory': '.',
  'job-summary': 'true',
  mode: 'check',
  'add-from-issue': 'false',
};

export interface ActionSetup {
  /** The checked-out repository. */
  workspace: string;
  event: string;
  payload: object;
  inputs: Record<string, string>;
  apiUrl: string;
  repository?: string;
  sha?: string;
  /** `GITHUB_RUN_ID` (default 4242). */
  runId?: number;
  /** `RUNNER_TEMP`, when runs must share it (the verdict cache lives there); a fresh folder otherwise. */
  runnerTemp?: string;
  /** Variables added on top (e.g. cache service URLs). */
  env?: Record<string, string>;
}

export interface ActionRun {
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  exitCode: number;
  /** Everything the step wrote that a user or a log could see, for leak checks. */
  visible: string;
}

/** Runner-owned variables that must not leak from the machine running the tests into the Action. */
const RUNNER_VARIABLE = /^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/;

interface Prepared {
  env: Record<string, string>;
  summaryFile: string;
  outputFile: string;
}

function prepare(setup: ActionSetup): Prepared {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paperlint-runner-'));
  const temp = setup.runnerTemp ?? path.join(dir, '_temp');
  mkdirSync(temp, { recursive: true });
  const eventFile = path.join(dir, 'event.json');
  const summaryFile = path.join(dir, 'step_summary');
  const outputFile = path.join(dir, 'output');
  writeFileSync(eventFile, JSON.stringify(setup.payload));
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const inputs = { ...ACTION_DEFAULTS, ...setup.inputs };
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: setup.event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: setup.repository ?? 'octo/papers',
    GITHUB_SHA: setup.sha ?? 'f'.repeat(40),
    GITHUB_RUN_ID: String(setup.runId ?? 4242),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: setup.apiUrl,
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: temp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    ...setup.env,
  };
  return { env, summaryFile, outputFile };
}

/** Parses the `name<<delimiter … delimiter` records of a GITHUB_OUTPUT file. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\r?\n([\s\S]*?)\r?\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
  return outputs;
}

function finish(prepared: Prepared, stdout: string, stderr: string, exitCode: number): ActionRun {
  const summary = readFileSync(prepared.summaryFile, 'utf8');
  const outputText = readFileSync(prepared.outputFile, 'utf8');
  return {
    stdout,
    stderr,
    summary,
    outputs: parseOutputs(outputText),
    exitCode,
    visible: [stdout, stderr, summary, outputText].join('\n'),
  };
}

/** Runs `run()` in this process with the runner's environment, capturing stdout and stderr. */
export async function runInProcess(setup: ActionSetup, options: RunOptions = {}): Promise<ActionRun> {
  const prepared = prepare(setup);
  const savedEnv = { ...process.env };
  const savedExitCode = process.exitCode;
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const captured = { stdout: '', stderr: '' };
  for (const name of Object.keys(process.env)) if (RUNNER_VARIABLE.test(name)) delete process.env[name];
  Object.assign(process.env, prepared.env);
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured.stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    captured.stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  let exitCode: number;
  try {
    await run(options);
    exitCode = Number(process.exitCode ?? 0);
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    process.exitCode = savedExitCode;
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
    Object.assign(process.env, savedEnv);
  }
  return finish(prepared, captured.stdout, captured.stderr, exitCode);
}

/** Runs a bundle (`dist/index.js`) as the runner would: `node <bundle>` with only the runner's variables. */
export async function runBundle(node: string, bundle: string, setup: ActionSetup): Promise<ActionRun> {
  const prepared = prepare(setup);
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...prepared.env };
  return new Promise((resolve, reject) => {
    execFile(node, [bundle], { env, cwd: setup.workspace, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? undefined : 0;
      if (code === undefined) reject(error);
      else resolve(finish(prepared, stdout, stderr, code));
    });
  });
}
